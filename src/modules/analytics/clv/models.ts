// CLV model fits as durable jobs: a model_fits row goes queued → running → done | failed. Small
// workspaces are fitted inside the request; larger ones in the background of this process (and
// by the analytics worker, which also picks up fits left queued by a restart).
import { invalidParameter, RetainError } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { clvInlineFitCustomersMax, modelFitStaleMinutes } from '../../../core/limits.js';
import type { Db } from '../../../db/connection.js';
import { loadAggregates, workspaceFrame } from '../aggregates.js';
import type { TimeUnit } from './index.js';
import { fitModels, type ClvModel, type FitOutcome } from './model.js';
import {
  buyerCount,
  claimModelFit,
  claimQueuedModelFit,
  findModelFit,
  findPendingModelFit,
  finishModelFit,
  insertModelFit,
  latestDoneModelFit,
  latestModelFit,
  requeueStaleModelFits,
  type ModelFitRow,
} from './fits.queries.js';
import { fitInputs } from '../scoring/scoring.js';

export interface ClvModelResource {
  object: 'clv_model';
  id: string;
  status: ModelFitRow['status'];
  as_of: string;
  time_unit: TimeUnit;
  penalizer: number;
  bgnbd: {
    r: number;
    alpha: number;
    a: number;
    b: number;
    log_likelihood: number;
    customers: number;
    converged: boolean;
  } | null;
  gamma_gamma: {
    p: number;
    q: number;
    gamma: number;
    log_likelihood: number;
    customers: number;
    converged: boolean;
  } | null;
  gamma_gamma_error: string | null;
  error: string | null;
  fit_ms: number | null;
  created: string;
  started: string | null;
  finished: string | null;
}

const iso = (at: Date | null) => (at ? new Date(at).toISOString() : null);

export function presentModelFit(row: ModelFitRow): ClvModelResource {
  const result = row.result ?? {};
  const num = (key: string) => result[key] as number;
  return {
    object: 'clv_model',
    id: row.id,
    status: row.status,
    as_of: new Date(row.as_of).toISOString(),
    time_unit: row.time_unit,
    penalizer: row.penalizer,
    bgnbd:
      row.status === 'done'
        ? {
            r: num('r'),
            alpha: num('alpha'),
            a: num('a'),
            b: num('b'),
            log_likelihood: num('bgnbd_log_likelihood'),
            customers: num('bgnbd_customers'),
            converged: result['bgnbd_converged'] === true,
          }
        : null,
    gamma_gamma:
      row.status === 'done' && typeof result['p'] === 'number'
        ? {
            p: num('p'),
            q: num('q'),
            gamma: num('gamma'),
            log_likelihood: num('gamma_gamma_log_likelihood'),
            customers: num('gamma_gamma_customers'),
            converged: result['gamma_gamma_converged'] === true,
          }
        : null,
    gamma_gamma_error: (result['gamma_gamma_error'] as string | undefined) ?? null,
    error: row.error,
    fit_ms: row.fit_ms,
    created: new Date(row.created_at).toISOString(),
    started: iso(row.started_at),
    finished: iso(row.finished_at),
  };
}

function fitResult(outcome: FitOutcome): Record<string, number | boolean | string | null> {
  const { bgNbd, gammaGamma } = outcome;
  return {
    r: bgNbd.r,
    alpha: bgNbd.alpha,
    a: bgNbd.a,
    b: bgNbd.b,
    bgnbd_log_likelihood: bgNbd.logLikelihood,
    bgnbd_customers: bgNbd.customers,
    bgnbd_converged: bgNbd.converged,
    ...(gammaGamma
      ? {
          p: gammaGamma.p,
          q: gammaGamma.q,
          gamma: gammaGamma.gamma,
          gamma_gamma_log_likelihood: gammaGamma.logLikelihood,
          gamma_gamma_customers: gammaGamma.customers,
          gamma_gamma_converged: gammaGamma.converged,
        }
      : { gamma_gamma_error: outcome.gammaGammaError }),
  };
}

export function modelOf(row: ModelFitRow): ClvModel {
  const result = row.result!;
  const num = (key: string) => result[key] as number;
  return {
    id: row.id,
    asOf: new Date(row.as_of),
    timeUnit: row.time_unit,
    bgNbd: { r: num('r'), alpha: num('alpha'), a: num('a'), b: num('b') },
    gammaGamma: typeof result['p'] === 'number' ? { p: num('p'), q: num('q'), gamma: num('gamma') } : null,
  };
}

/** The workspace's current model (its latest successful fit), or null. */
export async function currentModel(db: Db, workspaceId: string): Promise<ClvModel | null> {
  const row = await latestDoneModelFit(db, workspaceId);
  return row ? modelOf(row) : null;
}

export interface FitRequest {
  as_of?: string | undefined;
  time_unit?: TimeUnit | undefined;
  penalizer?: number | undefined;
}

/**
 * Asks for a fit. The same inputs while a fit of them is queued or running join that fit
 * (idempotent); a workspace with at most `clvInlineFitCustomersMax` buyers is fitted before the
 * answer, a larger one answers `queued` and fits in the background.
 */
export async function requestClvFit(
  db: Db,
  workspaceId: string,
  request: FitRequest,
  now: Date,
): Promise<ClvModelResource> {
  const frame = await workspaceFrame(db, workspaceId);
  const asOf = request.as_of ? new Date(request.as_of) : now;
  if (Number.isNaN(asOf.getTime())) throw invalidParameter('as_of', 'as_of must be an ISO 8601 date-time.');
  if (asOf.getTime() > now.getTime()) throw invalidParameter('as_of', 'as_of cannot be in the future.');
  const inputs = {
    asOf,
    timeUnit: request.time_unit ?? frame.settings.time_unit,
    penalizer: request.penalizer ?? frame.settings.penalizer,
  };
  const pending = await findPendingModelFit(db, workspaceId, inputs);
  if (pending) return presentModelFit(pending);
  const row = await insertModelFit(db, { id: newId('model'), workspaceId, ...inputs });
  if ((await buyerCount(db, workspaceId, asOf)) <= clvInlineFitCustomersMax) {
    await runModelFit(db, row.id);
  } else {
    setImmediate(() => void runModelFit(db, row.id).catch(() => undefined));
  }
  return presentModelFit((await findModelFit(db, workspaceId, row.id))!);
}

/** Runs one queued fit (no-op when another process already claimed it). */
async function runModelFit(db: Db, fitId: string): Promise<void> {
  const claimed = await claimModelFit(db, fitId);
  if (claimed) await executeFit(db, claimed);
}

/**
 * Runs queued fits one after another until none is left (after requeueing fits that a dead
 * process left running); answers how many ran.
 */
export async function runQueuedModelFits(db: Db): Promise<number> {
  await requeueStaleModelFits(db, modelFitStaleMinutes);
  let ran = 0;
  for (let fit = await claimQueuedModelFit(db); fit; fit = await claimQueuedModelFit(db)) {
    await executeFit(db, fit);
    ran++;
  }
  return ran;
}

async function executeFit(db: Db, fit: ModelFitRow): Promise<void> {
  try {
    const frame = await workspaceFrame(db, fit.workspace_id);
    const { columns, asOfDay } = await loadAggregates(db, frame, new Date(fit.as_of));
    const started = performance.now();
    const outcome = fitModels(fitInputs(columns, asOfDay), fit.time_unit, fit.penalizer);
    await finishModelFit(db, fit.id, {
      result: fitResult(outcome),
      fitMs: Math.round(performance.now() - started),
    });
  } catch (error) {
    await finishModelFit(db, fit.id, { error: error instanceof Error ? error.message : String(error) });
  }
}

/** Records a fit that a full recompute has already run on the aggregates it read. */
export async function recordFit(
  db: Db,
  workspaceId: string,
  inputs: { asOf: Date; timeUnit: TimeUnit; penalizer: number },
  outcome: { fit: FitOutcome; fitMs: number } | { error: string },
): Promise<ModelFitRow> {
  const row = await insertModelFit(db, { id: newId('model'), workspaceId, ...inputs });
  await claimModelFit(db, row.id);
  await finishModelFit(
    db,
    row.id,
    'error' in outcome ? outcome : { result: fitResult(outcome.fit), fitMs: outcome.fitMs },
  );
  return (await findModelFit(db, workspaceId, row.id))!;
}

/** The current model, or (while none has succeeded) the latest fit with its status and error. */
export async function getClvModel(db: Db, workspaceId: string): Promise<ClvModelResource> {
  const row = (await latestDoneModelFit(db, workspaceId)) ?? (await latestModelFit(db, workspaceId));
  if (!row) {
    throw new RetainError('model_not_fitted', 'No CLV model has been fitted for this workspace yet.');
  }
  return presentModelFit(row);
}

export async function getModelFit(db: Db, workspaceId: string, id: string): Promise<ClvModelResource> {
  const row = await findModelFit(db, workspaceId, id);
  if (!row) throw new RetainError('resource_missing', `No model fit with id '${id}'.`, { param: 'id' });
  return presentModelFit(row);
}
