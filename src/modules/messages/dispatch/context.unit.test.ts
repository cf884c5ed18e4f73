import { describe, expect, it } from 'vitest';
import type { MessageRecipient } from '../../customers/index.js';
import type { Workspace } from '../../workspaces/index.js';
import { compileTemplate, renderMessage, templateLibrary } from '../templates/index.js';
import { templateContext } from './context.js';

// A journey's message carries only what the journey knows (the entering order, a coupon); the shop's
// storefront comes from the messaging settings, so the library's "visit the shop" links render.

const workspace = {
  id: 'ws_1',
  name: 'Tiệm Trà',
  currency: 'VND',
  locale: 'vi-VN',
  timezone: 'Asia/Ho_Chi_Minh',
} as Workspace;
const customer = {
  id: 'cus_1',
  externalId: 'u1',
  email: 'an@example.com',
  phone: null,
  firstName: 'An',
  lastName: null,
  name: null,
  timezone: null,
  locale: 'vi-VN',
  birthday: null,
  traits: {},
  firstSeenAt: new Date(0),
  mergedInto: null,
  erasedAt: null,
} as MessageRecipient;
const links = {
  unsubscribe: 'https://r.example/u',
  preferences: 'https://r.example/p',
  confirm: 'https://r.example/c',
};

async function welcome(data: Record<string, unknown>, shopUrl: string | null) {
  const template = templateLibrary.find(
    (t) => t.key === 'welcome' && t.language === 'vi' && t.channel === 'email',
  )!;
  const compiled = await compileTemplate({
    channel: 'email',
    body: template.body,
    format: template.format,
    subject: template.subject!,
  });
  const context = templateContext({
    workspace,
    customer,
    loyalty: undefined,
    predictions: undefined,
    data,
    links,
    shopUrl,
  });
  return renderMessage(compiled, context, { locale: 'vi-VN', timeZone: 'Asia/Ho_Chi_Minh' }).html!;
}

describe('the shop address in a message', () => {
  it('comes from the messaging settings when the producer does not send one', async () => {
    expect(await welcome({}, 'https://tiemtra.vn/')).toContain('href="https://tiemtra.vn/"');
  });

  it('is the producer’s own when it sends one', async () => {
    const html = await welcome({ shop_url: 'https://tiemtra.vn/khuyen-mai' }, 'https://tiemtra.vn/');
    expect(html).toContain('https://tiemtra.vn/khuyen-mai');
  });

  it('renders without it rather than refusing the message when the shop has not set one', async () => {
    await expect(welcome({}, null)).resolves.toContain('An');
  });
});
