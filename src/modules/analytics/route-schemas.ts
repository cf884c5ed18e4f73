// The analytics API's response schemas: each figure's formula is in its OpenAPI description.
import { z } from 'zod';
import {
  clvDistributionDefinition,
  cohortMetricDefinitions,
  kpiDefinitions,
  type KpiName,
  paretoDefinition,
  paretoTopShareDefinition,
  rfmScoringDefinition,
} from './reports/index.js';
import { lifecycleStageRules, lifecycleStages, rfmSegmentRules, rfmSegments } from './scoring/index.js';
import { analyticsSettingsDefaults, analyticsSettingsMeaning, type AnalyticsSettings } from './settings.js';

const moneyNote =
  'Money is in integer minor units of the workspace currency. Net revenue = total − refunded; orders whose currency differs from the workspace currency (currency_mismatch) are excluded from every money figure and never converted.';

export const summaryDescription = [
  'Dates and periods are local dates in the workspace time zone; the previous period is the period of the same length just before. ',
  moneyNote,
  '\n\n',
  ...Object.entries(kpiDefinitions).map(([name, kpi]) => `- **${name}** (${kpi.unit}): ${kpi.definition}\n`),
].join('');

const kpi = (definition: string) =>
  z
    .object({
      value: z.number().nullable().describe('This period; null when the formula divides by zero.'),
      previous: z.number().nullable().describe('The previous period of the same length.'),
      unit: z.string(),
      definition: z.string(),
    })
    .describe(definition);

export const summaryResponse = z.object({
  object: z.literal('analytics_summary'),
  from: z.string(),
  to: z.string(),
  as_of: z.string(),
  previous_period: z.object({ from: z.string(), to: z.string() }),
  timezone: z.string(),
  currency: z.string(),
  kpis: z.object(
    Object.fromEntries(
      Object.entries(kpiDefinitions).map(([name, k]) => [name, kpi(k.definition)]),
    ) as Record<KpiName, ReturnType<typeof kpi>>,
  ),
});

export const paretoDescription =
  `${paretoDefinition} Customers who ordered in the period count even when their net revenue is 0 (refunded, or ` +
  `in another currency). top_20_percent: ${paretoTopShareDefinition} ${moneyNote}`;

const paretoPoint = {
  customers: z.number().describe('The ⌈s·n⌉ highest-spending customers.'),
  revenue_minor: z.number().describe('Their net revenue in the period.'),
  revenue_share: z
    .number()
    .nullable()
    .describe('Their share of the period’s net revenue; null when that revenue is 0.'),
};

export const paretoResponse = z.object({
  object: z.literal('pareto_curve'),
  from: z.string(),
  to: z.string(),
  as_of: z.string(),
  timezone: z.string(),
  currency: z.string(),
  definition: z.string(),
  customers: z.number().describe('n: customers who ordered in the period.'),
  revenue_minor: z.number().describe('Σ net revenue of the period’s orders.'),
  top_20_percent: z.object({ ...paretoPoint, definition: z.string() }),
  curve: z
    .array(
      z.object({ customer_share: z.number().describe('s = k / points, k = 1..points.'), ...paretoPoint }),
    )
    .describe('Evenly spaced by customer share; empty when no customer ordered in the period.'),
});

export const clvDistributionDescription =
  `${clvDistributionDefinition} Bin width = the smallest 1, 2, 2.5 or 5 × 10^k minor units with (bins − 1) × width ` +
  '> the 99th percentile; bins 1..bins−1 are [from_minor, to_minor), the last is [from_minor, ∞). Quantiles are ' +
  'percentile_cont (linear between neighbours). When no model has been fitted, or no customer has a stored prediction, ' +
  'the answer is empty and `empty` says why. Money is in integer minor units of the workspace currency.';

export const clvDistributionResponse = z.object({
  object: z.literal('clv_distribution'),
  model_id: z.string().nullable().describe('The current model (the latest successful fit).'),
  as_of: z.string().nullable().describe('The current model’s observation end.'),
  currency: z.string(),
  definition: z.string(),
  customers: z.number().describe('Customers with a stored 12-month CLV.'),
  customers_without_prediction: z
    .number()
    .describe('Scored customers the model gave no CLV (no Gamma-Gamma model, or scored before any fit).'),
  value_minor: z.number().describe('Σ 12-month CLV.'),
  max_minor: z.number().nullable(),
  quantiles: z.object({ median_minor: z.number(), p90_minor: z.number(), p99_minor: z.number() }).nullable(),
  bin_width_minor: z.number().nullable(),
  bins: z.array(
    z.object({
      from_minor: z.number(),
      to_minor: z.number().nullable().describe('Exclusive; null for the open-ended last bin.'),
      customers: z.number(),
      value_minor: z.number().describe('Σ 12-month CLV of the bin’s customers.'),
    }),
  ),
  empty: z.object({ reason: z.enum(['model_not_fitted', 'no_predictions']), message: z.string() }).nullable(),
});

export const cohortsDescription =
  'Cohort = customers whose first order fell in the same calendar month (or ISO week, Monday first) in the workspace time zone. ' +
  `customers metric: ${cohortMetricDefinitions.customers} revenue metric: ${cohortMetricDefinitions.revenue} ${moneyNote}`;

export const cohortsResponse = z.object({
  object: z.literal('cohort_table'),
  period: z.enum(['month', 'week']),
  metric: z.enum(['customers', 'revenue']),
  as_of: z.string(),
  timezone: z.string(),
  definition: z.string(),
  cohorts: z.array(
    z.object({
      cohort: z.string().describe('First local date of the cohort period.'),
      size: z.number().describe('Customers whose first order fell in the cohort period.'),
      cells: z
        .array(z.number())
        .describe('cells[k] per the metric: active_customers[k] ÷ size, or revenue_minor[k] ÷ size.'),
      active_customers: z
        .array(z.number())
        .describe('Members who ordered in the k-th period after their first.'),
      revenue_minor: z
        .array(z.number())
        .describe('Net revenue of members’ orders in the k-th period after their first.'),
    }),
  ),
});

export const rfmDescription =
  `${rfmScoringDefinition} Scores come from the last full recompute (nightly, \`retain recompute\` or POST /v1/analytics/recompute); ` +
  'a new order rescores its customer against the stored breakpoints at once. Segments (first match on the R×F grid):\n' +
  rfmSegments.map((segment) => `- **${segment}**: ${rfmSegmentRules[segment]}\n`).join('') +
  moneyNote;

export const rfmResponse = z.object({
  object: z.literal('rfm_report'),
  as_of: z.string().nullable().describe('The last full recompute; null before the first.'),
  customers: z.number().describe('Scored customers (at least one order).'),
  scoring: z.string(),
  breakpoints: z
    .object({
      recency_days: z.array(z.number()).describe('R ≥ s when days since the last order < recency_days[s−2].'),
      orders: z.array(z.number()).describe('F ≥ s when orders > orders[s−2].'),
      net_revenue_minor: z.array(z.number()).describe('M ≥ s when net revenue > net_revenue_minor[s−2].'),
    })
    .nullable(),
  segments: z.array(
    z.object({
      segment: z.enum(rfmSegments),
      rule: z.string(),
      customers: z.number(),
      revenue_minor: z
        .number()
        .describe('Σ net revenue (total − refunded) of the segment’s customers, all time.'),
    }),
  ),
  grid: z
    .array(z.array(z.number()))
    .describe('grid[r−1][f−1] = customers with recency score r and frequency score f.'),
});

const stageEnum = z.enum(lifecycleStages);

const customerScoresSchema = z.object({
  object: z.literal('customer_scores'),
  customer_id: z.string(),
  stage: z.string().describe('Lifecycle stage (see GET /v1/analytics/lifecycle for the rules).'),
  rfm: z.object({
    recency_days: z.number().nullable().describe('Local days from the last order day to the as-of day.'),
    r: z.number().nullable(),
    f: z.number().nullable(),
    m: z.number().nullable(),
    segment: z.string().nullable(),
  }),
  orders: z.number(),
  purchase_days: z.number().describe('Distinct local days with an order.'),
  net_revenue_minor: z.number().describe('Σ (total − refunded), workspace currency only.'),
  first_order_at: z.string().nullable(),
  last_order_at: z.string().nullable(),
  prediction_state: z
    .enum(['predicted', 'not_enough_history', 'model_not_fitted'])
    .describe(
      'not_enough_history: no order up to the current model’s as_of, as GET /v1/customers/{id}/predictions says; the predictions below are then null.',
    ),
  probability_alive: z.number().nullable().describe('BG/NBD P(alive | x, t_x, T) with the current model.'),
  expected_purchases: z.object({
    days_30: z.number().nullable(),
    days_90: z.number().nullable(),
    days_365: z.number().nullable(),
  }),
  expected_order_value_minor: z.number().nullable(),
  clv_12_months_minor: z.number().nullable(),
  expected_days_between_orders: z
    .number()
    .nullable()
    .describe('(α + t_x)/(r + x) in days with a model; t_x/x (or one_order_gap_days) without.'),
  as_of: z.string(),
  updated: z.string(),
});

export const scoresDescription =
  'Customers’ stored scores, kept fresh by the order consumer and rewritten by every full recompute.';

export const scoresListResponse = z.object({
  object: z.literal('list'),
  data: z.array(customerScoresSchema),
  has_more: z.boolean(),
});

export const modelDescription =
  'BG/NBD (Fader, Hardie & Lee 2005) for repeat purchasing: while alive a customer buys at rate λ ~ Gamma(r, α) and after each ' +
  'purchase drops out with probability p ~ Beta(a, b); Gamma-Gamma (Fader & Hardie 2013) for spend: order values ~ Gamma(p, ν), ' +
  'ν ~ Gamma(q, γ). Both fitted by maximum likelihood on every customer with an order up to as_of: x = repeat purchase days ' +
  '(distinct local days after the first), t_x = first to last purchase day, T = first purchase day to as_of, in the stated ' +
  'time_unit (α is in that unit; γ in minor units). Gamma-Gamma uses customers with x ≥ 1 and the mean net value of their repeat ' +
  'purchase days. log_likelihood is the unpenalized total log-likelihood (FHL 2005 eq. 6; FH 2013 eq. 3). A fit answers 200 ' +
  'when done (small workspaces are fitted inline) or 202 while queued/running: poll GET /v1/analytics/models/clv/fits/{id}. ' +
  'The same inputs while a fit of them is pending join it.';

export const modelResponse = z.object({
  object: z.literal('clv_model'),
  id: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  as_of: z.string().describe('Observation end of the fit.'),
  time_unit: z.enum(['week', 'day']),
  penalizer: z.number(),
  bgnbd: z
    .object({
      r: z.number(),
      alpha: z.number().describe('In time_unit.'),
      a: z.number(),
      b: z.number(),
      log_likelihood: z.number(),
      customers: z.number(),
      converged: z.boolean(),
    })
    .nullable(),
  gamma_gamma: z
    .object({
      p: z.number(),
      q: z.number(),
      gamma: z.number().describe('In minor units.'),
      log_likelihood: z.number(),
      customers: z.number().describe('Customers with x ≥ 1 and a positive mean repeat value.'),
      converged: z.boolean(),
    })
    .nullable(),
  gamma_gamma_error: z.string().nullable(),
  error: z.string().nullable(),
  fit_ms: z.number().nullable().describe('Time spent maximizing the likelihoods.'),
  created: z.string(),
  started: z.string().nullable(),
  finished: z.string().nullable(),
});

export const predictionsDescription =
  'From the customer’s history up to the current model’s as_of (x, t_x, T in its time unit):\n' +
  '- **probability_alive** = 1 / (1 + [x > 0] · a/(b + x − 1) · ((α + T)/(α + t_x))^(r + x)) (FHL 2008 note).\n' +
  '- **expected_purchases.days_n** = E[Y(t) | x, t_x, T] with t = n days (FHL 2005 eq. 10).\n' +
  '- **expected_order_value_minor** = (q − 1)/(p·x + q − 1) · pγ/(q − 1) + p·x/(p·x + q − 1) · m̄, m̄ the mean repeat-day value ' +
  '(Fader & Hardie 2013 eq. 5; the population mean pγ/(q − 1) when x = 0).\n' +
  '- **clv_12_months_minor** = Σ_{m=1..12} E[M] · (E[Y(m·f)] − E[Y((m−1)·f)]) / (1 + d)^m, f = a month (4.345 weeks or 30 days), ' +
  'd = monthly_discount_rate.\n' +
  '- **expected_next_order_at** = as_of + the median wait to the next purchase if alive, (α + T)·(2^(1/(r + x)) − 1); ' +
  'probability_alive is the chance it happens at all.\n\n' +
  'state is `predicted`, or `not_enough_history` (no other field but the model’s) for a customer with no order up to the model’s as_of.';

const predicted = z.object({
  object: z.literal('customer_predictions'),
  state: z.literal('predicted'),
  customer_id: z.string(),
  model_id: z.string(),
  as_of: z.string(),
  time_unit: z.enum(['week', 'day']),
  history: z.object({
    orders: z.number(),
    frequency: z.number().describe('x: repeat purchase days.'),
    recency: z.number().describe('t_x in time_unit.'),
    T: z.number().describe('T in time_unit.'),
    mean_repeat_order_value_minor: z.number(),
  }),
  probability_alive: z.number(),
  expected_purchases: z.object({ days_30: z.number(), days_90: z.number(), days_365: z.number() }),
  expected_order_value_minor: z.number().nullable(),
  clv_12_months_minor: z.number().nullable(),
  clv_horizon_months: z.number(),
  monthly_discount_rate: z.number(),
  expected_next_order_at: z.string(),
});

const notEnoughHistory = z
  .object({
    object: z.literal('customer_predictions'),
    state: z.literal('not_enough_history'),
    customer_id: z.string(),
    model_id: z.string(),
    as_of: z.string(),
  })
  .describe(
    'The customer has no order up to the model’s as_of: the models predict from a first purchase. The customer scores list says not_enough_history for them too.',
  );

export const predictionsResponse = z.discriminatedUnion('state', [predicted, notEnoughHistory]);

export const lifecycleDescription =
  'Each known customer has exactly one stage; rules, first match wins (thresholds are workspace settings, GET /v1/analytics/settings):\n' +
  lifecycleStages.map((stage) => `- **${stage}**: ${lifecycleStageRules[stage]}\n`).join('') +
  'now: customers per stage now; over_time: each customer’s latest recorded stage at each period end (prospects not included); ' +
  'flows: stage changes recorded in [from, to]. Stages change when an order arrives and at each full recompute (nightly).';

const stageCounts = z.object(
  Object.fromEntries(lifecycleStages.map((stage) => [stage, z.number()])) as Record<
    (typeof lifecycleStages)[number],
    z.ZodNumber
  >,
);

export const lifecycleResponse = z.object({
  object: z.literal('lifecycle_report'),
  from: z.string(),
  to: z.string(),
  period: z.enum(['month', 'week', 'day']),
  timezone: z.string(),
  stages: z.array(z.object({ stage: stageEnum, rule: z.string() })),
  now: stageCounts,
  over_time: z.array(
    z.object({ period_end: z.string().describe('Exclusive local date.'), counts: stageCounts }),
  ),
  flows: z.array(z.object({ from_stage: z.string(), to_stage: z.string(), customers: z.number() })),
});

const settingsShape = {
  at_risk_gap_factor: z.number(),
  lapsed_gap_factor: z.number(),
  at_risk_p_alive: z.number(),
  lapsed_p_alive: z.number(),
  loyal_min_orders: z.number(),
  one_order_gap_days: z.number(),
  monthly_discount_rate: z.number(),
  time_unit: z.enum(['week', 'day']),
  penalizer: z.number(),
  nightly_recompute_hour: z.number(),
} satisfies Record<keyof AnalyticsSettings, z.ZodType>;

const described = Object.fromEntries(
  Object.entries(settingsShape).map(([key, schema]) => [
    key,
    schema.describe(
      `${analyticsSettingsMeaning[key as keyof AnalyticsSettings]} Default ${String(analyticsSettingsDefaults[key as keyof AnalyticsSettings])}.`,
    ),
  ]),
) as typeof settingsShape;

const settingsValues = z.object(described);

export const settingsChange = settingsValues.partial().strict();

export const settingsResponse = z.object({
  object: z.literal('analytics_settings'),
  values: settingsValues,
  defaults: settingsValues,
  meaning: z.record(z.string(), z.string()),
});

export const recomputeResponse = z.object({
  object: z.literal('analytics_recompute'),
  customers: z.number(),
  stage_changes: z.number(),
  as_of: z.string(),
  model: modelResponse.nullable(),
  inputs: z
    .object({
      from: z.enum(['kept_rows', 'orders']),
      rescanned: z.number().optional(),
      reason: z.enum(['requested', 'no_kept_rows', 'consumer_failed', 'too_many_behind']).optional(),
    })
    .describe(
      'Where each customer’s inputs came from: `kept_rows`, the per-customer rows kept current as orders ' +
        'arrive (then `rescanned` customers whose rows were behind were aggregated from their orders), or ' +
        '`orders`, one aggregation of every order, for a `reason`: `requested` (`rescan: true`), ' +
        '`no_kept_rows` (no customer scored yet), `consumer_failed` (the analytics consumer gave up on an ' +
        'event since the rows were last all rewritten) or `too_many_behind` (more than a tenth of the ' +
        'rows, and more than 10,000, behind their orders).',
    ),
  timings_ms: z.record(z.string(), z.number()),
});
