import type { Clock } from '../core/clock.js';
import {
  maintenanceDeleteRowsMax,
  maintenanceDeletesPerPassMax,
  maintenanceSweepIntervalMs,
} from '../core/limits.js';
import { repeatEvery, type Repeating } from '../core/repeat.js';
import type { Db } from '../db/connection.js';
import { pruneIdempotencyKeys, pruneRateLimits } from '../modules/auth/index.js';
import {
  pruneExpiredInvitations,
  pruneExpiredPasswordResets,
  pruneExpiredSessions,
} from '../modules/users/index.js';

// Rows that only age — Idempotency-Keys past their retention, rate-limit counters of clients gone
// quiet, dashboard sessions, invitations and password resets past their expiry — would grow their tables with
// traffic forever. Each module owns its prune; the server runs them here, beside the consumers and
// the other modules' scheduled work, so no module learns about another's tables.

type Prune = (db: Db, now: Date, rowsMax: number) => Promise<number>;

export interface MaintenanceResult {
  idempotencyKeys: number;
  rateLimits: number;
  sessions: number;
  invitations: number;
  passwordResets: number;
}

/** Prunes in bounded DELETEs until one comes back short or the pass has taken its share. */
async function pruneBacklog(prune: Prune, db: Db, now: Date): Promise<number> {
  let total = 0;
  for (let deletes = 0; deletes < maintenanceDeletesPerPassMax; deletes++) {
    const deleted = await prune(db, now, maintenanceDeleteRowsMax);
    total += deleted;
    if (deleted < maintenanceDeleteRowsMax) break;
  }
  return total;
}

/** One pass; safe in any process at any time (a row two passes race for is deleted once). */
export async function runMaintenance(db: Db, now: Date): Promise<MaintenanceResult> {
  return {
    idempotencyKeys: await pruneBacklog(pruneIdempotencyKeys, db, now),
    rateLimits: await pruneBacklog(pruneRateLimits, db, now),
    sessions: await pruneBacklog(pruneExpiredSessions, db, now),
    invitations: await pruneBacklog(pruneExpiredInvitations, db, now),
    passwordResets: await pruneBacklog(pruneExpiredPasswordResets, db, now),
  };
}

/** Runs a pass every `maintenanceSweepIntervalMs` until stopped (the server starts one). */
export function startMaintenance(db: Db, clock: Clock, onError: (error: unknown) => void): Repeating {
  return repeatEvery(maintenanceSweepIntervalMs, () => runMaintenance(db, clock.now()), onError);
}
