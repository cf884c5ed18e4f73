import { expect } from 'vitest';
import type { Db } from '../../db/connection.js';
import { appendEvents, drainConsumers, type NewEvent } from '../events/index.js';
import { consumers } from '../../server/consumers.js';
import type { TestShop } from '../../server/test-app.js';
import { assertLedger } from './check.js';

// Shared by loyalty's tests: send events through the log and let every consumer apply them.

let sequence = 0;

/** A track event with a messageId no other test event has. */
export function trackEvent(
  workspaceId: string,
  name: string,
  userId: string,
  properties: Record<string, unknown>,
  at: Date,
): NewEvent {
  sequence++;
  return {
    messageId: `test-${workspaceId}-${sequence}`,
    type: 'track',
    name,
    userId,
    properties,
    occurredAt: at,
    receivedAt: at,
  };
}

export async function track(
  db: Db,
  workspaceId: string,
  name: string,
  userId: string,
  properties: Record<string, unknown>,
  at: Date,
): Promise<void> {
  await appendEvents(db, workspaceId, [trackEvent(workspaceId, name, userId, properties, at)]);
  await drainConsumers(db, consumers);
}

export async function identify(
  db: Db,
  workspaceId: string,
  userId: string,
  traits: Record<string, unknown>,
  at: Date,
  anonymousId?: string,
): Promise<void> {
  sequence++;
  await appendEvents(db, workspaceId, [
    {
      messageId: `test-${workspaceId}-${sequence}`,
      type: 'identify',
      userId,
      anonymousId: anonymousId ?? null,
      traits,
      occurredAt: at,
      receivedAt: at,
    },
  ]);
  await drainConsumers(db, consumers);
}

export async function status(shop: TestShop, customer: string) {
  const response = await shop.request({ method: 'GET', url: `/v1/customers/${customer}/loyalty` });
  expect(response.statusCode).toBe(200);
  return response.json();
}

export async function putProgram(shop: TestShop, settings: Record<string, unknown>) {
  const response = await shop.request({ method: 'PUT', url: '/v1/loyalty/program', payload: settings });
  expect(response.statusCode).toBe(200);
  return response.json();
}

/** Every scenario ends by proving the cached balances equal the ledger. */
export async function ledgerHolds(db: Db, workspaceId: string): Promise<void> {
  await assertLedger(db, workspaceId);
}
