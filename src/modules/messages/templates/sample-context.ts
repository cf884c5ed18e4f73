// A context with every field a library template uses, for previews without a customer and for
// checking that a template renders at all.
import type { TemplateContext } from './context.js';

const shops: Record<string, TemplateContext['shop']> = {
  en: { name: 'Maple & Co.', currency: 'USD', locale: 'en-US', timezone: 'America/New_York' },
  vi: { name: 'Cà Phê Sáng', currency: 'VND', locale: 'vi-VN', timezone: 'Asia/Ho_Chi_Minh' },
  th: { name: 'บ้านชา', currency: 'THB', locale: 'th-TH', timezone: 'Asia/Bangkok' },
  ja: { name: '木漏れ日雑貨店', currency: 'JPY', locale: 'ja-JP', timezone: 'Asia/Tokyo' },
};

const customers: Record<string, { first_name: string; last_name: string }> = {
  en: { first_name: 'Emma', last_name: 'Walker' },
  vi: { first_name: 'Lan', last_name: 'Nguyễn' },
  th: { first_name: 'สมหญิง', last_name: 'ใจดี' },
  ja: { first_name: '花子', last_name: '山田' },
};

/** Amounts in each currency's minor units, the same order of value in each shop. */
const amountsMinor: Record<string, { order: number; credit: number; clv: number; coupon: number }> = {
  en: { order: 5_450, credit: 1_000, clv: 32_000, coupon: 1_000 },
  vi: { order: 450_000, credit: 50_000, clv: 3_200_000, coupon: 50_000 },
  th: { order: 125_000, credit: 20_000, clv: 950_000, coupon: 20_000 },
  ja: { order: 4_800, credit: 500, clv: 38_000, coupon: 500 },
};

export function sampleContext(language: string): TemplateContext {
  const shop = shops[language] ?? shops.en!;
  const person = customers[language] ?? customers.en!;
  const amounts = amountsMinor[language] ?? amountsMinor.en!;
  const name =
    language === 'ja'
      ? `${person.last_name} ${person.first_name}`
      : `${person.first_name} ${person.last_name}`;
  return {
    customer: {
      id: 'cus_01JF0000000000000000000000',
      external_id: 'user_42',
      email: 'customer@example.com',
      phone: '+84901234567',
      first_name: person.first_name,
      last_name: person.last_name,
      name,
      locale: shop.locale,
      timezone: shop.timezone,
      birthday: '1990-12-07',
      traits: {},
    },
    shop,
    loyalty: {
      points: 12_500,
      tier: { name: 'Gold' },
      store_credit: amounts.credit,
      points_expiring: { amount: 1_200, at: '2026-12-31T14:59:59Z' },
    },
    predictions: { stage: 'at_risk', p_alive: 0.42, predicted_clv: amounts.clv, expected_purchases: 1.3 },
    event: null,
    data: {
      order: {
        id: 'ord_1001',
        number: '1001',
        total: amounts.order,
        url: 'https://shop.example/orders/1001',
      },
      product: { name: 'Gift box', url: 'https://shop.example/products/gift-box' },
      review_url: 'https://shop.example/reviews/new?order=1001',
      shop_url: 'https://shop.example/',
      nps_url: 'https://shop.example/survey/nps',
      coupon: {
        code: 'COMEBACK10',
        kind: 'amount_off',
        amount: amounts.coupon,
        percent_off: null,
        expires_at: '2026-12-20T14:59:59Z',
      },
      previous_tier: { name: 'Silver' },
    },
    links: {
      unsubscribe: 'https://hosted.example/u/tok_abc?c=1&l=email',
      preferences: 'https://hosted.example/p/tok_abc',
      confirm: 'https://hosted.example/confirm/tok_abc',
    },
  };
}
