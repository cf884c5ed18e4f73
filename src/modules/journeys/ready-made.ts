import type { JourneyGraph, JourneyNode } from './graph.js';

/**
 * The journeys a workspace starts with (issue 19 item 4), from the seeds' playbook: welcome → first
 * order → repeat → loyal, and the at-risk and lapsed customers won back. Each is seeded as a draft
 * (nothing enters it until the marketer publishes it), named and described in the workspace's
 * language, and uses the messages library's lifecycle templates (each customer gets their language)
 * and the segments module's ready-made segments. The NPS and referral asks need modules retain does
 * not have yet; they are listed, unavailable, so the journey list can say why.
 */
type ReadyMadeLanguage = 'en' | 'vi' | 'th' | 'ja';
type Words = Record<ReadyMadeLanguage, string>;

/** What a graph needs from the workspace: its language (coupon names, points reasons) and segment ids. */
interface GraphScope {
  language: ReadyMadeLanguage;
  /** The workspace's segment for a ready-made segment key (segments' ready-made.ts). */
  segment: (key: string) => string;
}

interface Described {
  key: string;
  names: Words;
  purpose: Words;
}

export type ReadyMadeJourney = Described &
  (
    | {
        available: true;
        /** The segments module's ready-made segments the graph names, resolved before it is built. */
        segments: string[];
        graph: (scope: GraphScope) => JourneyGraph;
      }
    | { available: false; reason: Words }
  );

/** The language a workspace's locale (`vi-VN`, `ja`) names its ready-made journeys in, else English. */
export function readyMadeLanguageOf(locale: string): ReadyMadeLanguage {
  const language = locale.split('-')[0]!.toLowerCase();
  return language === 'vi' || language === 'th' || language === 'ja' ? language : 'en';
}

/** Review requests go out this many days after delivery: never the day the parcel arrives. */
const reviewAfterDays = 14;
/** Messages that wait for a moment rather than an event go out at this local time, not at midnight. */
const morning = '10:00';

const email = (
  library: string,
  options: { next?: string; priority?: 'transactional' | 'triggered' | 'promotional' } = {},
): JourneyNode => ({ type: 'message', channel: 'email', template: { library }, ...options });
const atMorning = (next: string): JourneyNode => ({ type: 'delay', until_time: { at: morning }, next });
const orderWithin = (days: number) => ({ event: 'Order Completed', within_days: days });
const firstOrder = (yes: string): JourneyNode => ({
  type: 'branch',
  condition: { field: 'orders.count', op: 'eq', value: 1 },
  yes,
});
const percentOff =
  (name: Words, percent: number, days: number, next: string) =>
  (scope: GraphScope): JourneyNode => ({
    type: 'coupon',
    name: name[scope.language],
    kind: 'percent_off',
    percent_off: percent,
    expires_in_days: days,
    next,
  });

const welcomeCoupon = percentOff(
  {
    en: 'Welcome: 10% off your first order',
    vi: 'Chào mừng: giảm 10% đơn hàng đầu tiên',
    th: 'ต้อนรับ: ลด 10% สำหรับคำสั่งซื้อแรก',
    ja: 'ようこそ：初回注文10%オフ',
  },
  10,
  14,
  'offer_email',
);
const winBackCoupon = percentOff(
  {
    en: 'We miss you: 15% off',
    vi: 'Nhớ bạn: giảm 15%',
    th: 'คิดถึงคุณ: ลด 15%',
    ja: 'お久しぶりです：15%オフ',
  },
  15,
  30,
  'offer_email',
);
const anniversaryCoupon = percentOff(
  {
    en: 'Anniversary gift: 10% off',
    vi: 'Quà kỷ niệm: giảm 10%',
    th: 'ของขวัญครบรอบ: ลด 10%',
    ja: '記念日ギフト：10%オフ',
  },
  10,
  14,
  'gift_email',
);
const birthdayReason: Words = {
  en: 'Birthday bonus',
  vi: 'Điểm thưởng sinh nhật',
  th: 'คะแนนพิเศษวันเกิด',
  ja: '誕生日ボーナス',
};

const available: ReadyMadeJourney[] = [
  {
    key: 'welcome',
    names: { en: 'Welcome series', vi: 'Chuỗi chào mừng', th: 'ชุดข้อความต้อนรับ', ja: 'ウェルカムシリーズ' },
    purpose: {
      en: 'Welcomes each new sign-up at once and, if they have not ordered three days later, gives them 10% off their first order.',
      vi: 'Chào mừng mỗi người vừa đăng ký ngay lập tức và, nếu sau ba ngày họ chưa đặt hàng, tặng họ mã giảm 10% cho đơn hàng đầu tiên.',
      th: 'ต้อนรับผู้สมัครใหม่ทุกคนทันที และหากผ่านไปสามวันแล้วยังไม่สั่งซื้อ จะมอบส่วนลด 10% สำหรับคำสั่งซื้อแรก',
      ja: '新規登録者をすぐに歓迎し、3日後までに注文がなければ初回注文10%オフのクーポンを贈ります。',
    },
    available: true,
    segments: [],
    graph: (scope) => ({
      entry: { kind: 'event', event: 'Signed Up' },
      reentry: { mode: 'never' },
      goal: orderWithin(30),
      holdout_percent: 10,
      start: 'welcome',
      nodes: {
        welcome: email('welcome', { next: 'three_days' }),
        three_days: { type: 'delay', for: { days: 3 }, next: 'ordered' },
        // A shopper who ordered as a guest before signing up gets no first-order offer.
        // (No order at all has no orders row: "not at least one" says so, "count = 0" would not.)
        ordered: {
          type: 'branch',
          condition: { not: { field: 'orders.count', op: 'gte', value: 1 } },
          yes: 'offer',
        },
        offer: welcomeCoupon(scope),
        offer_email: email('win_back', { priority: 'promotional' }),
      },
    }),
  },
  {
    key: 'thank_you',
    names: {
      en: 'Thank you for the first order',
      vi: 'Cảm ơn đơn hàng đầu tiên',
      th: 'ขอบคุณสำหรับคำสั่งซื้อแรก',
      ja: '初回注文のお礼',
    },
    purpose: {
      en: 'Thanks each customer for their first order the moment it is placed, so the second one starts with a good feeling.',
      vi: 'Cảm ơn mỗi khách hàng ngay khi họ đặt đơn hàng đầu tiên, để đơn hàng thứ hai bắt đầu từ một ấn tượng tốt.',
      th: 'ขอบคุณลูกค้าทุกคนทันทีที่สั่งซื้อครั้งแรก เพื่อให้การสั่งซื้อครั้งที่สองเริ่มต้นด้วยความรู้สึกที่ดี',
      ja: '初めての注文の直後にお礼を伝え、2回目の注文につながる良い印象を残します。',
    },
    available: true,
    segments: [],
    graph: () => ({
      // Each customer enters once, with their first order after publishing; only a first order ever is thanked.
      entry: { kind: 'event', event: 'Order Completed' },
      reentry: { mode: 'never' },
      goal: orderWithin(60),
      holdout_percent: 10,
      start: 'first',
      nodes: { first: firstOrder('thanks'), thanks: email('thank_you') },
    }),
  },
  {
    key: 'review_request',
    names: { en: 'Review request', vi: 'Mời đánh giá', th: 'ขอรีวิว', ja: 'レビュー依頼' },
    purpose: {
      en: `Asks for a review ${reviewAfterDays} days after an order is delivered, once the customer has used it, never on the day the parcel arrives.`,
      vi: `Mời khách đánh giá ${reviewAfterDays} ngày sau khi đơn hàng được giao, khi họ đã dùng thử sản phẩm, không bao giờ vào ngày nhận hàng.`,
      th: `ขอรีวิว ${reviewAfterDays} วันหลังจากส่งสินค้าถึง เมื่อลูกค้าได้ลองใช้แล้ว ไม่ใช่ในวันที่พัสดุมาถึง`,
      ja: `商品のお届けから${reviewAfterDays}日後、実際に使っていただいた頃にレビューをお願いします。荷物が届いた当日には送りません。`,
    },
    available: true,
    segments: [],
    graph: () => ({
      entry: { kind: 'event', event: 'Order Delivered' },
      entry_key: 'order_id',
      reentry: { mode: 'after_end' },
      holdout_percent: 10,
      start: 'settle',
      nodes: {
        settle: { type: 'delay', for: { days: reviewAfterDays }, next: 'morning' },
        morning: atMorning('ask'),
        ask: email('review_request'),
      },
    }),
  },
  {
    key: 'second_purchase',
    names: {
      en: 'Second-purchase nudge',
      vi: 'Nhắc mua lần thứ hai',
      th: 'กระตุ้นการซื้อครั้งที่สอง',
      ja: '2回目購入の後押し',
    },
    purpose: {
      en: 'Reminds one-time buyers 30 days after their first order, when a second one is due, unless they have ordered again.',
      vi: 'Nhắc những khách mới mua một lần sau 30 ngày kể từ đơn đầu tiên, đúng lúc nên mua lần hai, trừ khi họ đã đặt hàng lại.',
      th: 'เตือนลูกค้าที่ซื้อครั้งเดียว 30 วันหลังคำสั่งซื้อแรก เมื่อถึงเวลาที่ควรซื้อครั้งที่สอง เว้นแต่พวกเขาจะสั่งซื้ออีกแล้ว',
      ja: '1回だけ購入した顧客に、2回目の購入時期にあたる初回注文の30日後にお知らせします。その前に再注文があれば送りません。',
    },
    available: true,
    segments: [],
    graph: () => ({
      entry: { kind: 'event', event: 'Order Completed' },
      reentry: { mode: 'never' },
      // A second order inside the window ends the run as converted, before the nudge.
      goal: orderWithin(60),
      holdout_percent: 10,
      start: 'first',
      nodes: {
        first: firstOrder('due'),
        due: { type: 'delay', for: { days: 30 }, next: 'morning' },
        morning: atMorning('nudge'),
        nudge: email('at_risk', { priority: 'promotional' }),
      },
    }),
  },
  {
    key: 'at_risk',
    names: {
      en: 'At-risk nudge',
      vi: 'Nhắc khách có nguy cơ rời bỏ',
      th: 'ทักลูกค้ากลุ่มเสี่ยง',
      ja: '離反リスク顧客へのフォロー',
    },
    purpose: {
      en: 'Reaches a customer the morning their lifecycle stage turns at risk, overdue against their own rhythm, while a reminder still works.',
      vi: 'Liên hệ khách hàng vào buổi sáng ngay khi giai đoạn vòng đời của họ chuyển sang có nguy cơ rời bỏ, khi một lời nhắc vẫn còn tác dụng.',
      th: 'ติดต่อลูกค้าในเช้าวันที่สถานะวงจรชีวิตเปลี่ยนเป็นกลุ่มเสี่ยง ขณะที่การเตือนยังได้ผล',
      ja: 'ライフサイクルステージが「離反リスク」に変わった日の朝に連絡します。リマインドが効くうちに。',
    },
    available: true,
    segments: [],
    graph: () => ({
      entry: { kind: 'lifecycle', stage: 'at_risk' },
      reentry: { mode: 'once_per', period: 'month' },
      goal: orderWithin(30),
      holdout_percent: 10,
      start: 'morning',
      nodes: { morning: atMorning('nudge'), nudge: email('at_risk') },
    }),
  },
  {
    key: 'win_back',
    names: {
      en: 'Win-back offer',
      vi: 'Ưu đãi kéo khách quay lại',
      th: 'ข้อเสนอดึงลูกค้ากลับ',
      ja: '呼び戻しオファー',
    },
    purpose: {
      en: 'Gives lapsed customers whose predicted value is above your median 15% off, so the offer goes where it pays.',
      vi: 'Tặng mã giảm 15% cho khách đã rời bỏ có giá trị dự đoán cao hơn trung vị của cửa hàng, để ưu đãi đến đúng người đáng nhận.',
      th: 'มอบส่วนลด 15% ให้ลูกค้าที่หยุดซื้อซึ่งมีมูลค่าที่คาดการณ์สูงกว่าค่ามัธยฐาน เพื่อให้ข้อเสนอไปถึงคนที่คุ้มค่า',
      ja: '離反顧客のうち予測価値がショップの中央値を上回る顧客に15%オフを贈り、効果の見込める相手にだけオファーします。',
    },
    available: true,
    segments: [],
    graph: (scope) => ({
      entry: { kind: 'lifecycle', stage: 'lapsed' },
      reentry: { mode: 'once_per', period: 'year' },
      goal: orderWithin(30),
      holdout_percent: 10,
      start: 'worth',
      nodes: {
        worth: {
          type: 'branch',
          condition: { field: 'predictions.clv_above_median', op: 'eq', value: true },
          yes: 'morning',
        },
        morning: atMorning('offer'),
        offer: winBackCoupon(scope),
        offer_email: email('win_back', { priority: 'promotional' }),
      },
    }),
  },
  {
    key: 'first_purchase_anniversary',
    names: {
      en: 'First-purchase anniversary',
      vi: 'Kỷ niệm lần mua đầu tiên',
      th: 'ครบรอบการซื้อครั้งแรก',
      ja: '初回購入記念日',
    },
    purpose: {
      en: 'Celebrates the anniversary of each customer’s first purchase with a 10% coupon, at 10:00 in their time zone.',
      vi: 'Kỷ niệm ngày mua hàng đầu tiên của mỗi khách bằng mã giảm 10%, lúc 10:00 theo múi giờ của họ.',
      th: 'ฉลองวันครบรอบการซื้อครั้งแรกของลูกค้าแต่ละคนด้วยคูปองลด 10% เวลา 10:00 ตามเขตเวลาของพวกเขา',
      ja: '初めて購入した日の記念日に、顧客のタイムゾーンの10:00に10%オフのクーポンを贈ります。',
    },
    available: true,
    segments: [],
    graph: (scope) => ({
      entry: { kind: 'date', field: 'orders.first_order_at', at: morning },
      reentry: { mode: 'once_per', period: 'year' },
      goal: orderWithin(14),
      holdout_percent: 10,
      start: 'gift',
      nodes: { gift: anniversaryCoupon(scope), gift_email: email('win_back', { priority: 'promotional' }) },
    }),
  },
  {
    key: 'birthday',
    names: { en: 'Birthday bonus', vi: 'Quà sinh nhật', th: 'ของขวัญวันเกิด', ja: '誕生日ボーナス' },
    purpose: {
      en: 'Wishes each customer a happy birthday at 09:00 in their time zone and adds 500 bonus points to their balance.',
      vi: 'Chúc mừng sinh nhật mỗi khách hàng lúc 09:00 theo múi giờ của họ và cộng 500 điểm thưởng vào tài khoản.',
      th: 'อวยพรวันเกิดลูกค้าแต่ละคนเวลา 09:00 ตามเขตเวลาของพวกเขา และเพิ่มคะแนนพิเศษ 500 คะแนน',
      ja: '顧客のタイムゾーンの9:00に誕生日をお祝いし、ボーナス500ポイントを贈ります。',
    },
    available: true,
    segments: [],
    graph: (scope) => ({
      entry: { kind: 'date', field: 'profile.birthday', at: '09:00' },
      reentry: { mode: 'once_per', period: 'year' },
      goal: orderWithin(30),
      holdout_percent: 10,
      start: 'bonus',
      nodes: {
        bonus: { type: 'points', points: 500, reason: birthdayReason[scope.language], next: 'wish' },
        wish: email('birthday'),
      },
    }),
  },
  {
    key: 'points_expiring',
    names: {
      en: 'Points expiring soon',
      vi: 'Điểm sắp hết hạn',
      th: 'คะแนนใกล้หมดอายุ',
      ja: 'ポイント失効のお知らせ',
    },
    purpose: {
      en: 'Reminds members 30 days before their points expire, so they come back to spend them instead of losing them.',
      vi: 'Nhắc thành viên 30 ngày trước khi điểm hết hạn, để họ quay lại dùng điểm thay vì để mất.',
      th: 'เตือนสมาชิก 30 วันก่อนคะแนนหมดอายุ เพื่อให้กลับมาใช้คะแนนแทนที่จะปล่อยให้หายไป',
      ja: 'ポイント失効の30日前にお知らせし、失効させずに使いに戻ってきてもらいます。',
    },
    available: true,
    segments: ['points_expiring'],
    graph: (scope) => ({
      entry: { kind: 'segment', segment: scope.segment('points_expiring'), on: 'entered' },
      reentry: { mode: 'once_per', period: 'month' },
      goal: orderWithin(30),
      holdout_percent: 10,
      start: 'morning',
      nodes: { morning: atMorning('remind'), remind: email('points_expiring') },
    }),
  },
  {
    key: 'tier_up',
    names: {
      en: 'Tier upgrade congratulations',
      vi: 'Chúc mừng lên hạng',
      th: 'ยินดีกับการเลื่อนระดับ',
      ja: 'ランクアップのお祝い',
    },
    purpose: {
      en: 'Congratulates a member the moment they reach a higher loyalty tier and tells them what it brings.',
      vi: 'Chúc mừng thành viên ngay khi họ lên hạng cao hơn trong chương trình khách hàng thân thiết và cho họ biết quyền lợi mới.',
      th: 'แสดงความยินดีกับสมาชิกทันทีที่เลื่อนขึ้นระดับที่สูงกว่า และบอกสิทธิประโยชน์ที่ได้รับ',
      ja: '会員が上位ランクに上がった瞬間にお祝いし、新しい特典をお知らせします。',
    },
    available: true,
    segments: [],
    graph: () => ({
      // The loyalty module appends `Tier Changed` (direction up or down) when a member's tier moves.
      entry: {
        kind: 'event',
        event: 'Tier Changed',
        where: [{ field: 'properties.direction', op: 'eq', value: 'up' }],
      },
      reentry: { mode: 'after_end' },
      goal: orderWithin(30),
      holdout_percent: 10,
      start: 'congratulate',
      nodes: { congratulate: email('tier_up') },
    }),
  },
  {
    key: 'abandoned_cart',
    names: { en: 'Abandoned cart', vi: 'Giỏ hàng bị bỏ quên', th: 'ตะกร้าสินค้าที่ถูกทิ้งไว้', ja: 'カゴ落ち' },
    purpose: {
      en: 'Reminds a customer of a checkout they started when no order for that cart has arrived four hours later.',
      vi: 'Nhắc khách về lần thanh toán họ đã bắt đầu khi sau bốn giờ vẫn chưa có đơn hàng nào cho giỏ hàng đó.',
      th: 'เตือนลูกค้าถึงการชำระเงินที่เริ่มไว้ เมื่อผ่านไปสี่ชั่วโมงแล้วยังไม่มีคำสั่งซื้อสำหรับตะกร้านั้น',
      ja: '購入手続きを始めたカートの注文が4時間たっても届かないとき、顧客にお知らせします。',
    },
    available: true,
    segments: [],
    graph: () => ({
      entry: { kind: 'event', event: 'Checkout Started' },
      entry_key: 'cart_id',
      reentry: { mode: 'after_end' },
      // Any order counts toward the lift; only the same cart's order stops the reminder.
      goal: { ...orderWithin(3), continue: true },
      holdout_percent: 10,
      start: 'bought',
      nodes: {
        bought: {
          type: 'wait',
          event: 'Order Completed',
          same_entry_key: true,
          timeout: { hours: 4 },
          next: 'done',
          timeout_next: 'remind',
        },
        done: { type: 'exit' },
        remind: email('at_risk'),
      },
    }),
  },
];

const unavailable: ReadyMadeJourney[] = [
  {
    key: 'nps_ask',
    names: {
      en: 'NPS after the second order',
      vi: 'Khảo sát NPS sau đơn thứ hai',
      th: 'สำรวจ NPS หลังคำสั่งซื้อที่สอง',
      ja: '2回目の注文後のNPS調査',
    },
    purpose: {
      en: 'Asks customers how likely they are to recommend you after their second order, when they know you well enough to answer.',
      vi: 'Hỏi khách hàng mức độ sẵn lòng giới thiệu cửa hàng sau đơn hàng thứ hai, khi họ đã đủ hiểu cửa hàng để trả lời.',
      th: 'ถามลูกค้าว่ามีแนวโน้มจะแนะนำร้านมากแค่ไหนหลังคำสั่งซื้อที่สอง เมื่อพวกเขารู้จักร้านดีพอจะตอบได้',
      ja: '2回目の注文の後、ショップをよく知った顧客に「友人に勧める可能性」を尋ねます。',
    },
    available: false,
    reason: {
      en: 'Needs surveys, which retain does not have yet.',
      vi: 'Cần tính năng khảo sát, retain chưa có.',
      th: 'ต้องใช้แบบสำรวจ ซึ่ง retain ยังไม่มี',
      ja: 'アンケート機能が必要ですが、retainにはまだありません。',
    },
  },
  {
    key: 'referral_ask',
    names: {
      en: 'Referral ask for loyal customers',
      vi: 'Mời khách trung thành giới thiệu',
      th: 'ชวนลูกค้าภักดีแนะนำเพื่อน',
      ja: 'ロイヤル顧客への紹介依頼',
    },
    purpose: {
      en: 'Invites a customer to refer friends when their lifecycle stage turns loyal, when they are most likely to say yes.',
      vi: 'Mời khách hàng giới thiệu bạn bè khi giai đoạn vòng đời của họ chuyển sang trung thành, lúc họ dễ đồng ý nhất.',
      th: 'ชวนลูกค้าแนะนำเพื่อนเมื่อสถานะวงจรชีวิตเปลี่ยนเป็นลูกค้าภักดี ซึ่งเป็นช่วงที่มีแนวโน้มตอบรับมากที่สุด',
      ja: 'ライフサイクルステージがロイヤルに変わったとき、最も応じてもらいやすいタイミングで友人の紹介をお願いします。',
    },
    available: false,
    reason: {
      en: 'Needs referrals, which retain does not have yet.',
      vi: 'Cần tính năng giới thiệu bạn bè, retain chưa có.',
      th: 'ต้องใช้ระบบแนะนำเพื่อน ซึ่ง retain ยังไม่มี',
      ja: '紹介機能が必要ですが、retainにはまだありません。',
    },
  },
];

export const readyMadeJourneys: ReadyMadeJourney[] = [...available, ...unavailable];
