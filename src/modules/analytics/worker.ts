import { analyticsWorkerPollMs, recomputeClaimMinutes } from '../../core/limits.js';
import { systemClock, type Clock } from '../../core/clock.js';
import { hourMs } from '../../core/time.js';
import type { Db } from '../../db/connection.js';
import { workspaceFrame } from './frame.js';
import {
  claimRecompute,
  lastRecomputeAt,
  releaseRecompute,
  workspacesWithOrders,
} from './recompute.queries.js';
import { localDate, localMidnights } from './calendar.queries.js';
import { runQueuedModelFits } from './scoring/index.js';
import { refreshPending } from './consumer.js';
import { recomputeAll, type RecomputeConnections } from './recompute.js';
import { addDays } from './calendar.js';

/**
 * Whether a workspace's nightly recompute is due at `now`: the latest scheduled time (the
 * nightly_recompute_hour of today, or of yesterday before that hour, workspace time zone) has
 * passed since the last full recompute.
 */
export async function nightlyRecomputeDue(db: Db, workspaceId: string, now: Date): Promise<boolean> {
  const frame = await workspaceFrame(db, workspaceId);
  const today = await localDate(db, frame.tz, now);
  const hour = frame.settings.nightly_recompute_hour;
  const [todayMidnight, yesterdayMidnight] = await localMidnights(db, frame.tz, [today, addDays(today, -1)]);
  const sinceMidnightMs = hour * hourMs;
  const todayRun = new Date(todayMidnight!.getTime() + sinceMidnightMs);
  const scheduled =
    todayRun.getTime() <= now.getTime() ? todayRun : new Date(yesterdayMidnight!.getTime() + sinceMidnightMs);
  const last = await lastRecomputeAt(db, workspaceId);
  return !last || last.getTime() < scheduled.getTime();
}

/** One round of the worker: waiting order refreshes, queued model fits, due nightly recomputes. */
async function runAnalyticsJobs(
  db: Db,
  now: Date,
  connections: RecomputeConnections = { readers: 1, writers: 1 },
): Promise<void> {
  while ((await db.transaction((tx) => refreshPending(tx, now))) > 0);
  await runQueuedModelFits(db);
  for (const workspaceId of await workspacesWithOrders(db)) {
    if (await nightlyRecomputeDue(db, workspaceId, now)) await runNightly(db, workspaceId, now, connections);
  }
}

/** One process at a time recomputes a workspace; the others find it claimed, or no longer due. */
async function runNightly(
  db: Db,
  workspaceId: string,
  now: Date,
  connections: RecomputeConnections,
): Promise<void> {
  if (!(await claimRecompute(db, workspaceId, recomputeClaimMinutes))) return;
  try {
    if (await nightlyRecomputeDue(db, workspaceId, now))
      await recomputeAll(db, workspaceId, { asOf: now, ...connections });
  } finally {
    await releaseRecompute(db, workspaceId);
  }
}

export interface AnalyticsWorker {
  stop(): Promise<void>;
}

/**
 * Runs the analytics jobs in this process until stopped: order refreshes that waited on the orders
 * projection, queued CLV fits (including those left queued by a restart) and the nightly
 * recompute of each workspace. The server starts one.
 */
export function startAnalyticsWorker(
  db: Db,
  options: { clock?: Clock; connections?: RecomputeConnections; onError?: (error: unknown) => void } = {},
): AnalyticsWorker {
  const clock = options.clock ?? systemClock;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = runAnalyticsJobs(db, clock.now(), options.connections)
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, analyticsWorkerPollMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
