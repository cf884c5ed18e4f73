import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startWhatsAppPeer, type WhatsAppPeer } from '../../src/testing/peers/index.js';
import { catalogue } from '../../web/src/i18n/catalogue.js';
import {
  ensureDashboardBuilt,
  hasChromium,
  launchChromium,
  screenshot,
  startShop,
  type RunningShop,
} from './support.js';

const password = 'a long owner password';

interface Channels {
  data: { kind: string; settings: Record<string, unknown> }[];
}

describe.skipIf(!hasChromium)('the WhatsApp channel form, on a server that seals credentials', () => {
  let shop: RunningShop;
  let whatsApp: WhatsAppPeer;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    await ensureDashboardBuilt();
    shop = await startShop({ sealingKey: randomBytes(32) });
    whatsApp = await startWhatsAppPeer();
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
    await whatsApp?.close();
    await shop?.close();
  });

  it('sets up WhatsApp with its app secret and verify token, which Meta’s check of the webhook then takes', async () => {
    await page.goto(shop.url);
    await page.getByLabel('Name').fill('Olivia Owner');
    await page.getByLabel('Email').fill('owner@example.com');
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Setup token').fill(shop.setupToken);
    await page.getByRole('button', { name: 'Create owner account' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.goto(`${shop.url}/messages`);
    await page
      .getByRole('navigation', { name: 'Messages sections' })
      .getByRole('link', { name: 'Channels' })
      .click();
    await page.getByRole('button', { name: 'Set up WhatsApp' }).click();
    const form = page.getByRole('form', { name: 'Set up WhatsApp' });
    const appSecret = form.getByLabel('Meta app secret (signs delivery receipts)');
    const verifyToken = form.getByLabel('Webhook verify token');
    await expect(appSecret.getAttribute('type')).resolves.toBe('password');
    await expect(verifyToken.getAttribute('type')).resolves.toBe('password');
    await form.getByLabel('Access token').fill(whatsApp.accessToken);
    await form.getByLabel('Phone number ID').fill(whatsApp.phoneNumberId);
    await appSecret.fill(whatsApp.appSecret);
    await verifyToken.fill(whatsApp.verifyToken);
    await form.getByLabel('API address').fill(whatsApp.baseUrl);
    await form.getByRole('button', { name: 'Save and verify' }).click();

    const row = page.getByTestId('channel-whatsapp');
    await row.getByText(/verify_token: set/).waitFor();
    const shown = await row.textContent();
    expect(shown).toContain('app_secret: set');
    expect(shown).not.toContain(whatsApp.appSecret);
    expect(shown).not.toContain(whatsApp.verifyToken);
    const channels = await shop.api<Channels>('/v1/channels');
    expect(channels.data.find((channel) => channel.kind === 'whatsapp')!.settings).toMatchObject({
      app_secret: '…set',
      verify_token: '…set',
    });
    // The token typed in the form is the one stored: Meta's check of the URL gets its challenge back.
    const check = await whatsApp.verifyWebhook(`${shop.url}/v1/inbound/whatsapp/${shop.workspace.id}`);
    expect(check.verified).toBe(true);
  });

  it('says the secrets are set without showing them, in each of the four languages', async () => {
    await page.getByRole('button', { name: 'Change WhatsApp' }).click();
    const form = page.locator('form.inline-form');
    let shownIn: 'en' | 'vi' | 'th' | 'ja' = 'en';
    for (const language of ['en', 'vi', 'th', 'ja'] as const) {
      const words = catalogue[language];
      await page.getByRole('combobox', { name: catalogue[shownIn].language }).selectOption(language);
      shownIn = language;
      for (const label of [words.channel_field_app_secret, words.channel_field_verify_token]) {
        const field = form.getByLabel(label, { exact: true });
        await expect(field.inputValue()).resolves.toBe('');
        await expect(field.getAttribute('type')).resolves.toBe('password');
        const note = await field.getAttribute('aria-describedby');
        await expect(page.locator(`[id="${note}"]`).textContent()).resolves.toBe(
          words.channel_secret_set_optional,
        );
      }
      await screenshot(page, `messages-whatsapp-channel-${language}`);
    }
    expect(consoleErrors).toEqual([]);
  });
});
