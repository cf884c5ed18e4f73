import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/connection.js';
import { createTestShop, ledgerHolds, putProgram, sendIdentify, useTestApp } from '../../../testing/index.js';
import { resolveCustomerId } from '../../customers/index.js';
import { earnPoints, pointsBalance, returnSpentPoints, spendPoints } from '../index.js';

const testApp = useTestApp();

const db = () => testApp().ctx.db;
const day = (d: string) => new Date(`${d}T00:00:00Z`);

async function earn(ws: string, customerId: string, points: number, at: Date, key: string) {
  return db().transaction((tx) =>
    earnPoints(tx, {
      workspaceId: ws,
      customerId,
      points,
      kind: 'earn',
      reason: 'order',
      source: { type: 'test', id: key },
      idempotencyKey: key,
      at,
    }),
  );
}

async function spend(ws: string, customerId: string, points: number, at: Date): Promise<string> {
  const spent = await db().transaction((tx) =>
    spendPoints(tx, {
      workspaceId: ws,
      customerId,
      points,
      reason: 'reward',
      source: { type: 'test', id: 'r' },
      idempotencyKey: 'spend',
      at,
    }),
  );
  if (!spent.ok) throw new Error('not enough points');
  return spent.entryId;
}

const giveBack = (ws: string, spendEntryId: string, at: Date) =>
  db().transaction((tx) =>
    returnSpentPoints(tx, {
      workspaceId: ws,
      spendEntryId,
      idempotencyKey: 'give-back',
      reason: 'cancelled',
      at,
    }),
  );

/** A customer's posted points by the entry that first earned them and the date they expire. */
async function lotsByOrigin(ws: string, customerId: string) {
  return queryRows<{ origin: string; expires: string; points: number }>(
    db(),
    sql`select origin_entry_id as origin, to_char(expires_at at time zone 'UTC', 'YYYY-MM-DD') as expires,
          sum(remaining)::int as points
        from points_lots where workspace_id = ${ws} and customer_id = ${customerId} and remaining > 0
        group by 1, 2 order by 2`,
  );
}

/** An anonymous profile that earns, then a known one it will merge into. */
async function twoProfiles(anonymousId: string) {
  const shop = await createTestShop(testApp());
  const ws = shop.workspace.id;
  await putProgram(shop, { expiry: { policy: 'per_lot', months: 12 } });
  const anonymous = await resolveCustomerId(db(), ws, { anonymousId }, day('2026-01-01'));
  const known = await resolveCustomerId(db(), ws, { userId: 'tam' }, day('2026-01-01'));
  return { ws, anonymous, known };
}

describe('returning spent points after a merge', () => {
  it('gives them to the surviving profile, to lots of the same origin and expiry', async () => {
    const { ws, anonymous, known } = await twoProfiles('anon-return');
    const january = await earn(ws, anonymous, 100, day('2026-01-01'), 'e1');
    const february = await earn(ws, anonymous, 100, day('2026-02-01'), 'e2');
    const spendId = await spend(ws, anonymous, 150, day('2026-03-01'));
    await sendIdentify(db(), ws, 'tam', {}, day('2026-03-02'), 'anon-return');
    expect(await pointsBalance(db(), ws, known)).toEqual({ balance: 50, pending: 0 });

    await giveBack(ws, spendId, day('2026-03-03'));
    expect(await pointsBalance(db(), ws, known)).toEqual({ balance: 200, pending: 0 });
    expect(await pointsBalance(db(), ws, anonymous)).toEqual({ balance: 0, pending: 0 });
    expect(await lotsByOrigin(ws, known)).toEqual([
      { origin: january.entryId, expires: '2027-01-01', points: 100 },
      { origin: february.entryId, expires: '2027-02-01', points: 100 },
    ]);
    expect(await lotsByOrigin(ws, anonymous)).toEqual([]);
    // Returning again answers the first return and moves nothing.
    await giveBack(ws, spendId, day('2026-03-04'));
    expect(await pointsBalance(db(), ws, known)).toEqual({ balance: 200, pending: 0 });
    await ledgerHolds(db(), ws);
  });

  it('follows a merge that moved no points, because the profile had spent them all', async () => {
    const { ws, anonymous, known } = await twoProfiles('anon-spent-all');
    const earned = await earn(ws, anonymous, 80, day('2026-01-10'), 'e1');
    const spendId = await spend(ws, anonymous, 80, day('2026-02-01'));
    await sendIdentify(db(), ws, 'tam', {}, day('2026-02-02'), 'anon-spent-all');
    await giveBack(ws, spendId, day('2026-02-03'));
    expect(await pointsBalance(db(), ws, known)).toEqual({ balance: 80, pending: 0 });
    expect(await lotsByOrigin(ws, known)).toEqual([
      { origin: earned.entryId, expires: '2027-01-10', points: 80 },
    ]);
    expect(await pointsBalance(db(), ws, anonymous)).toEqual({ balance: 0, pending: 0 });
    await ledgerHolds(db(), ws);
  });

  it('returns to the spender’s own lots while no merge has happened', async () => {
    const { ws, anonymous, known } = await twoProfiles('anon-unmerged');
    const earned = await earn(ws, anonymous, 40, day('2026-01-05'), 'e1');
    const spendId = await spend(ws, anonymous, 30, day('2026-02-01'));
    await giveBack(ws, spendId, day('2026-02-03'));
    expect(await lotsByOrigin(ws, anonymous)).toEqual([
      { origin: earned.entryId, expires: '2027-01-05', points: 40 },
    ]);
    expect(await pointsBalance(db(), ws, known)).toEqual({ balance: 0, pending: 0 });
    await ledgerHolds(db(), ws);
  });
});
