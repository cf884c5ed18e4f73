import { messageArea } from '../area.js';

/** The overview's customer counts, retention and churn; the predictions panel; the problems page. */
export const numbers = messageArea({
  en: {
    program_earn_sentence_one:
      '1 point for every {amount} spent. Fractions of a point are dropped, per order and per rule.',
    program_earn_sentence_other:
      '{points} points for every {amount} spent. Fractions of a point are dropped, per order and per rule.',
    kpi_customers_ordered: 'Customers who have ordered',
    kpi_customers_ordered_def:
      'Everyone with at least one order by the end of the period. The customer list counts more: everyone the shop knows, including people who have not ordered yet.',
    kpi_retention: 'Retention',
    kpi_retention_def:
      'Of the customers who ordered in the previous period of the same length, the share who ordered again in this one: (customers active at the end − new in the period) ÷ customers at the start. Customers back after a longer silence count as new. Retention + churn = 100%.',
    kpi_churn: 'Churn',
    kpi_churn_def:
      'Of the customers who ordered in the previous period of the same length, the share who did not order in this one: 100% − retention.',
    predictions_not_enough_history:
      'Not enough history yet. Predictions start from a first order, once the nightly update has seen it.',
    predictions_not_fitted: 'No predictions yet: they appear after the first nightly update of the model.',
    predictions_not_computable:
      'The model cannot predict for this customer. The next nightly update refits it.',
    nav_problems: 'Problems',
    problems_title: 'Import problems',
    problems_intro:
      'Order events that could not be applied, and events the platform failed to process. Fix the source and send the event again.',
    problems_rejections: 'Rejected orders',
    problems_rejections_none: 'No rejected orders.',
    problems_failures: 'Processing failures',
    problems_failures_none: 'No processing failures.',
    col_problem: 'Problem',
    col_when: 'When',
    col_step: 'Step',
    problem_resolved: 'fixed since',
    rejection_order_id_missing: 'The event has no order id.',
    rejection_currency_invalid: 'The currency is not a valid ISO 4217 code.',
    rejection_amount_invalid: 'An amount is not a number (e.g. "1.234.000" written as text).',
    rejection_total_missing: 'The order has no total.',
    rejection_order_unknown: 'The refund names an order the shop does not know.',
    rejection_currency_differs: 'The refund is in another currency than its order.',
    rejection_customer_missing: 'The event names no customer.',
    failure_generic: 'The platform could not process this event.',
  },
  vi: {
    program_earn_sentence_one:
      '{points} điểm cho mỗi {amount} chi tiêu. Phần lẻ của điểm được bỏ qua, theo từng đơn hàng và từng quy tắc.',
    program_earn_sentence_other:
      '{points} điểm cho mỗi {amount} chi tiêu. Phần lẻ của điểm được bỏ qua, theo từng đơn hàng và từng quy tắc.',
    kpi_customers_ordered: 'Khách đã mua hàng',
    kpi_customers_ordered_def:
      'Tất cả khách có ít nhất một đơn hàng tính đến cuối kỳ. Danh sách khách hàng đếm nhiều hơn: mọi người cửa hàng biết, kể cả người chưa mua.',
    kpi_retention: 'Tỷ lệ giữ chân',
    kpi_retention_def:
      'Trong số khách đã mua ở kỳ trước (cùng độ dài), tỷ lệ khách mua lại trong kỳ này: (khách hoạt động cuối kỳ − khách mới trong kỳ) ÷ khách đầu kỳ. Khách quay lại sau thời gian dài vắng mặt được tính là khách mới. Giữ chân + rời bỏ = 100%.',
    kpi_churn: 'Tỷ lệ rời bỏ',
    kpi_churn_def:
      'Trong số khách đã mua ở kỳ trước (cùng độ dài), tỷ lệ khách không mua trong kỳ này: 100% − tỷ lệ giữ chân.',
    predictions_not_enough_history:
      'Chưa đủ lịch sử mua hàng. Dự đoán bắt đầu từ đơn hàng đầu tiên, sau khi hệ thống cập nhật hằng đêm.',
    predictions_not_fitted: 'Chưa có dự đoán: dự đoán sẽ có sau lần cập nhật mô hình hằng đêm đầu tiên.',
    predictions_not_computable:
      'Mô hình chưa thể dự đoán cho khách này. Lần cập nhật hằng đêm tới sẽ tính lại.',
    nav_problems: 'Sự cố',
    problems_title: 'Sự cố nhập dữ liệu',
    problems_intro:
      'Các sự kiện đơn hàng không áp dụng được và các sự kiện hệ thống xử lý lỗi. Hãy sửa dữ liệu nguồn rồi gửi lại sự kiện.',
    problems_rejections: 'Đơn hàng bị từ chối',
    problems_rejections_none: 'Không có đơn hàng bị từ chối.',
    problems_failures: 'Lỗi xử lý',
    problems_failures_none: 'Không có lỗi xử lý.',
    col_problem: 'Vấn đề',
    col_when: 'Thời điểm',
    col_step: 'Bước',
    problem_resolved: 'đã khắc phục',
    rejection_order_id_missing: 'Sự kiện không có mã đơn hàng.',
    rejection_currency_invalid: 'Mã tiền tệ không hợp lệ theo ISO 4217.',
    rejection_amount_invalid: 'Số tiền không phải là số (ví dụ "1.234.000" được gửi dạng chữ).',
    rejection_total_missing: 'Đơn hàng không có tổng tiền.',
    rejection_order_unknown: 'Hoàn tiền cho một đơn hàng cửa hàng không có.',
    rejection_currency_differs: 'Hoàn tiền bằng loại tiền khác với đơn hàng.',
    rejection_customer_missing: 'Sự kiện không cho biết khách hàng.',
    failure_generic: 'Hệ thống không xử lý được sự kiện này.',
  },
  th: {
    program_earn_sentence_one: 'ได้ {points} คะแนนทุกการใช้จ่าย {amount} เศษของคะแนนจะถูกปัดทิ้ง ต่อคำสั่งซื้อและต่อกฎ',
    program_earn_sentence_other: 'ได้ {points} คะแนนทุกการใช้จ่าย {amount} เศษของคะแนนจะถูกปัดทิ้ง ต่อคำสั่งซื้อและต่อกฎ',
    kpi_customers_ordered: 'ลูกค้าที่เคยสั่งซื้อ',
    kpi_customers_ordered_def:
      'ทุกคนที่มีคำสั่งซื้ออย่างน้อยหนึ่งรายการภายในสิ้นช่วงเวลา รายชื่อลูกค้านับกว้างกว่า คือทุกคนที่ร้านรู้จัก รวมถึงผู้ที่ยังไม่เคยซื้อ',
    kpi_retention: 'อัตราการรักษาลูกค้า',
    kpi_retention_def:
      'จากลูกค้าที่ซื้อในช่วงก่อนหน้า (ระยะเวลาเท่ากัน) สัดส่วนที่กลับมาซื้ออีกในช่วงนี้: (ลูกค้าที่ยังซื้ออยู่ ณ สิ้นช่วง − ลูกค้าใหม่ในช่วง) ÷ ลูกค้า ณ ต้นช่วง ลูกค้าที่กลับมาหลังหายไปนานนับเป็นลูกค้าใหม่ อัตราการรักษา + อัตราการเลิกซื้อ = 100%',
    kpi_churn: 'อัตราการเลิกซื้อ',
    kpi_churn_def: 'จากลูกค้าที่ซื้อในช่วงก่อนหน้า (ระยะเวลาเท่ากัน) สัดส่วนที่ไม่ได้ซื้อในช่วงนี้: 100% − อัตราการรักษาลูกค้า',
    predictions_not_enough_history: 'ยังมีประวัติไม่พอ การคาดการณ์จะเริ่มหลังคำสั่งซื้อแรก เมื่อระบบอัปเดตประจำคืนแล้ว',
    predictions_not_fitted: 'ยังไม่มีการคาดการณ์ จะแสดงหลังการอัปเดตโมเดลประจำคืนครั้งแรก',
    predictions_not_computable: 'โมเดลยังคาดการณ์ลูกค้ารายนี้ไม่ได้ การอัปเดตประจำคืนครั้งถัดไปจะคำนวณใหม่',
    nav_problems: 'ปัญหา',
    problems_title: 'ปัญหาการนำเข้าข้อมูล',
    problems_intro: 'อีเวนต์คำสั่งซื้อที่นำไปใช้ไม่ได้ และอีเวนต์ที่ระบบประมวลผลไม่สำเร็จ แก้ไขข้อมูลต้นทางแล้วส่งอีเวนต์อีกครั้ง',
    problems_rejections: 'คำสั่งซื้อที่ถูกปฏิเสธ',
    problems_rejections_none: 'ไม่มีคำสั่งซื้อที่ถูกปฏิเสธ',
    problems_failures: 'การประมวลผลที่ล้มเหลว',
    problems_failures_none: 'ไม่มีการประมวลผลที่ล้มเหลว',
    col_problem: 'ปัญหา',
    col_when: 'เวลา',
    col_step: 'ขั้นตอน',
    problem_resolved: 'แก้ไขแล้วเมื่อ',
    rejection_order_id_missing: 'อีเวนต์ไม่มีรหัสคำสั่งซื้อ',
    rejection_currency_invalid: 'รหัสสกุลเงินไม่ถูกต้องตาม ISO 4217',
    rejection_amount_invalid: 'จำนวนเงินไม่ใช่ตัวเลข (เช่น "1.234.000" ที่ส่งมาเป็นข้อความ)',
    rejection_total_missing: 'คำสั่งซื้อไม่มียอดรวม',
    rejection_order_unknown: 'การคืนเงินอ้างถึงคำสั่งซื้อที่ร้านไม่รู้จัก',
    rejection_currency_differs: 'การคืนเงินใช้สกุลเงินต่างจากคำสั่งซื้อ',
    rejection_customer_missing: 'อีเวนต์ไม่ได้ระบุลูกค้า',
    failure_generic: 'ระบบประมวลผลอีเวนต์นี้ไม่สำเร็จ',
  },
  ja: {
    program_earn_sentence_one:
      '{amount}のご利用ごとに{points}ポイント。1ポイント未満の端数は注文ごと・ルールごとに切り捨てます。',
    program_earn_sentence_other:
      '{amount}のご利用ごとに{points}ポイント。1ポイント未満の端数は注文ごと・ルールごとに切り捨てます。',
    kpi_customers_ordered: '購入経験のある顧客',
    kpi_customers_ordered_def:
      '期間末までに1回以上注文した顧客の数です。顧客一覧はより広く、まだ購入していない人も含めショップが把握しているすべての人を数えます。',
    kpi_retention: '継続率',
    kpi_retention_def:
      '前の同じ長さの期間に購入した顧客のうち、今期間にも購入した割合：（期末のアクティブ顧客 − 期間中の新規顧客）÷ 期首の顧客。しばらく購入のなかった顧客の復帰は新規として数えます。継続率 + 離反率 = 100%。',
    kpi_churn: '離反率',
    kpi_churn_def: '前の同じ長さの期間に購入した顧客のうち、今期間に購入しなかった割合：100% − 継続率。',
    predictions_not_enough_history:
      'まだ十分な購入履歴がありません。予測は初回購入後、夜間の更新が反映されてから表示されます。',
    predictions_not_fitted: '予測はまだありません。モデルの最初の夜間更新後に表示されます。',
    predictions_not_computable: 'この顧客はモデルで予測できません。次回の夜間更新で再計算されます。',
    nav_problems: '問題',
    problems_title: '取り込みの問題',
    problems_intro:
      '反映できなかった注文イベントと、処理に失敗したイベントです。元データを修正してイベントを再送してください。',
    problems_rejections: '却下された注文',
    problems_rejections_none: '却下された注文はありません。',
    problems_failures: '処理の失敗',
    problems_failures_none: '処理の失敗はありません。',
    col_problem: '問題',
    col_when: '日時',
    col_step: '処理',
    problem_resolved: '解決済み',
    rejection_order_id_missing: 'イベントに注文IDがありません。',
    rejection_currency_invalid: '通貨コードが ISO 4217 の形式ではありません。',
    rejection_amount_invalid: '金額が数値ではありません（例：「1.234.000」を文字列で送信）。',
    rejection_total_missing: '注文に合計金額がありません。',
    rejection_order_unknown: '返金の対象注文がショップにありません。',
    rejection_currency_differs: '返金の通貨が注文の通貨と異なります。',
    rejection_customer_missing: 'イベントに顧客が指定されていません。',
    failure_generic: 'このイベントを処理できませんでした。',
  },
});
