import { expect } from 'vitest';
import type { Db } from '../db/connection.js';
import type { NewEvent } from '../modules/events/index.js';
import type { TestShop } from './app.js';
import { ingest } from './events.js';
import { assertLedger } from '../modules/loyalty/index.js';

// A loyalty program for tests: its settings, a customer's status, and events sent through the log
// and applied by every consumer.

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

export async function sendTrack(
  db: Db,
  workspaceId: string,
  name: string,
  userId: string,
  properties: Record<string, unknown>,
  at: Date,
): Promise<void> {
  await ingest(db, workspaceId, [trackEvent(workspaceId, name, userId, properties, at)]);
}

export async function sendIdentify(
  db: Db,
  workspaceId: string,
  userId: string,
  traits: Record<string, unknown>,
  at: Date,
  anonymousId?: string,
): Promise<void> {
  sequence++;
  await ingest(db, workspaceId, [
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
}

export async function loyaltyStatus(shop: TestShop, customer: string) {
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
