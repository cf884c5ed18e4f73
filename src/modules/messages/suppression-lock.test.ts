import type { LightMyRequestResponse } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  createTestShop,
  sendIdentify,
  settledOrWaiting,
  useTestApp,
  type TestShop,
} from '../../testing/index.js';
import { findCustomerRef } from '../customers/index.js';
import { lockCustomerMessaging } from './customer-lock.js';
import { suppressions } from './schema.js';

const getApp = useTestApp();
const db = () => getApp().ctx.db;

async function customerOf(shop: TestShop, userId: string, traits: Record<string, unknown>): Promise<string> {
  await sendIdentify(db(), shop.workspace.id, userId, traits, new Date('2026-01-01T00:00:00Z'));
  return (await findCustomerRef(db(), shop.workspace.id, userId))!;
}

const suppressed = (shop: TestShop, channel: string) =>
  db()
    .select({ address: suppressions.address })
    .from(suppressions)
    .where(and(eq(suppressions.workspaceId, shop.workspace.id), eq(suppressions.channel, channel)));

/**
 * Adds the suppression while a transaction holds `lockedCustomer`'s messaging lock, as the
 * dispatcher's decide step does: what the request did before the lock was released.
 */
async function suppressWhileLocked(
  shop: TestShop,
  lockedCustomer: string,
  payload: { channel: string; address: string },
): Promise<{ state: 'settled' | 'waiting'; committedUnderLock: number; answer: LightMyRequestResponse }> {
  let adding: Promise<LightMyRequestResponse> | undefined;
  const seen = await db().transaction(async (tx) => {
    await lockCustomerMessaging(tx, shop.workspace.id, [lockedCustomer]);
    adding = shop.request({ method: 'POST', url: '/v1/suppressions', payload });
    const state = await settledOrWaiting(tx, adding);
    return { state, committedUnderLock: (await suppressed(shop, payload.channel)).length };
  });
  return { ...seen, answer: await adding! };
}

describe('a suppression added by hand', () => {
  it('waits for the customer lock of the address’s owner, and commits once it is released', async () => {
    const shop = await createTestShop(getApp());
    const lan = await customerOf(shop, 'lan', { email: ' Lan@Example.com ' });
    const seen = await suppressWhileLocked(shop, lan, { channel: 'email', address: 'lan@example.com' });
    expect(seen.state).toBe('waiting');
    expect(seen.committedUnderLock).toBe(0);
    expect(seen.answer.statusCode, seen.answer.body).toBe(201);
    expect(await suppressed(shop, 'email')).toEqual([{ address: 'lan@example.com' }]);
  });

  it('finds the owner of a phone stored the local way, as the dispatcher reads it', async () => {
    const shop = await createTestShop(getApp(), { timezone: 'Asia/Ho_Chi_Minh' });
    const minh = await customerOf(shop, 'minh', { phone: '0912 345 678' });
    const seen = await suppressWhileLocked(shop, minh, { channel: 'sms', address: '+84 912 345 678' });
    expect(seen.state).toBe('waiting');
    expect(seen.committedUnderLock).toBe(0);
    expect(seen.answer.statusCode, seen.answer.body).toBe(201);
    expect(await suppressed(shop, 'sms')).toEqual([{ address: '+84912345678' }]);
  });

  it('does not wait for a customer the address does not belong to', async () => {
    const shop = await createTestShop(getApp());
    const other = await customerOf(shop, 'other', { email: 'other@example.com', phone: '+84912345679' });
    await customerOf(shop, 'lan', { email: 'lan@example.com' });
    for (const payload of [
      { channel: 'email', address: 'lan@example.com' },
      { channel: 'sms', address: '+84912345678' },
    ]) {
      const seen = await suppressWhileLocked(shop, other, payload);
      expect(seen.state).toBe('settled');
      expect(seen.committedUnderLock).toBe(1);
      expect(seen.answer.statusCode, seen.answer.body).toBe(201);
    }
  });
});
