import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { queryRows } from '../../db/connection.js';
import { createTestShop, useTestApp, type TestShop } from '../../testing/index.js';
import { resolveCustomerId } from '../customers/index.js';
import { messages } from './schema.js';

const clock = fixedClock(new Date('2026-12-01T10:00:00Z'));
// A database of its own: a server another test file starts would dispatch the queued messages here.
const testApp = useTestApp({ clock, privateDatabase: true });

type Status = (typeof messages.$inferInsert)['status'];

/** An outbox row as the dispatcher leaves it; tests write it directly. */
async function message(
  shop: TestShop,
  customerId: string,
  fields: { channel?: string; status?: Status; title: string; sentAt?: Date },
): Promise<string> {
  const id = newId('message');
  const at = fields.sentAt ?? clock.now();
  await testApp()
    .ctx.db.insert(messages)
    .values({
      id,
      workspaceId: shop.workspace.id,
      customerId,
      channel: fields.channel ?? 'in_app',
      templateId: 'tpl_test',
      templateVersion: 1,
      data: {},
      priority: 'triggered',
      priorityRank: 1,
      status: fields.status ?? 'sent',
      sendAfter: at,
      producerKind: 'test',
      dedupeKey: id,
      content: { title: fields.title, text: `${fields.title} text`, url: 'https://shop.example/offer' },
      createdAt: at,
      sentAt: fields.status === 'queued' ? null : at,
      updatedAt: at,
    });
  return id;
}

async function shopWithCustomer(): Promise<{ shop: TestShop; customerId: string }> {
  const shop = await createTestShop(testApp());
  const customerId = await resolveCustomerId(
    testApp().ctx.db,
    shop.workspace.id,
    { userId: 'u-1' },
    clock.now(),
  );
  return { shop, customerId };
}

const inbox = (shop: TestShop, customer: string, query = '') =>
  shop.request({ method: 'GET', url: `/v1/customers/${customer}/inbox${query}` });
const read = (shop: TestShop, customer: string, id: string) =>
  shop.request({ method: 'POST', url: `/v1/customers/${customer}/inbox/${id}/read` });

async function openedEvents(shop: TestShop): Promise<{ properties: Record<string, unknown> }[]> {
  return queryRows(
    testApp().ctx.db,
    sql`select properties from events where workspace_id = ${shop.workspace.id} and name = 'Message Opened'`,
  );
}

describe('the in-app inbox', () => {
  it('lists sent in_app messages newest first with their content and the unread count, and nothing else', async () => {
    const { shop, customerId } = await shopWithCustomer();
    const older = await message(shop, customerId, {
      title: 'Welcome',
      sentAt: new Date('2026-11-30T10:00:00Z'),
    });
    const newer = await message(shop, customerId, { title: 'Points' });
    await message(shop, customerId, { title: 'Queued', status: 'queued' });
    await message(shop, customerId, { title: 'Suppressed', status: 'suppressed' });
    await message(shop, customerId, { title: 'An email', channel: 'email' });
    const other = await resolveCustomerId(
      testApp().ctx.db,
      shop.workspace.id,
      { userId: 'u-2' },
      clock.now(),
    );
    await message(shop, other, { title: 'Not theirs' });

    const answer = await inbox(shop, 'u-1');
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({
      object: 'list',
      data: [
        {
          object: 'inbox_message',
          id: newer,
          title: 'Points',
          text: 'Points text',
          url: 'https://shop.example/offer',
          sent_at: clock.now().toISOString(),
          read_at: null,
        },
        expect.objectContaining({ id: older, title: 'Welcome', sent_at: '2026-11-30T10:00:00.000Z' }),
      ],
      has_more: false,
      unread_count: 2,
    });
    const page = await inbox(shop, customerId, `?limit=1&starting_after=${newer}`);
    expect(page.json()).toMatchObject({ data: [{ id: older }], has_more: false, unread_count: 2 });
  });

  it('marks a message read once: the first read’s time stays and Message Opened is logged once', async () => {
    const { shop, customerId } = await shopWithCustomer();
    const first = await message(shop, customerId, { title: 'One' });
    const second = await message(shop, customerId, { title: 'Two' });
    const answer = await read(shop, customerId, first);
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({ id: first, read_at: clock.now().toISOString() });

    const readAt = clock.now().toISOString();
    clock.advanceDays(1);
    try {
      const again = await read(shop, customerId, first);
      expect(again.statusCode).toBe(200);
      expect(again.json().read_at).toBe(readAt);
    } finally {
      clock.set(new Date('2026-12-01T10:00:00Z'));
    }
    expect(await openedEvents(shop)).toEqual([
      { properties: { customer_id: customerId, message_id: first, channel: 'in_app' } },
    ]);
    expect((await inbox(shop, customerId)).json()).toMatchObject({ unread_count: 1 });
    expect(
      (await inbox(shop, customerId, '?unread=true')).json().data.map((m: { id: string }) => m.id),
    ).toEqual([second]);
  });

  it('answers 404 for a message not in this customer’s inbox, an unknown customer, and another workspace', async () => {
    const { shop, customerId } = await shopWithCustomer();
    const email = await message(shop, customerId, { title: 'An email', channel: 'email' });
    const notYet = await message(shop, customerId, { title: 'Queued', status: 'queued' });
    for (const id of [email, notYet, 'msg_unknown']) {
      const answer = await read(shop, customerId, id);
      expect(answer.statusCode).toBe(404);
      expect(answer.json().error).toMatchObject({ code: 'resource_missing', param: 'messageId' });
    }
    const unknown = await inbox(shop, 'nobody');
    expect(unknown.statusCode).toBe(404);
    const mine = await message(shop, customerId, { title: 'Mine' });
    const other = await createTestShop(testApp());
    expect((await read(other, customerId, mine)).statusCode).toBe(404);
    expect((await inbox(other, customerId)).statusCode).toBe(404);
    expect(await openedEvents(shop)).toEqual([]);
  });

  it('is read with a secret key only, until customers’ identities can be signed', async () => {
    const { shop, customerId } = await shopWithCustomer();
    const answer = await testApp().app.inject({
      method: 'GET',
      url: `/v1/customers/${customerId}/inbox`,
      headers: { authorization: `Bearer ${shop.publishableKey}` },
    });
    expect(answer.statusCode).toBe(403);
    expect(answer.json().error.code).toBe('secret_key_required');
  });
});
