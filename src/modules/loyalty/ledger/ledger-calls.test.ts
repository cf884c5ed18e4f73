import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { dayMs } from '../../../core/time.js';
import { queryRows, type Database, type Db } from '../../../db/connection.js';
import { openTestDatabase } from '../../../testing/index.js';
import { appendEvents } from '../../events/index.js';
import { createWorkspace } from '../../workspaces/index.js';
import { assertLedger } from './check.js';
import { earnPoints, planEarning, spendPoints } from './ledger.js';
import { pointsEvent } from '../points-event.js';
import { drawFromLots, writeEntry } from './ledger-write.js';
import { lockAccount, readAfterLock, writeEntryRows } from './ledger.queries.js';
import { getProgramSettings, updateProgram } from '../program/index.js';

// The one-call earning and spend (PL/pgSQL, migration 0008) must write exactly what the TypeScript
// planners write for the same entries — the planners still write the consumer's pages, negative
// adjustments, refunds and merges. Random sequences run through both, one customer each: entries,
// lots, allocations, the account and the events must come out the same, field by field.

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

type Op =
  | {
      type: 'earn';
      points: number;
      pendingDays: number;
      kind: 'earn' | 'bonus' | 'adjust';
      withSettings: boolean;
    }
  | { type: 'spend'; points: number }
  | { type: 'debt'; points: number }
  | { type: 'replay' }
  | { type: 'policy'; expiry: Expiry };

type Expiry = { policy: 'none' } | { policy: 'per_lot'; months: number };
const expiryArb: fc.Arbitrary<Expiry> = fc.constantFrom(
  { policy: 'none' as const },
  { policy: 'per_lot' as const, months: 1 },
  { policy: 'per_lot' as const, months: 12 },
);

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    type: fc.constant('earn' as const),
    points: fc.integer({ min: 1, max: 300 }),
    pendingDays: fc.constantFrom(0, 0, 14),
    kind: fc.constantFrom('earn' as const, 'bonus' as const, 'adjust' as const),
    withSettings: fc.boolean(),
  }),
  fc.record({ type: fc.constant('spend' as const), points: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ type: fc.constant('debt' as const), points: fc.integer({ min: 1, max: 300 }) }),
  fc.constant({ type: 'replay' as const }),
  // A shop that changes its expiry policy leaves lots that never expire beside lots that do.
  fc.record({ type: fc.constant('policy' as const), expiry: expiryArb }),
);

// Month ends and a leap day, where adding months has to clamp the day, and an evening that is
// already the next day east of UTC.
const momentArb = fc.constantFrom(
  '2026-01-30T20:00:00Z',
  '2026-01-31T23:30:00Z',
  '2024-02-29T12:00:00Z',
  '2026-03-31T00:00:00Z',
  '2026-07-15T09:15:00Z',
);

interface Side {
  customerId: string;
  /** The last request, sent again by a `replay` step. */
  last: ((customerId: string) => Promise<unknown>) | null;
}

/** The planners' way, as earnPoints and spendPoints wrote before they became one call. */
const planned = {
  async earn(tx: Db, ws: string, input: Parameters<typeof earnPoints>[1]) {
    const account = await lockAccount(tx, ws, input.customerId);
    const read = await readAfterLock(tx, ws, input.customerId, input.idempotencyKey, false);
    if (read.existing) return { entryId: read.existing.id, replayed: true };
    const settings = input.settings ?? (await getProgramSettings(tx, ws));
    const { entryId, write, event } = planEarning(account, input, settings);
    await writeEntryRows(tx, ws, input.customerId, write);
    await appendEvents(tx, ws, [event]);
    return { entryId, replayed: false };
  },
  async spend(tx: Db, input: Parameters<typeof spendPoints>[1]) {
    const account = await lockAccount(tx, input.workspaceId, input.customerId);
    const read = await readAfterLock(tx, input.workspaceId, input.customerId, input.idempotencyKey, true);
    if (read.existing) return { ok: true, replayed: true, balance: account.balance };
    if (account.balance < input.points) return { ok: false, balance: account.balance };
    const { allocations } = drawFromLots(read.lots, input.points);
    const written = await writeEntry(tx, input.workspaceId, input.customerId, account, {
      kind: 'redeem',
      points: -input.points,
      pendingPoints: 0,
      reason: input.reason,
      source: input.source,
      idempotencyKey: input.idempotencyKey,
      at: input.at,
      allocations,
    });
    const event = pointsEvent('Points Redeemed', written.entryId, input.at, {
      customer_id: input.customerId,
      points: input.points,
      reason: input.reason,
      source_type: input.source.type,
      source_id: input.source.id,
      balance: written.account.balance,
    });
    await appendEvents(tx, input.workspaceId, [event]);
    return { ok: true, replayed: false, balance: written.account.balance };
  },
};

/** A clawback the policy lets go below zero: written the same way for both customers. */
async function debt(
  tx: Db,
  ws: string,
  customerId: string,
  points: number,
  key: string,
  id: string,
  at: Date,
) {
  const account = await lockAccount(tx, ws, customerId);
  const read = await readAfterLock(tx, ws, customerId, key, true);
  const { allocations } = drawFromLots(read.lots, Math.min(points, Math.max(account.balance, 0)));
  await writeEntry(tx, ws, customerId, account, {
    kind: 'clawback',
    points: -points,
    pendingPoints: 0,
    requestedPoints: points,
    reason: 'refund',
    source: { type: 'order', id },
    idempotencyKey: key,
    at,
    allocations,
  });
}

async function step(db: Db, ws: string, op: Op, n: number, at: Date, call: Side, plan: Side) {
  if (op.type === 'replay') {
    if (!call.last || !plan.last) return;
    expect(outcome(await call.last(call.customerId))).toEqual(outcome(await plan.last(plan.customerId)));
    return;
  }
  if (op.type === 'policy') {
    await updateProgram(db, ws, { expiry: op.expiry });
    return;
  }
  if (op.type === 'debt') {
    for (const side of [call, plan])
      await debt(db, ws, side.customerId, op.points, `${side.customerId}:d${n}`, `d${n}`, at);
    return;
  }
  const key = (customerId: string) => `${customerId}:k${n}`;
  const source = { type: op.type === 'earn' ? 'order' : 'reward', id: `s${n}` };
  if (op.type === 'earn') {
    const settings = op.withSettings ? await getProgramSettings(db, ws) : undefined;
    const input = (customerId: string) => ({
      workspaceId: ws,
      customerId,
      points: op.points,
      kind: op.kind,
      reason: `step ${n}`,
      source,
      idempotencyKey: key(customerId),
      pendingUntil: op.pendingDays > 0 ? new Date(at.getTime() + op.pendingDays * dayMs) : null,
      at,
      rule: op.kind === 'earn' ? { id: 'rule_x', version: 2 } : undefined,
      actor: op.kind === 'adjust' ? 'key_test' : undefined,
      ...(settings ? { settings } : {}),
    });
    call.last = (customerId) => earnPoints(db, input(customerId));
    plan.last = (customerId) => db.transaction((tx) => planned.earn(tx, ws, input(customerId)));
  } else {
    const input = (customerId: string) => ({
      workspaceId: ws,
      customerId,
      points: op.points,
      reason: `step ${n}`,
      source,
      idempotencyKey: key(customerId),
      at,
    });
    call.last = (customerId) => spendPoints(db, input(customerId));
    plan.last = (customerId) => db.transaction((tx) => planned.spend(tx, input(customerId)));
  }
  expect(outcome(await call.last(call.customerId))).toEqual(outcome(await plan.last(plan.customerId)));
}

/** What a caller learns from a ledger call, without the ids that differ between customers. */
function outcome(result: unknown) {
  const { ok, replayed, balance } = result as { ok?: boolean; replayed?: boolean; balance?: number };
  return { ok, replayed, balance };
}

/** A customer's ledger with ids replaced by their order of creation, so two customers compare. */
async function ledgerOf(db: Db, ws: string, customerId: string) {
  const entries = await queryRows<Record<string, unknown>>(
    db,
    sql`select id, kind, points::int, pending_points::int as pending, balance_after::int as balance,
          pending_after::int as "pendingAfter", requested_points::int as requested, reason, source_type, source_id,
          rule_id, rule_version, actor, occurred_at::text as at
        from points_entries where workspace_id = ${ws} and customer_id = ${customerId} order by id`,
  );
  const lots = await queryRows<Record<string, unknown>>(
    db,
    sql`select id, entry_id, amount::int, remaining::int, state, pending_until::text as pending_until,
          expires_at::text as expires_at, created_at::text as created_at
        from points_lots where workspace_id = ${ws} and customer_id = ${customerId} order by id`,
  );
  const allocations = await queryRows<{ entry_id: string; lot_id: string; points: number }>(
    db,
    sql`select a.entry_id, a.lot_id, a.points::int from points_allocations a
        join points_entries e on e.id = a.entry_id
        where e.workspace_id = ${ws} and e.customer_id = ${customerId} order by a.entry_id, a.lot_id`,
  );
  const [account] = await queryRows<Record<string, unknown>>(
    db,
    sql`select balance::int, pending::int, lifetime_earned::int, lifetime_redeemed::int, lifetime_expired::int,
          last_activity_at::text as last_activity_at, negative_since::text as negative_since
        from points_accounts where workspace_id = ${ws} and customer_id = ${customerId}`,
  );
  const events = await queryRows<{ name: string; properties: Record<string, unknown>; occurred_at: string }>(
    db,
    sql`select name, properties, occurred_at::text as occurred_at, source from events
        where workspace_id = ${ws} and properties ->> 'customer_id' = ${customerId} order by id`,
  );
  const entryIndex = new Map(entries.map((row, i) => [row.id, i]));
  const lotIndex = new Map(lots.map((row, i) => [row.id, i]));
  return {
    entries: entries.map((e) => ({ ...e, id: entryIndex.get(e.id) })),
    lots: lots.map((l) => ({ ...l, id: lotIndex.get(l.id), entry_id: entryIndex.get(l.entry_id) })),
    allocations: allocations.map((a) => ({
      ...a,
      entry_id: entryIndex.get(a.entry_id),
      lot_id: lotIndex.get(a.lot_id),
    })),
    account,
    events: events.map((e) => ({ ...e, properties: { ...e.properties, customer_id: null } })),
  };
}

describe('the one-call ledger', () => {
  it('writes what the planners write, for random earnings, spends, debts and replays', async () => {
    const db = database.db;
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          { policy: 'none' as const },
          { policy: 'per_lot' as const, months: 1 },
          {
            policy: 'per_lot' as const,
            months: 12,
          },
        ),
        momentArb,
        fc.array(opArb, { minLength: 1, maxLength: 14 }),
        async (expiry, moment, ops) => {
          run++;
          const ws = (await createWorkspace(db)).id;
          await updateProgram(db, ws, { expiry, clawback: 'allow_negative' });
          const call: Side = { customerId: `cus_call_${run}`, last: null };
          const plan: Side = { customerId: `cus_plan_${run}`, last: null };
          for (const [n, op] of ops.entries()) {
            const at = new Date(new Date(moment).getTime() + n * 60_000);
            await step(db, ws, op, n, at, call, plan);
          }
          expect(await ledgerOf(db, ws, call.customerId)).toEqual(await ledgerOf(db, ws, plan.customerId));
        },
      ),
      { numRuns: 60 },
    );
    await assertLedger(db);
  });

  it('refuses a spend beyond the balance and a reused key, changing nothing', async () => {
    const db = database.db;
    const ws = (await createWorkspace(db)).id;
    const at = new Date('2026-05-01T00:00:00Z');
    const base = { workspaceId: ws, customerId: 'cus_refused', reason: 'r', at };
    await earnPoints(db, {
      ...base,
      points: 100,
      kind: 'earn',
      source: { type: 'order', id: 'o1' },
      idempotencyKey: 'e1',
    });
    const before = await ledgerOf(db, ws, 'cus_refused');
    const spend = { ...base, source: { type: 'reward', id: 'r1' }, idempotencyKey: 's1' };
    expect(await spendPoints(db, { ...spend, points: 101 })).toEqual({
      ok: false,
      code: 'insufficient_points',
      balance: 100,
    });
    await expect(
      earnPoints(db, {
        ...base,
        points: 5,
        kind: 'earn',
        source: { type: 'order', id: 'o2' },
        idempotencyKey: 'e1',
      }),
    ).rejects.toMatchObject({ code: 'idempotency_key_reused' });
    expect(await ledgerOf(db, ws, 'cus_refused')).toEqual(before);
  });

  it('spends each point once when calls race, earnings and spends of one customer together', async () => {
    const db = database.db;
    const ws = (await createWorkspace(db)).id;
    const at = new Date('2026-06-01T00:00:00Z');
    const base = { workspaceId: ws, customerId: 'cus_race', at };
    await earnPoints(db, {
      ...base,
      points: 320,
      kind: 'earn',
      reason: 'o',
      source: { type: 'order', id: 'o0' },
      idempotencyKey: 'e0',
    });
    const calls = Array.from({ length: 32 }, (_, i) =>
      i % 2 === 0
        ? spendPoints(db, {
            ...base,
            points: 100,
            reason: 'r',
            source: { type: 'reward', id: `r${i}` },
            idempotencyKey: `s${i}`,
          })
        : earnPoints(db, {
            ...base,
            points: 10,
            kind: 'earn',
            reason: 'o',
            source: { type: 'order', id: `o${i}` },
            idempotencyKey: `e${i}`,
          }),
    );
    const results = await Promise.all(calls);
    const spent = results.filter((r) => 'ok' in r && r.ok).length;
    // 320 + 16 × 10 = 480 points: whatever the order, at most four spends of 100 fit, at least three.
    expect(spent).toBeGreaterThanOrEqual(3);
    expect(spent).toBeLessThanOrEqual(4);
    const ledger = await ledgerOf(db, ws, 'cus_race');
    expect(ledger.account).toMatchObject({ balance: 480 - 100 * spent, lifetime_redeemed: 100 * spent });
    await assertLedger(db);
  });
});
