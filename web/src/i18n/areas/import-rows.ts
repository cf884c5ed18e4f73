import { messageArea } from '../area.js';

/**
 * Why an imported row failed, one message per code the API answers beside its English `reason`
 * (../import-rows.ts picks the message). `{field}` is the column's name as the import reads it (date,
 * total…), left as written: it is what the file's header says, in any language.
 */
export const importRows = messageArea({
  en: {
    import_row_nul_character: 'Column {column} holds a NUL character, which cannot be stored.',
    import_row_year_unsupported: '{field}: the year of “{value}” is not between {min} and {max}.',
    import_row_date_invalid:
      '{field}: “{value}” is not a date in ISO 8601 (2024-03-05, 2024-03-05T14:30:00Z) or YYYYMMDD.',
    import_row_date_impossible: '{field}: “{value}” is not a real calendar date and time.',
    import_row_calendar_date_invalid: '{field}: “{value}” is not a date as YYYY-MM-DD or YYYYMMDD.',
    import_row_amount_invalid:
      '{field}: “{value}” is not a plain decimal number (write 1234.50, without separators or symbols).',
    import_row_amount_negative: '{field}: “{value}” is negative.',
    import_row_amount_too_large: '{field}: “{value}” is above the largest amount, {max}.',
    import_row_lines_total_too_large: '{field}: the lines add up to {sum}, above the largest amount, {max}.',
    import_row_quantity_invalid: '{field}: “{value}” is not a whole number of at least 1.',
    import_row_currency_invalid: '{field}: “{value}” is not an ISO 4217 currency code.',
    import_row_email_invalid: '{field}: “{value}” is not an email address.',
    import_row_empty: '{field} is empty.',
    import_row_event_too_large: 'The row makes an event over {max_kb} KB, the limit for any event.',
    import_row_order_repeated:
      '{field}: order “{value}” appears again (first on line {first_line}); an order’s rows must be consecutive.',
    import_row_order_line_invalid: 'Not imported: line {line} of order “{order_id}” is invalid.',
    import_row_csv_invalid: 'This line is not valid CSV and was not imported.',
    import_row_csv_quote_in_value:
      'Column {column}: a quote mark inside a value that does not start with one. Put the whole value in quotes and double each quote mark inside it ("5"" screen").',
    import_row_csv_text_after_quote:
      'Column {column}: text after the closing quote of a quoted value. Put the whole value in quotes and double each quote mark inside it.',
    import_row_csv_quote_not_closed:
      'Column {column}: a quoted value is never closed, so the lines after it were read into it. Add the closing quote.',
    import_row_csv_detail: 'The CSV reader’s words: {detail}',
  },
  vi: {
    import_row_nul_character: 'Cột {column} chứa ký tự NUL, không thể lưu trữ.',
    import_row_year_unsupported: '{field}: năm của “{value}” không nằm trong khoảng {min} đến {max}.',
    import_row_date_invalid:
      '{field}: “{value}” không phải là ngày theo ISO 8601 (2024-03-05, 2024-03-05T14:30:00Z) hoặc YYYYMMDD.',
    import_row_date_impossible: '{field}: “{value}” không phải là ngày giờ có thật.',
    import_row_calendar_date_invalid: '{field}: “{value}” không phải là ngày dạng YYYY-MM-DD hoặc YYYYMMDD.',
    import_row_amount_invalid:
      '{field}: “{value}” không phải là số thập phân đơn giản (viết 1234.50, không có dấu phân cách hay ký hiệu).',
    import_row_amount_negative: '{field}: “{value}” là số âm.',
    import_row_amount_too_large: '{field}: “{value}” vượt quá số tiền lớn nhất là {max}.',
    import_row_lines_total_too_large: '{field}: tổng các dòng là {sum}, vượt quá số tiền lớn nhất là {max}.',
    import_row_quantity_invalid: '{field}: “{value}” không phải là số nguyên từ 1 trở lên.',
    import_row_currency_invalid: '{field}: “{value}” không phải là mã tiền tệ ISO 4217.',
    import_row_email_invalid: '{field}: “{value}” không phải là địa chỉ email.',
    import_row_empty: '{field} đang trống.',
    import_row_event_too_large: 'Dòng này tạo ra một sự kiện lớn hơn {max_kb} KB, giới hạn cho mọi sự kiện.',
    import_row_order_repeated:
      '{field}: đơn hàng “{value}” xuất hiện lại (lần đầu ở dòng {first_line}); các dòng của một đơn hàng phải liền nhau.',
    import_row_order_line_invalid: 'Không được nhập: dòng {line} của đơn hàng “{order_id}” không hợp lệ.',
    import_row_csv_invalid: 'Dòng này không đúng định dạng CSV nên chưa được nhập.',
    import_row_csv_quote_in_value:
      'Cột {column}: có dấu ngoặc kép nằm giữa một giá trị không bắt đầu bằng dấu ngoặc kép. Hãy đặt cả giá trị trong ngoặc kép và viết mỗi dấu ngoặc kép bên trong thành hai dấu ("5"" màn hình").',
    import_row_csv_text_after_quote:
      'Cột {column}: có chữ đứng sau dấu ngoặc kép đóng của một giá trị. Hãy đặt cả giá trị trong ngoặc kép và viết mỗi dấu ngoặc kép bên trong thành hai dấu.',
    import_row_csv_quote_not_closed:
      'Cột {column}: một giá trị mở ngoặc kép nhưng không đóng lại, nên các dòng sau bị đọc vào giá trị đó. Hãy thêm dấu ngoặc kép đóng.',
    import_row_csv_detail: 'Chi tiết từ trình đọc CSV (tiếng Anh): {detail}',
  },
  th: {
    import_row_nul_character: 'คอลัมน์ {column} มีอักขระ NUL ซึ่งไม่สามารถจัดเก็บได้',
    import_row_year_unsupported: '{field}: ปีของ “{value}” ไม่อยู่ระหว่าง {min} ถึง {max}',
    import_row_date_invalid:
      '{field}: “{value}” ไม่ใช่วันที่ในรูปแบบ ISO 8601 (2024-03-05, 2024-03-05T14:30:00Z) หรือ YYYYMMDD',
    import_row_date_impossible: '{field}: “{value}” ไม่ใช่วันที่และเวลาที่มีอยู่จริง',
    import_row_calendar_date_invalid: '{field}: “{value}” ไม่ใช่วันที่ในรูปแบบ YYYY-MM-DD หรือ YYYYMMDD',
    import_row_amount_invalid:
      '{field}: “{value}” ไม่ใช่ตัวเลขทศนิยมธรรมดา (เขียนเป็น 1234.50 โดยไม่มีตัวคั่นหรือสัญลักษณ์)',
    import_row_amount_negative: '{field}: “{value}” ติดลบ',
    import_row_amount_too_large: '{field}: “{value}” เกินจำนวนเงินสูงสุด {max}',
    import_row_lines_total_too_large: '{field}: ยอดรวมของรายการคือ {sum} เกินจำนวนเงินสูงสุด {max}',
    import_row_quantity_invalid: '{field}: “{value}” ไม่ใช่จำนวนเต็มตั้งแต่ 1 ขึ้นไป',
    import_row_currency_invalid: '{field}: “{value}” ไม่ใช่รหัสสกุลเงิน ISO 4217',
    import_row_email_invalid: '{field}: “{value}” ไม่ใช่ที่อยู่อีเมล',
    import_row_empty: '{field} ว่างอยู่',
    import_row_event_too_large: 'แถวนี้สร้างอีเวนต์ที่ใหญ่กว่า {max_kb} KB ซึ่งเป็นขีดจำกัดของทุกอีเวนต์',
    import_row_order_repeated:
      '{field}: คำสั่งซื้อ “{value}” ปรากฏซ้ำ (ครั้งแรกที่บรรทัด {first_line}) แถวของคำสั่งซื้อเดียวกันต้องอยู่ติดกัน',
    import_row_order_line_invalid: 'ไม่ได้นำเข้า: บรรทัด {line} ของคำสั่งซื้อ “{order_id}” ไม่ถูกต้อง',
    import_row_csv_invalid: 'บรรทัดนี้ไม่ใช่ CSV ที่ถูกต้อง จึงไม่ได้นำเข้า',
    import_row_csv_quote_in_value:
      'คอลัมน์ {column}: มีเครื่องหมายอัญประกาศอยู่กลางค่าที่ไม่ได้ขึ้นต้นด้วยอัญประกาศ ให้ครอบทั้งค่าด้วยอัญประกาศและเขียนอัญประกาศที่อยู่ข้างในเป็นสองตัว ("5"" screen")',
    import_row_csv_text_after_quote:
      'คอลัมน์ {column}: มีข้อความต่อท้ายอัญประกาศปิดของค่า ให้ครอบทั้งค่าด้วยอัญประกาศและเขียนอัญประกาศที่อยู่ข้างในเป็นสองตัว',
    import_row_csv_quote_not_closed:
      'คอลัมน์ {column}: ค่าที่เปิดอัญประกาศไว้ไม่มีอัญประกาศปิด บรรทัดถัดไปจึงถูกอ่านรวมเข้าไปด้วย ให้เพิ่มอัญประกาศปิด',
    import_row_csv_detail: 'รายละเอียดจากตัวอ่าน CSV (ภาษาอังกฤษ): {detail}',
  },
  ja: {
    import_row_nul_character: '{column} 列目に NUL 文字が含まれているため、保存できません。',
    import_row_year_unsupported: '{field}: 「{value}」の年が {min} 年から {max} 年の範囲外です。',
    import_row_date_invalid:
      '{field}: 「{value}」は ISO 8601（2024-03-05、2024-03-05T14:30:00Z）または YYYYMMDD 形式の日付ではありません。',
    import_row_date_impossible: '{field}: 「{value}」は実在する日時ではありません。',
    import_row_calendar_date_invalid:
      '{field}: 「{value}」は YYYY-MM-DD または YYYYMMDD 形式の日付ではありません。',
    import_row_amount_invalid:
      '{field}: 「{value}」は単純な10進数ではありません（区切り文字や記号を付けずに 1234.50 のように書いてください）。',
    import_row_amount_negative: '{field}: 「{value}」が負の値です。',
    import_row_amount_too_large: '{field}: 「{value}」が上限額（{max}）を超えています。',
    import_row_lines_total_too_large: '{field}: 明細の合計 {sum} が上限額（{max}）を超えています。',
    import_row_quantity_invalid: '{field}: 「{value}」は 1 以上の整数ではありません。',
    import_row_currency_invalid: '{field}: 「{value}」は ISO 4217 の通貨コードではありません。',
    import_row_email_invalid: '{field}: 「{value}」はメールアドレスではありません。',
    import_row_empty: '{field} が空です。',
    import_row_event_too_large:
      'この行から作られるイベントが、すべてのイベントの上限である {max_kb} KB を超えています。',
    import_row_order_repeated:
      '{field}: 注文「{value}」が再び出てきました（最初は {first_line} 行目）。1 つの注文の行は連続させてください。',
    import_row_order_line_invalid: 'インポートされませんでした: 注文「{order_id}」の {line} 行目が不正です。',
    import_row_csv_invalid: 'この行は CSV として正しくないため、インポートされませんでした。',
    import_row_csv_quote_in_value:
      '{column} 列目: 引用符で始まっていない値の途中に引用符があります。値全体を引用符で囲み、中の引用符は 2 つ重ねてください（"5"" screen"）。',
    import_row_csv_text_after_quote:
      '{column} 列目: 引用符で囲んだ値の閉じ引用符の後に文字があります。値全体を引用符で囲み、中の引用符は 2 つ重ねてください。',
    import_row_csv_quote_not_closed:
      '{column} 列目: 引用符が閉じられていないため、後の行がこの値として読み込まれました。閉じ引用符を追加してください。',
    import_row_csv_detail: 'CSV 読み取り処理の詳細（英語）: {detail}',
  },
});
