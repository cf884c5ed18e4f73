import { describe, expect, it } from 'vitest';
import type { Definition, FieldCondition } from '../definition.js';
import { explainDefinition, type ExplainLanguage } from './index.js';

const names = (currency?: string) => ({ segments: new Map([['seg_vip', 'VIP']]), currency });
const currencies: Record<ExplainLanguage, string> = { en: 'USD', vi: 'VND', th: 'THB', ja: 'JPY' };
const explain = (definition: unknown, language: ExplainLanguage) =>
  explainDefinition(definition as Definition, language, names(currencies[language]));

/** Issue 18 item 1: the example every explanation is measured against. */
const issueExample = {
  all: [
    { field: 'orders.count', op: 'gte', value: 3 },
    { field: 'orders.net_revenue', op: 'gte', value: 10000 },
    {
      any: [
        { field: 'traits.country', op: 'eq', value: 'VN' },
        { not: { field: 'lifecycle.stage', op: 'eq', value: 'lapsed' } },
      ],
    },
    {
      event: 'Order Completed',
      where: [{ field: 'properties.total', op: 'gte', value: 500000 }],
      count: { op: 'gte', value: 2 },
      within: { last_days: 60 },
    },
  ],
};

const atRiskRepeat = {
  all: [
    { field: 'lifecycle.stage', op: 'eq', value: 'at_risk' },
    { field: 'orders.count', op: 'gte', value: 2 },
  ],
};

const noOrderIn60Days = {
  all: [
    { event: 'Order Completed', count: { op: 'eq', value: 0 }, within: { last_days: 60 } },
    { segment: 'seg_vip' },
    { segment: 'seg_unknown' },
  ],
};

const scores = {
  all: [
    { field: 'rfm.segment', op: 'in', value: ['Champions', "Can't Lose"] },
    { field: 'predictions.probability_alive', op: 'lt', value: 0.5 },
    { field: 'loyalty.tier', op: 'eq', value: 'Gold' },
    { field: 'loyalty.points_expiring', op: 'gte', value: 500, within_days: 30 },
  ],
};

const abandoned = {
  all: [
    {
      event: 'Checkout Started',
      not_followed_by: { event: 'Order Completed', within_days: 3 },
      within: { last_days: 7 },
    },
    {
      event: 'Order Completed',
      sum: { property: 'total', op: 'gte', value: 1000000 },
      within: { from: '2026-01-01', to: '2026-03-01' },
    },
    { field: 'orders.last_order_at', op: 'more_than_days_ago', value: 60 },
    { field: 'predictions.clv_above_median', op: 'eq', value: true },
  ],
};

const notEither = {
  not: {
    any: [
      { field: 'profile.birthday', op: 'anniversary_within_days', value: 0 },
      { field: 'loyalty.badge', op: 'eq', value: 'Explorer' },
    ],
  },
};

const fewOpens = {
  all: [
    {
      event: 'Email Opened',
      count: { op: 'lte', value: 2 },
      within: { last_days: 30 },
      include_newer_customers: true,
    },
    { field: 'orders.average_order_value', op: 'lte', value: 250000 },
  ],
};

const cases: Record<ExplainLanguage, [unknown, string][]> = {
  en: [
    [atRiskRepeat, 'Customers whose lifecycle stage is at risk and who have ordered at least twice.'],
    [
      issueExample,
      'Customers who have ordered at least 3 times, whose net revenue is at least $100.00, (whose country is VN or ' +
        'whose lifecycle stage is not lapsed) and who have done “Order Completed” with total at least 500,000 at ' +
        'least twice in the last 60 days.',
    ],
    [
      noOrderIn60Days,
      'Customers who have not done “Order Completed” in the last 60 days (customers who joined less than 60 days ' +
        'ago are not counted), who are in the segment “VIP” and who are in the segment “seg_unknown”.',
    ],
    [
      scores,
      "Customers whose RFM segment is Champions or Can't Lose, whose chance of still being an active customer is " +
        'less than 50%, whose loyalty tier is Gold and who have at least 500 points expiring within the next 30 days.',
    ],
    [
      abandoned,
      'Customers who have done “Checkout Started” in the last 7 days not followed by “Order Completed” within 3 ' +
        'days, whose total from “Order Completed” between January 1, 2026 and March 1, 2026 adds up to at least ' +
        '1,000,000, whose last order was more than 60 days ago and whose predicted 12-month value is above the ' +
        'workspace median.',
    ],
    [notEither, 'Customers whose birthday is not today and who have not earned the badge Explorer.'],
    [
      fewOpens,
      'Customers who have done “Email Opened” at most twice in the last 30 days (customers who joined less than 30 ' +
        'days ago are included) and whose average order value is at most $2,500.00.',
    ],
  ],
  vi: [
    [atRiskRepeat, 'Khách hàng đang ở giai đoạn có nguy cơ rời bỏ và đã đặt hàng ít nhất 2 lần.'],
    [
      issueExample,
      'Khách hàng đã đặt hàng ít nhất 3 lần, có doanh thu thuần từ 10.000\u00a0₫ trở lên, (có thuộc tính country là ' +
        'VN hoặc không ở giai đoạn đã rời bỏ) và đã thực hiện “Order Completed” có total từ 500.000 trở lên ít ' +
        'nhất 2 lần trong 60 ngày qua.',
    ],
    [
      noOrderIn60Days,
      'Khách hàng không thực hiện “Order Completed” trong 60 ngày qua (không tính khách hàng mới tham gia chưa đến ' +
        '60 ngày), thuộc phân khúc “VIP” và thuộc phân khúc “seg_unknown”.',
    ],
    [
      scores,
      'Khách hàng có nhóm RFM là Nhà vô địch hoặc Không thể để mất, có khả năng vẫn còn mua hàng nhỏ hơn 50%, có ' +
        'hạng thành viên là Gold và có ít nhất 500 điểm sắp hết hạn trong 30 ngày tới.',
    ],
    [
      abandoned,
      'Khách hàng đã thực hiện “Checkout Started” trong 7 ngày qua mà không có “Order Completed” trong vòng 3 ngày ' +
        'sau đó, có tổng total của “Order Completed” từ 1 tháng 1, 2026 đến 1 tháng 3, 2026 từ 1.000.000 trở lên, ' +
        'có đơn hàng gần nhất cách đây hơn 60 ngày và có giá trị dự đoán trong 12 tháng tới cao hơn trung vị của ' +
        'cửa hàng.',
    ],
    [notEither, 'Khách hàng không có sinh nhật hôm nay và chưa đạt huy hiệu Explorer.'],
    [
      fewOpens,
      'Khách hàng đã thực hiện “Email Opened” không quá 2 lần trong 30 ngày qua (tính cả khách hàng mới tham gia ' +
        'chưa đến 30 ngày) và có giá trị đơn hàng trung bình không quá 250.000\u00a0₫.',
    ],
  ],
  th: [
    [atRiskRepeat, 'ลูกค้าที่มีสถานะวงจรชีวิตเป็นกลุ่มเสี่ยงเลิกซื้อ และสั่งซื้ออย่างน้อย 2 ครั้ง'],
    [
      issueExample,
      'ลูกค้าที่สั่งซื้ออย่างน้อย 3 ครั้ง และมียอดซื้อสุทธิตั้งแต่ ฿100.00 ขึ้นไป และ(มีคุณสมบัติ country เป็น VN ' +
        'หรือมีสถานะวงจรชีวิตที่ไม่ใช่ลูกค้าที่หยุดซื้อไปแล้ว) และทำ “Order Completed” ที่มี total ตั้งแต่ 500,000 ' +
        'ขึ้นไปอย่างน้อย 2 ครั้งใน 60 วันที่ผ่านมา',
    ],
    [
      noOrderIn60Days,
      'ลูกค้าที่ไม่ได้ทำ “Order Completed” ใน 60 วันที่ผ่านมา (ไม่นับลูกค้าที่เข้าร่วมมาไม่ถึง 60 วัน) และอยู่ในกลุ่ม ' +
        '“VIP” และอยู่ในกลุ่ม “seg_unknown”',
    ],
    [
      scores,
      'ลูกค้าที่มีกลุ่ม RFM เป็นแชมเปี้ยน หรือ ห้ามเสีย และมีโอกาสที่ยังเป็นลูกค้าอยู่น้อยกว่า 50% และมีระดับสมาชิก' +
        'เป็น Gold และมีคะแนนที่จะหมดอายุภายใน 30 วันข้างหน้าอย่างน้อย 500 คะแนน',
    ],
    [
      abandoned,
      'ลูกค้าที่ทำ “Checkout Started” ใน 7 วันที่ผ่านมา โดยไม่มี “Order Completed” ตามมาภายใน 3 วัน และมียอดรวม ' +
        'total จาก “Order Completed” ระหว่าง 1 มกราคม 2569 ถึง 1 มีนาคม 2569 ตั้งแต่ 1,000,000 ขึ้นไป และมี' +
        'คำสั่งซื้อล่าสุดเมื่อกว่า 60 วันก่อน และมีมูลค่าที่คาดการณ์ใน 12 เดือนข้างหน้าสูงกว่าค่ามัธยฐานของร้าน',
    ],
    [notEither, 'ลูกค้าที่ไม่มีวันเกิดในวันนี้ และไม่ได้รับเหรียญตรา Explorer'],
    [
      fewOpens,
      'ลูกค้าที่ทำ “Email Opened” ไม่เกิน 2 ครั้งใน 30 วันที่ผ่านมา (นับรวมลูกค้าที่เข้าร่วมมาไม่ถึง 30 วัน) และมี' +
        'มูลค่าเฉลี่ยต่อคำสั่งซื้อไม่เกิน ฿2,500.00',
    ],
  ],
  ja: [
    [atRiskRepeat, 'ライフサイクルが離反リスクで、2回以上注文した顧客'],
    [
      issueExample,
      '3回以上注文し、純売上が￥10,000以上で、（属性countryがVNであるか、ライフサイクルが離反以外で）、' +
        '過去60日間にtotalが500,000以上の“Order Completed”を2回以上行った顧客',
    ],
    [
      noOrderIn60Days,
      '過去60日間に“Order Completed”を行っておらず（登録から60日未満の顧客は含まない）、“VIP”セグメントに含まれ、' +
        '“seg_unknown”セグメントに含まれる顧客',
    ],
    [
      scores,
      'RFMセグメントがチャンピオンまたは失いたくない顧客で、継続購入の可能性が50%未満で、会員ランクがGoldで、' +
        '今後30日以内に失効するポイントが500ポイント以上である顧客',
    ],
    [
      abandoned,
      '過去7日間に、その後3日以内に“Order Completed”が続かなかった“Checkout Started”を行い、2026年1月1日から' +
        '2026年3月1日までの“Order Completed”のtotalの合計が1,000,000以上で、最終注文日が60日より前で、' +
        '今後12か月の予測顧客生涯価値がショップの中央値を上回る顧客',
    ],
    [notEither, '誕生日が今日ではなく、バッジExplorerを獲得していない顧客'],
    [
      fewOpens,
      '過去30日間の“Email Opened”の回数が2回以下で（登録から30日未満の顧客も含む）、平均注文額が￥250,000以下である顧客',
    ],
  ],
};

describe('explainDefinition', () => {
  for (const language of ['en', 'vi', 'th', 'ja'] as const) {
    it(`says who is in the segment in one sentence (${language})`, () => {
      for (const [definition, sentence] of cases[language])
        expect(explain(definition, language)).toBe(sentence);
    });
  }

  it('falls back to the id for a segment the names do not know', () => {
    for (const language of ['en', 'vi', 'th', 'ja'] as const) {
      const sentence = explain({ not: { segment: 'seg_gone' } }, language);
      expect(sentence).toContain('seg_gone');
    }
    expect(explain({ not: { segment: 'seg_gone' } }, 'en')).toBe(
      'Customers who are not in the segment “seg_gone”.',
    );
  });

  it('says whether customers newer than the window of an absence are counted', () => {
    const absence = { event: 'Order Completed', count: { op: 'lt', value: 1 }, within: { last_days: 60 } };
    expect(explain(absence, 'en')).toBe(
      'Customers who have not done “Order Completed” in the last 60 days (customers who joined less than 60 days ago are not counted).',
    );
    expect(explain({ ...absence, include_newer_customers: true }, 'en')).toBe(
      'Customers who have not done “Order Completed” in the last 60 days (customers who joined less than 60 days ago are included).',
    );
    // Needing an event, it says nothing of newer customers; without a window, neither.
    expect(explain({ event: 'Order Completed', within: { last_days: 60 } }, 'en')).toBe(
      'Customers who have done “Order Completed” in the last 60 days.',
    );
    expect(explain({ event: 'Order Completed', count: { op: 'eq', value: 0 } }, 'en')).toBe(
      'Customers who have never done “Order Completed”.',
    );
    // "Not (no order in 60 days)" takes every newer customer, with or without an order.
    expect(explain({ not: absence }, 'en')).toBe(
      'Customers who have done “Order Completed” in the last 60 days (customers who joined less than 60 days ago are included).',
    );
  });

  it('reads a sample and sums in each language', () => {
    const definition = {
      any: [
        { sample: { percent: 12.5 } },
        {
          event: 'Order Completed',
          sum: { property: 'total', op: 'lt', value: 1000 },
          within: { ever: true },
        },
      ],
    };
    expect(explain(definition, 'en')).toBe(
      'Customers who fall within a stable 12.5% random sample or whose total from “Order Completed” adds up to less than 1,000.',
    );
    expect(explain(definition, 'vi')).toBe(
      'Khách hàng nằm trong mẫu ngẫu nhiên cố định 12,5% hoặc có tổng total của “Order Completed” nhỏ hơn 1.000.',
    );
    expect(explain(definition, 'th')).toBe(
      'ลูกค้าที่อยู่ในกลุ่มตัวอย่างสุ่มแบบคงที่ 12.5% หรือมียอดรวม total จาก “Order Completed” น้อยกว่า 1,000',
    );
    expect(explain(definition, 'ja')).toBe(
      '固定の無作為抽出12.5%に含まれるか、“Order Completed”のtotalの合計が1,000未満である顧客',
    );
  });

  it('formats money by the currency: none for VND and JPY, two digits for USD', () => {
    const revenue = { field: 'orders.net_revenue', op: 'gt', value: 123456 };
    expect(explainDefinition(revenue as Definition, 'en', names('USD'))).toBe(
      'Customers whose net revenue is more than $1,234.56.',
    );
    expect(explainDefinition(revenue as Definition, 'en', names('VND'))).toBe(
      'Customers whose net revenue is more than ₫123,456.',
    );
    expect(explainDefinition(revenue as Definition, 'ja', names('JPY'))).toBe(
      '純売上が￥123,456超である顧客',
    );
  });

  // Each operator, on a field it applies to, with the value as each language writes it.
  const operators: [FieldCondition, Record<ExplainLanguage, string>][] = [
    [
      { field: 'traits.country', op: 'eq', value: 'VN' },
      { en: 'VN', vi: 'VN', th: 'VN', ja: 'VN' },
    ],
    [
      { field: 'traits.country', op: 'neq', value: 'TH' },
      { en: 'TH', vi: 'TH', th: 'TH', ja: 'TH' },
    ],
    [
      { field: 'lifecycle.stage', op: 'in', value: ['loyal', 'repeat'] },
      {
        en: 'loyal or repeat',
        vi: 'trung thành hoặc mua lại',
        th: 'ลูกค้าภักดี หรือ ลูกค้าซื้อซ้ำ',
        ja: 'ロイヤルまたはリピーター',
      },
    ],
    [
      { field: 'orders.category', op: 'not_in', value: ['Tea', 'Coffee'] },
      { en: 'Tea or Coffee', vi: 'Tea hoặc Coffee', th: 'Tea หรือ Coffee', ja: 'TeaまたはCoffee' },
    ],
    [
      { field: 'profile.email', op: 'contains', value: 'gmail' },
      { en: '“gmail”', vi: '“gmail”', th: '“gmail”', ja: '“gmail”' },
    ],
    [
      { field: 'profile.phone', op: 'starts_with', value: '+84' },
      { en: '“+84”', vi: '“+84”', th: '“+84”', ja: '“+84”' },
    ],
    [
      { field: 'rfm.r_score', op: 'gt', value: 3 },
      { en: '3', vi: '3', th: '3', ja: '3' },
    ],
    [
      { field: 'rfm.f_score', op: 'gte', value: 4 },
      { en: '4', vi: '4', th: '4', ja: '4' },
    ],
    [
      { field: 'rfm.m_score', op: 'lt', value: 2 },
      { en: '2', vi: '2', th: '2', ja: '2' },
    ],
    [
      { field: 'loyalty.points_balance', op: 'lte', value: 1500 },
      { en: '1,500', vi: '1.500', th: '1,500', ja: '1,500' },
    ],
    [
      { field: 'loyalty.store_credit', op: 'between', value: [1000, 5000] },
      {
        en: '$10.00 and $50.00',
        vi: '1.000\u00a0₫ đến 5.000\u00a0₫',
        th: '฿10.00 ถึง ฿50.00',
        ja: '￥1,000から￥5,000',
      },
    ],
    [
      { field: 'orders.first_order_at', op: 'gte', value: '2025-12-24' },
      { en: 'December 24, 2025', vi: '24 tháng 12, 2025', th: '24 ธันวาคม 2568', ja: '2025年12月24日' },
    ],
    [
      { field: 'orders.last_order_at', op: 'within_last_days', value: 14 },
      { en: '14 days', vi: '14 ngày', th: '14 วัน', ja: '14日' },
    ],
    [
      { field: 'profile.first_seen_at', op: 'more_than_days_ago', value: 90 },
      { en: '90 days', vi: '90 ngày', th: '90 วัน', ja: '90日' },
    ],
    [
      { field: 'profile.birthday', op: 'anniversary_within_days', value: 7 },
      { en: '7 days', vi: '7 ngày', th: '7 วัน', ja: '7日' },
    ],
    [
      { field: 'profile.birthday', op: 'anniversary_within_days', value: 0 },
      { en: 'today', vi: 'hôm nay', th: 'วันนี้', ja: '今日' },
    ],
    [
      { field: 'profile.birthday', op: 'anniversary_this_month' },
      { en: 'this month', vi: 'tháng này', th: 'เดือนนี้', ja: '今月' },
    ],
    [
      { field: 'profile.email', op: 'exists' },
      { en: 'known', vi: 'địa chỉ email', th: 'อีเมล', ja: '登録されて' },
    ],
    [
      { field: 'profile.email', op: 'not_exists' },
      { en: 'known', vi: 'địa chỉ email', th: 'อีเมล', ja: '登録されて' },
    ],
    [
      { field: 'loyalty.points_expiring', op: 'gt', value: 100, within_days: 14 },
      { en: '100 points', vi: '100 điểm', th: '100 คะแนน', ja: '100ポイント' },
    ],
    [
      { field: 'messages.subscribed', op: 'eq', value: 'sms' },
      { en: 'sms', vi: 'sms', th: 'sms', ja: 'sms' },
    ],
    [
      { field: 'rfm.segment', op: 'eq', value: 'Hibernating' },
      { en: 'Hibernating', vi: 'Ngủ đông', th: 'จำศีล', ja: '休眠' },
    ],
  ];

  it('writes the value of every operator', () => {
    for (const [condition, values] of operators) {
      for (const language of ['en', 'vi', 'th', 'ja'] as const) {
        expect(explain(condition, language), `${condition.op} in ${language}`).toContain(values[language]);
        expect(explain({ not: condition }, language), `not ${condition.op} in ${language}`).toContain(
          values[language],
        );
      }
    }
  });

  it('reads a boolean compared with neq as the other boolean', () => {
    const definition = { field: 'traits.vip', op: 'neq', value: true };
    expect(explain(definition, 'en')).toBe('Customers whose vip is false.');
    expect(explain(definition, 'vi')).toBe('Khách hàng có thuộc tính vip là sai.');
    expect(explain(definition, 'th')).toBe('ลูกค้าที่มีคุณสมบัติ vip เป็นเท็จ');
    expect(explain(definition, 'ja')).toBe('属性vipがいいえである顧客');
    expect(explain({ not: definition }, 'en')).toBe('Customers whose vip is true.');
  });

  it('reads a negated group as its De Morgan dual, with no double negative', () => {
    const definition = {
      not: {
        all: [
          { field: 'orders.count', op: 'gte', value: 2 },
          { field: 'profile.email', op: 'contains', value: 'gmail' },
        ],
      },
    };
    expect(explain(definition, 'en')).toBe(
      'Customers who have ordered fewer than twice or whose email address does not contain “gmail”.',
    );
    expect(explain(definition, 'ja')).toBe(
      '注文回数が2回未満であるか、メールアドレスが“gmail”を含まない顧客',
    );
  });
});
