// The segments bench's twenty segments, of every kind issue 18 names: traits, order facts,
// lifecycle and RFM, predictions, loyalty points, tier and expiring points, an event count within
// N days, an absence, an anniversary, membership of another segment, and a sample. Two of them
// are empty until the bench's measured events flip customers into them (a trait, a product).
import type { SegmentInput } from '../../src/modules/segments/segments.js';

/** Flipped by an identify that sets `bench_flag`: the trait path (customers consumer → segments). */
export const flipTrait: SegmentInput = {
  name: 'Flagged (trait flip)',
  definition: { field: 'traits.bench_flag', op: 'eq', value: 'on' },
};

/** Flipped by an order of product `p-flip`: the orders path (orders, analytics, loyalty → segments). */
export const flipProduct: SegmentInput = {
  name: 'Bought the flip product',
  definition: { field: 'orders.product', op: 'eq', value: 'p-flip' },
};

/** The timed rebuild: the example, with P(alive) as the fifth condition. */
export const fiveConditions: SegmentInput = {
  name: 'Big repeat buyers, still alive',
  definition: {
    all: [
      { field: 'orders.count', op: 'gte', value: 3 },
      { field: 'orders.net_revenue', op: 'gte', value: 10000 },
      {
        any: [
          { field: 'traits.country', op: 'eq', value: 'VN' },
          { not: { field: 'lifecycle.stage', op: 'eq', value: 'lapsed' } },
        ],
      },
      { event: 'Product Viewed', count: { op: 'gte', value: 1 }, within: { last_days: 60 } },
      { field: 'predictions.probability_alive', op: 'gte', value: 0.3 },
    ],
  },
};

export const champions: SegmentInput = {
  name: 'Champions',
  definition: { field: 'rfm.segment', op: 'eq', value: 'Champions' },
};

/** The rest; `championsId` is the Champions segment's id (a membership condition names it). */
export function otherSegments(championsId: string): SegmentInput[] {
  const named = (name: string, definition: SegmentInput['definition']): SegmentInput => ({
    name,
    definition,
  });
  return [
    named('VIP trait, pro plan', {
      all: [
        { field: 'traits.vip', op: 'eq', value: true },
        { field: 'traits.plan', op: 'eq', value: 'pro' },
      ],
    }),
    named('Ten orders or more', { field: 'orders.count', op: 'gte', value: 10 }),
    named('Net revenue ≥ 500.00', { field: 'orders.net_revenue', op: 'gte', value: 50_000 }),
    named('No order for 60 days', { field: 'orders.last_order_at', op: 'more_than_days_ago', value: 60 }),
    named('First order this month', { field: 'orders.first_order_at', op: 'within_last_days', value: 30 }),
    named('At risk', { field: 'lifecycle.stage', op: 'eq', value: 'at_risk' }),
    named('Champions slipping', {
      all: [
        { field: 'rfm.segment', op: 'eq', value: 'Champions' },
        { field: 'predictions.probability_alive', op: 'lt', value: 0.5 },
      ],
    }),
    named('Win-back candidates', {
      all: [
        { field: 'lifecycle.stage', op: 'eq', value: 'lapsed' },
        { field: 'predictions.clv_above_median', op: 'eq', value: true },
      ],
    }),
    named('1,000 points or more', { field: 'loyalty.points_balance', op: 'gte', value: 1_000 }),
    named('Gold tier', { field: 'loyalty.tier', op: 'eq', value: 'gold' }),
    named('Points expiring within 30 days', {
      field: 'loyalty.points_expiring',
      op: 'gte',
      value: 1,
      within_days: 30,
    }),
    named('Browsed twice in 30 days', {
      event: 'Product Viewed',
      count: { op: 'gte', value: 2 },
      within: { last_days: 30 },
    }),
    named('No order event in 90 days', {
      event: 'Order Completed',
      count: { op: 'eq', value: 0 },
      within: { last_days: 90 },
    }),
    named('Birthday this month', { field: 'profile.birthday', op: 'anniversary_this_month' }),
    named('Champions in Vietnam', {
      all: [{ segment: championsId }, { field: 'traits.country', op: 'eq', value: 'VN' }],
    }),
    named('Ten percent sample', { sample: { percent: 10 } }),
  ];
}
