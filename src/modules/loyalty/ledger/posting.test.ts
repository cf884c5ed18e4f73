import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connection.js';
import {
  createTestApp,
  createTestShop,
  ledgerHolds,
  loyaltyStatus,
  openPrivateTestDatabase,
  putProgram,
  sendTrack,
  settledOrWaiting,
  type TestApp,
} from '../../../testing/index.js';
import type { LoggedEvent } from '../../events/index.js';
import { loyaltyConsumer } from '../earning/index.js';
import { pointsBalance, runLoyaltySchedule } from '../index.js';

// The sweep finds due lots without a lock, then posts them under the accounts' locks. It must read
// the lots again after taking the locks: a refund holding the lock may be voiding the very lot.
// The refund commits only once the sweep is seen waiting for it, so the two surely overlap.

let database: Database;
let testApp: TestApp;
beforeAll(async () => {
  // Its own database: sweeps of other test files, over every workspace, would post the lot first.
  database = await openPrivateTestDatabase();
  testApp = await createTestApp(database);
});
afterAll(async () => {
  await testApp.app.close();
  await database.close();
});

const ordered = new Date('2026-02-01T10:00:00Z');
const afterReturnWindow = new Date('2026-02-20T10:00:00Z');

describe('posting pending points', () => {
  it('does not post a lot that a refund holding the account lock is voiding', async () => {
    const shop = await createTestShop(testApp);
    const ws = shop.workspace.id;
    await putProgram(shop, { earn_points: 1, earn_per_amount_minor: 100, pending_days: 14 });
    await sendTrack(database.db, ws, 'Order Completed', 'paula', { order_id: 'PV1', total: 40 }, ordered);
    const customerId = (await loyaltyStatus(shop, 'paula')).customer_id as string;
    expect(await pointsBalance(database.db, ws, customerId)).toEqual({ balance: 0, pending: 40 });

    const refund: LoggedEvent = {
      id: 'evt_posting_refund',
      workspaceId: ws,
      messageId: 'posting-refund',
      type: 'track',
      name: 'Order Refunded',
      userId: 'paula',
      anonymousId: null,
      previousId: null,
      properties: { order_id: 'PV1' },
      traits: {},
      context: {},
      occurredAt: afterReturnWindow,
      receivedAt: afterReturnWindow,
      source: 'api',
    };
    let sweep: Promise<unknown> = Promise.resolve();
    await database.db.transaction(async (tx) => {
      await loyaltyConsumer.apply(tx, [refund]);
      // The refund holds the account and has voided the lot, uncommitted: the sweep starts now.
      sweep = runLoyaltySchedule(database.db, afterReturnWindow, ws);
      expect(await settledOrWaiting(tx, sweep), 'the sweep waits for the refund').toBe('waiting');
    });
    await sweep;

    expect(await pointsBalance(database.db, ws, customerId)).toEqual({ balance: 0, pending: 0 });
    await ledgerHolds(database.db, ws);
  });
});
