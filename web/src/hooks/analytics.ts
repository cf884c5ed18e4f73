import { useQueries, useQuery } from '@tanstack/react-query';
import { api, bodyOf, type Answer } from '../api/client.js';

export interface Period {
  from: string;
  to: string;
}

type Summary = Answer<'/v1/analytics/summary', 'get'>;
export type KpiName = keyof Summary['kpis'];
type Lifecycle = Answer<'/v1/analytics/lifecycle', 'get'>;
export type Pareto = Answer<'/v1/analytics/pareto', 'get'>;
export type ClvDistribution = Answer<'/v1/analytics/clv-distribution', 'get'>;
export type Rfm = Answer<'/v1/analytics/rfm', 'get'>;
type ScoresPage = Answer<'/v1/analytics/customer_scores', 'get'>;
export type CustomerScores = ScoresPage['data'][number];

const analyticsKeys = {
  all: ['analytics'] as const,
  summary: (period: Period) => ['analytics', 'summary', period] as const,
  lifecycle: ['analytics', 'lifecycle'] as const,
  rfm: ['analytics', 'rfm'] as const,
  cohorts: ['analytics', 'cohorts'] as const,
  pareto: (period: Period, points: number) => ['analytics', 'pareto', period, points] as const,
  clvDistribution: (bins: number) => ['analytics', 'clv_distribution', bins] as const,
  predictions: (customerId: string) => ['analytics', 'predictions', customerId] as const,
};

const summaryOf = (period: Period) => () =>
  bodyOf(api.GET('/v1/analytics/summary', { params: { query: { ...period } } }));

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

/**
 * A shop's first orders are scored by the server a little after they arrive (the first recompute
 * runs as soon as the analytics worker sees orders). Until then the lifecycle and RFM answers are
 * empty, and an empty answer read on the first run stayed on screen until a reload: nothing else
 * makes a mounted chart ask again. So while nobody is scored the answer is asked for again.
 */
const untilScoredPollMs = 5_000;

/** Nobody has a scored order yet: every known customer is a prospect. */
function nobodyScored(lifecycle: Lifecycle | undefined): boolean {
  return (
    !lifecycle || Object.entries(lifecycle.now).every(([stage, count]) => stage === 'prospect' || count === 0)
  );
}

export function useLifecycle() {
  return useQuery({
    queryKey: analyticsKeys.lifecycle,
    queryFn: () => bodyOf(api.GET('/v1/analytics/lifecycle')),
    refetchInterval: (query) => (nobodyScored(query.state.data) ? untilScoredPollMs : false),
  });
}

export function useRfm() {
  return useQuery({
    queryKey: analyticsKeys.rfm,
    queryFn: () => bodyOf(api.GET('/v1/analytics/rfm')),
    // as_of is null until the first full recompute.
    refetchInterval: (query) =>
      query.state.data && query.state.data.as_of !== null ? false : untilScoredPollMs,
  });
}

export function useCohorts() {
  return useQuery({
    queryKey: analyticsKeys.cohorts,
    queryFn: () =>
      bodyOf(
        api.GET('/v1/analytics/cohorts', { params: { query: { period: 'month', metric: 'customers' } } }),
      ),
  });
}

export function usePareto(period: Period, points: number) {
  return useQuery({
    queryKey: analyticsKeys.pareto(period, points),
    queryFn: () => bodyOf(api.GET('/v1/analytics/pareto', { params: { query: { ...period, points } } })),
  });
}

export function useClvDistribution(bins: number) {
  return useQuery({
    queryKey: analyticsKeys.clvDistribution(bins),
    queryFn: () => bodyOf(api.GET('/v1/analytics/clv-distribution', { params: { query: { bins } } })),
  });
}

export function usePredictions(customerId: string) {
  return useQuery({
    queryKey: analyticsKeys.predictions(customerId),
    queryFn: () =>
      bodyOf(api.GET('/v1/customers/{id}/predictions', { params: { path: { id: customerId } } })),
  });
}

export interface Figure {
  value: number | null;
  previous: number | null;
  definition: string | null;
}

/** A KPI of a summary answer, with its previous value and definition; all null while it loads. */
export function figure(summary: Summary | undefined, name: KpiName): Figure {
  if (!summary) return { value: null, previous: null, definition: null };
  const { value, previous, definition } = summary.kpis[name];
  return { value, previous, definition };
}

export interface StageCount {
  stage: string;
  customers: number;
}

/** `now`: customers per stage, in the API's stage order. */
export function stageCounts(lifecycle: Lifecycle): StageCount[] {
  return Object.entries(lifecycle.now).map(([stage, customers]) => ({ stage, customers }));
}

export interface StageFlow {
  from: string;
  to: string;
  customers: number;
}

export function stageFlows(lifecycle: Lifecycle): StageFlow[] {
  return lifecycle.flows.map((row) => ({ from: row.from_stage, to: row.to_stage, customers: row.customers }));
}

export interface ParetoPoint {
  customerShare: number;
  customers: number;
  revenueMinor: number;
  revenueShare: number;
}

/** `curve` of /v1/analytics/pareto; points without a revenue share (no revenue) are left out. */
export function paretoPoints(pareto: Pareto): ParetoPoint[] {
  return pareto.curve.flatMap((point) =>
    point.revenue_share === null
      ? []
      : [
          {
            customerShare: point.customer_share,
            customers: point.customers,
            revenueMinor: point.revenue_minor,
            revenueShare: point.revenue_share,
          },
        ],
  );
}

export interface ClvBin {
  fromMinor: number;
  /** Null for the open-ended last bin. */
  toMinor: number | null;
  customers: number;
  valueMinor: number;
}

export function clvBins(distribution: ClvDistribution): ClvBin[] {
  return distribution.bins.map((bin) => ({
    fromMinor: bin.from_minor,
    toMinor: bin.to_minor,
    customers: bin.customers,
    valueMinor: bin.value_minor,
  }));
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
        const query = { limit: 100, starting_after: next.slice(0, -1) };
        const page: ScoresPage = await bodyOf(
          api.GET('/v1/analytics/customer_scores', { params: { query } }),
        );
        for (const scores of page.data) found.set(scores.customer_id, scores);
        const last = page.data[page.data.length - 1]?.customer_id;
        next = page.has_more && last !== undefined ? wanted.find((id) => id > last) : undefined;
      }
      return found;
    },
  });
}
