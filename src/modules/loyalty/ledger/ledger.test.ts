import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connection.js';
import { openTestDatabase } from '../../../testing/index.js';
import { createWorkspace } from '../../workspaces/index.js';
import { sql } from 'drizzle-orm';
import { InvariantViolation } from '../../../core/assert.js';
import {
  assertLedger,
  checkLedger,
  earnPoints,
  pointsBalance,
  returnSpentPoints,
  spendPoints,
} from '../index.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

const at = new Date('2026-03-01T00:00:00Z');
const source = { type: 'test', id: 's1' };

async function shop(): Promise<string> {
  return (await createWorkspace(database.db)).id;
}

describe('the points ledger', () => {
  it('earns, spends, replays and refuses a reused key', async () => {
    const ws = await shop();
    const db = database.db;
    const earn = {
      workspaceId: ws,
      customerId: 'cus_a',
      points: 120,
      kind: 'earn' as const,
      reason: 'order',
      source,
      idempotencyKey: 'e1',
      at,
    };
    const first = await db.transaction((tx) => earnPoints(tx, earn));
    expect(first.replayed).toBe(false);
    const again = await db.transaction((tx) => earnPoints(tx, earn));
    expect(again).toEqual({ entryId: first.entryId, replayed: true });
    await expect(db.transaction((tx) => earnPoints(tx, { ...earn, points: 121 }))).rejects.toMatchObject({
      code: 'idempotency_key_reused',
    });
    expect(await pointsBalance(db, ws, 'cus_a')).toEqual({ balance: 120, pending: 0 });

    const spend = {
      workspaceId: ws,
      customerId: 'cus_a',
      points: 100,
      reason: 'reward',
      source,
      idempotencyKey: 's1',
      at,
    };
    const spent = await db.transaction((tx) => spendPoints(tx, spend));
    expect(spent).toEqual({ ok: true, entryId: expect.any(String), replayed: false, balance: 20 });
    const replay = await db.transaction((tx) => spendPoints(tx, spend));
    expect(replay).toEqual({
      ok: true,
      entryId: (spent as { entryId: string }).entryId,
      replayed: true,
      balance: 20,
    });
    const short = await db.transaction((tx) => spendPoints(tx, { ...spend, idempotencyKey: 's2' }));
    expect(short).toEqual({ ok: false, code: 'insufficient_points', balance: 20 });

    const returned = await db.transaction((tx) =>
      returnSpentPoints(tx, {
        workspaceId: ws,
        spendEntryId: (spent as { entryId: string }).entryId,
        idempotencyKey: 'r1',
        reason: 'cancelled',
        at,
      }),
    );
    expect(returned.replayed).toBe(false);
    expect(await pointsBalance(db, ws, 'cus_a')).toEqual({ balance: 120, pending: 0 });
  });

  it('lets exactly one of 32 simultaneous spends of the whole balance succeed', async () => {
    const ws = await shop();
    const db = database.db;
    await db.transaction((tx) =>
      earnPoints(tx, {
        workspaceId: ws,
        customerId: 'cus_b',
        points: 500,
        kind: 'earn',
        reason: 'order',
        source,
        idempotencyKey: 'e',
        at,
      }),
    );
    const results = await Promise.all(
      Array.from({ length: 32 }, (_, i) =>
        db.transaction((tx) =>
          spendPoints(tx, {
            workspaceId: ws,
            customerId: 'cus_b',
            points: 500,
            reason: 'reward',
            source,
            idempotencyKey: `s${i}`,
            at,
          }),
        ),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toHaveLength(31);
    expect(await pointsBalance(db, ws, 'cus_b')).toEqual({ balance: 0, pending: 0 });
  });

  it('reports a cached balance or a lot that disagrees with the ledger', async () => {
    const ws = await shop();
    const db = database.db;
    await db.transaction((tx) =>
      earnPoints(tx, {
        workspaceId: ws,
        customerId: 'cus_c',
        points: 30,
        kind: 'earn',
        reason: 'order',
        source,
        idempotencyKey: 'e',
        at,
      }),
    );
    expect(await checkLedger(db, ws)).toEqual({ ok: true, problems: [] });
    await db.execute(sql`update points_accounts set balance = 31 where workspace_id = ${ws}`);
    await db.execute(sql`update points_lots set remaining = 29 where workspace_id = ${ws}`);
    const check = await checkLedger(db, ws);
    expect(check.ok).toBe(false);
    expect(check.problems.map((p) => p.problem)).toEqual([
      'cached balance 31 pending 0 earned 30 redeemed 0 expired 0; ledger says 30 0 30 0 0',
      expect.stringMatching(/^lot lot_\w+ remaining 29, allocations sum to 30$/),
      'balance 31 pending 0; posted lots hold 29, pending lots 0',
    ]);
  });

  it('treats a spend the balance promises but the lots cannot cover as a bug, not a refusal', async () => {
    const ws = await shop();
    const db = database.db;
    const earned = {
      workspaceId: ws,
      customerId: 'cus_d',
      kind: 'earn' as const,
      reason: 'order',
      source,
      at,
    };
    await db.transaction((tx) => earnPoints(tx, { ...earned, points: 30, idempotencyKey: 'e' }));
    await db.execute(sql`update points_accounts set balance = 40 where workspace_id = ${ws}`);
    const spend = { workspaceId: ws, customerId: 'cus_d', points: 35, reason: 'reward', source, at };
    await expect(db.transaction((tx) => spendPoints(tx, { ...spend, idempotencyKey: 's' }))).rejects.toThrow(
      InvariantViolation,
    );
    await expect(
      db.transaction((tx) => earnPoints(tx, { ...earned, kind: 'adjust', points: -35, idempotencyKey: 'a' })),
    ).rejects.toThrow(/^invariant violated: customer cus_d: posted lots hold 30 of the 35 points/);
    await expect(assertLedger(db, ws)).rejects.toThrow(InvariantViolation);
    expect(await pointsBalance(db, ws, 'cus_d')).toEqual({ balance: 40, pending: 0 });
  });
});
