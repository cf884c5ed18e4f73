import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { RetainError } from '../../../core/errors.js';
import { dayMs } from '../../../core/time.js';
import { queryRows, type Database, type Db } from '../../../db/connection.js';
import { asLoggedEvent, openTestDatabase } from '../../../testing/index.js';
import type { LoggedEvent } from '../../events/index.js';
import { findCustomerRef } from '../../customers/index.js';
import { createWorkspace } from '../../workspaces/index.js';
import { assertLedger } from './check.js';
import { loyaltyConsumer } from '../earning/index.js';
import { earnPoints, pointsBalance, returnSpentPoints, spendPoints } from './ledger.js';
import { updateProgram } from '../program/index.js';
import { runLoyaltySchedule } from '../schedule/index.js';

// Random sequences of orders, refunds, redemptions (spend + return), adjustments and expiry
// sweeps, each applied and then replayed: after every step the cached balances equal the ledger,
// no lot is below zero, the balance is negative only through a clawback the policy allows, and a
// replay with the same key or event id changes nothing.

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

const start = new Date('2026-01-01T00:00:00Z');

type Op =
  | { type: 'order'; cents: number }
  | { type: 'refund'; order: number; cents: number | null }
  | { type: 'spend'; points: number }
  | { type: 'return'; spend: number }
  | { type: 'adjust'; points: number }
  | { type: 'sweep'; days: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ type: fc.constant('order' as const), cents: fc.integer({ min: 0, max: 50_000 }) }),
  fc.record({
    type: fc.constant('refund' as const),
    order: fc.nat(),
    cents: fc.option(fc.integer({ min: 1, max: 30_000 }), { nil: null }),
  }),
  fc.record({ type: fc.constant('spend' as const), points: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ type: fc.constant('return' as const), spend: fc.nat() }),
  fc.record({
    type: fc.constant('adjust' as const),
    points: fc.integer({ min: -200, max: 200 }).filter((p) => p !== 0),
  }),
  fc.record({ type: fc.constant('sweep' as const), days: fc.integer({ min: 1, max: 45 }) }),
);

const programArb = fc.record({
  pending_days: fc.constantFrom(0, 7),
  clawback: fc.constantFrom('stop_at_zero' as const, 'allow_negative' as const),
  expiry: fc.constantFrom({ policy: 'none' as const }, { policy: 'per_lot' as const, months: 1 }),
});

function event(
  workspaceId: string,
  id: string,
  name: string,
  properties: Record<string, unknown>,
  at: Date,
): LoggedEvent {
  const fields = { id, messageId: id, type: 'track' as const, name, userId: 'prop-user', properties };
  return asLoggedEvent(workspaceId, { ...fields, occurredAt: at, receivedAt: at });
}

interface World {
  db: Db;
  ws: string;
  now: Date;
  orders: string[];
  spends: string[];
  step: number;
}

async function applyOp(world: World, op: Op, replay: boolean): Promise<void> {
  const { db, ws } = world;
  const id = `evt_${world.step}`;
  const customerId = () => findCustomerRef(db, ws, 'prop-user');
  switch (op.type) {
    case 'order': {
      const orderId = `o${world.step}`;
      await db.transaction((tx) =>
        loyaltyConsumer.apply(tx, [
          event(ws, id, 'Order Completed', { order_id: orderId, total: op.cents / 100 }, world.now),
        ]),
      );
      if (!replay) world.orders.push(orderId);
      return;
    }
    case 'refund': {
      if (world.orders.length === 0) return;
      const orderId = world.orders[op.order % world.orders.length]!;
      const properties =
        op.cents === null ? { order_id: orderId } : { order_id: orderId, total: op.cents / 100 };
      await db.transaction((tx) =>
        loyaltyConsumer.apply(tx, [event(ws, id, 'Order Refunded', properties, world.now)]),
      );
      return;
    }
    case 'spend': {
      const customer = await customerId();
      if (!customer) return;
      const result = await db.transaction((tx) =>
        spendPoints(tx, {
          workspaceId: ws,
          customerId: customer,
          points: op.points,
          reason: 'reward',
          source: { type: 'test', id },
          idempotencyKey: `spend-${world.step}`,
          at: world.now,
        }),
      );
      if (result.ok && !replay) world.spends.push(result.entryId);
      if (result.ok && replay) expect(result.replayed).toBe(true);
      return;
    }
    case 'return': {
      if (world.spends.length === 0) return;
      const spendEntryId = world.spends[op.spend % world.spends.length]!;
      try {
        await db.transaction((tx) =>
          returnSpentPoints(tx, {
            workspaceId: ws,
            spendEntryId,
            idempotencyKey: `return-${world.step}`,
            reason: 'cancelled',
            at: world.now,
          }),
        );
      } catch (error) {
        if (!(error instanceof RetainError) || error.code !== 'spend_already_returned') throw error;
      }
      return;
    }
    case 'adjust': {
      const customer = await customerId();
      if (!customer) return;
      try {
        await db.transaction((tx) =>
          earnPoints(tx, {
            workspaceId: ws,
            customerId: customer,
            points: op.points,
            kind: 'adjust',
            reason: 'support',
            source: { type: 'test', id },
            idempotencyKey: `adjust-${world.step}`,
            at: world.now,
          }),
        );
      } catch (error) {
        if (!(error instanceof RetainError) || error.code !== 'insufficient_points') throw error;
      }
      return;
    }
    case 'sweep': {
      if (!replay) world.now = new Date(world.now.getTime() + op.days * dayMs);
      await runLoyaltySchedule(db, world.now, ws);
      return;
    }
  }
}

async function snapshot(world: World) {
  const customer = await findCustomerRef(world.db, world.ws, 'prop-user');
  const balance = customer ? await pointsBalance(world.db, world.ws, customer) : { balance: 0, pending: 0 };
  const [{ n }] = await queryRows<{ n: number }>(
    world.db,
    sql`select count(*)::int as n from points_entries where workspace_id = ${world.ws}`,
  );
  return { ...balance, entries: n };
}

/** Negative balances only where a clawback took more than was there, under allow_negative. */
async function negativeOnlyByClawback(world: World, allowNegative: boolean): Promise<void> {
  const entries = await queryRows<{ kind: string; balance_after: unknown }>(
    world.db,
    sql`select kind, balance_after from points_entries where workspace_id = ${world.ws} order by id`,
  );
  let previous = 0;
  for (const entry of entries) {
    const after = Number(entry.balance_after);
    if (after < 0 && after < previous) {
      expect(allowNegative).toBe(true);
      expect(entry.kind).toBe('clawback');
    }
    previous = after;
  }
}

describe('the points ledger under random sequences', () => {
  it('keeps every invariant, and replays change nothing', async () => {
    await fc.assert(
      fc.asyncProperty(programArb, fc.array(opArb, { minLength: 1, maxLength: 14 }), async (program, ops) => {
        const ws = (await createWorkspace(database.db)).id;
        await updateProgram(database.db, ws, { earn_points: 1, earn_per_amount_minor: 100, ...program });
        const world: World = { db: database.db, ws, now: start, orders: [], spends: [], step: 0 };
        for (const op of ops) {
          world.step++;
          await applyOp(world, op, false);
          await assertLedger(world.db, ws);
          const after = await snapshot(world);
          if (op.type !== 'sweep') {
            await applyOp(world, op, true);
            expect(await snapshot(world)).toEqual(after);
          }
          if (after.balance < 0) expect(program.clawback).toBe('allow_negative');
        }
        await negativeOnlyByClawback(world, program.clawback === 'allow_negative');
        const lots = await queryRows<{ n: number }>(
          world.db,
          sql`select count(*)::int as n from points_lots where workspace_id = ${ws} and remaining < 0`,
        );
        expect(lots[0]!.n).toBe(0);
      }),
      { numRuns: 25 },
    );
  });
});
