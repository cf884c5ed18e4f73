import type { Db } from '../../../db/connection.js';
import {
  predictionState,
  type PredictionState,
  findBreakpoints,
  listCustomerScores,
  type CustomerScoresRow,
  rfmSegmentRules,
  rfmSegments,
  type RfmSegment,
} from '../scoring/index.js';
import { latestDoneModelFit } from '../clv/index.js';
import { rfGrid, segmentTotals } from './rfm-report.queries.js';

export interface RfmReport {
  object: 'rfm_report';
  /** When the scores' population was last fully recomputed (null: never). */
  as_of: string | null;
  customers: number;
  scoring: string;
  breakpoints: { recency_days: number[]; orders: number[]; net_revenue_minor: number[] } | null;
  segments: { segment: RfmSegment; rule: string; customers: number; revenue_minor: number }[];
  /** grid[r−1][f−1] = customers with recency score r and frequency score f. */
  grid: number[][];
}

export const rfmScoringDefinition =
  'Each customer with an order gets R, F and M scores 1–5: score = 1 + ⌊5 × (customers strictly worse) ÷ customers⌋, ' +
  'where worse means more days since the last order (R, reversed), fewer orders (F), or less net revenue, total − refunded (M). ' +
  'A value scores at least s when it is strictly above breakpoint s−1 (breakpoints are the k-th worst values, k = ⌈(s−1)·n/5⌉; ' +
  'recency breakpoints in days, a value scores at least s when it is strictly below). Segments come from the R×F grid.';

export async function rfmReport(db: Db, workspaceId: string): Promise<RfmReport> {
  const totals = await segmentTotals(db, workspaceId);
  const cells = await rfGrid(db, workspaceId);
  const stored = await findBreakpoints(db, workspaceId);
  const grid = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  let customers = 0;
  for (const cell of cells) {
    grid[cell.r_score - 1]![cell.f_score - 1] = cell.customers;
    customers += cell.customers;
  }
  const bySegment = new Map(totals.map((row) => [row.segment, row]));
  return {
    object: 'rfm_report',
    as_of: stored ? new Date(stored.as_of).toISOString() : null,
    customers,
    scoring: rfmScoringDefinition,
    breakpoints: stored
      ? {
          recency_days: stored.recency_days.map((negated) => -negated),
          orders: stored.orders,
          net_revenue_minor: stored.net_revenue_minor,
        }
      : null,
    segments: rfmSegments.map((segment) => ({
      segment,
      rule: rfmSegmentRules[segment],
      customers: bySegment.get(segment)?.customers ?? 0,
      revenue_minor: bySegment.get(segment)?.net_minor ?? 0,
    })),
    grid,
  };
}

/** One customer's scores as the API shows them (also on the customer's profile). */
export interface CustomerScores {
  object: 'customer_scores';
  customer_id: string;
  stage: string;
  rfm: {
    recency_days: number | null;
    r: number | null;
    f: number | null;
    m: number | null;
    segment: string | null;
  };
  orders: number;
  purchase_days: number;
  net_revenue_minor: number;
  first_order_at: string | null;
  last_order_at: string | null;
  prediction_state: PredictionState;
  probability_alive: number | null;
  expected_purchases: { days_30: number | null; days_90: number | null; days_365: number | null };
  expected_order_value_minor: number | null;
  clv_12_months_minor: number | null;
  expected_days_between_orders: number | null;
  as_of: string;
  updated: string;
}

const roundMoney = (value: number | null) => (value === null ? null : Math.round(value));
const isoOrNull = (at: Date | null) => (at ? new Date(at).toISOString() : null);

/**
 * One customer's scores as the API shows them; `modelAsOf` is the current model's as_of (null
 * without one). A customer the model has no history of gets no predictions, whatever the last
 * refresh stored for them, as their predictions answer says (predictionState).
 */
export function presentScores(row: CustomerScoresRow, modelAsOf: Date | null): CustomerScores {
  const state = predictionState(row.first_order_at ? new Date(row.first_order_at) : null, modelAsOf);
  const known = state === 'predicted';
  const predicted = <T>(value: T) => (known ? value : null);
  return {
    object: 'customer_scores',
    customer_id: row.customer_id,
    stage: row.stage,
    rfm: {
      recency_days: row.recency_days,
      r: row.r_score,
      f: row.f_score,
      m: row.m_score,
      segment: row.segment,
    },
    orders: row.orders,
    purchase_days: row.purchase_days,
    net_revenue_minor: row.net_revenue_minor,
    first_order_at: isoOrNull(row.first_order_at),
    last_order_at: isoOrNull(row.last_order_at),
    prediction_state: state,
    probability_alive: predicted(row.probability_alive),
    expected_purchases: {
      days_30: predicted(row.expected_purchases_30),
      days_90: predicted(row.expected_purchases_90),
      days_365: predicted(row.expected_purchases_365),
    },
    expected_order_value_minor: predicted(roundMoney(row.expected_order_value_minor)),
    clv_12_months_minor: predicted(roundMoney(row.clv_12_months_minor)),
    expected_days_between_orders: row.expected_gap_days,
    as_of: new Date(row.as_of).toISOString(),
    updated: new Date(row.updated_at).toISOString(),
  };
}

/** The as_of of the current model (the latest done fit), or null before any. */
export async function currentModelAsOf(db: Db, workspaceId: string): Promise<Date | null> {
  const fit = await latestDoneModelFit(db, workspaceId);
  return fit?.as_of ? new Date(fit.as_of) : null;
}

/** A page of customers' scores, optionally of one RFM segment or lifecycle stage. */
export async function listScores(
  db: Db,
  workspaceId: string,
  query: {
    segment?: string | undefined;
    stage?: string | undefined;
    limit: number;
    starting_after?: string | undefined;
  },
): Promise<{ object: 'list'; data: CustomerScores[]; has_more: boolean }> {
  const modelAsOf = await currentModelAsOf(db, workspaceId);
  const rows = await listCustomerScores(db, workspaceId, {
    segment: query.segment,
    stage: query.stage,
    after: query.starting_after,
    limit: query.limit + 1,
  });
  return {
    object: 'list',
    data: rows.slice(0, query.limit).map((row) => presentScores(row, modelAsOf)),
    has_more: rows.length > query.limit,
  };
}
