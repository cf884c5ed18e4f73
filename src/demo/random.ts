// A seeded pseudo-random source and the distributions the demo draws from. Everything the demo
// generates comes from one of these, so a seed fixes the whole shop.

export interface Random {
  /** Uniform on (0, 1). */
  next(): number;
  int(min: number, maxInclusive: number): number;
  pick<T>(items: readonly T[]): T;
  /** An index drawn with probability proportional to its weight. */
  weighted(weights: readonly number[]): number;
  chance(probability: number): boolean;
  /** Gamma(shape, 1): Marsaglia & Tsang (2000), "A Simple Method for Generating Gamma Variables". */
  gamma(shape: number): number;
  /** Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
  beta(a: number, b: number): number;
  exponential(mean: number): number;
  normal(): number;
}

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, public domain), seeded by splitmix32. */
function sfc32(seed: number): () => number {
  let s = seed >>> 0;
  const splitmix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return (t + 0.5) / 4294967296;
  };
}

export function seededRandom(seed: number): Random {
  const next = sfc32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(next())) * Math.cos(2 * Math.PI * next());
  const gamma = (shape: number): number => {
    if (shape < 1) return gamma(shape + 1) * next() ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = next();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
    }
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted: (weights) => {
      const total = weights.reduce((sum, w) => sum + w, 0);
      let target = next() * total;
      for (let i = 0; i < weights.length; i++) {
        target -= weights[i]!;
        if (target < 0) return i;
      }
      return weights.length - 1;
    },
    chance: (probability) => next() < probability,
    gamma,
    beta: (a, b) => {
      const x = gamma(a);
      return x / (x + gamma(b));
    },
    exponential: (mean) => -Math.log(next()) * mean,
    normal,
  };
}
