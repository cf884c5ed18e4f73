import { sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { journeyRunSteps } from './schema.js';

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

/** Saves a run's new state after a step (the caller's transaction also holds its effects). */
export async function saveRun(tx: Db, run: Run, now: Date): Promise<void> {
  await tx.execute(
    sql`update journey_runs set version = ${run.version}, node = ${run.node}, state = ${run.state},
          wake_at = ${run.wakeAt?.toISOString() ?? null}::timestamptz, arriving = ${run.arriving}, context = ${JSON.stringify(run.context)}::jsonb,
          steps = ${run.steps}, converted_at = ${run.convertedAt?.toISOString() ?? null}::timestamptz,
          outcome = ${run.outcome}, outcome_reason = ${run.outcomeReason},
          ended_at = case when ${run.state} = 'ended' then coalesce(ended_at, ${now.toISOString()}::timestamptz) end
        where id = ${run.id}`,
  );
}

/** Appends a run's steps, numbered from `firstSeq`. */
export async function recordSteps(
  tx: Db,
  run: Run,
  firstSeq: number,
  steps: readonly StepRecord[],
  at: Date,
): Promise<void> {
  if (steps.length === 0) return;
  await tx.insert(journeyRunSteps).values(
    steps.map((step, index) => ({
      runId: run.id,
      seq: firstSeq + index,
      workspaceId: run.workspaceId,
      node: step.node,
      at,
      action: step.action,
      detail: step.detail ?? {},
    })),
  );
}
