import { sql, type SQL } from 'drizzle-orm';
import { pgArray } from '../../db/arrays.js';
import type { Db } from '../../db/connection.js';

/** A run as the engine walks it. */
export interface Run {
  id: string;
  workspaceId: string;
  journeyId: string;
  version: number;
  customerId: string;
  entryKey: string;
  node: string | null;
  state: 'active' | 'waiting' | 'ended';
  wakeAt: Date | null;
  arriving: boolean;
  holdout: boolean;
  /** Replaced when a step changes it, never edited in place: saveRuns writes it back only then. */
  context: Record<string, unknown>;
  steps: number;
  enteredAt: Date;
  goalUntil: Date | null;
  convertedAt: Date | null;
  outcome: string | null;
  outcomeReason: string | null;
  /**
   * The row's address (ctid) as the worker's claim read and locked it: saveRuns finds the row
   * there, in the same transaction, rather than by its primary key.
   */
  claimedRow?: string;
}

export interface StepRecord {
  node: string | null;
  action: string;
  detail?: Record<string, unknown>;
}

export const runColumns = sql`r.id, r.workspace_id as "workspaceId", r.journey_id as "journeyId", r.version,
  r.customer_id as "customerId", r.entry_key as "entryKey", r.node, r.state, r.wake_at as "wakeAt", r.arriving,
  r.holdout, r.context, r.steps, r.entered_at as "enteredAt", r.goal_until as "goalUntil",
  r.converted_at as "convertedAt", r.outcome, r.outcome_reason as "outcomeReason"`;

/**
 * The contexts of runs as they were read from the database. A step that changes a run's context
 * replaces the object (a coupon, effects.ts) and never edits it in place, so a run whose context
 * is still one of these is saved without it: written back, a claim of 1,000 timers sent its runs'
 * JSON escaped into an array literal, to be parsed again (the journeys bench).
 */
const storedContexts = new WeakSet<object>();

/** Parses what queryRows hands back for timestamps (text on one driver, Date on the other). */
export function asRun(row: Run): Run {
  const date = (value: Date | string | null) => (value === null ? null : new Date(value));
  storedContexts.add(row.context);
  return {
    ...row,
    wakeAt: date(row.wakeAt),
    enteredAt: date(row.enteredAt)!,
    goalUntil: date(row.goalUntil),
    convertedAt: date(row.convertedAt),
  };
}

const instant = (date: Date | null) => date?.toISOString() ?? null;

type RunField = ['text' | 'int' | 'timestamptz', (run: Run) => string | number | null];

/** Each column of `journey_runs` as an array's element type and the run's value for it. */
const runFields = {
  id: ['text', (run) => run.id],
  workspace_id: ['text', (run) => run.workspaceId],
  journey_id: ['text', (run) => run.journeyId],
  version: ['int', (run) => run.version],
  customer_id: ['text', (run) => run.customerId],
  entry_key: ['text', (run) => run.entryKey],
  node: ['text', (run) => run.node],
  state: ['text', (run) => run.state],
  wake_at: ['timestamptz', (run) => instant(run.wakeAt)],
  // Booleans and JSON travel as text and are cast where they are used.
  arriving: ['text', (run) => String(run.arriving)],
  holdout: ['text', (run) => String(run.holdout)],
  context: ['text', (run) => JSON.stringify(run.context)],
  steps: ['int', (run) => run.steps],
  entered_at: ['timestamptz', (run) => run.enteredAt.toISOString()],
  goal_until: ['timestamptz', (run) => instant(run.goalUntil)],
  converted_at: ['timestamptz', (run) => instant(run.convertedAt)],
  outcome: ['text', (run) => run.outcome],
  outcome_reason: ['text', (run) => run.outcomeReason],
} satisfies Record<string, RunField>;

/** What saving a run writes besides its columns: its context if a step replaced it, else null. */
const savedFields = {
  ...runFields,
  changed_context: ['text', (run) => (storedContexts.has(run.context) ? null : JSON.stringify(run.context))],
  claimed_row: ['text', (run) => run.claimedRow ?? null],
} satisfies Record<string, RunField>;

/**
 * Runs as rows `u(…)` of the named columns: one array parameter per column, so one statement
 * writes any number of runs (a page of entries, a claim of timers) in a constant number of round
 * trips.
 */
function runsAsRows(runs: readonly Run[], columns: (keyof typeof savedFields)[]): SQL {
  const arrays = columns.map((column) => {
    const [type, valueOf]: RunField = savedFields[column];
    return pgArray(runs.map(valueOf), type);
  });
  return sql`unnest(${sql.join(arrays, sql`, `)}) as u(${sql.raw(columns.join(', '))})`;
}

/** The columns a step changes. */
const savedColumns = [
  'id',
  'version',
  'node',
  'state',
  'wake_at',
  'arriving',
  'changed_context',
  'steps',
  'converted_at',
  'outcome',
  'outcome_reason',
] as const;

/**
 * Saves runs' new state after a step (the caller's transaction also holds their effects). Runs the
 * worker claimed are found at the address its claim read: the claim's lock keeps them there, and
 * finding a claim's 1,000 runs by the primary key was a tenth of the database's CPU in a burst of
 * timers (the journeys bench). A run moved since (updated again in the same transaction) is not at
 * that address: if any is missing, all are saved again by the key. Others are found by their key:
 * `r.id = any(array[u.id])` cannot be hashed, so the planner cannot hash the whole table to join a
 * claim's runs (it did, at 100,000 runs: 200-360 ms a claim of 1,000, against 2.5 ms by the key).
 */
export async function saveRuns(tx: Db, runs: readonly Run[], now: Date): Promise<void> {
  if (runs.length === 0) return;
  const claimed = runs.every((run) => run.claimedRow !== undefined);
  const saved = await tx.execute(
    sql`update journey_runs r set version = u.version, node = u.node, state = u.state, wake_at = u.wake_at,
          arriving = u.arriving::boolean, context = coalesce(u.changed_context::jsonb, r.context), steps = u.steps,
          converted_at = u.converted_at, outcome = u.outcome, outcome_reason = u.outcome_reason,
          ended_at = case when u.state = 'ended' then coalesce(r.ended_at, ${now.toISOString()}::timestamptz) end
        from ${runsAsRows(runs, [...savedColumns, ...(claimed ? (['claimed_row'] as const) : [])])}
        where ${claimed ? sql`r.ctid = u.claimed_row::tid and r.id = u.id` : sql`r.id = any(array[u.id])`}`,
  );
  if (claimed && (saved as unknown as { rowCount: number | null }).rowCount !== runs.length) {
    await saveRuns(
      tx,
      runs.map(({ claimedRow: _moved, ...run }) => run),
      now,
    );
  }
}

/** Stores new runs in the state their first walk left them (one statement for any number). */
export async function insertRuns(tx: Db, runs: readonly Run[], now: Date): Promise<void> {
  if (runs.length === 0) return;
  await tx.execute(
    sql`insert into journey_runs (id, workspace_id, journey_id, version, customer_id, entry_key, node, state,
          wake_at, arriving, holdout, context, steps, entered_at, goal_until, converted_at, ended_at, outcome,
          outcome_reason)
        select u.id, u.workspace_id, u.journey_id, u.version, u.customer_id, u.entry_key, u.node, u.state,
          u.wake_at, u.arriving::boolean, u.holdout::boolean, u.context::jsonb, u.steps, u.entered_at, u.goal_until,
          u.converted_at, case when u.state = 'ended' then ${now.toISOString()}::timestamptz end, u.outcome,
          u.outcome_reason
        from ${runsAsRows(runs, Object.keys(runFields) as (keyof typeof runFields)[])}`,
  );
}

export const saveRun = (tx: Db, run: Run, now: Date) => saveRuns(tx, [run], now);

/** A run's steps to append, numbered from `firstSeq`. */
export interface RunSteps {
  run: Run;
  firstSeq: number;
  steps: readonly StepRecord[];
}

/**
 * Appends many runs' steps, all of one workspace, in one statement. The workspace is one parameter,
 * not an array of it per step: a claim of 1,000 timers writes ~2,100 steps.
 */
export async function recordManySteps(
  tx: Db,
  workspaceId: string,
  batches: readonly RunSteps[],
  at: Date,
): Promise<void> {
  const rows = batches.flatMap(({ run, firstSeq, steps }) =>
    steps.map((step, index) => ({ run, seq: firstSeq + index, step })),
  );
  if (rows.length === 0) return;
  await tx.execute(
    sql`insert into journey_run_steps (run_id, seq, workspace_id, node, at, action, detail)
        select u.run_id, u.seq, ${workspaceId}, u.node, ${at.toISOString()}::timestamptz, u.action, u.detail::jsonb
        from unnest(${pgArray(
          rows.map((row) => row.run.id),
          'text',
        )}, ${pgArray(
          rows.map((row) => row.seq),
          'int',
        )}, ${pgArray(
          rows.map((row) => row.step.node),
          'text',
        )}, ${pgArray(
          rows.map((row) => row.step.action),
          'text',
        )}, ${pgArray(
          rows.map((row) => JSON.stringify(row.step.detail ?? {})),
          'text',
        )}) as u(run_id, seq, node, action, detail)`,
  );
}

/** Appends a run's steps, numbered from `firstSeq`. */
export const recordSteps = (tx: Db, run: Run, firstSeq: number, steps: readonly StepRecord[], at: Date) =>
  recordManySteps(tx, run.workspaceId, [{ run, firstSeq, steps }], at);
