import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import { createTestShop, useTestApp, type TestShop } from '../../testing/index.js';
import { resolveCustomerId } from '../customers/index.js';
import { pushSubscriptionsOf, removePushSubscription } from './push-subscriptions.js';

const clock = fixedClock(new Date('2026-12-01T10:00:00Z'));
const testApp = useTestApp({ clock });
const origin = 'https://shop.example';

/** A subscription as a browser's PushSubscription.toJSON() gives it. */
function browserSubscription(name: string) {
  const ecdh = crypto.createECDH('prime256v1');
  return {
    endpoint: `https://fcm.googleapis.com/fcm/send/${name}`,
    expirationTime: null,
    keys: {
      p256dh: ecdh.generateKeys().toString('base64url'),
      auth: crypto.randomBytes(16).toString('base64url'),
    },
  };
}

/** A shop whose storefront at https://shop.example may use its publishable key, and one customer. */
async function shopWithCustomer(): Promise<{ shop: TestShop; customerId: string }> {
  const shop = await createTestShop(testApp());
  const patched = await shop.request({
    method: 'PATCH',
    url: '/v1/workspace',
    payload: { allowed_origins: [origin] },
  });
  expect(patched.statusCode).toBe(200);
  const customerId = await resolveCustomerId(
    testApp().ctx.db,
    shop.workspace.id,
    { userId: 'u-1' },
    clock.now(),
  );
  return { shop, customerId };
}

const withPublishable = (shop: TestShop, method: 'POST' | 'DELETE', payload: unknown, from = origin) =>
  testApp().app.inject({
    method,
    url: '/v1/push_subscriptions',
    headers: { authorization: `Bearer ${shop.publishableKey}`, origin: from },
    payload: payload as Record<string, unknown>,
  });

const listOf = async (shop: TestShop, customer: string) =>
  (await shop.request({ method: 'GET', url: `/v1/customers/${customer}/push_subscriptions` })).json();

describe('push subscriptions', () => {
  it('saves a subscription with the secret key, by userId, and lists it for the customer', async () => {
    const { shop, customerId } = await shopWithCustomer();
    const subscription = browserSubscription('a');
    const saved = await shop.request({
      method: 'POST',
      url: '/v1/push_subscriptions',
      payload: { customer: 'u-1', subscription },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({
      object: 'push_subscription',
      endpoint: subscription.endpoint,
      customer: customerId,
      created_at: clock.now().toISOString(),
    });
    expect(await listOf(shop, customerId)).toEqual({ object: 'list', data: [saved.json()], has_more: false });
    const targets = await pushSubscriptionsOf(testApp().ctx.db, shop.workspace.id, [customerId, 'cus_other']);
    expect(targets).toEqual(
      new Map([[customerId, [{ endpoint: subscription.endpoint, keys: subscription.keys }]]]),
    );
  });

  it('refuses the publishable key, even from an allowed origin: it could subscribe any userId', async () => {
    const { shop, customerId } = await shopWithCustomer();
    for (const customer of ['u-1', customerId]) {
      const answer = await withPublishable(shop, 'POST', {
        customer,
        subscription: browserSubscription('p'),
      });
      expect(answer.statusCode).toBe(403);
      expect(answer.json().error).toMatchObject({ type: 'permission_error', code: 'secret_key_required' });
    }
    expect((await listOf(shop, customerId)).data).toEqual([]);
    expect(await pushSubscriptionsOf(testApp().ctx.db, shop.workspace.id, [customerId])).toEqual(new Map());
  });

  it('replaces the row when the same endpoint subscribes again, for another customer with new keys', async () => {
    const { shop, customerId } = await shopWithCustomer();
    const first = browserSubscription('b');
    await shop.request({
      method: 'POST',
      url: '/v1/push_subscriptions',
      payload: { customer: customerId, subscription: first },
    });
    const again = { ...browserSubscription('b'), endpoint: first.endpoint };
    const saved = await shop.request({
      method: 'POST',
      url: '/v1/push_subscriptions',
      payload: { customer: 'u-2', subscription: again },
    });
    expect(saved.statusCode).toBe(200);
    const other = saved.json().customer as string;
    expect(other).not.toBe(customerId);
    expect((await listOf(shop, customerId)).data).toEqual([]);
    const targets = await pushSubscriptionsOf(testApp().ctx.db, shop.workspace.id, [customerId, other]);
    expect(targets).toEqual(new Map([[other, [{ endpoint: first.endpoint, keys: again.keys }]]]));
  });

  it('refuses bad input naming the field, and saves nothing', async () => {
    const { shop, customerId } = await shopWithCustomer();
    const good = browserSubscription('c');
    const cases: [Record<string, unknown>, string][] = [
      [
        { customer: customerId, subscription: { ...good, endpoint: 'http://push.example/x' } },
        'subscription.endpoint',
      ],
      [{ customer: customerId, subscription: { ...good, endpoint: 'not a url' } }, 'subscription.endpoint'],
      [
        { customer: customerId, subscription: { ...good, keys: { ...good.keys, p256dh: 'AAAA' } } },
        'subscription.keys.p256dh',
      ],
      [
        { customer: customerId, subscription: { ...good, keys: { ...good.keys, auth: 'not base64!' } } },
        'subscription.keys.auth',
      ],
      [{ customer: customerId, subscription: { endpoint: good.endpoint } }, 'subscription.keys'],
      [{ subscription: good }, 'customer'],
    ];
    for (const [payload, param] of cases) {
      const answer = await shop.request({ method: 'POST', url: '/v1/push_subscriptions', payload });
      expect({ param, status: answer.statusCode, body: answer.json().error.param }).toEqual({
        param,
        status: 400,
        body: param,
      });
    }
    const unknown = await shop.request({
      method: 'POST',
      url: '/v1/push_subscriptions',
      payload: { customer: 'cus_01JZZZZZZZZZZZZZZZZZZZZZZZ', subscription: good },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({ code: 'resource_missing', param: 'customer' });
    expect((await listOf(shop, customerId)).data).toEqual([]);
  });

  it('refuses the publishable key from an origin the workspace does not allow', async () => {
    const { shop, customerId } = await shopWithCustomer();
    const subscription = browserSubscription('d');
    await shop.request({
      method: 'POST',
      url: '/v1/push_subscriptions',
      payload: { customer: customerId, subscription },
    });
    const answer = await withPublishable(
      shop,
      'DELETE',
      { endpoint: subscription.endpoint },
      'https://evil.example',
    );
    expect(answer.statusCode).toBe(403);
    expect(answer.json().error.code).toBe('origin_not_allowed');
    expect((await listOf(shop, customerId)).data).toHaveLength(1);
  });

  it('answers a CORS preflight for an allowed origin', async () => {
    await shopWithCustomer();
    const answer = await testApp().app.inject({
      method: 'OPTIONS',
      url: '/v1/push_subscriptions',
      headers: { origin, 'access-control-request-method': 'DELETE' },
    });
    expect(answer.statusCode).toBe(204);
    expect(answer.headers['access-control-allow-origin']).toBe(origin);
    expect(answer.headers['access-control-allow-methods']).toBe('DELETE');
  });

  it('reads customers’ subscriptions with the secret key only', async () => {
    const { shop, customerId } = await shopWithCustomer();
    const answer = await testApp().app.inject({
      method: 'GET',
      url: `/v1/customers/${customerId}/push_subscriptions`,
      headers: { authorization: `Bearer ${shop.publishableKey}` },
    });
    expect(answer.statusCode).toBe(403);
    expect(answer.json().error.code).toBe('secret_key_required');
  });

  it('deletes by endpoint with the publishable key (404 the second time), and the dispatcher’s remove says whether there was one', async () => {
    const { shop, customerId } = await shopWithCustomer();
    const kept = browserSubscription('e');
    const gone = browserSubscription('f');
    for (const subscription of [kept, gone]) {
      await shop.request({
        method: 'POST',
        url: '/v1/push_subscriptions',
        payload: { customer: customerId, subscription },
      });
    }
    const deleted = await withPublishable(shop, 'DELETE', { endpoint: gone.endpoint });
    expect(deleted.statusCode).toBe(200);
    expect(deleted.headers['access-control-allow-origin']).toBe(origin);
    expect(deleted.json()).toEqual({ object: 'push_subscription', endpoint: gone.endpoint, deleted: true });
    const again = await withPublishable(shop, 'DELETE', { endpoint: gone.endpoint });
    expect(again.statusCode).toBe(404);
    expect(again.json().error).toMatchObject({ code: 'resource_missing', param: 'endpoint' });
    expect((await listOf(shop, customerId)).data.map((s: { endpoint: string }) => s.endpoint)).toEqual([
      kept.endpoint,
    ]);

    expect(await removePushSubscription(testApp().ctx.db, shop.workspace.id, kept.endpoint)).toBe(true);
    expect(await removePushSubscription(testApp().ctx.db, shop.workspace.id, kept.endpoint)).toBe(false);
    expect(await pushSubscriptionsOf(testApp().ctx.db, shop.workspace.id, [customerId])).toEqual(new Map());
  });

  it('keeps one workspace’s subscriptions from another', async () => {
    const { shop, customerId } = await shopWithCustomer();
    const other = await createTestShop(testApp());
    const subscription = browserSubscription('g');
    await shop.request({
      method: 'POST',
      url: '/v1/push_subscriptions',
      payload: { customer: customerId, subscription },
    });
    const deleted = await other.request({
      method: 'DELETE',
      url: '/v1/push_subscriptions',
      payload: { endpoint: subscription.endpoint },
    });
    expect(deleted.statusCode).toBe(404);
    expect((await listOf(shop, customerId)).data).toHaveLength(1);
    expect(
      (await other.request({ method: 'GET', url: `/v1/customers/${customerId}/push_subscriptions` }))
        .statusCode,
    ).toBe(404);
  });
});
