import type { Definition } from './definition.js';
import type { ExplainLanguage } from './explain/index.js';

/**
 * The segments a workspace starts with (issue 18 item 6), from the seeds' playbook: created with the
 * workspace and editable like any other. Promoters and detractors need survey answers, which retain
 * does not collect yet; they are listed, unavailable, so the definition list can say why.
 */
export interface ReadyMadeSegment {
  key: string;
  names: Record<ExplainLanguage, string>;
  purpose: Record<ExplainLanguage, string>;
  definition: Definition;
  available: boolean;
  unavailableReason?: string;
}

const needsSurveys = 'Needs surveys, which retain does not have yet.';

export const readyMadeSegments: ReadyMadeSegment[] = [
  {
    key: 'champions',
    names: { en: 'Champions', vi: 'Nhà vô địch', th: 'แชมเปี้ยน', ja: 'チャンピオン' },
    purpose: {
      en: 'Your best customers by RFM: bought recently, often and for the most. Thank them and ask for reviews and referrals.',
      vi: 'Khách hàng tốt nhất theo RFM: mua gần đây, thường xuyên và chi tiêu nhiều nhất. Hãy cảm ơn họ và mời họ đánh giá, giới thiệu bạn bè.',
      th: 'ลูกค้าที่ดีที่สุดตาม RFM ซื้อล่าสุด ซื้อบ่อย และใช้จ่ายมากที่สุด ขอบคุณพวกเขาและชวนให้รีวิวหรือแนะนำเพื่อน',
      ja: 'RFMで最も優れた顧客です。最近、頻繁に、最も多く購入しています。感謝を伝え、レビューや紹介をお願いしましょう。',
    },
    definition: { field: 'rfm.segment', op: 'eq', value: 'Champions' },
    available: true,
  },
  {
    key: 'loyal',
    names: { en: 'Loyal', vi: 'Trung thành', th: 'ลูกค้าภักดี', ja: 'ロイヤル顧客' },
    purpose: {
      en: 'Customers who keep buying at their own rhythm. Reward them before they drift.',
      vi: 'Khách hàng vẫn mua đều đặn theo nhịp riêng của họ. Hãy tri ân trước khi họ rời xa.',
      th: 'ลูกค้าที่ยังซื้ออย่างสม่ำเสมอตามจังหวะของตัวเอง ให้รางวัลก่อนที่พวกเขาจะห่างหายไป',
      ja: '自分のペースで買い続けている顧客です。離れてしまう前に特典で応えましょう。',
    },
    definition: { field: 'lifecycle.stage', op: 'eq', value: 'loyal' },
    available: true,
  },
  {
    key: 'at_risk',
    names: { en: 'At risk', vi: 'Có nguy cơ rời bỏ', th: 'กลุ่มเสี่ยงเลิกซื้อ', ja: '離反リスク' },
    purpose: {
      en: 'Customers overdue against their own buying rhythm. Reach them now, while a reminder still works.',
      vi: 'Khách hàng đã quá hạn so với nhịp mua hàng của chính họ. Hãy liên hệ ngay khi một lời nhắc vẫn còn tác dụng.',
      th: 'ลูกค้าที่ห่างจากจังหวะการซื้อปกติของตัวเองแล้ว ติดต่อตอนนี้ขณะที่การเตือนยังได้ผล',
      ja: '普段の購入ペースより間隔が空いている顧客です。リマインドが効くうちに連絡しましょう。',
    },
    definition: { field: 'lifecycle.stage', op: 'eq', value: 'at_risk' },
    available: true,
  },
  {
    key: 'lapsed',
    names: { en: 'Lapsed', vi: 'Đã rời bỏ', th: 'ลูกค้าที่หยุดซื้อ', ja: '離反顧客' },
    purpose: {
      en: 'Customers who have stopped buying. A win-back offer is the last good chance.',
      vi: 'Khách hàng đã ngừng mua. Một ưu đãi kéo khách quay lại là cơ hội tốt cuối cùng.',
      th: 'ลูกค้าที่หยุดซื้อไปแล้ว ข้อเสนอดึงลูกค้ากลับคือโอกาสดีครั้งสุดท้าย',
      ja: '購入が途絶えた顧客です。呼び戻しのオファーが最後のチャンスです。',
    },
    definition: { field: 'lifecycle.stage', op: 'eq', value: 'lapsed' },
    available: true,
  },
  {
    key: 'win_back',
    names: { en: 'Win-back candidates', vi: 'Khách nên kéo lại', th: 'ลูกค้าที่ควรดึงกลับ', ja: '呼び戻し候補' },
    purpose: {
      en: 'Lapsed customers whose predicted 12-month value is above your median: the ones worth a generous offer.',
      vi: 'Khách đã rời bỏ có giá trị dự đoán 12 tháng cao hơn trung vị của cửa hàng: những người đáng nhận một ưu đãi hào phóng.',
      th: 'ลูกค้าที่หยุดซื้อซึ่งมีมูลค่าที่คาดการณ์ใน 12 เดือนสูงกว่าค่ามัธยฐานของร้าน คือกลุ่มที่คุ้มค่ากับข้อเสนอพิเศษ',
      ja: '離反顧客のうち、今後12か月の予測顧客生涯価値がショップの中央値を上回る顧客です。手厚いオファーに値します。',
    },
    definition: {
      all: [
        { field: 'lifecycle.stage', op: 'eq', value: 'lapsed' },
        { field: 'predictions.clv_above_median', op: 'eq', value: true },
      ],
    },
    available: true,
  },
  {
    key: 'new_customers',
    names: { en: 'New customers', vi: 'Khách hàng mới', th: 'ลูกค้าใหม่', ja: '新規顧客' },
    purpose: {
      en: 'Customers in their first 30 days after their first order: welcome them and earn the second order.',
      vi: 'Khách hàng trong 30 ngày đầu sau đơn hàng đầu tiên: chào đón họ và hướng tới đơn hàng thứ hai.',
      th: 'ลูกค้าในช่วง 30 วันแรกหลังคำสั่งซื้อแรก ต้อนรับพวกเขาและชวนให้สั่งซื้อครั้งที่สอง',
      ja: '初回注文から30日以内の顧客です。歓迎し、2回目の注文につなげましょう。',
    },
    definition: { field: 'orders.first_order_at', op: 'within_last_days', value: 30 },
    available: true,
  },
  {
    key: 'one_time_buyers',
    names: { en: 'One-time buyers', vi: 'Khách mua một lần', th: 'ลูกค้าที่ซื้อครั้งเดียว', ja: '1回購入者' },
    purpose: {
      en: 'Customers who ordered once, more than 30 days ago, and not since: the second order is the hardest.',
      vi: 'Khách hàng chỉ đặt hàng một lần, cách đây hơn 30 ngày: đơn hàng thứ hai là khó nhất.',
      th: 'ลูกค้าที่สั่งซื้อเพียงครั้งเดียวเมื่อกว่า 30 วันก่อน คำสั่งซื้อครั้งที่สองคือสิ่งที่ยากที่สุด',
      ja: '30日以上前に1回だけ注文した顧客です。2回目の注文が一番の壁です。',
    },
    definition: {
      all: [
        { field: 'orders.count', op: 'eq', value: 1 },
        { field: 'orders.first_order_at', op: 'more_than_days_ago', value: 30 },
      ],
    },
    available: true,
  },
  {
    key: 'vip',
    names: { en: 'VIP tier', vi: 'Hạng VIP', th: 'ระดับ VIP', ja: 'VIPランク' },
    purpose: {
      en: 'Members of any of your loyalty tiers: give them early access and tier perks.',
      vi: 'Thành viên thuộc bất kỳ hạng nào trong chương trình khách hàng thân thiết: dành cho họ quyền mua sớm và đặc quyền theo hạng.',
      th: 'สมาชิกในระดับใดก็ได้ของโปรแกรมสะสมคะแนน มอบสิทธิ์ซื้อก่อนและสิทธิพิเศษตามระดับ',
      ja: 'ロイヤルティプログラムのいずれかの会員ランクに属する顧客です。先行販売やランク特典を届けましょう。',
    },
    definition: { field: 'loyalty.tier', op: 'exists' },
    available: true,
  },
  {
    key: 'points_expiring',
    names: {
      en: 'Points expiring this month',
      vi: 'Điểm sắp hết hạn trong tháng',
      th: 'คะแนนใกล้หมดอายุเดือนนี้',
      ja: '今月ポイント失効予定',
    },
    purpose: {
      en: 'Customers with loyalty points expiring within 30 days: a reminder to spend them brings them back.',
      vi: 'Khách hàng có điểm tích lũy sắp hết hạn trong 30 ngày: một lời nhắc dùng điểm sẽ kéo họ quay lại.',
      th: 'ลูกค้าที่มีคะแนนสะสมจะหมดอายุภายใน 30 วัน การเตือนให้ใช้คะแนนจะดึงพวกเขากลับมา',
      ja: '30日以内にポイントが失効する顧客です。ポイント利用のリマインドが再来店につながります。',
    },
    definition: { field: 'loyalty.points_expiring', op: 'gt', value: 0, within_days: 30 },
    available: true,
  },
  {
    key: 'first_purchase_anniversary',
    names: {
      en: 'First-purchase anniversary this month',
      vi: 'Kỷ niệm lần mua đầu tiên trong tháng',
      th: 'ครบรอบการซื้อครั้งแรกเดือนนี้',
      ja: '今月が初回購入記念日',
    },
    purpose: {
      en: 'Customers whose first order was in this month of an earlier year: celebrate the anniversary.',
      vi: 'Khách hàng có đơn hàng đầu tiên vào tháng này của một năm trước: cùng kỷ niệm ngày đặc biệt.',
      th: 'ลูกค้าที่สั่งซื้อครั้งแรกในเดือนนี้ของปีก่อน ๆ ร่วมฉลองวันครบรอบกัน',
      ja: '過去の年の今月に初めて注文した顧客です。記念日をお祝いしましょう。',
    },
    definition: { field: 'orders.first_order_at', op: 'anniversary_this_month' },
    available: true,
  },
  {
    key: 'birthday_this_month',
    names: { en: 'Birthday this month', vi: 'Sinh nhật trong tháng', th: 'วันเกิดเดือนนี้', ja: '今月誕生日' },
    purpose: {
      en: 'Customers whose birthday falls this month, in their own time zone: send a birthday treat.',
      vi: 'Khách hàng có sinh nhật trong tháng này, theo múi giờ của họ: gửi một món quà sinh nhật.',
      th: 'ลูกค้าที่มีวันเกิดในเดือนนี้ตามเขตเวลาของตัวเอง ส่งของขวัญวันเกิดให้พวกเขา',
      ja: '今月が誕生日の顧客です（顧客のタイムゾーン基準）。バースデーギフトを贈りましょう。',
    },
    definition: { field: 'profile.birthday', op: 'anniversary_this_month' },
    available: true,
  },
  {
    key: 'promoters',
    names: { en: 'Promoters', vi: 'Người ủng hộ', th: 'ผู้สนับสนุน', ja: '推奨者' },
    purpose: {
      en: 'Customers who answered 9 or 10 to "How likely are you to recommend us?": ask them for reviews and referrals.',
      vi: 'Khách hàng chấm 9 hoặc 10 cho câu hỏi "Bạn có sẵn lòng giới thiệu chúng tôi không?": mời họ đánh giá và giới thiệu.',
      th: 'ลูกค้าที่ให้คะแนน 9 หรือ 10 กับคำถาม "คุณจะแนะนำเราให้คนอื่นมากแค่ไหน" ชวนพวกเขารีวิวและแนะนำเพื่อน',
      ja: '「友人に勧める可能性」に9か10と答えた顧客です。レビューや紹介をお願いしましょう。',
    },
    definition: { field: 'traits.nps_score', op: 'gte', value: 9 },
    available: false,
    unavailableReason: needsSurveys,
  },
  {
    key: 'detractors',
    names: { en: 'Detractors', vi: 'Người phản đối', th: 'ผู้ไม่พึงพอใจ', ja: '批判者' },
    purpose: {
      en: 'Customers who answered 0 to 6 to "How likely are you to recommend us?": listen and fix what went wrong.',
      vi: 'Khách hàng chấm từ 0 đến 6 cho câu hỏi "Bạn có sẵn lòng giới thiệu chúng tôi không?": lắng nghe và khắc phục vấn đề.',
      th: 'ลูกค้าที่ให้คะแนน 0 ถึง 6 กับคำถาม "คุณจะแนะนำเราให้คนอื่นมากแค่ไหน" รับฟังและแก้ไขสิ่งที่ผิดพลาด',
      ja: '「友人に勧める可能性」に0〜6と答えた顧客です。声を聞き、問題を改善しましょう。',
    },
    definition: { field: 'traits.nps_score', op: 'lte', value: 6 },
    available: false,
    unavailableReason: needsSurveys,
  },
];
