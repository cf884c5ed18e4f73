import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayMs } from '../../core/time.js';
import type { Database } from '../../db/connection.js';
import { identify, openPrivateTestDatabase, settledOrWaiting, track } from '../../testing/index.js';
import { appendEvents, drainConsumers, stepConsumer } from '../events/index.js';
import { customersConsumer, findCustomerRef } from '../customers/index.js';
import { ordersConsumer } from '../orders/index.js';
import { createWorkspace } from '../workspaces/index.js';
import { consumers } from '../../server/consumers.js';
import { analyticsConsumer, refreshPending } from './consumer.js';
import { customerScores } from './reports/index.js';

// Consumers advance independently: the analytics consumer can read an order's event before the
// orders projection has applied it (a transaction elsewhere on the server held the orders
// consumer's horizon back a moment). The rescoring then waits in the queue; a drain must settle
// it, or "drained" would leave the customer scored without the order.
// A database of its own: the queue is claimed across workspaces, and on the shared one another
// file's drain claimed this file's rescoring first (seen once in CI on PostgreSQL).
let database: Database;
beforeAll(async () => {
  database = await openPrivateTestDatabase();
  await drainConsumers(database.db, consumers);
});
afterAll(() => database.close());

describe('a drain settles the rescoring queued ahead of the orders projection', () => {
  it('scores the customer with the order even when analytics read it first', async () => {
    const workspace = await createWorkspace(database.db);
    const at = new Date(Date.now() - dayMs);
    const analytics = analyticsConsumer();
    await appendEvents(database.db, workspace.id, [
      identify({ userId: 'early', occurredAt: at, receivedAt: at }),
      track('Order Completed', {
        userId: 'early',
        properties: { order_id: 'E-1', total: 12, currency: 'USD' },
        occurredAt: at,
        receivedAt: at,
      }),
    ]);
    await stepConsumer(database.db, customersConsumer, 1_000_000);
    await stepConsumer(database.db, analytics, 1_000_000);
    await stepConsumer(database.db, ordersConsumer, 1_000_000);

    await drainConsumers(database.db, [customersConsumer, ordersConsumer, analytics]);
    const customer = await findCustomerRef(database.db, workspace.id, 'early');
    expect(await customerScores(database.db, workspace.id, customer!)).toMatchObject({ stage: 'new' });
  });

  it('waits for the rescoring another process holds, so it returns with the scores committed', async () => {
    const workspace = await createWorkspace(database.db);
    const at = new Date(Date.now() - dayMs);
    const analytics = analyticsConsumer();
    await appendEvents(database.db, workspace.id, [
      identify({ userId: 'held', occurredAt: at, receivedAt: at }),
      track('Order Completed', {
        userId: 'held',
        properties: { order_id: 'H-1', total: 30, currency: 'USD' },
        occurredAt: at,
        receivedAt: at,
      }),
    ]);
    await stepConsumer(database.db, customersConsumer, 1_000_000);
    await stepConsumer(database.db, analytics, 1_000_000);
    await stepConsumer(database.db, ordersConsumer, 1_000_000);

    let drain: Promise<number> | undefined;
    await database.db.transaction(async (otherProcess) => {
      expect(await refreshPending(otherProcess, new Date()), 'the other process claims the rescoring').toBe(
        1,
      );
      drain = drainConsumers(database.db, [customersConsumer, ordersConsumer, analytics]);
      expect(await settledOrWaiting(otherProcess, drain), 'the drain waits for it').toBe('waiting');
    });
    await drain;
    const customer = await findCustomerRef(database.db, workspace.id, 'held');
    expect(await customerScores(database.db, workspace.id, customer!)).toMatchObject({ stage: 'new' });
  });
});
