import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import { queryRows } from '../../db/connection.js';
import {
  createTestShop,
  sendIdentify,
  openDashboard,
  testSecretKey,
  useTestApp,
  type TestShop,
} from '../../testing/index.js';
import { startSmtpPeer, type SmtpPeer } from '../../testing/peers/index.js';
import { findCustomerRef } from '../customers/index.js';
import { startDispatcher } from '../messages/index.js';

// 10:00 in Ho Chi Minh City, inside every sending window.
const clock = fixedClock(new Date('2026-03-02T03:00:00Z'));
// A database of its own: the resent emails are queued messages another file's dispatcher would send.
const getApp = useTestApp({ clock, privateDatabase: true });
const db = () => getApp().ctx.db;

let peer: SmtpPeer;
beforeAll(async () => {
  peer = await startSmtpPeer();
});
afterAll(async () => {
  await peer.close();
});

interface MessageView {
  id: string;
  customer: string;
  channel: string;
  template: string;
  priority: string;
  status: string;
  producer: { kind: string; id: string | null };
  dedupe_key: string;
}

async function shopWithEmail(): Promise<TestShop> {
  const shop = await createTestShop(getApp(), {
    currency: 'VND',
    timezone: 'Asia/Ho_Chi_Minh',
    locale: 'vi-VN',
  });
  const email = await shop.request({
    method: 'PUT',
    url: '/v1/channels/email',
    payload: { smtp_url: peer.url, from: 'Cà Phê Sáng <hi@shop.example>' },
  });
  expect(email.statusCode, email.body).toBe(200);
  return shop;
}

async function customer(shop: TestShop, userId: string, traits: Record<string, unknown>): Promise<string> {
  await sendIdentify(db(), shop.workspace.id, userId, traits, new Date('2026-01-01T00:00:00Z'));
  return (await findCustomerRef(db(), shop.workspace.id, userId))!;
}

/** A 50.000 ₫ coupon only this customer may use, with one code. */
async function customersCode(shop: TestShop, customerId: string, expiresAt?: string): Promise<string> {
  const created = await shop.request({
    method: 'POST',
    url: '/v1/coupons',
    payload: {
      name: 'Xin lỗi',
      kind: 'amount_off',
      amount_off: 50_000,
      customer: customerId,
      ...(expiresAt ? { expires_at: expiresAt } : {}),
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const codes = await shop.request({
    method: 'POST',
    url: `/v1/coupons/${created.json().id}/codes`,
    payload: {},
  });
  expect(codes.statusCode, codes.body).toBe(201);
  return codes.json().data[0].code;
}

const resend = (shop: TestShop, customerId: string, code: string) =>
  shop.request({ method: 'POST', url: `/v1/customers/${customerId}/coupons/${code}/resend` });

async function messagesOf(shop: TestShop, customerId: string): Promise<MessageView[]> {
  const response = await shop.request({ method: 'GET', url: `/v1/customers/${customerId}/messages` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ data: MessageView[] }>().data;
}

/** The message's data as the dispatcher will render it (the API does not show it). */
async function dataOf(messageId: string): Promise<unknown> {
  const [row] = await queryRows<{ data: unknown }>(
    db(),
    sql`select data from messages where id = ${messageId}`,
  );
  return row?.data;
}

async function templateOf(shop: TestShop, id: string) {
  const response = await shop.request({ method: 'GET', url: `/v1/templates/${id}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ library_key: string | null; language: string | null; channel: string }>();
}

describe('POST /v1/customers/{id}/coupons/{code}/resend', () => {
  it('queues one transactional email of the code in the customer’s language, once per minute', async () => {
    const shop = await shopWithEmail();
    const lan = await customer(shop, 'lan', { email: 'lan@example.com', first_name: 'Lan' });
    const code = await customersCode(shop, lan, '2026-04-30T16:59:59Z');

    // Codes are not case-sensitive: what customer service types on the phone works.
    const first = await resend(shop, 'lan', code.toLowerCase());
    expect(first.statusCode, first.body).toBe(202);
    const sent = first.json();
    expect(sent).toMatchObject({ object: 'coupon_resend', code, customer: lan, created: true });
    expect(sent.actor).toMatch(/^key_/);

    const [message, ...others] = await messagesOf(shop, lan);
    expect(others).toHaveLength(0);
    expect(message).toMatchObject({
      id: sent.message,
      customer: lan,
      channel: 'email',
      priority: 'transactional',
      status: 'queued',
      producer: { kind: 'api', id: sent.actor },
    });
    expect(await dataOf(sent.message)).toMatchObject({
      coupon: {
        code,
        kind: 'amount_off',
        amount: 50_000,
        percent_off: null,
        expires_at: '2026-04-30T16:59:59.000Z',
      },
    });
    expect(message!.dedupe_key).toMatch(/^coupon_resend:/);
    // The workspace's copy of the library's coupon email, in the shop's language (Lan set none).
    expect(await templateOf(shop, message!.template)).toMatchObject({
      library_key: 'coupon_code',
      language: 'vi',
      channel: 'email',
    });

    // A double click: the same message answers, nothing more is queued.
    const second = await resend(shop, lan, code);
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json()).toMatchObject({ message: sent.message, created: false });
    expect(await messagesOf(shop, lan)).toHaveLength(1);

    // A minute later it is a new request, and a new email.
    clock.set(new Date(clock.now().getTime() + 60_000));
    const later = await resend(shop, lan, code);
    expect(later.statusCode, later.body).toBe(202);
    expect(later.json().message).not.toBe(sent.message);
    expect(await messagesOf(shop, lan)).toHaveLength(2);
  });

  it('refuses another customer’s code, an unknown or unusable code and a customer without email, queuing nothing', async () => {
    const shop = await shopWithEmail();
    const lan = await customer(shop, 'lan', { email: 'lan@example.com' });
    const minh = await customer(shop, 'minh', { email: 'minh@example.com' });
    const noEmail = await customer(shop, 'hoa', { phone: '+84901234567' });
    const lansCode = await customersCode(shop, lan);

    const notHers = await resend(shop, minh, lansCode);
    expect(notHers.statusCode).toBe(409);
    expect(notHers.json().error).toMatchObject({ code: 'coupon_not_customers', param: 'code' });

    const unknown = await resend(shop, lan, 'NO-SUCH-CODE');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({ code: 'coupon_unknown', param: 'code' });

    const nobody = await resend(shop, 'nobody', lansCode);
    expect(nobody.statusCode).toBe(404);
    expect(nobody.json().error).toMatchObject({ param: 'id' });

    const hoasCode = await customersCode(shop, noEmail);
    const noAddress = await resend(shop, noEmail, hoasCode);
    expect(noAddress.statusCode).toBe(409);
    expect(noAddress.json().error).toMatchObject({ code: 'customer_has_no_email', param: 'id' });

    // A shared campaign code is nobody's own.
    const campaign = await shop.request({
      method: 'POST',
      url: '/v1/coupons',
      payload: { name: 'Tết', kind: 'percent_off', percent_off: 10 },
    });
    await shop.request({
      method: 'POST',
      url: `/v1/coupons/${campaign.json().id}/codes`,
      payload: { code: 'TET10' },
    });
    const shared = await resend(shop, lan, 'TET10');
    expect(shared.statusCode).toBe(409);
    expect(shared.json().error).toMatchObject({ code: 'coupon_not_customers', param: 'code' });

    // A voided code cannot be used, so it is not sent.
    const coupons = await shop.request({ method: 'GET', url: `/v1/customers/${lan}/coupons` });
    await shop.request({ method: 'POST', url: `/v1/coupons/${coupons.json().data[0].id}/void` });
    const voided = await resend(shop, lan, lansCode);
    expect(voided.statusCode).toBe(422);
    expect(voided.json().error).toMatchObject({ code: 'coupon_voided', param: 'code' });

    for (const who of [lan, minh, noEmail]) expect(await messagesOf(shop, who)).toHaveLength(0);
  });

  it('is an admin’s action, and records the dashboard user who asked; an analyst may not', async () => {
    const dashboard = await openDashboard(getApp());
    const { shop } = dashboard;
    const lan = await customer(shop, 'lan', { email: 'lan@example.com' });
    const code = await customersCode(shop, lan);
    const url = `/v1/customers/${lan}/coupons/${code}/resend`;

    const analyst = await dashboard.invite('analyst');
    expect((await dashboard.as(analyst, { method: 'POST', url })).statusCode).toBe(403);
    expect(await messagesOf(shop, lan)).toHaveLength(0);

    const admin = await dashboard.invite('admin');
    const sent = await dashboard.as(admin, { method: 'POST', url });
    expect(sent.statusCode, sent.body).toBe(202);
    expect(sent.json().actor).toBe(admin.userId);
    const [message] = await messagesOf(shop, lan);
    expect(message!.producer).toEqual({ kind: 'api', id: admin.userId });
  });
});

describe('the resent code’s delivery', () => {
  it('reaches the customer’s inbox through the dispatcher, with the code, the discount and the expiry', async () => {
    const shop = await shopWithEmail();
    const thu = await customer(shop, 'thu', { email: 'thu@example.com', first_name: 'Thu' });
    const code = await customersCode(shop, thu, '2026-04-30T16:59:59Z');
    const before = peer.received.length;
    expect((await resend(shop, thu, code)).statusCode).toBe(202);

    const errors: unknown[] = [];
    const dispatcher = startDispatcher(getApp().ctx.database, {
      clock,
      secretKey: testSecretKey,
      publicUrl: 'https://retain.test',
      onError: (error) => errors.push(error),
    });
    try {
      const deadline = Date.now() + 15_000;
      while (!peer.received.slice(before).some((mail) => mail.envelope.to.includes('thu@example.com'))) {
        if (Date.now() > deadline) throw new Error('the resent code never reached the SMTP peer');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      await dispatcher.stop();
    }
    expect(errors).toEqual([]);
    const mail = peer.received.slice(before).find((one) => one.envelope.to.includes('thu@example.com'))!;
    expect(mail.subject).toBe(`Mã giảm giá của bạn tại ${shop.workspace.name}`);
    expect(mail.text).toContain(code);
    expect(mail.text).toContain('giảm 50.000');
    expect(mail.text).toMatch(/Mã có hiệu lực đến [^\n]*30[^\n]*2026/);
    expect(mail.html).toContain(code);
    const [message] = await messagesOf(shop, thu);
    expect(message!.status).toBe('sent');
  });
});
