import { minimizeBfgs } from './optimize.js';

/** Σ count·LL at natural (positive) parameters, writing ∂/∂parameter into `gradient`. */
export type LogLikelihood = (params: Float64Array, gradient: Float64Array) => number;

export interface MaximumLikelihood {
  params: Float64Array;
  iterations: number;
  converged: boolean;
}

/**
 * Maximizes a log-likelihood over positive parameters by minimizing, over their logarithms, the
 * mean negative log-likelihood plus lifetimes' L2 penalty c·Σθ² (`penalizer_coef`, applied to the
 * natural parameters). Working on logs keeps every parameter positive without constraints; by the
 * chain rule ∂f/∂ln θ = θ·∂f/∂θ.
 */
export function maximizeLikelihood(
  logLikelihood: LogLikelihood,
  customers: number,
  start: readonly number[],
  options: { penalizer?: number; maxIterations?: number },
): MaximumLikelihood {
  const penalizer = options.penalizer ?? 0;
  if (!(penalizer >= 0)) throw new RangeError('penalizer must be non-negative');
  const params = new Float64Array(start.length);
  const objective = (logParams: Float64Array, gradient: Float64Array): number => {
    for (let i = 0; i < params.length; i++) params[i] = Math.exp(logParams[i]!);
    const ll = logLikelihood(params, gradient);
    let penalty = 0;
    for (let i = 0; i < params.length; i++) {
      const θ = params[i]!;
      penalty += penalizer * θ * θ;
      gradient[i] = θ * (-gradient[i]! / customers + 2 * penalizer * θ);
    }
    return -ll / customers + penalty;
  };
  const result = minimizeBfgs(
    objective,
    start.map((θ) => Math.log(θ)),
    { maxIterations: options.maxIterations ?? 500 },
  );
  return { params: result.x.map(Math.exp), iterations: result.iterations, converged: result.converged };
}
