import type { Database } from '../../db/connection.js';
import { engineReport, type EngineReport } from '../../db/engine-report.js';
import { migrationsCurrent } from '../../db/migrate.js';
import { consumerStatuses, type ConsumerStatus } from '../events/index.js';
import { checkLedger, type LedgerProblem } from '../loyalty/index.js';

export interface DoctorReport {
  object: 'doctor_report';
  /** False when something is wrong that an operator must act on. */
  healthy: boolean;
  database: EngineReport;
  migrations: 'current' | 'pending';
  consumers: ConsumerStatus[];
  ledger: { ok: boolean; problems: LedgerProblem[] };
}

/**
 * The checks an operator runs after an incident or an upgrade: migrations applied, every
 * consumer's backlog and skipped events, and the points ledger's invariants (cached balances =
 * entries, no lot below zero). A backlog alone is not unhealthy (consumers may be catching up);
 * skipped events and a ledger that disagrees with itself are.
 */
export async function runDoctor(
  database: Database,
  workspaceId: string | null = null,
): Promise<DoctorReport> {
  const migrations = (await migrationsCurrent(database)) ? 'current' : 'pending';
  const consumers = await consumerStatuses(database.db);
  const ledger = await checkLedger(database.db, workspaceId);
  const healthy = migrations === 'current' && ledger.ok && consumers.every((c) => c.failures === 0);
  const engine = await engineReport(database);
  return { object: 'doctor_report', healthy, database: engine, migrations, consumers, ledger };
}
