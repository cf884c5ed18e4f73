// The fitted CLV model as analytics uses it, and its per-customer predictions. The mathematics
// (BG/NBD: Fader, Hardie & Lee 2005; Gamma-Gamma: Fader & Hardie 2013) is the pure code beside
// it.
import { clvMonths, lifetimeValueFrom } from './clv.js';
import { compressSummary } from './compress.js';
import { fitBgNbd } from './bgnbd-fit.js';
import { expectedPurchasesWhileAlive, probabilityAlive } from './bgnbd-predict.js';
import { conditionalExpectedOrderValue } from './gamma-gamma.js';
import { fitGammaGamma } from './gamma-gamma-fit.js';
import type {
  BgNbdFit,
  BgNbdParams,
  GammaGammaFit,
  GammaGammaParams,
  PurchaseHistory,
  TimeUnit,
} from './types.js';

const DAYS_PER_UNIT: Readonly<Record<TimeUnit, number>> = { week: 7, day: 1 };

/** The months of the CLV horizon. */
export const clvHorizonMonths = 12;

export interface ClvModel {
  id: string;
  asOf: Date;
  timeUnit: TimeUnit;
  bgNbd: BgNbdParams;
  /** Null when the fit had no repeat buyers with positive spend (no expected order value then). */
  gammaGamma: GammaGammaParams | null;
}

/** The BG/NBD parameters that set a customer's rhythm, α in days. */
export interface Rhythm {
  r: number;
  alphaDays: number;
}

export function rhythmOf(model: ClvModel | null): Rhythm | null {
  return model ? { r: model.bgNbd.r, alphaDays: model.bgNbd.alpha * DAYS_PER_UNIT[model.timeUnit] } : null;
}

/** One customer's history in day units, as the per-customer aggregate gives it. */
export interface DayHistory {
  /** Repeat purchase days x (purchase days − 1). */
  x: number;
  /** First to last purchase day, in days (t_x). */
  spanDays: number;
  /** First purchase day to as-of day, in days (T). */
  ageDays: number;
  /** Mean net revenue of the repeat purchase days (0 when x = 0). */
  meanRepeatValueMinor: number;
}

export interface Predictions {
  probabilityAlive: number;
  expected30: number;
  expected90: number;
  expected365: number;
  /** NaN without a Gamma-Gamma model. */
  expectedOrderValueMinor: number;
  clvMinor: number;
}

export function historyInUnits(history: DayHistory, timeUnit: TimeUnit): PurchaseHistory {
  const days = DAYS_PER_UNIT[timeUnit];
  return { x: history.x, tx: history.spanDays / days, T: history.ageDays / days };
}

/**
 * Expected order value E[M | x, m̄] (Fader & Hardie 2013 eq. 5); a customer without a positive
 * mean repeat value gets the population mean pγ/(q−1). NaN when the model has none (q ≤ 1).
 */
function expectedOrderValue(gammaGamma: GammaGammaParams | null, x: number, meanValue: number): number {
  if (!gammaGamma || !(gammaGamma.q > 1)) return Number.NaN;
  return x > 0 && meanValue > 0
    ? conditionalExpectedOrderValue(gammaGamma, x, meanValue)
    : conditionalExpectedOrderValue(gammaGamma, 0, 0);
}

/**
 * E[Y(t) | alive at T] (FHL 2005 eq. 10 without its P(alive) factor) at every horizon predict()
 * uses — 30, 90 and 365 days, then the end of each CLV month — per model and distinct (x, T in
 * days): it does not depend on t_x, so a million customers share a few tens of thousands of these
 * series, each summed once (or the error that it cannot be computed).
 */
const whileAliveByModel = new WeakMap<ClvModel, Map<number, Float64Array | Error>>();
/** Keys (x, T) as x · D + T: exact for any T below D days. */
const KEY_DAYS = 10_000_000;

function whileAliveExpectations(model: ClvModel, history: DayHistory, T: number): Float64Array {
  const cacheable =
    Number.isInteger(history.x) &&
    Number.isInteger(history.ageDays) &&
    history.ageDays >= 0 &&
    history.ageDays < KEY_DAYS;
  let cache = whileAliveByModel.get(model);
  if (!cache) whileAliveByModel.set(model, (cache = new Map()));
  const key = history.x * KEY_DAYS + history.ageDays;
  let entry = cacheable ? cache.get(key) : undefined;
  if (entry === undefined) {
    entry = computeWhileAlive(model, history.x, T);
    if (cacheable) cache.set(key, entry);
  }
  if (entry instanceof Error) throw entry;
  return entry;
}

function computeWhileAlive(model: ClvModel, x: number, T: number): Float64Array | Error {
  const days = DAYS_PER_UNIT[model.timeUnit];
  const { months, periodsPerMonth } = clvMonths({ timeUnit: model.timeUnit, months: clvHorizonMonths });
  const horizons = [30 / days, 90 / days, 365 / days];
  for (let month = 1; month <= months; month++) horizons.push(month * periodsPerMonth);
  try {
    return Float64Array.from(horizons, (t) => expectedPurchasesWhileAlive(model.bgNbd, x, T, t));
  } catch (error) {
    if (isNotComputable(error)) return error as Error;
    throw error;
  }
}

/**
 * P(alive) (FHL 2008 note), expected purchases in the next 30/90/365 days (FHL 2005 eq. 10),
 * expected order value and the 12-month CLV: Σ_{m=1..12} E[M]·(E[Y(m)] − E[Y(m−1)])/(1+d)^m with a
 * month of 4.345 weeks or 30 days (lifetimes' convention) and d the monthly discount rate.
 * E[Y(t)] = P(alive) · E[Y(t) | alive], the second factor shared by customers with the same (x, T).
 */
function predict(model: ClvModel, history: DayHistory, monthlyDiscountRate: number): Predictions {
  const inUnits = historyInUnits(history, model.timeUnit);
  const orderValue = expectedOrderValue(model.gammaGamma, history.x, history.meanRepeatValueMinor);
  const whileAlive = whileAliveExpectations(model, history, inUnits.T);
  const alive = probabilityAlive(model.bgNbd, inUnits);
  return {
    probabilityAlive: alive,
    expected30: alive * whileAlive[0]!,
    expected90: alive * whileAlive[1]!,
    expected365: alive * whileAlive[2]!,
    expectedOrderValueMinor: orderValue,
    clvMinor: Number.isFinite(orderValue)
      ? lifetimeValueFrom((_t, month) => alive * whileAlive[2 + month]!, orderValue, {
          timeUnit: model.timeUnit,
          months: clvHorizonMonths,
          monthlyDiscountRate,
        })
      : Number.NaN,
  };
}

/**
 * The clv module reports a prediction it cannot compute in bounded time (a degenerate fit) as a
 * PredictionNotComputableError; matched by name so this layer does not depend on its class.
 */
function isNotComputable(error: unknown): boolean {
  return error instanceof Error && error.name === 'PredictionNotComputableError';
}

/** predict(), or null when the model cannot give this customer a prediction. */
export function tryPredict(
  model: ClvModel,
  history: DayHistory,
  monthlyDiscountRate: number,
): Predictions | null {
  try {
    return predict(model, history, monthlyDiscountRate);
  } catch (error) {
    if (isNotComputable(error)) return null;
    throw error;
  }
}

export interface FitInputs {
  x: Float64Array;
  spanDays: Int32Array;
  ageDays: Int32Array;
  meanRepeatValueMinor: Float64Array;
}

export interface FitOutcome {
  bgNbd: BgNbdFit;
  gammaGamma: GammaGammaFit | null;
  gammaGammaError: string | null;
}

/**
 * Fits BG/NBD on (x, t_x, T) and Gamma-Gamma on the repeat buyers' mean repeat values. Throws a
 * RangeError when BG/NBD cannot be fitted (e.g. every customer's first order is on the as-of day).
 */
export function fitModels(inputs: FitInputs, timeUnit: TimeUnit, penalizer: number): FitOutcome {
  const rows = compressSummary({
    timeUnit,
    frequency: inputs.x,
    recencyDays: inputs.spanDays,
    ageDays: inputs.ageDays,
  });
  const bgNbd = fitBgNbd(rows, { penalizer });
  try {
    const gammaGamma = fitGammaGamma(
      { frequency: inputs.x, monetaryValue: inputs.meanRepeatValueMinor },
      { penalizer },
    );
    return { bgNbd, gammaGamma, gammaGammaError: null };
  } catch (error) {
    return {
      bgNbd,
      gammaGamma: null,
      gammaGammaError: error instanceof Error ? error.message : String(error),
    };
  }
}
