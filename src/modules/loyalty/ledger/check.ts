import { assert } from '../../../core/assert.js';
import { ledgerCheckProblemsMax } from '../../../core/limits.js';
import type { Db } from '../../../db/connection.js';
import { accountsOffLedger, creditOffLedger, lotsOffAllocations, lotsOffBalances } from './check.queries.js';

export interface LedgerProblem {
  workspaceId: string;
  customerId: string;
  problem: string;
}

export interface LedgerCheck {
  ok: boolean;
  problems: LedgerProblem[];
}

/**
 * Proves the cached balances equal the ledger (TIGER_STYLE: a disagreement is a bug, never a
 * result): accounts = sums of entries; lots = sums of allocations, never below zero; posted lots
 * hold max(balance, 0) and pending lots the pending points; store credit = its entries.
 * `retain doctor` runs it over every workspace; tests run it after every scenario.
 */
export async function checkLedger(db: Db, workspaceId: string | null = null): Promise<LedgerCheck> {
  const limit = ledgerCheckProblemsMax;
  const rows = [
    ...(await accountsOffLedger(db, workspaceId, limit)),
    ...(await lotsOffAllocations(db, workspaceId, limit)),
    ...(await lotsOffBalances(db, workspaceId, limit)),
    ...(await creditOffLedger(db, workspaceId, limit)),
  ];
  const problems = rows.map((r) => ({
    workspaceId: r.workspace_id,
    customerId: r.customer_id,
    problem: r.problem,
  }));
  return { ok: problems.length === 0, problems };
}

/** For tests and benchmarks: crash loudly when the ledger disagrees with itself. */
export async function assertLedger(db: Db, workspaceId: string | null = null): Promise<void> {
  const { ok, problems } = await checkLedger(db, workspaceId);
  const lines = problems.map((p) => `${p.workspaceId}/${p.customerId}: ${p.problem}`);
  assert(ok, `the points ledger disagrees with its cached balances:\n${lines.join('\n')}`);
}
