import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { systemClock } from '../../src/core/clock.js';
import { appendEvents, drainConsumers } from '../../src/modules/events/index.js';
import { ChannelAdapters } from '../../src/modules/messages/channel-store.js';
import { Dispatcher } from '../../src/modules/messages/dispatch/dispatcher.js';
import { consumers } from '../../src/server/consumers.js';
import {
  ensureDashboardBuilt,
  hasChromium,
  launchChromium,
  screenshot,
  settled,
  startShop,
  type RunningShop,
} from './support.js';

const password = 'a long owner password';

interface SentMessage {
  id: string;
  customer: string;
  status: string;
}

describe.skipIf(!hasChromium)('messages in the dashboard, with no channel set up', () => {
  let shop: RunningShop;
  let browser: Browser;
  let page: Page;
  let templateId: string;
  let message: SentMessage;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    await ensureDashboardBuilt();
    shop = await startShop();
    const now = new Date();
    await appendEvents(shop.database.db, shop.workspace.id, [
      {
        messageId: randomUUID(),
        type: 'identify',
        userId: 'u-lan',
        traits: { email: 'lan@example.vn', first_name: 'Lan', last_name: 'Nguyễn' },
        occurredAt: now,
        receivedAt: now,
      },
    ]);
    await drainConsumers(shop.database.db, consumers);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
    page.setDefaultTimeout(15_000);
    page.on('console', (entry) => {
      if (entry.type() === 'error') consoleErrors.push(`${entry.text()} (${entry.location().url})`);
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await shop?.close();
  });

  const tab = (name: string) =>
    page.getByRole('navigation', { name: 'Messages sections' }).getByRole('link', { name }).click();

  it('signs the owner up and shows every channel as not set up', async () => {
    await page.goto(shop.url);
    await page.getByLabel('Name').fill('Olivia Owner');
    await page.getByLabel('Email').fill('owner@example.com');
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Setup token').fill(shop.setupToken);
    await page.getByRole('button', { name: 'Create owner account' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Messages' })
      .click();
    await page.getByRole('heading', { name: 'Messages', level: 1 }).waitFor();
    await page.getByText('No messages in this period yet.').waitFor();
    await tab('Channels');
    await page.getByTestId('channel-email').waitFor();
    for (const kind of ['email', 'sms', 'line', 'zalo', 'whatsapp', 'push', 'webhook']) {
      await expect(page.getByTestId(`channel-${kind}`).textContent()).resolves.toContain(
        'Not set up: messages go to the development outbox',
      );
    }
    // This test server has no RETAIN_SECRET_KEY: the form says so instead of storing a password in clear.
    await page.getByRole('button', { name: 'Set up Email' }).click();
    const setup = page.getByRole('form', { name: 'Set up Email' });
    await setup.getByLabel('SMTP server URL').fill('smtp://user:pass@127.0.0.1:2525');
    await setup.getByLabel('From').fill('Mai <mai@shop.example>');
    await setup.getByRole('button', { name: 'Save', exact: true }).click();
    await setup.getByRole('alert').filter({ hasText: 'set RETAIN_SECRET_KEY and restart retain' }).waitFor();
    await screenshot(page, 'messages-channel-setup');
    await setup.getByRole('button', { name: 'Cancel' }).click();
    await expect(shop.api<{ data: unknown[] }>('/v1/channels')).resolves.toMatchObject({ data: [] });
  });

  it('changes quiet hours and a frequency cap, naming a refused field beside it', async () => {
    await tab('Pacing and consent');
    const form = page.getByRole('form', { name: 'Pacing, tracking and consent' });
    await form.getByRole('group', { name: 'Quiet hours' }).getByLabel('From').fill('22:00');
    const firstRule = form.getByRole('group', { name: 'Rule promotional_per_day' });
    await firstRule.getByLabel('At most').fill('3');
    await firstRule.getByLabel('Rule name').fill('Promo per day');
    await form.getByRole('button', { name: 'Save' }).click();
    await form
      .getByRole('group', { name: 'Rule Promo per day' })
      .getByText('This value is not accepted: check it and try again.')
      .waitFor();
    await form
      .getByRole('group', { name: 'Rule Promo per day' })
      .getByLabel('Rule name')
      .fill('promo_per_day');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const settings = await shop.api<{
      pacing: {
        quiet_hours: { start: string; end: string };
        frequency_caps: { id: string; limit: number }[];
      };
    }>('/v1/messaging/settings');
    expect(settings.pacing.quiet_hours).toEqual({ start: '22:00', end: '08:00' });
    expect(settings.pacing.frequency_caps[0]).toMatchObject({ id: 'promo_per_day', limit: 3 });
    await screenshot(page, 'messages-settings');
  });

  it('creates a template and previews it for the sample customers', async () => {
    await tab('Templates');
    await page.getByText('No templates yet.').waitFor();
    // A ready-made one first: the workspace's own copy opens, previewed in its language.
    const library = page.getByRole('form', { name: 'Start from a ready-made template' });
    await library.getByLabel('Language of the template').selectOption('vi');
    await library.getByRole('button', { name: 'Use this template' }).click();
    await page.getByRole('heading', { name: /· version 1$/ }).waitFor();
    const ready = page.getByTestId('template-preview');
    await expect(ready.getByLabel('Preview for').inputValue()).resolves.toBe('vi');
    await ready.getByTestId('rendered-subject').waitFor();
    await page.getByRole('button', { name: 'Back to templates' }).click();
    await page.getByRole('button', { name: 'New template' }).click();
    const editor = page.getByRole('form', { name: 'New template' });
    await editor.getByLabel('Template name').fill('Thank you');
    await editor.getByLabel('Subject').fill('Thank you, {{ customer.first_name }}');
    await editor.getByLabel('Sender name').fill('Mai from the shop');
    await editor.getByRole('button', { name: 'Create' }).click();

    const preview = page.getByTestId('template-preview');
    await expect(preview.getByTestId('rendered-subject').textContent()).resolves.toBe('Thank you, Emma');
    // The email itself, in a frame that may run nothing (sandbox="").
    const frame = preview.locator('iframe');
    await expect(frame.getAttribute('sandbox')).resolves.toBe('');
    await page.frameLocator('[data-testid="template-preview"] iframe').getByText('Hi Emma,').waitFor();
    await page.getByRole('heading', { name: /Thank you · version 1/ }).waitFor();

    await preview.getByLabel('Preview for').selectOption('vi');
    await preview.getByTestId('rendered-subject').filter({ hasText: 'Thank you, Lan' }).waitFor();
    await preview.getByLabel('Preview for').selectOption('ja');
    await preview.getByTestId('rendered-subject').filter({ hasText: 'Thank you, 花子' }).waitFor();
    await screenshot(page, 'messages-template-editor');

    // A change is previewed once saved, as the template's next version.
    const saved = page.getByRole('form', { name: 'Edit Thank you' });
    await saved.getByLabel('Subject').fill('Thanks, {{ customer.first_name }}!');
    await saved.getByText('Changes not saved yet: the preview shows version 1.', { exact: false }).waitFor();
    await saved.getByRole('button', { name: 'Save a new version' }).click();
    await page.getByRole('heading', { name: /Thank you · version 2/ }).waitFor();
    await preview.getByTestId('rendered-subject').filter({ hasText: 'Thanks, 花子!' }).waitFor();
    await saved.getByText('Saved as version 2.').waitFor();

    const templates = await shop.api<{ data: { id: string; name: string; version: number }[] }>(
      '/v1/templates',
    );
    const made = templates.data.find((template) => template.name === 'Thank you');
    expect(made).toMatchObject({ version: 2 });
    expect(templates.data).toHaveLength(2);
    templateId = made!.id;
  });

  it('shows a message sent through the API in the development outbox, rendered', async () => {
    message = await shop.post<SentMessage>('/v1/messages', {
      customer: 'u-lan',
      template: templateId,
      priority: 'transactional',
    });
    expect(message.status).toBe('queued');
    const adapters = new ChannelAdapters(undefined);
    const report = await new Dispatcher(shop.database.db, adapters, {
      clock: systemClock,
      publicUrl: shop.url,
    }).dispatchOnce();
    await adapters.close();
    expect(report).toMatchObject({ claimed: 1, sent: 1 });

    await tab('Development outbox');
    const row = page.getByRole('row').filter({ hasText: 'Thanks, Lan!' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('lan@example.vn');
    await row.getByRole('button', { name: /Open/ }).click();
    await page.getByRole('heading', { name: 'Message', exact: true }).waitFor();
    await expect(page.locator('iframe').getAttribute('sandbox')).resolves.toBe('');
    await page.frameLocator('iframe').getByText('Hi Lan,').waitFor();
    await screenshot(page, 'messages-outbox');
  });

  it('lists the message as sent on the customer’s page, with their consent per channel', async () => {
    await page.getByRole('link', { name: message.customer }).click();
    await page.getByRole('heading', { name: 'Lan Nguyễn', level: 1 }).waitFor();
    await settled(page);
    const messages = page.getByTestId('customer-messages');
    await expect(messages.getByTestId('message-status').textContent()).resolves.toBe('Sent');
    await expect(messages.textContent()).resolves.toContain('Thanks, Lan!');
    const consent = page.getByTestId('customer-consent');
    await expect(consent.getByRole('row').filter({ hasText: 'Email' }).textContent()).resolves.toContain(
      'Never asked',
    );
    await screenshot(page, 'messages-customer');

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Messages' })
      .click();
    try {
      await page.getByTestId('stats-totals').getByRole('row').filter({ hasText: 'Email' }).waitFor();
    } finally {
      await screenshot(page, 'messages-overview');
    }
    // The refusals the steps above provoke, and a customer's predictions, which a shop with no
    // fitted model answers 422 and the page explains.
    const provoked = [
      /422 .*\/v1\/channels\/email\)$/,
      /400 .*\/v1\/messaging\/settings\)$/,
      /422 .*\/predictions\)$/,
    ];
    expect(consoleErrors.filter((error) => !provoked.some((refusal) => refusal.test(error)))).toEqual([]);
  });
});
