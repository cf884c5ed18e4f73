// Turning per-customer aggregates into scores: RFM quintiles, predictions and lifecycle stage.
// Everything is columnar (typed arrays), so a million customers cost a few arrays, not objects.
import type { CustomerAggregatePage } from './kept-inputs.queries.js';
import type { CustomerAggregateRow } from '../aggregates.queries.js';
import type { ScoreChunk, ScoreColumns } from './score-writes.queries.js';
import { lifecycleStage } from './lifecycle-rules.js';
import { tryPredict, rhythmOf, type ClvModel, type DayHistory, type FitInputs } from '../clv/index.js';
import { quintileScores, rfmScoresOf, rfmSegment, type RfmBreakpoints } from './rfm.js';
import type { AnalyticsSettings } from '../settings.js';

export interface AggregateColumns {
  length: number;
  customerId: string[];
  previousStage: (string | null)[];
  orders: Int32Array;
  purchaseDays: Int32Array;
  firstDay: Int32Array;
  lastDay: Int32Array;
  /** NaN when the customer has a single purchase day. */
  previousPurchaseDay: Float64Array;
  netMinor: Float64Array;
  firstDayNetMinor: Float64Array;
  /** NaN when the inputs were kept (first/last order times are written only with fresh inputs). */
  firstAtMs: Float64Array;
  lastAtMs: Float64Array;
  /** 1: read from the customer's kept row, which holds these inputs already (kept-inputs.ts). */
  inputsKept: Uint8Array;
}

type NumericColumn = Exclude<keyof AggregateColumns, 'length' | 'customerId' | 'previousStage'>;

/** Collects streamed aggregate rows into growing typed arrays. */
export class AggregateBuilder {
  private columns: AggregateColumns = AggregateBuilder.allocate(1024);

  private static allocate(capacity: number): AggregateColumns {
    return {
      length: 0,
      customerId: [],
      previousStage: [],
      orders: new Int32Array(capacity),
      purchaseDays: new Int32Array(capacity),
      firstDay: new Int32Array(capacity),
      lastDay: new Int32Array(capacity),
      previousPurchaseDay: new Float64Array(capacity),
      netMinor: new Float64Array(capacity),
      firstDayNetMinor: new Float64Array(capacity),
      firstAtMs: new Float64Array(capacity),
      lastAtMs: new Float64Array(capacity),
      inputsKept: new Uint8Array(capacity),
    };
  }

  private static readonly numeric: NumericColumn[] = [
    'orders',
    'purchaseDays',
    'firstDay',
    'lastDay',
    'previousPurchaseDay',
    'netMinor',
    'firstDayNetMinor',
    'firstAtMs',
    'lastAtMs',
    'inputsKept',
  ];

  private grow(needed: number): void {
    const capacity = this.columns.orders.length;
    if (needed <= capacity) return;
    const next = AggregateBuilder.allocate(Math.max(needed, capacity * 2));
    for (const name of AggregateBuilder.numeric) next[name].set(this.columns[name] as never);
    next.customerId = this.columns.customerId;
    next.previousStage = this.columns.previousStage;
    next.length = this.columns.length;
    this.columns = next;
  }

  add(rows: CustomerAggregateRow[]): void {
    this.grow(this.columns.length + rows.length);
    const c = this.columns;
    for (const row of rows) {
      const i = c.length++;
      c.customerId.push(row.customer_id);
      c.previousStage.push(row.previous_stage);
      c.orders[i] = row.orders;
      c.purchaseDays[i] = row.purchase_days;
      c.firstDay[i] = row.first_day;
      c.lastDay[i] = row.last_day;
      c.previousPurchaseDay[i] = row.previous_purchase_day ?? Number.NaN;
      c.netMinor[i] = row.net_minor;
      c.firstDayNetMinor[i] = row.first_day_net_minor;
      c.firstAtMs[i] = row.first_at_ms;
      c.lastAtMs[i] = row.last_at_ms;
    }
  }

  /** Adds a page of customers given as columns (kept-inputs.queries.ts). */
  addPage(page: CustomerAggregatePage): void {
    const n = page.customer_id.length;
    this.grow(this.columns.length + n);
    const c = this.columns;
    const at = c.length;
    c.orders.set(page.orders, at);
    c.purchaseDays.set(page.purchase_days, at);
    c.firstDay.set(page.first_day, at);
    c.lastDay.set(page.last_day, at);
    c.netMinor.set(page.net_minor, at);
    c.firstDayNetMinor.set(page.first_day_net_minor, at);
    // JSON nulls become NaN ("none"), as in add().
    for (let k = 0; k < n; k++) {
      c.previousPurchaseDay[at + k] = page.previous_purchase_day[k] ?? Number.NaN;
      c.firstAtMs[at + k] = page.first_at_ms[k] ?? Number.NaN;
      c.lastAtMs[at + k] = page.last_at_ms[k] ?? Number.NaN;
      c.inputsKept[at + k] = page.kept[k] ? 1 : 0;
      c.customerId.push(page.customer_id[k]!);
      c.previousStage.push(page.previous_stage[k]!);
    }
    c.length += n;
  }

  /** Appends another builder's customers after this one's; answers this builder. */
  append(other: AggregateColumns): this {
    const c = this.columns;
    this.grow(c.length + other.length);
    const grown = this.columns;
    for (const name of AggregateBuilder.numeric) grown[name].set(other[name] as never, grown.length);
    for (let i = 0; i < other.length; i++) {
      grown.customerId.push(other.customerId[i]!);
      grown.previousStage.push(other.previousStage[i]!);
    }
    grown.length += other.length;
    return this;
  }

  build(): AggregateColumns {
    const c = this.columns;
    const trimmed = { ...c };
    for (const name of AggregateBuilder.numeric) trimmed[name] = c[name].subarray(0, c.length) as never;
    return trimmed;
  }
}

export function dayHistory(c: AggregateColumns, i: number, asOfDay: number): DayHistory {
  const x = c.purchaseDays[i]! - 1;
  return {
    x,
    spanDays: c.lastDay[i]! - c.firstDay[i]!,
    ageDays: asOfDay - c.firstDay[i]!,
    meanRepeatValueMinor: x > 0 ? (c.netMinor[i]! - c.firstDayNetMinor[i]!) / x : 0,
  };
}

/** The model fit's inputs: x, t_x and T in days, and the mean repeat value. */
export function fitInputs(c: AggregateColumns, asOfDay: number): FitInputs {
  const inputs: FitInputs = {
    x: new Float64Array(c.length),
    spanDays: new Int32Array(c.length),
    ageDays: new Int32Array(c.length),
    meanRepeatValueMinor: new Float64Array(c.length),
  };
  for (let i = 0; i < c.length; i++) {
    const history = dayHistory(c, i, asOfDay);
    inputs.x[i] = history.x;
    inputs.spanDays[i] = history.spanDays;
    inputs.ageDays[i] = history.ageDays;
    inputs.meanRepeatValueMinor[i] = history.meanRepeatValueMinor;
  }
  return inputs;
}

/** Scores of a range of customers as mutable columns (a ScoreColumns to write). */
export interface ScoredColumns extends ScoreColumns {
  stage: string[];
  orders: Int32Array;
  purchaseDays: Int32Array;
  firstAtMs: Float64Array;
  lastAtMs: Float64Array;
  netMinor: Float64Array;
  firstDay: Int32Array;
  lastDay: Int32Array;
  previousPurchaseDay: Float64Array;
  firstDayNetMinor: Float64Array;
  recencyDays: Int32Array;
  rScore: Float64Array;
  fScore: Float64Array;
  mScore: Float64Array;
  segment: (string | null)[];
  probabilityAlive: Float64Array;
  expected30: Float64Array;
  expected90: Float64Array;
  expected365: Float64Array;
  expectedOrderValueMinor: Float64Array;
  clvMinor: Float64Array;
  expectedGapDays: Float64Array;
}

/** Every customer's RFM: recency in days, scores (NaN: none) and segment, with the breakpoints used. */
export interface RfmColumns {
  recencyDays: Int32Array;
  r: Float64Array;
  f: Float64Array;
  m: Float64Array;
  segment: (string | null)[];
  breakpoints: RfmBreakpoints | null;
}

/**
 * RFM of every customer: quintiles over the whole population (recency reversed), or against
 * `stored` breakpoints (the incremental path); with `stored` null (no full recompute yet) the
 * scores stay empty.
 */
export function rfmColumns(c: AggregateColumns, asOfDay: number, stored?: RfmBreakpoints | null): RfmColumns {
  const n = c.length;
  const recencyDays = new Int32Array(n);
  for (let i = 0; i < n; i++) recencyDays[i] = asOfDay - c.lastDay[i]!;
  const out: RfmColumns = {
    recencyDays,
    r: new Float64Array(n).fill(Number.NaN),
    f: new Float64Array(n).fill(Number.NaN),
    m: new Float64Array(n).fill(Number.NaN),
    segment: new Array<string | null>(n).fill(null),
    breakpoints: stored ?? null,
  };
  if (stored === null) return out;
  if (stored) {
    for (let i = 0; i < n; i++) {
      const s = rfmScoresOf(stored, {
        recencyDays: recencyDays[i]!,
        orders: c.orders[i]!,
        netRevenueMinor: c.netMinor[i]!,
      });
      out.r[i] = s.r;
      out.f[i] = s.f;
      out.m[i] = s.m;
      out.segment[i] = s.segment;
    }
    return out;
  }
  const r = quintileScores(Float64Array.from(recencyDays, (days) => -days));
  const f = quintileScores(Float64Array.from(c.orders));
  const m = quintileScores(c.netMinor);
  out.r.set(r.scores);
  out.f.set(f.scores);
  out.m.set(m.scores);
  for (let i = 0; i < n; i++) out.segment[i] = rfmSegment(r.scores[i]!, f.scores[i]!);
  out.breakpoints = { recencyDays: r.breakpoints, orders: f.breakpoints, netRevenueMinor: m.breakpoints };
  return out;
}

function emptyScores(n: number, customerId: string[]): ScoredColumns {
  const floats = () => new Float64Array(n).fill(Number.NaN);
  return {
    customerId,
    stage: new Array<string>(n),
    orders: new Int32Array(n),
    purchaseDays: new Int32Array(n),
    firstAtMs: new Float64Array(n),
    lastAtMs: new Float64Array(n),
    netMinor: new Float64Array(n),
    firstDay: new Int32Array(n),
    lastDay: new Int32Array(n),
    previousPurchaseDay: new Float64Array(n),
    firstDayNetMinor: new Float64Array(n),
    recencyDays: new Int32Array(n),
    rScore: floats(),
    fScore: floats(),
    mScore: floats(),
    segment: new Array<string | null>(n),
    probabilityAlive: floats(),
    expected30: floats(),
    expected90: floats(),
    expected365: floats(),
    expectedOrderValueMinor: floats(),
    clvMinor: floats(),
    expectedGapDays: floats(),
  };
}

/**
 * Scores customers [start, end): their RFM (from `rfm`), predictions from the model (when there
 * is one) and lifecycle stage.
 */
export function scoreRange(
  c: AggregateColumns,
  rfm: RfmColumns,
  range: { start: number; end: number },
  asOfDay: number,
  model: ClvModel | null,
  settings: AnalyticsSettings,
): ScoredColumns {
  const { start, end } = range;
  const out = emptyScores(end - start, c.customerId.slice(start, end));
  const rhythm = rhythmOf(model);
  for (let i = start; i < end; i++) {
    const k = i - start;
    out.orders[k] = c.orders[i]!;
    out.purchaseDays[k] = c.purchaseDays[i]!;
    out.firstAtMs[k] = c.firstAtMs[i]!;
    out.lastAtMs[k] = c.lastAtMs[i]!;
    out.netMinor[k] = c.netMinor[i]!;
    out.firstDay[k] = c.firstDay[i]!;
    out.lastDay[k] = c.lastDay[i]!;
    out.previousPurchaseDay[k] = c.previousPurchaseDay[i]!;
    out.firstDayNetMinor[k] = c.firstDayNetMinor[i]!;
    out.recencyDays[k] = rfm.recencyDays[i]!;
    out.rScore[k] = rfm.r[i]!;
    out.fScore[k] = rfm.f[i]!;
    out.mScore[k] = rfm.m[i]!;
    out.segment[k] = rfm.segment[i]!;
    let pAlive: number | null = null;
    const p = model ? tryPredict(model, dayHistory(c, i, asOfDay), settings.monthly_discount_rate) : null;
    if (p) {
      pAlive = p.probabilityAlive;
      out.probabilityAlive[k] = p.probabilityAlive;
      out.expected30[k] = p.expected30;
      out.expected90[k] = p.expected90;
      out.expected365[k] = p.expected365;
      out.expectedOrderValueMinor[k] = p.expectedOrderValueMinor;
      out.clvMinor[k] = p.clvMinor;
    }
    const previous = c.previousPurchaseDay[i]!;
    const { stage, gapDays } = lifecycleStage(
      {
        orders: c.orders[i]!,
        purchaseDays: c.purchaseDays[i]!,
        firstDay: c.firstDay[i]!,
        lastDay: c.lastDay[i]!,
        previousPurchaseDay: Number.isNaN(previous) ? null : previous,
        asOfDay,
        probabilityAlive: pAlive,
      },
      rhythm,
      settings,
    );
    out.stage[k] = stage;
    out.expectedGapDays[k] = gapDays;
  }
  return out;
}

type TypedColumn = Int32Array | Float64Array;

/** The rows `indices` of every column, in that order. */
function pickRows(scores: ScoredColumns, indices: number[]): ScoredColumns {
  const picked: Record<string, unknown> = {};
  for (const [name, column] of Object.entries(scores) as [string, unknown[] | TypedColumn][]) {
    if (Array.isArray(column)) {
      picked[name] = indices.map((i) => column[i]);
    } else {
      const typed = new (column.constructor as new (n: number) => TypedColumn)(indices.length);
      for (let k = 0; k < indices.length; k++) typed[k] = column[indices[k]!]!;
      picked[name] = typed;
    }
  }
  return picked as unknown as ScoredColumns;
}

/**
 * Splits scored customers into those whose inputs were aggregated (written whole) and those read
 * from their kept rows (`inputsKept` 1: only what is derived is written).
 */
export function splitByInputs(scores: ScoredColumns, inputsKept: ArrayLike<number>): ScoreChunk {
  const kept: number[] = [];
  const fresh: number[] = [];
  for (let k = 0; k < scores.customerId.length; k++) (inputsKept[k] ? kept : fresh).push(k);
  if (fresh.length === 0) return { fresh: pickRows(scores, []), kept: scores };
  if (kept.length === 0) return { fresh: scores, kept: pickRows(scores, []) };
  return { fresh: pickRows(scores, fresh), kept: pickRows(scores, kept) };
}
