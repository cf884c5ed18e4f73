import { sql } from 'drizzle-orm';
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
  context: Record<string, unknown>;
  steps: number;
  enteredAt: Date;
  goalUntil: Date | null;
  convertedAt: Date | null;
  outcome: string | null;
  outcomeReason: string | null;
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

/** Parses what queryRows hands back for timestamps (text on one driver, Date on the other). */
export function asRun(row: Run): Run {
  const date = (value: Date | string | null) => (value === null ? null : new Date(value));
  return {
    ...row,
    wakeAt: date(row.wakeAt),
    enteredAt: date(row.enteredAt)!,
    goalUntil: date(row.goalUntil),
    convertedAt: date(row.convertedAt),
  };
}

/**
 * Saves runs' new state after a step (the caller's transaction also holds their effects): one
 * statement for any number of runs, their values passed as arrays (a page of entries or a claim of
 * timers commits in a constant number of round trips).
 */
export async function saveRuns(tx: Db, runs: readonly Run[], now: Date): Promise<void> {
  if (runs.length === 0) return;
  const column = <T>(pick: (run: Run) => T) => runs.map(pick);
  const instant = (date: Date | null) => date?.toISOString() ?? null;
  await tx.execute(
    sql`update journey_runs r set version = u.version, node = u.node, state = u.state, wake_at = u.wake_at,
          arriving = u.arriving::boolean, context = u.context::jsonb, steps = u.steps, converted_at = u.converted_at,
          outcome = u.outcome, outcome_reason = u.outcome_reason,
          ended_at = case when u.state = 'ended' then coalesce(r.ended_at, ${now.toISOString()}::timestamptz) end
        from unnest(${pgArray(
          column((run) => run.id),
          'text',
        )}, ${pgArray(
          column((run) => run.version),
          'int',
        )},
          ${pgArray(
            column((run) => run.node),
            'text',
          )}, ${pgArray(
            column((run) => run.state),
            'text',
          )},
          ${pgArray(
            column((run) => instant(run.wakeAt)),
            'timestamptz',
          )},
          ${pgArray(
            column((run) => String(run.arriving)),
            'text',
          )},
          ${pgArray(
            column((run) => JSON.stringify(run.context)),
            'text',
          )}, ${pgArray(
            column((run) => run.steps),
            'int',
          )},
          ${pgArray(
            column((run) => instant(run.convertedAt)),
            'timestamptz',
          )},
          ${pgArray(
            column((run) => run.outcome),
            'text',
          )}, ${pgArray(
            column((run) => run.outcomeReason),
            'text',
          )})
          as u(id, version, node, state, wake_at, arriving, context, steps, converted_at, outcome, outcome_reason)
        where r.id = u.id`,
  );
}

/** Stores new runs in the state their first walk left them (one statement for any number). */
export async function insertRuns(tx: Db, runs: readonly Run[], now: Date): Promise<void> {
  if (runs.length === 0) return;
  const column = <T>(pick: (run: Run) => T) => runs.map(pick);
  const instant = (date: Date | null) => date?.toISOString() ?? null;
  await tx.execute(
    sql`insert into journey_runs (id, workspace_id, journey_id, version, customer_id, entry_key, node, state,
          wake_at, arriving, holdout, context, steps, entered_at, goal_until, converted_at, ended_at, outcome,
          outcome_reason)
        select u.id, u.workspace_id, u.journey_id, u.version, u.customer_id, u.entry_key, u.node, u.state,
          u.wake_at, u.arriving::boolean, u.holdout::boolean, u.context::jsonb, u.steps, u.entered_at, u.goal_until,
          u.converted_at, case when u.state = 'ended' then ${now.toISOString()}::timestamptz end, u.outcome,
          u.outcome_reason
        from unnest(${pgArray(
          column((run) => run.id),
          'text',
        )}, ${pgArray(
          column((run) => run.workspaceId),
          'text',
        )},
          ${pgArray(
            column((run) => run.journeyId),
            'text',
          )}, ${pgArray(
            column((run) => run.version),
            'int',
          )},
          ${pgArray(
            column((run) => run.customerId),
            'text',
          )}, ${pgArray(
            column((run) => run.entryKey),
            'text',
          )},
          ${pgArray(
            column((run) => run.node),
            'text',
          )}, ${pgArray(
            column((run) => run.state),
            'text',
          )},
          ${pgArray(
            column((run) => instant(run.wakeAt)),
            'timestamptz',
          )},
          ${pgArray(
            column((run) => String(run.arriving)),
            'text',
          )},
          ${pgArray(
            column((run) => String(run.holdout)),
            'text',
          )},
          ${pgArray(
            column((run) => JSON.stringify(run.context)),
            'text',
          )}, ${pgArray(
            column((run) => run.steps),
            'int',
          )},
          ${pgArray(
            column((run) => run.enteredAt.toISOString()),
            'timestamptz',
          )},
          ${pgArray(
            column((run) => instant(run.goalUntil)),
            'timestamptz',
          )},
          ${pgArray(
            column((run) => instant(run.convertedAt)),
            'timestamptz',
          )},
          ${pgArray(
            column((run) => run.outcome),
            'text',
          )}, ${pgArray(
            column((run) => run.outcomeReason),
            'text',
          )})
          as u(id, workspace_id, journey_id, version, customer_id, entry_key, node, state, wake_at, arriving, holdout,
            context, steps, entered_at, goal_until, converted_at, outcome, outcome_reason)`,
  );
}

export const saveRun = (tx: Db, run: Run, now: Date) => saveRuns(tx, [run], now);

/** A run's steps to append, numbered from `firstSeq`. */
export interface RunSteps {
  run: Run;
  firstSeq: number;
  steps: readonly StepRecord[];
}

/** Appends many runs' steps in one statement. */
export async function recordManySteps(tx: Db, batches: readonly RunSteps[], at: Date): Promise<void> {
  const rows = batches.flatMap(({ run, firstSeq, steps }) =>
    steps.map((step, index) => ({ run, seq: firstSeq + index, step })),
  );
  if (rows.length === 0) return;
  await tx.execute(
    sql`insert into journey_run_steps (run_id, seq, workspace_id, node, at, action, detail)
        select u.run_id, u.seq, u.workspace_id, u.node, ${at.toISOString()}::timestamptz, u.action, u.detail::jsonb
        from unnest(${pgArray(
          rows.map((row) => row.run.id),
          'text',
        )}, ${pgArray(
          rows.map((row) => row.seq),
          'int',
        )}, ${pgArray(
          rows.map((row) => row.run.workspaceId),
          'text',
        )}, ${pgArray(
          rows.map((row) => row.step.node),
          'text',
        )}, ${pgArray(
          rows.map((row) => row.step.action),
          'text',
        )}, ${pgArray(
          rows.map((row) => JSON.stringify(row.step.detail ?? {})),
          'text',
        )}) as u(run_id, seq, workspace_id, node, action, detail)`,
  );
}

/** Appends a run's steps, numbered from `firstSeq`. */
export const recordSteps = (tx: Db, run: Run, firstSeq: number, steps: readonly StepRecord[], at: Date) =>
  recordManySteps(tx, [{ run, firstSeq, steps }], at);
