// The KPI summary of a period, each figure with its definition and the previous period's value.
import type { Db } from '../../../db/connection.js';
import { workspaceFrame } from '../frame.js';
import { addDays } from '../calendar.js';
import { boundsSeenAsOf, resolvePeriod, type PeriodQuery } from './period.js';
import { periodFigures, type PeriodFigures } from './kpis.queries.js';
import { retentionAndChurn, type RetentionCounts } from './retention.js';

/** DESIGN.md's retention over the customers active in a window of the period's length. */
const retentionDefinition =
  '(Customers active at the end − new in the period) ÷ customers at the start, where customers at the start ordered in the previous period of the same length, customers active at the end ordered in the period, and new ones ordered in the period but not in the previous one (first-time buyers, and customers back after a longer silence): the share of the customers at the start who ordered again in the period.';
const churnDefinition =
  '1 − retention rate: the share of the customers at the start (those who ordered in the previous period of the same length) who placed no order in the period.';

function retentionCounts(f: PeriodFigures): RetentionCounts {
  return { atStart: f.customers_at_start, activeAtEnd: f.active_customers, newInPeriod: f.joined_customers };
}

type Unit = 'customers' | 'orders' | 'minor_units' | 'ratio' | 'days' | 'orders_per_customer';

/** Every KPI: its unit, its one-sentence definition and how it is computed from the period's figures. */
export const kpiDefinitions = {
  customers: {
    unit: 'customers',
    definition: 'Customers who have placed at least one order by the end of the period.',
    value: (f: PeriodFigures) => f.customers,
  },
  new_customers: {
    unit: 'customers',
    definition: 'Customers whose first order was placed in the period.',
    value: (f: PeriodFigures) => f.new_customers,
  },
  active_customers: {
    unit: 'customers',
    definition: 'Customers who placed at least one order in the period.',
    value: (f: PeriodFigures) => f.active_customers,
  },
  orders: {
    unit: 'orders',
    definition: 'Orders placed in the period (refunded ones included).',
    value: (f: PeriodFigures) => f.orders,
  },
  revenue: {
    unit: 'minor_units',
    definition:
      'Net revenue: Σ (total − refunded) of the orders placed in the period, in the workspace currency; orders in another currency are excluded.',
    value: (f: PeriodFigures) => f.revenue_minor,
  },
  average_order_value: {
    unit: 'minor_units',
    definition: 'Net revenue ÷ orders in the workspace currency placed in the period.',
    value: (f: PeriodFigures) => roundMoney(f.aov_minor),
  },
  average_order_value_first: {
    unit: 'minor_units',
    definition: "Average net value of the period's orders that were their customer's first order.",
    value: (f: PeriodFigures) => roundMoney(f.first_aov_minor),
  },
  average_order_value_repeat: {
    unit: 'minor_units',
    definition: "Average net value of the period's orders placed by customers who had ordered before.",
    value: (f: PeriodFigures) => roundMoney(f.repeat_aov_minor),
  },
  repeat_purchase_rate: {
    unit: 'ratio',
    definition:
      'Share of the orders placed in the period that were placed by customers who had ordered before.',
    value: (f: PeriodFigures) => ratio(f.repeat_orders, f.orders),
  },
  repeat_customer_rate: {
    unit: 'ratio',
    definition:
      'Share of customers (with an order by the end of the period) who have placed at least 2 orders.',
    value: (f: PeriodFigures) => ratio(f.repeat_customers, f.customers),
  },
  customers_at_start: {
    unit: 'customers',
    definition:
      'Customers at the start of the period: those who ordered in the period of the same length just before (the population retention and churn are shares of).',
    value: (f: PeriodFigures) => f.customers_at_start,
  },
  retention_rate: {
    unit: 'ratio',
    definition: retentionDefinition,
    value: (f: PeriodFigures) => retentionAndChurn(retentionCounts(f)).retention,
  },
  churn_rate: {
    unit: 'ratio',
    definition: churnDefinition,
    value: (f: PeriodFigures) => retentionAndChurn(retentionCounts(f)).churn,
  },
  purchase_frequency: {
    unit: 'orders_per_customer',
    definition: 'Orders placed in the period ÷ active customers in the period.',
    value: (f: PeriodFigures) => ratio(f.orders, f.active_customers),
  },
  median_days_between_orders: {
    unit: 'days',
    definition:
      "Median time, in days, between each of the period's orders and the same customer's previous order (first orders have none).",
    value: (f: PeriodFigures) => f.median_days_between_orders,
  },
  historical_lifetime_value: {
    unit: 'minor_units',
    definition: 'Net revenue of all orders up to the end of the period ÷ customers with an order by then.',
    value: (f: PeriodFigures) => roundMoney(f.customers > 0 ? f.lifetime_revenue_minor / f.customers : null),
  },
  pareto_share: {
    unit: 'ratio',
    definition:
      'Share of net revenue up to the end of the period that came from the top 20% of customers by net revenue (the ⌈n/5⌉ highest).',
    value: (f: PeriodFigures) => ratio(f.top_fifth_revenue_minor, f.lifetime_revenue_minor),
  },
} satisfies Record<string, { unit: Unit; definition: string; value: (f: PeriodFigures) => number | null }>;

export type KpiName = keyof typeof kpiDefinitions;

function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/** Averages of money are shown in whole minor units (half away from zero). */
function roundMoney(value: number | null): number | null {
  return value === null ? null : Math.sign(value) * Math.round(Math.abs(value));
}

interface Kpi {
  value: number | null;
  previous: number | null;
  unit: Unit;
  definition: string;
}

export interface AnalyticsSummary {
  object: 'analytics_summary';
  from: string;
  to: string;
  as_of: string;
  previous_period: { from: string; to: string };
  timezone: string;
  currency: string;
  kpis: Record<KpiName, Kpi>;
}

/** Default period: the 30 days ending on the as-of date. */
const defaultPeriodDays = 30;

/**
 * KPIs of the period from `from` to `to` (local dates in the workspace time zone, both
 * included), with the same figures for the period of the same length just before. Orders after
 * `as_of` (default now) are not seen.
 */
export async function analyticsSummary(
  db: Db,
  workspaceId: string,
  query: PeriodQuery,
  now: Date,
): Promise<AnalyticsSummary> {
  const frame = await workspaceFrame(db, workspaceId);
  const { from, to, asOf, days } = await resolvePeriod(db, frame.tz, query, now, defaultPeriodDays);
  const previousFrom = addDays(from, -days);
  const [b0, b1, b2, b3] = await boundsSeenAsOf(
    db,
    frame.tz,
    [addDays(from, -2 * days), previousFrom, from, addDays(to, 1)],
    asOf,
  );
  const current = await periodFigures(db, workspaceId, { previousStart: b1!, start: b2!, end: b3! });
  const previous = await periodFigures(db, workspaceId, { previousStart: b0!, start: b1!, end: b2! });
  const kpis = Object.fromEntries(
    Object.entries(kpiDefinitions).map(([name, kpi]) => [
      name,
      {
        value: kpi.value(current),
        previous: kpi.value(previous),
        unit: kpi.unit,
        definition: kpi.definition,
      },
    ]),
  ) as Record<KpiName, Kpi>;
  return {
    object: 'analytics_summary',
    from,
    to,
    as_of: asOf.toISOString(),
    previous_period: { from: previousFrom, to: addDays(from, -1) },
    timezone: frame.tz,
    currency: frame.currency,
    kpis,
  };
}
