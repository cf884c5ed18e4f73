import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { systemClock } from '../../src/core/clock.js';
import { appendEvents, drainConsumers } from '../../src/modules/events/index.js';
import { enqueueDueBroadcasts } from '../../src/modules/messages/broadcasts.js';
import { ChannelAdapters } from '../../src/modules/messages/channel-store.js';
import { Dispatcher } from '../../src/modules/messages/dispatch/dispatcher.js';
import { consumers } from '../../src/server/consumers.js';
import { catalogue, translator, type Language } from '../../web/src/i18n/catalogue.js';
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
const dayMs = 86_400_000;

/** The shop's customers: all subscribed to the newsletter by email; the last one's address is suppressed. */
const customers = ['u-an', 'u-binh', 'u-chi'];
const suppressedAddress = 'u-chi@example.vn';

/** Each language's run changes a different channel's consent, so each change is its own. */
const consentChannel: Record<'en' | 'vi' | 'ja', 'sms' | 'zalo' | 'line'> = {
  en: 'sms',
  vi: 'zalo',
  ja: 'line',
};

/** And a different phone number to suppress by CSV. */
const csvPhone = { en: '+84901234561', vi: '+84901234562', ja: '+84901234563' };

interface Consent {
  channels: Record<string, { status: string; source: string | null }>;
}

/** The English messages a screen in `language` must not show: those the language words otherwise. */
function englishOnly(language: Language): { exact: Set<string>; patterns: RegExp[] } {
  const en = catalogue.en as Record<string, string>;
  const own = catalogue[language] as Record<string, string>;
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  for (const [key, english] of Object.entries(en)) {
    if (own[key] === english) continue;
    if (!/\{\w+\}/.test(english)) {
      exact.add(english);
      continue;
    }
    if ((english.replace(/\{\w+\}/g, '').match(/[A-Za-z]/g) ?? []).length < 6) continue;
    const source = english
      .split(/\{\w+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+?');
    patterns.push(new RegExp(`^${source}$`));
  }
  return { exact, patterns };
}

/** Every text a reader meets inside `scope`: text nodes, aria-labels and titles. */
async function shownTexts(scope: Locator): Promise<string[]> {
  // Runs in the page: written as source, since this file is compiled without the DOM's types.
  return scope.evaluate(
    new Function(
      'root',
      `const texts = [];
      const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent.trim();
        if (text) texts.push(text);
      }
      for (const element of root.querySelectorAll('[aria-label], [title]')) {
        for (const name of ['aria-label', 'title']) {
          const value = element.getAttribute(name)?.trim();
          if (value) texts.push(value);
        }
      }
      return texts;`,
    ) as (root: unknown) => string[],
  );
}

async function englishShown(scope: Locator, language: Language): Promise<string[]> {
  if (language === 'en') return [];
  const { exact, patterns } = englishOnly(language);
  return (await shownTexts(scope)).filter(
    (text) => exact.has(text) || patterns.some((pattern) => pattern.test(text)),
  );
}

describe.skipIf(!hasChromium)('broadcasts, consent and suppressions in the dashboard', () => {
  let shop: RunningShop;
  let browser: Browser;
  let page: Page;
  let language: Language = 'en';
  const consoleErrors: string[] = [];

  async function send(method: string, path: string, body: unknown): Promise<unknown> {
    const response = await fetch(`${shop.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${shop.secretKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.ok, `${method} ${path}: ${response.status} ${await response.clone().text()}`).toBe(true);
    return response.json();
  }

  beforeAll(async () => {
    await ensureDashboardBuilt();
    shop = await startShop();
    // Known for a year, so the new-customer cap does not hold the broadcast back.
    const known = new Date(Date.now() - 365 * dayMs);
    await appendEvents(
      shop.database.db,
      shop.workspace.id,
      customers.map((userId) => ({
        messageId: randomUUID(),
        type: 'identify' as const,
        userId,
        traits: { email: `${userId}@example.vn`, first_name: userId.slice(2) },
        occurredAt: known,
        receivedAt: known,
      })),
    );
    await drainConsumers(shop.database.db, consumers);
    for (const userId of customers) {
      await send('PUT', `/v1/customers/${userId}/consent`, { channel: 'email', status: 'subscribed' });
      await send('PUT', `/v1/customers/${userId}/consent`, {
        channel: 'email',
        topic: 'newsletter',
        status: 'subscribed',
      });
    }
    await send('POST', '/v1/suppressions', { channel: 'email', address: suppressedAddress });
    // Three broadcasts today at whatever hour the test runs: no quiet hours, no caps.
    await send('PATCH', '/v1/messaging/settings', { pacing: { quiet_hours: null, frequency_caps: [] } });
    await send('POST', '/v1/templates', {
      name: 'Monthly news',
      channel: 'email',
      subject: 'News for {{ customer.first_name }}',
      body: '<p>New beans this month.</p>',
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
    page.setDefaultTimeout(15_000);
    page.on('console', (entry) => {
      if (entry.type() === 'error') consoleErrors.push(`${entry.text()} (${entry.location().url})`);
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(shop.url);
    await page.getByLabel('Name').fill('Olivia Owner');
    await page.getByLabel('Email').fill('owner@example.com');
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Setup token').fill(shop.setupToken);
    await page.getByRole('button', { name: 'Create owner account' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await shop?.close();
  });

  /** Switches the owner's language, saved to their account as the dashboard does. */
  async function speak(next: Language) {
    if (next === language) return;
    const saved = page.waitForResponse(
      (response) => response.url().endsWith('/auth/me') && response.request().method() === 'PATCH',
    );
    await page.getByRole('complementary').getByLabel(catalogue[language].language).selectOption(next);
    expect((await saved).ok()).toBe(true);
    language = next;
  }

  async function open(path: string) {
    await page.goto(`${shop.url}${path}`);
    await page.locator(`html[lang="${language}"]`).waitFor();
    await settled(page);
  }

  async function dispatchAll() {
    const adapters = new ChannelAdapters(undefined);
    try {
      return await new Dispatcher(shop.database.db, adapters, {
        clock: systemClock,
        publicUrl: shop.url,
      }).dispatchOnce();
    } finally {
      await adapters.close();
    }
  }

  for (const run of ['en', 'vi', 'ja'] as const) {
    const t = translator(run);
    const fmt = new Intl.NumberFormat(run);

    it(`${run}: creates a broadcast, is told where a refused time is wrong, and sees its progress to the end`, async () => {
      await open('/');
      await speak(run);
      await open('/messages/broadcasts');
      await page.getByRole('link', { name: t('broadcast_new') }).click();
      const form = page.getByRole('form', { name: t('broadcast_new') });
      await form.getByLabel(t('broadcast_name')).fill(`News ${run}`);
      await form.getByLabel(t('broadcast_topic')).selectOption('newsletter');
      // Before it is scheduled, the form says whom it would reach: the three subscribers.
      await form
        .getByTestId('broadcast-estimate')
        .filter({ hasText: t('broadcast_estimate', { count: fmt.format(3) }) })
        .waitFor();
      // A time already past: the server names send_at, and the form says so beside the date.
      await form.getByRole('radio', { name: t('broadcast_when_at') }).check();
      const yesterday = new Date(Date.now() - 2 * dayMs).toISOString().slice(0, 10);
      await form.getByLabel(t('broadcast_date'), { exact: true }).fill(yesterday);
      await form.getByRole('button', { name: t('broadcast_schedule') }).click();
      const date = form.getByLabel(t('broadcast_date'), { exact: true });
      await form
        .locator('.field-error')
        .filter({ hasText: t('error_field_invalid') })
        .waitFor();
      await expect(date.getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(
        date.evaluate(new Function('input', 'return input === document.activeElement') as () => boolean),
      ).resolves.toBe(true);

      await form.getByRole('radio', { name: t('broadcast_when_now') }).check();
      await form.getByRole('button', { name: t('broadcast_send_now') }).click();
      await page.waitForURL(/\/messages\/broadcasts\/bc_/);
      const phase = page.getByTestId('broadcast-phase');
      await phase.filter({ hasText: t('broadcast_phase_scheduled') }).waitFor();

      // The worker and the dispatcher do not run in this server: the test moves them a step at a time.
      await expect(enqueueDueBroadcasts(shop.database.db, new Date())).resolves.toMatchObject({
        enqueued: customers.length,
      });
      await phase.filter({ hasText: t('broadcast_phase_sending') }).waitFor();
      const progress = page.getByTestId('broadcast-progress');
      await progress
        .getByText(t('broadcast_progress_of', { done: fmt.format(0), total: fmt.format(3) }), {
          exact: false,
        })
        .waitFor();
      await expect(dispatchAll()).resolves.toMatchObject({ claimed: 3, sent: 2 });
      await phase.filter({ hasText: t('broadcast_phase_finished') }).waitFor();
      await progress
        .getByText(t('broadcast_progress_of', { done: fmt.format(3), total: fmt.format(3) }), {
          exact: false,
        })
        .waitFor();
      const count = (status: 'sent' | 'suppressed' | 'queued') =>
        progress
          .getByRole('row')
          .filter({ has: page.getByRole('cell', { name: t(`message_status_${status}`), exact: true }) })
          .getByRole('cell')
          .last()
          .textContent();
      await expect(count('sent')).resolves.toBe(fmt.format(2));
      await expect(count('suppressed')).resolves.toBe(fmt.format(1));
      await expect(count('queued')).resolves.toBe(fmt.format(0));
      expect(await englishShown(page.locator('main'), run)).toEqual([]);
      await screenshot(page, `messages-admin-broadcast-${run}`);

      await page.getByRole('link', { name: t('broadcast_back') }).click();
      const row = page
        .getByTestId('broadcasts')
        .getByRole('row')
        .filter({ hasText: `News ${run}` });
      await expect(row.textContent()).resolves.toContain(t('broadcast_phase_finished'));
      expect(await englishShown(page.locator('main'), run)).toEqual([]);
    }, 90_000);

    it(`${run}: changes a customer's consent with a reason and sees it, with its source, on the page`, async () => {
      const channel = consentChannel[run];
      await open('/customers/u-an');
      const panel = page.getByRole('region', { name: t('customer_consent'), exact: true });
      await panel.getByRole('button', { name: t('consent_change') }).click();
      const form = panel.getByRole('form', { name: t('consent_change') });
      await form.getByLabel(t('col_channel')).selectOption(channel);
      await form.getByLabel(t('consent_new_status')).selectOption('subscribed');
      await form.getByLabel(t('consent_reason')).selectOption('phone_call');
      await form.getByRole('button', { name: t('save') }).click();
      await form.waitFor({ state: 'detached' });
      const row = panel
        .getByTestId('customer-consent')
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: t(`channel_${channel}`), exact: true }) });
      await expect(row.textContent()).resolves.toContain(t('consent_subscribed'));
      await expect(row.textContent()).resolves.toContain(t('consent_reason_phone_call'));
      await panel
        .getByTestId('consent-history')
        .getByRole('row')
        .filter({ hasText: t(`channel_${channel}`) })
        .filter({ hasText: t('consent_reason_phone_call') })
        .waitFor();
      const consent = (await shop.api<Consent>('/v1/customers/u-an/consent')).channels[channel];
      expect(consent).toMatchObject({ status: 'subscribed', source: 'phone_call' });
      expect(await englishShown(panel, run)).toEqual([]);
      await screenshot(page, `messages-admin-consent-${run}`);
    }, 60_000);

    it(`${run}: imports a suppression CSV with one bad line, sees that line's error, then imports it fixed`, async () => {
      await open('/messages/suppressions');
      const good = `ok-${run}@example.vn`;
      const csv = (bad: string) =>
        `channel,address,reason\nemail,${good},manual\nemail,${bad},\nsms,${csvPhone[run]},complaint\n`;
      const form = page.getByRole('form', { name: t('suppression_import_title') });
      const upload = async (text: string) => {
        await form.getByLabel(t('suppression_import_file')).setInputFiles({
          name: 'suppressions.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(text),
        });
        await form.getByRole('button', { name: t('suppression_import_run') }).click();
      };
      await upload(csv('not an address'));
      const errors = form.getByTestId('suppression-import-errors');
      await errors.waitFor();
      await expect(errors.getByRole('row').allTextContents()).resolves.toEqual([
        `${t('suppression_import_line')}${t('suppression_import_problem')}${t('suppression_import_content')}`,
        `${fmt.format(3)}${t('suppression_import_bad_address')}email,not an address,`,
      ]);
      expect(await englishShown(page.locator('main'), run)).toEqual([]);
      await screenshot(page, `messages-admin-suppressions-${run}`);
      const listed = await shop.api<{ data: { address: string }[] }>('/v1/suppressions?limit=100');
      expect(listed.data.map((s) => s.address)).not.toContain(good);

      await upload(csv(`fixed-${run}@example.vn`));
      await form
        .getByRole('status')
        .filter({
          hasText: t('suppression_import_done', {
            rows: fmt.format(3),
            suppressed: fmt.format(3),
            unchanged: fmt.format(0),
          }),
        })
        .waitFor();
      const list = page.getByRole('region', { name: t('suppressions_title'), exact: true });
      await list.getByLabel(t('suppression_search')).fill(good);
      await expect(list.getByTestId('suppressions').getByRole('row').count()).resolves.toBe(2);
      await expect(list.getByTestId('suppressions').textContent()).resolves.toContain(
        t('suppression_source_import'),
      );
      expect(await englishShown(page.locator('main'), run)).toEqual([]);
    }, 60_000);
  }

  it('logged no console errors but the refusals it provoked', () => {
    // Each run's past send_at is refused (400), as the form shows.
    const provoked = [/400 .*\/v1\/broadcasts\)$/, /422 .*\/predictions\)$/];
    expect(consoleErrors.filter((error) => !provoked.some((refusal) => refusal.test(error)))).toEqual([]);
  });
});
