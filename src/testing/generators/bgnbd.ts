// Deterministic simulation of a customer base from known BG/NBD and Gamma-Gamma parameters, for
// parameter-recovery tests and benchmarks. The process is the models' own story (FHL 2005 §3;
// Fader & Hardie 2013 §2): each customer gets λ ~ Gamma(r, α), p ~ Beta(a, b) and a spend rate
// ν ~ Gamma(q, γ); the first purchase is at birth, purchases follow a Poisson(λ) process, each
// repeat purchase is followed by dropout with probability p (none after the first purchase: the
// likelihood's x = 0 term e^{−λT} has no p), and each order's value is Gamma(p_gg, ν).

import { dayMs } from '../../core/time.js';
import type { BgNbdParams, GammaGammaParams, TimeUnit } from '../../modules/analytics/clv/index.js';

export interface BgNbdSimulationOptions {
  customers: number;
  seed: number;
  /** BG/NBD parameters, α in `timeUnit`. */
  purchases: BgNbdParams;
  /** Gamma-Gamma parameters, γ in integer minor units. */
  spend: GammaGammaParams;
  timeUnit: TimeUnit;
  /** Births are uniform on [birthsFrom, birthsFrom + birthWindowDays). */
  birthsFrom: number;
  birthWindowDays: number;
  /** Observation end (epoch ms); purchases after it are not generated. */
  asOf: number;
}

/** Transactions as parallel columns; customer i is the integer i. */
export interface SimulatedTransactions {
  customer: Int32Array;
  at: Float64Array;
  value: Float64Array;
}

const DAYS_PER_UNIT: Record<TimeUnit, number> = { week: 7, day: 1 };

/** Transactions with timestamps to the millisecond and values rounded to whole minor units. */
export function simulateBgNbd(options: BgNbdSimulationOptions): SimulatedTransactions {
  const random = mulberry32(options.seed);
  const msPerUnit = DAYS_PER_UNIT[options.timeUnit] * dayMs;
  const customer: number[] = [];
  const at: number[] = [];
  const value: number[] = [];
  for (let i = 0; i < options.customers; i++) {
    const customerParams = drawCustomer(random, options.purchases);
    const spendRate = sampleGamma(random, options.spend.q) / options.spend.gamma;
    const birth = options.birthsFrom + random() * options.birthWindowDays * dayMs;
    simulatePurchases(random, customerParams, (options.asOf - birth) / msPerUnit, (t) => {
      customer.push(i);
      at.push(birth + t * msPerUnit);
      value.push(Math.max(1, Math.round(sampleGamma(random, options.spend.p) / spendRate)));
    });
  }
  return { customer: Int32Array.from(customer), at: Float64Array.from(at), value: Float64Array.from(value) };
}

export interface HistorySimulationOptions {
  customers: number;
  seed: number;
  purchases: BgNbdParams;
  /** Each customer's age T is uniform on [minT, maxT], in the unit of α. */
  minT: number;
  maxT: number;
}

/**
 * The same purchase process reduced to exact continuous (x, t_x, T), with no calendar days in
 * between: what the fitter alone should recover without discretization effects.
 */
export function simulateBgNbdHistories(options: HistorySimulationOptions): {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
} {
  const random = mulberry32(options.seed);
  const x = new Float64Array(options.customers);
  const tx = new Float64Array(options.customers);
  const T = new Float64Array(options.customers);
  for (let i = 0; i < options.customers; i++) {
    const customerParams = drawCustomer(random, options.purchases);
    T[i] = options.minT + random() * (options.maxT - options.minT);
    let purchases = -1;
    simulatePurchases(random, customerParams, T[i]!, (t) => {
      purchases++;
      tx[i] = t;
    });
    x[i] = purchases;
  }
  return { x, tx, T };
}

interface CustomerParams {
  lambda: number;
  dropout: number;
}

function drawCustomer(random: () => number, { r, alpha, a, b }: BgNbdParams): CustomerParams {
  return { lambda: sampleGamma(random, r) / alpha, dropout: sampleBeta(random, a, b) };
}

/** Calls `purchase(t)` for the first purchase (t = 0) and every repeat purchase up to `horizon`. */
function simulatePurchases(
  random: () => number,
  { lambda, dropout }: CustomerParams,
  horizon: number,
  purchase: (t: number) => void,
): void {
  let t = 0;
  for (let count = 0; t <= horizon; count++) {
    purchase(t);
    if (count > 0 && random() < dropout) return;
    t += -Math.log(random()) / lambda;
  }
}

/** mulberry32 (Tommy Ettinger, public domain): a 32-bit PRNG, uniform on (0, 1) here. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
}

/**
 * Gamma(shape, 1) by Marsaglia & Tsang (2000), "A Simple Method for Generating Gamma Variables";
 * shapes below 1 use their boost Gamma(k) = Gamma(k+1)·U^{1/k}.
 */
export function sampleGamma(random: () => number, shape: number): number {
  if (shape < 1) return sampleGamma(random, shape + 1) * random() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = sampleNormal(random);
    const v = (1 + c * z) ** 3;
    if (v <= 0) continue;
    const u = random();
    if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
  }
}

function sampleBeta(random: () => number, a: number, b: number): number {
  const x = sampleGamma(random, a);
  return x / (x + sampleGamma(random, b));
}

/** Standard normal by the Box–Muller transform (one of the pair is used). */
function sampleNormal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random());
}
