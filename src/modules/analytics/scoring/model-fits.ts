// CLV model fits as durable jobs: a model_fits row (clv/) goes queued → running → done | failed.
// Small workspaces are fitted inside the request; larger ones in the background of this process
// (and by the analytics worker, which also picks up fits left queued by a restart). A fit reads
// the aggregates scoring loads, so the jobs live here rather than in the pure clv/.
import { invalidParameter } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { clvInlineFitCustomersMax, modelFitStaleMinutes } from '../../../core/limits.js';
import type { Db } from '../../../db/connection.js';
import { workspaceFrame } from '../frame.js';
import {
  type TimeUnit,
  fitModels,
  fitResult,
  presentModelFit,
  type ClvModelResource,
  buyerCount,
  claimModelFit,
  claimQueuedModelFit,
  findModelFit,
  findPendingModelFit,
  finishModelFit,
  insertModelFit,
  requeueStaleModelFits,
  type ModelFitRow,
} from '../clv/index.js';
import { loadAggregates } from './aggregates.js';
import { fitInputs } from './scoring.js';

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
