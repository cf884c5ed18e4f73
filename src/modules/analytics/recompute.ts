// Keeping customer_scores fresh: a full recompute (refit + every customer) and the incremental
// refresh of the customers whose orders just arrived.
import { sql } from 'drizzle-orm';
import { newId } from '../../core/ids.js';
import { analyticsReaders, analyticsWriters, analyticsWriteChunkRows } from '../../core/limits.js';
import type { Db } from '../../db/connection.js';
import { appendEvents, type NewEvent } from '../events/index.js';
import { workspaceFrame, type WorkspaceFrame } from './frame.js';
import {
  loadAggregates,
  loadKeptAggregates,
  type ScanReason,
  deleteMergedAwayScores,
  externalIds,
  findBreakpoints,
  saveBreakpoints,
  writeScoreChunk,
  type StageChangeRow,
  type StageChanges,
  AggregateBuilder,
  fitInputs,
  rfmColumns,
  scoreRange,
  splitByInputs,
  type AggregateColumns,
  type RfmColumns,
  type ScoredColumns,
} from './scoring/index.js';
import { localDayNumber } from './calendar.js';
import {
  fitModels,
  type ClvModel,
  currentModel,
  modelOf,
  presentModelFit,
  recordFit,
  type ClvModelResource,
  latestDoneModelFit,
} from './clv/index.js';
import { customerAggregates } from './aggregates.queries.js';
import { databaseNow } from './calendar.queries.js';

/**
 * aggregate: the per-customer scan; fit: BG/NBD + Gamma-Gamma; rfm: quintiles over everyone;
 * write: predictions and stages scored chunk by chunk, overlapped with writing them back.
 */
type RecomputePhase = 'aggregate' | 'fit' | 'rfm' | 'write';

export interface RecomputeProgress {
  phase: RecomputePhase;
  done: number;
  total: number | null;
}

export interface RecomputeResult {
  customers: number;
  stageChanges: number;
  model: ClvModelResource | null;
  asOf: Date;
  /**
   * Where the inputs came from: the kept rows (with `rescanned` customers aggregated from their
   * orders because their rows were behind), or one scan of every order, and why.
   */
  inputs: { from: 'kept_rows'; rescanned: number } | { from: 'orders'; reason: ScanReason };
  /** Milliseconds per phase; `score` is the part of `write` spent scoring in JS. */
  timings: Record<RecomputePhase | 'score', number>;
}

/** How many connections a recompute aggregates with, and writes with, side by side. */
export interface RecomputeConnections {
  readers: number;
  writers: number;
}

/** A reader per core, a writer more. */
export function recomputeConnections(): RecomputeConnections {
  return { readers: analyticsReaders, writers: analyticsWriters };
}

/**
 * Refits the CLV model on every customer's history up to `asOf` (unless `refit` is false) and rewrites every customer's
 * scores: RFM (quintiles over the whole population, whose breakpoints are kept for incremental
 * updates), predictions and lifecycle stage, appending stage changes to the history and the log.
 * The per-customer inputs come from the rows kept up to date by the analytics consumer where they
 * hold every order as of `asOf` (kept-inputs.ts); otherwise from one grouped scan of the orders
 * in the database, streamed in chunks.
 */
export async function recomputeAll(
  db: Db,
  workspaceId: string,
  options: {
    asOf?: Date;
    /** false: rescore with the current model instead of refitting it (default true). */
    refit?: boolean;
    /** Connections aggregating side by side. Default 1. */
    readers?: number;
    /** Chunks written side by side, each in its own transaction. Default 1. */
    writers?: number;
    /** true: aggregate every order, even where the kept rows could stand in for them. */
    rescan?: boolean;
    onProgress?: (progress: RecomputeProgress) => void;
  } = {},
): Promise<RecomputeResult> {
  const report = options.onProgress ?? (() => undefined);
  const frame = await workspaceFrame(db, workspaceId);
  const startedAt = await databaseNow(db);
  const asOf = options.asOf ?? startedAt;
  const timings = { aggregate: 0, fit: 0, rfm: 0, write: 0, score: 0 };
  let mark = performance.now();
  const lap = (phase: RecomputePhase) => {
    const now = performance.now();
    timings[phase] = Math.round(now - mark);
    mark = now;
  };

  // Rows of merged-away profiles a past run wrote back (see deleteMergedAwayScores) are not inputs;
  // one this run writes back is deleted once it has written.
  await deleteMergedAwayScores(db, workspaceId);
  const onChunk = (done: number) => report({ phase: 'aggregate', done, total: null });
  const kept = options.rescan
    ? { reason: 'requested' as const }
    : await loadKeptAggregates(db, frame, asOf, onChunk);
  const { columns, asOfDay } =
    'reason' in kept
      ? await loadAggregates(db, frame, asOf, { readers: options.readers ?? 1, onChunk })
      : kept;
  lap('aggregate');
  report({ phase: 'fit', done: 0, total: 1 });
  const { model, resource } =
    options.refit === false
      ? await currentModelResource(db, workspaceId)
      : await refit(db, frame, columns, asOfDay, asOf);
  report({ phase: 'fit', done: 1, total: 1 });
  lap('fit');
  const rfm = rfmColumns(columns, asOfDay);
  report({ phase: 'rfm', done: columns.length, total: columns.length });
  lap('rfm');
  // One short transaction per chunk rather than one long one: a long writing transaction holds
  // back what every log consumer may read (events become visible only once older transactions end).
  // Chunks commit without waiting for their WAL to reach the disk: scores are derived data, and a
  // crash can lose only the last chunks whole (with their history rows and events), which the next
  // recompute writes again; anything that acted on them committed later, and flushed them with it.
  const { changed: stageChanges, scoreMs } = await scoreAndWrite(
    (write) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`set local synchronous_commit = off`);
        return write(tx);
      }),
    frame,
    { columns, rfm, asOfDay, model, asOf, unlessUpdatedAfter: startedAt, writers: options.writers ?? 1 },
    (done) => report({ phase: 'write', done, total: columns.length }),
  );
  timings.score = Math.round(scoreMs);
  await deleteMergedAwayScores(db, workspaceId);
  await saveBreakpoints(db, workspaceId, { ...rfm.breakpoints!, customers: columns.length, asOf });
  lap('write');
  const inputs =
    'reason' in kept
      ? { from: 'orders' as const, reason: kept.reason }
      : { from: 'kept_rows' as const, rescanned: kept.rescanned };
  return { customers: columns.length, stageChanges, model: resource, asOf, inputs, timings };
}

async function currentModelResource(
  db: Db,
  workspaceId: string,
): Promise<{ model: ClvModel | null; resource: ClvModelResource | null }> {
  const row = await latestDoneModelFit(db, workspaceId);
  return row ? { model: modelOf(row), resource: presentModelFit(row) } : { model: null, resource: null };
}

async function refit(
  db: Db,
  frame: WorkspaceFrame,
  columns: Parameters<typeof fitInputs>[0],
  asOfDay: number,
  asOf: Date,
): Promise<{ model: ClvModel | null; resource: ClvModelResource | null }> {
  const inputs = { asOf, timeUnit: frame.settings.time_unit, penalizer: frame.settings.penalizer };
  if (columns.length === 0) return { model: null, resource: null };
  const started = performance.now();
  try {
    const fit = fitModels(fitInputs(columns, asOfDay), inputs.timeUnit, inputs.penalizer);
    const row = await recordFit(db, frame.workspaceId, inputs, {
      fit,
      fitMs: Math.round(performance.now() - started),
    });
    return { model: modelOf(row), resource: presentModelFit(row) };
  } catch (error) {
    // A failed refit is recorded; scores then use the last good model, if any.
    const row = await recordFit(db, frame.workspaceId, inputs, {
      error: error instanceof Error ? error.message : String(error),
    });
    return { model: await currentModel(db, frame.workspaceId), resource: presentModelFit(row) };
  }
}

interface ScoringRun {
  columns: AggregateColumns;
  rfm: RfmColumns;
  asOfDay: number;
  model: ClvModel | null;
  asOf: Date;
  /** Customers refreshed by the order consumer after this instant keep their fresher row. */
  unlessUpdatedAfter?: Date | undefined;
  /** Chunks written side by side, each in its own transaction (default 1). */
  writers?: number;
}

/** Runs a chunk's writes: in a transaction of its own, or in the caller's. */
type ChunkWriter = <T>(write: (tx: Db) => Promise<T>) => Promise<T>;

/**
 * Scores customers chunk by chunk and writes each chunk with one statement, recording stage
 * changes (history, and a `Lifecycle Stage Changed` event for every customer who already had a
 * stage) in the same transaction. Scoring the next chunk in JS overlaps the database writing the
 * previous ones; with `writers` > 1 that many chunks are written side by side.
 */
async function scoreAndWrite(
  inTransaction: ChunkWriter,
  frame: WorkspaceFrame,
  run: ScoringRun,
  onProgress: (done: number) => void,
): Promise<{ changed: number; scoreMs: number }> {
  const n = run.columns.length;
  let changed = 0;
  let scoreMs = 0;
  // Chunks in flight; a failed one is remembered and thrown once the others have settled.
  const writing = new Set<Promise<void>>();
  let failure: { error: unknown } | null = null;
  for (let start = 0; start < n && !failure; start += analyticsWriteChunkRows) {
    const end = Math.min(n, start + analyticsWriteChunkRows);
    const scoring = performance.now();
    const scores = scoreRange(run.columns, run.rfm, { start, end }, run.asOfDay, run.model, frame.settings);
    const scoreChunk = splitByInputs(scores, run.columns.inputsKept.subarray(start, end));
    scoreMs += performance.now() - scoring;
    const previousStage = run.columns.previousStage.slice(start, end);
    while (writing.size >= Math.max(1, run.writers ?? 1)) await Promise.race(writing);
    const chunk: Promise<void> = inTransaction(async (tx) => {
      const changes = stageChanges(scores, previousStage);
      const written = await writeScoreChunk(
        tx,
        {
          workspaceId: frame.workspaceId,
          asOf: run.asOf,
          timeZone: frame.tz,
          unlessUpdatedAfter: run.unlessUpdatedAfter,
        },
        scoreChunk,
        changes,
      );
      const hadStage = new Set(changes.customerId.filter((_, k) => changes.hadStage[k]));
      await announceStageChanges(
        tx,
        frame.workspaceId,
        run.asOf,
        written.filter((row) => hadStage.has(row.customer_id)),
      );
      changed += written.length;
      onProgress(end);
    }).then(
      () => void writing.delete(chunk),
      (error: unknown) => {
        failure ??= { error };
        writing.delete(chunk);
      },
    );
    writing.add(chunk);
  }
  await Promise.all(writing);
  if (failure) throw (failure as { error: unknown }).error;
  return { changed, scoreMs };
}

function stageChanges(
  scores: ScoredColumns,
  previousStage: (string | null)[],
): StageChanges & { hadStage: boolean[] } {
  const changes = {
    id: [] as string[],
    customerId: [] as string[],
    fromStage: [] as string[],
    toStage: [] as string[],
    hadStage: [] as boolean[],
  };
  for (let k = 0; k < scores.customerId.length; k++) {
    if (previousStage[k] === scores.stage[k]) continue;
    changes.id.push(newId('stageChange'));
    changes.customerId.push(scores.customerId[k]!);
    // A customer seen for the first time was a prospect: known, without orders.
    changes.fromStage.push(previousStage[k] ?? 'prospect');
    changes.toStage.push(scores.stage[k]!);
    changes.hadStage.push(previousStage[k] !== null);
  }
  return changes;
}

/**
 * `Lifecycle Stage Changed` events for journeys. A customer's first stage (set when their first
 * orders are scored, including imported history) is recorded in the history but not announced:
 * their `Order Completed` already was, and an import must not wake a journey per customer.
 */
async function announceStageChanges(
  tx: Db,
  workspaceId: string,
  at: Date,
  changes: StageChangeRow[],
): Promise<void> {
  if (changes.length === 0) return;
  const userIds = await externalIds(
    tx,
    workspaceId,
    changes.map((change) => change.customer_id),
  );
  const events: NewEvent[] = changes.map((change) => ({
    messageId: `retain:lifecycle-stage-changed:${change.id}`,
    type: 'track',
    name: 'Lifecycle Stage Changed',
    userId: userIds.get(change.customer_id) ?? null,
    properties: { customer_id: change.customer_id, from_stage: change.from_stage, to_stage: change.to_stage },
    occurredAt: at,
    receivedAt: at,
    source: 'retain',
  }));
  await appendEvents(tx, workspaceId, events);
}

/**
 * Recomputes the scores of a few customers as of `asOf` with the current model parameters and
 * the RFM breakpoints of the last full recompute (without one, RFM scores stay empty). Runs in
 * the caller's transaction: the order consumer calls it for the customers whose orders arrived.
 */
export async function refreshCustomers(
  tx: Db,
  workspaceId: string,
  customerIds: string[],
  asOf: Date,
): Promise<number> {
  if (customerIds.length === 0) return 0;
  const frame = await workspaceFrame(tx, workspaceId);
  const model = await currentModel(tx, workspaceId);
  const stored = await findBreakpoints(tx, workspaceId);
  const builder = new AggregateBuilder();
  builder.add(await customerAggregates(tx, workspaceId, frame.tz, asOf, customerIds));
  const columns = builder.build();
  const asOfDay = await localDayNumber(tx, frame.tz, asOf);
  const breakpoints = stored
    ? { recencyDays: stored.recency_days, orders: stored.orders, netRevenueMinor: stored.net_revenue_minor }
    : null;
  const rfm = rfmColumns(columns, asOfDay, breakpoints);
  const { changed } = await scoreAndWrite(
    (write) => write(tx),
    frame,
    { columns, rfm, asOfDay, model, asOf },
    () => undefined,
  );
  return changed;
}
