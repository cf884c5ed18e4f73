import { useQueries, useQuery } from '@tanstack/react-query';
import { api, withQuery, type List } from '../api/client.js';
import { arrayAt, isObject, numberOrNull, pick, stringOrNull, type Json } from './shape.js';

export interface Period {
  from: string;
  to: string;
}

export const analyticsKeys = {
  all: ['analytics'] as const,
  summary: (period: Period) => ['analytics', 'summary', period] as const,
  lifecycle: ['analytics', 'lifecycle'] as const,
  rfm: ['analytics', 'rfm'] as const,
  cohorts: ['analytics', 'cohorts'] as const,
  pareto: (period: Period, points: number) => ['analytics', 'pareto', period, points] as const,
  clvDistribution: (bins: number) => ['analytics', 'clv_distribution', bins] as const,
  predictions: (customerId: string) => ['analytics', 'predictions', customerId] as const,
};

const summaryOf = (period: Period) => () => api<Json>(withQuery('/v1/analytics/summary', { ...period }));

export function useSummary(period: Period) {
  return useQuery({ queryKey: analyticsKeys.summary(period), queryFn: summaryOf(period) });
}

/** One summary per month, fetched in parallel: the series behind the trend charts. */
export function useMonthlySummaries(months: Period[]) {
  return useQueries({
    queries: months.map((period) => ({
      queryKey: analyticsKeys.summary(period),
      queryFn: summaryOf(period),
    })),
  });
}

export function useLifecycle() {
  return useQuery({ queryKey: analyticsKeys.lifecycle, queryFn: () => api<Json>('/v1/analytics/lifecycle') });
}

export function useRfm() {
  return useQuery({ queryKey: analyticsKeys.rfm, queryFn: () => api<Json>('/v1/analytics/rfm') });
}

export function useCohorts() {
  return useQuery({
    queryKey: analyticsKeys.cohorts,
    queryFn: () => api<Json>(withQuery('/v1/analytics/cohorts', { period: 'month', metric: 'customers' })),
  });
}

export function usePareto(period: Period, points: number) {
  return useQuery({
    queryKey: analyticsKeys.pareto(period, points),
    queryFn: () => api<Json>(withQuery('/v1/analytics/pareto', { ...period, points })),
  });
}

export function useClvDistribution(bins: number) {
  return useQuery({
    queryKey: analyticsKeys.clvDistribution(bins),
    queryFn: () => api<Json>(withQuery('/v1/analytics/clv-distribution', { bins })),
  });
}

export function usePredictions(customerId: string) {
  return useQuery({
    queryKey: analyticsKeys.predictions(customerId),
    queryFn: () => api<Json>(`/v1/customers/${encodeURIComponent(customerId)}/predictions`),
  });
}

export interface Figure {
  value: number | null;
  previous: number | null;
  definition: string | null;
}

/** A KPI of a summary answer (under the first of `names` present) with previous value and definition. */
export function figure(summary: Json | undefined, ...names: string[]): Figure {
  for (const name of names) {
    const entry = pick(summary, `kpis.${name}`);
    if (entry === undefined) continue;
    const previous = pick(entry, 'previous');
    return {
      value: numberOrNull(pick(entry, 'value')),
      previous: numberOrNull(previous),
      definition: stringOrNull(pick(entry, 'definition')),
    };
  }
  return { value: null, previous: null, definition: null };
}

export interface StageCount {
  stage: string;
  customers: number;
}

/** `now`: customers per stage, in the API's stage order. */
export function stageCounts(lifecycle: Json | undefined): StageCount[] {
  const now = pick(lifecycle, 'now');
  if (!isObject(now)) return [];
  return Object.entries(now).map(([stage, count]) => ({ stage, customers: numberOrNull(count) ?? 0 }));
}

export interface StageFlow {
  from: string;
  to: string;
  customers: number;
}

export function stageFlows(lifecycle: Json | undefined): StageFlow[] {
  return arrayAt(lifecycle, 'flows').map((row) => ({
    from: String(row.from_stage),
    to: String(row.to_stage),
    customers: numberOrNull(row.customers) ?? 0,
  }));
}

export interface ParetoPoint {
  customerShare: number;
  customers: number;
  revenueMinor: number;
  revenueShare: number;
}

/** `curve` of /v1/analytics/pareto; points without a revenue share (no revenue) are left out. */
export function paretoPoints(pareto: Json | undefined): ParetoPoint[] {
  return arrayAt(pareto, 'curve').flatMap((point) => {
    const customerShare = numberOrNull(point.customer_share);
    const revenueShare = numberOrNull(point.revenue_share);
    if (customerShare === null || revenueShare === null) return [];
    return [
      {
        customerShare,
        customers: numberOrNull(point.customers) ?? 0,
        revenueMinor: numberOrNull(point.revenue_minor) ?? 0,
        revenueShare,
      },
    ];
  });
}

export interface ClvBin {
  fromMinor: number;
  /** Null for the open-ended last bin. */
  toMinor: number | null;
  customers: number;
  valueMinor: number;
}

export function clvBins(distribution: Json | undefined): ClvBin[] {
  return arrayAt(distribution, 'bins').map((bin) => ({
    fromMinor: numberOrNull(bin.from_minor) ?? 0,
    toMinor: numberOrNull(bin.to_minor),
    customers: numberOrNull(bin.customers) ?? 0,
    valueMinor: numberOrNull(bin.value_minor) ?? 0,
  }));
}

export interface CustomerScores {
  customer_id: string;
  stage: string;
  rfm: { segment: string | null };
  orders: number;
  net_revenue_minor: number;
  probability_alive: number | null;
}

/**
 * Scores of the customers on one table page. `/v1/analytics/customer_scores` lists by ascending
 * customer id, so a page of ids is covered by reading from just below the smallest uncovered id;
 * a contiguous page takes one request, a scattered search page a few.
 */
export function useCustomerScores(ids: string[]) {
  return useQuery({
    queryKey: ['analytics', 'customer_scores', ids] as const,
    enabled: ids.length > 0,
    queryFn: async () => {
      const wanted = [...ids].sort();
      const found = new Map<string, CustomerScores>();
      let next: string | undefined = wanted[0];
      while (next !== undefined) {
        const page: List<CustomerScores> = await api<List<CustomerScores>>(
          withQuery('/v1/analytics/customer_scores', { limit: 100, starting_after: next.slice(0, -1) }),
        );
        for (const scores of page.data) found.set(scores.customer_id, scores);
        const last = page.data[page.data.length - 1]?.customer_id;
        next = page.has_more && last !== undefined ? wanted.find((id) => id > last) : undefined;
      }
      return found;
    },
  });
}
