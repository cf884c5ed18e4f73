// How predicted value is spread over customers: a histogram of the stored 12-month CLV.
import type { Db } from '../../../db/connection.js';
import { workspaceFrame } from '../frame.js';
import { latestDoneModelFit } from '../clv/index.js';
import { clvBins, clvSummary } from './value-queries.js';

export const clvDistributionDefinition =
  'Customers by their predicted 12-month CLV (BG/NBD + Gamma-Gamma, discounted monthly), as stored by the last ' +
  'recompute and kept fresh as orders arrive; each customer’s value rounded to whole minor units. Bins are equal ' +
  'and end just above the 99th percentile; the last bin holds everyone above.';

interface ClvBin {
  from_minor: number;
  /** Exclusive; null for the last bin, which is open-ended. */
  to_minor: number | null;
  customers: number;
  value_minor: number;
}

type ClvDistributionEmptyReason = 'model_not_fitted' | 'no_predictions';

export interface ClvDistribution {
  object: 'clv_distribution';
  model_id: string | null;
  as_of: string | null;
  currency: string;
  definition: string;
  customers: number;
  customers_without_prediction: number;
  value_minor: number;
  max_minor: number | null;
  quantiles: { median_minor: number; p90_minor: number; p99_minor: number } | null;
  bin_width_minor: number | null;
  bins: ClvBin[];
  empty: { reason: ClvDistributionEmptyReason; message: string } | null;
}

const steps = [1, 2, 2.5, 5];

/**
 * The bin width: the smallest 1-2-2.5-5 × 10^k whole number of minor units whose `regularBins`
 * bins reach beyond the 99th percentile.
 *
 * CLV is heavy-tailed: a few customers are predicted to be worth a hundred times the median. Equal
 * bins up to the maximum would put nearly everyone in the first bin, so the equal bins stop at the
 * 99th percentile and one open-ended last bin counts the tail (its value sum shows how much of the
 * total it holds). Equal, round-numbered bins keep the axis readable as money ("$0–$25, $25–$50"),
 * which log-spaced bins are not, and 0 stays a bin edge, where log bins have none.
 */
function clvBinWidth(p99Minor: number, regularBins: number): number {
  for (let scale = 1; ; scale *= 10) {
    for (const step of steps) {
      const width = step * scale;
      if (Number.isInteger(width) && width * regularBins > p99Minor) return width;
    }
  }
}

export async function clvDistribution(
  db: Db,
  workspaceId: string,
  query: { bins: number },
): Promise<ClvDistribution> {
  const frame = await workspaceFrame(db, workspaceId);
  const fit = await latestDoneModelFit(db, workspaceId);
  const summary = await clvSummary(db, workspaceId);
  const answer: ClvDistribution = {
    object: 'clv_distribution',
    model_id: fit?.id ?? null,
    as_of: fit ? new Date(fit.as_of).toISOString() : null,
    currency: frame.currency,
    definition: clvDistributionDefinition,
    customers: summary.customers,
    customers_without_prediction: summary.scored - summary.customers,
    value_minor: summary.value_minor,
    max_minor: summary.max_minor,
    quantiles: null,
    bin_width_minor: null,
    bins: [],
    empty: null,
  };
  if (!fit) {
    const message =
      'No CLV model has been fitted: POST /v1/analytics/models/clv/fit or run `retain recompute`.';
    return { ...answer, empty: { reason: 'model_not_fitted', message } };
  }
  if (summary.customers === 0 || !summary.quantiles_minor) {
    const message =
      'No customer has a stored prediction yet: POST /v1/analytics/recompute (or `retain recompute`) scores every customer with the model.';
    return { ...answer, empty: { reason: 'no_predictions', message } };
  }
  const [median, p90, p99] = summary.quantiles_minor.map(Math.round) as [number, number, number];
  const regularBins = query.bins - 1;
  const width = clvBinWidth(p99, regularBins);
  const counted = new Map((await clvBins(db, workspaceId, width, regularBins)).map((row) => [row.bin, row]));
  const bins = Array.from({ length: query.bins }, (_, i) => ({
    from_minor: i * width,
    to_minor: i < regularBins ? (i + 1) * width : null,
    customers: counted.get(i)?.customers ?? 0,
    value_minor: counted.get(i)?.value_minor ?? 0,
  }));
  return {
    ...answer,
    quantiles: { median_minor: median, p90_minor: p90, p99_minor: p99 },
    bin_width_minor: width,
    bins,
  };
}
