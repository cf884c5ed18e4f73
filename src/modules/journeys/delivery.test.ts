import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import type { Db } from '../../db/connection.js';
import {
  createTestShop,
  identify,
  ingestAt,
  publishedJourney,
  testSecretKey,
  track,
  useTestApp,
} from '../../testing/index.js';
import { startSmtpPeer, type SmtpPeer } from '../../testing/peers/index.js';
import { startDispatcher } from '../messages/index.js';

// A journey's message all the way to the customer: the thank-you the journey enqueues for an order
// goes through the dispatcher to a local SMTP server, in the customer's language, with the order
// and the shop's storefront (the messaging settings' shop address) in it.

// 10:00 in Ho Chi Minh City, inside every sending window.
const clock = fixedClock(new Date('2026-03-02T03:00:00Z'));
// A database of its own: the dispatcher claims every workspace's queued messages.
const testApp = useTestApp({ clock, privateDatabase: true });
const db = (): Db => testApp().ctx.db;

let peer: SmtpPeer;
beforeAll(async () => {
  peer = await startSmtpPeer();
});
afterAll(async () => {
  await peer.close();
});

/** Runs the dispatcher until `count` emails reached the peer for this address. */
async function delivered(address: string, count: number) {
  const errors: unknown[] = [];
  const dispatcher = startDispatcher(testApp().ctx.database, {
    clock,
    secretKey: testSecretKey,
    publicUrl: 'https://retain.test',
    onError: (error) => errors.push(error),
  });
  const mine = () => peer.received.filter((mail) => mail.envelope.to.includes(address));
  try {
    const deadline = Date.now() + 30_000;
    while (mine().length < count) {
      if (Date.now() > deadline) throw new Error(`${mine().length} of ${count} emails reached the SMTP peer`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await dispatcher.stop();
  }
  expect(errors).toEqual([]);
  return mine();
}

describe('a journey’s message, delivered', () => {
  it('reaches the customer in their language with the order and the shop’s address', async () => {
    const shop = await createTestShop(testApp(), {
      currency: 'VND',
      timezone: 'Asia/Ho_Chi_Minh',
      locale: 'vi-VN',
    });
    const channel = await shop.request({
      method: 'PUT',
      url: '/v1/channels/email',
      payload: { smtp_url: peer.url, from: 'Tiệm Trà <hi@tiemtra.vn>' },
    });
    expect(channel.statusCode, channel.body).toBe(200);
    const refused = await shop.request({
      method: 'PATCH',
      url: '/v1/messaging/settings',
      payload: { shop_url: 'tiemtra' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.param).toBe('shop_url');
    const settings = await shop.request({
      method: 'PATCH',
      url: '/v1/messaging/settings',
      payload: { shop_url: 'https://tiemtra.vn/' },
    });
    expect(settings.json()).toMatchObject({ shop_url: 'https://tiemtra.vn/' });
    const journey = await publishedJourney(shop, 'Cảm ơn', {
      entry: { kind: 'event', event: 'Order Completed' },
      reentry: { mode: 'after_end' },
      holdout_percent: 0,
      start: 'thanks',
      nodes: {
        thanks: { type: 'message', channel: 'email', template: { library: 'thank_you' }, next: 'welcome' },
        welcome: { type: 'message', channel: 'email', template: { library: 'welcome' } },
      },
    });
    const at = { occurredAt: clock.now(), receivedAt: clock.now() };
    await ingestAt(db(), clock, shop, [
      identify({ userId: 'an', traits: { email: 'an@example.com', locale: 'vi-VN' }, ...at }),
      track('Order Completed', {
        userId: 'an',
        properties: {
          order_id: 'DH-42',
          total: 250_000,
          currency: 'VND',
          order_url: 'https://tiemtra.vn/don/42',
        },
        ...at,
      }),
    ]);
    const mails = await delivered('an@example.com', 2);
    expect(mails).toHaveLength(2);
    const thanks = mails.find((mail) => mail.text?.includes('DH-42'));
    const welcome = mails.find((mail) => mail !== thanks);
    expect(thanks!.text).toContain('DH-42');
    expect(thanks!.html).toContain('https://tiemtra.vn/don/42');
    expect(thanks!.subject).toMatch(/cảm ơn/i);
    expect(welcome!.html).toContain('href="https://tiemtra.vn/"');
    const runs = (await shop.request({ method: 'GET', url: '/v1/customers/an/journeys' })).json().data;
    expect(runs).toMatchObject([{ journey_id: journey, outcome: 'completed' }]);
  });
});
