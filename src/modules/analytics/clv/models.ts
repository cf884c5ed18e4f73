// CLV model fits as rows: a model_fits row goes queued → running → done | failed, and a done row
// is the model scores and reports read. Running the queued fits needs the customers' aggregates,
// so it lives with them in scoring/model-fits.ts.
import { RetainError } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import type { Db } from '../../../db/connection.js';
import type { TimeUnit } from './types.js';
import type { ClvModel, FitOutcome } from './model.js';
import {
  claimModelFit,
  findModelFit,
  finishModelFit,
  insertModelFit,
  latestDoneModelFit,
  latestModelFit,
  type ModelFitRow,
} from './fits.queries.js';

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

export function fitResult(outcome: FitOutcome): Record<string, number | boolean | string | null> {
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
