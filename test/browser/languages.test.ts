import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { dayMs } from '../../src/core/time.js';
import { appendEvents, drainConsumers, type NewEvent } from '../../src/modules/events/index.js';
import { consumers } from '../../src/server/consumers.js';
import { catalogue, type Language } from '../../web/src/i18n/catalogue.js';
import {
  artifactsDir,
  ensureDashboardBuilt,
  hasChromium,
  launchChromium,
  settled,
  startShop,
  type RunningShop,
} from './support.js';

const password = 'a long owner password';

/**
 * A Vietnamese shop a year old: 1,300 customers, most with one order and some with two or three,
 * in dong. Enough orders in a month that a chart axis written the English way would read "1,000".
 */
function shopEvents(now: Date): NewEvent[] {
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * dayMs);
  const events: NewEvent[] = [];
  for (let i = 0; i < 1300; i++) {
    const userId = `u-${i}`;
    const first = 5 + ((i * 37) % 330);
    events.push({
      messageId: randomUUID(),
      type: 'identify',
      userId,
      traits: { email: `khach${i}@example.vn`, name: `Khách ${i}` },
      occurredAt: at(first + 1),
      receivedAt: at(first + 1),
    });
    const orders = i % 5 === 0 ? 3 : i % 3 === 0 ? 2 : 1;
    for (let k = 0; k < orders; k++) {
      const daysAgo = Math.max(1, first - 40 * k);
      events.push({
        messageId: randomUUID(),
        type: 'track',
        name: 'Order Completed',
        userId,
        properties: { order_id: `o-${i}-${k}`, total: 150_000 + ((i * 7919) % 900) * 1_000, currency: 'VND' },
        occurredAt: at(daysAgo),
        receivedAt: at(daysAgo),
      });
    }
  }
  // A burst of first orders this month and last, so two months pass 1,000 orders.
  for (let i = 0; i < 1300; i++) {
    const daysAgo = 1 + (i % 40);
    events.push({
      messageId: randomUUID(),
      type: 'track',
      name: 'Order Completed',
      userId: `u-${i}`,
      properties: { order_id: `b-${i}`, total: 99_000, currency: 'VND' },
      occurredAt: at(daysAgo),
      receivedAt: at(daysAgo),
    });
  }
  return events;
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
      exact.add(english.replace(/`/g, ''));
      continue;
    }
    // A message with placeholders, filled in: its English words around any value.
    const words = english.replace(/\{\w+\}/g, '');
    if ((words.match(/[A-Za-z]/g) ?? []).length < 6) continue;
    const source = english
      .replace(/`/g, '')
      .split(/\{\w+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+?');
    patterns.push(new RegExp(`^${source}$`));
  }
  return { exact, patterns };
}

/** Every text a reader meets on the page: text nodes (charts' SVG text too), aria-labels, placeholders. */
async function shownTexts(page: Page): Promise<string[]> {
  // Runs in the page: written as source, since this file is compiled without the DOM's types.
  return page.evaluate<string[]>(`(() => {
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (['SCRIPT', 'STYLE'].includes(node.parentElement?.tagName)) continue;
      const text = node.textContent.trim();
      if (text) texts.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  })()`);
}

async function chartTexts(page: Page): Promise<string[]> {
  return page.locator('.chart svg text').allTextContents();
}

const screenName = (href: string) => href.replace(/^\//, '').replace(/\//g, '-') || 'overview';

describe.skipIf(!hasChromium)('the dashboard in four languages', () => {
  let shop: RunningShop;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  let screens: string[] = [];

  beforeAll(async () => {
    await ensureDashboardBuilt();
    shop = await startShop();
    const patched = await fetch(`${shop.url}/v1/workspace`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${shop.secretKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Cửa hàng Hoa',
        currency: 'VND',
        timezone: 'Asia/Ho_Chi_Minh',
        locale: 'vi-VN',
      }),
    });
    expect(patched.status).toBe(200);
    await appendEvents(shop.database.db, shop.workspace.id, shopEvents(new Date()));
    await drainConsumers(shop.database.db, consumers);
    await shop.post('/v1/analytics/models/clv/fit', {});
    await shop.post('/v1/analytics/recompute', {});

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
    page.setDefaultTimeout(20_000);
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));

    await page.goto(shop.url);
    const signedUp = await page.evaluate(
      async ({ token, secret }) =>
        (
          await fetch('/auth/sign-up-owner', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email: 'owner@example.vn', password: secret, setup_token: token }),
          })
        ).status,
      { token: shop.setupToken, secret: password },
    );
    expect(signedUp).toBe(201);
    await page.goto(shop.url);
    await settled(page);
    // Every screen the navigation offers, and one customer's page.
    const hrefs = await page
      .locator('nav a[href^="/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    await page.goto(`${shop.url}/customers`);
    await settled(page);
    const customer = await page.locator('main a[href^="/customers/"]').first().getAttribute('href');
    screens = [...new Set([...hrefs, customer!])];
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await shop?.close();
  });

  /** Opens each screen in `language`, screenshots it, and answers what it showed. */
  async function visitAll(language: Language) {
    await page.evaluate(`localStorage.setItem('retain.language', '${language}')`);
    const shown: { screen: string; texts: string[]; chart: string[] }[] = [];
    for (const href of screens) {
      await page.goto(`${shop.url}${href}`);
      await page.locator(`html[lang="${language}"]`).waitFor();
      await page.locator('main h1').first().waitFor();
      await settled(page);
      const screen = screenName(href.startsWith('/customers/') ? '/customer' : href);
      const file = path.join(artifactsDir, 'screens', language, `${screen}.png`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await page.screenshot({ path: file, fullPage: true });
      shown.push({ screen, texts: await shownTexts(page), chart: await chartTexts(page) });
    }
    return shown;
  }

  it('visits every screen in English, with English dates', async () => {
    expect(screens.length).toBeGreaterThanOrEqual(6);
    const shown = await visitAll('en');
    // The workspace is Vietnamese; an English reader still reads English months, not "thg 1 2026".
    const vietnameseMonths = shown.flatMap(({ screen, texts, chart }) =>
      [...texts, ...chart].filter((text) => /\bthg \d/.test(text)).map((text) => `${screen}: ${text}`),
    );
    expect(vietnameseMonths).toEqual([]);
    const overview = shown.find((screen) => screen.screen === 'overview')!;
    expect(overview.chart.some((text) => /^\d{1,3}(,\d{3})+$/.test(text))).toBe(true);
    // The month under way is said to be partial (its bar is drawn dashed and lighter), not read as a collapse.
    const thisMonth = new Intl.DateTimeFormat('en-US', {
      year: 'numeric',
      month: 'short',
      timeZone: 'Asia/Ho_Chi_Minh',
    }).format(new Date());
    expect(overview.texts).toContain(
      `* ${thisMonth} is still in progress: its figures cover the month so far.`,
    );
  }, 300_000);

  it('writes numbers on Vietnamese charts with dots for thousands, never commas', async () => {
    const shown = await visitAll('vi');
    const commaGrouped = shown.flatMap(({ screen, chart }) =>
      chart.filter((text) => /\d,\d{3}\b/.test(text)).map((text) => `${screen}: ${text}`),
    );
    expect(commaGrouped).toEqual([]);
    // The seeded shop passes 1,000 orders in a month: its axis must show a thousands separator.
    const overview = shown.find((screen) => screen.screen === 'overview')!;
    expect(overview.chart.some((text) => /^\d{1,3}(\.\d{3})+$/.test(text))).toBe(true);
  }, 300_000);

  for (const language of ['th', 'ja'] as const) {
    it(`shows no English message on any screen in ${language}`, async () => {
      const { exact, patterns } = englishOnly(language);
      const shown = await visitAll(language);
      const english = shown.flatMap(({ screen, texts }) =>
        texts
          .filter((text) => exact.has(text) || patterns.some((pattern) => pattern.test(text)))
          .map((text) => `${screen}: ${text}`),
      );
      expect(english).toEqual([]);
    }, 300_000);
  }

  it("opens a figure's definition with the keyboard, in Japanese", async () => {
    const ja = catalogue.ja;
    await page.evaluate(`localStorage.setItem('retain.language', 'ja')`);
    await page.goto(`${shop.url}/`);
    await settled(page);
    const name = ja.definition_of.replace('{term}', ja.kpi_points_liability);
    const button = page.getByRole('button', { name });
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    const definition = page.getByRole('note').filter({ hasText: ja.kpi_points_liability_def });
    await expect(definition.isVisible()).resolves.toBe(false);
    // Tab from the control before it reaches the button; Enter opens, Escape closes, Space opens again.
    await button.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement.getAttribute("aria-label")')).resolves.toBe(name);
    await page.keyboard.press('Enter');
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(definition.isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(artifactsDir, 'screens', 'ja', 'definition-open.png') });
    await page.keyboard.press('Escape');
    await expect(definition.isVisible()).resolves.toBe(false);
    await page.keyboard.press(' ');
    await expect(definition.isVisible()).resolves.toBe(true);
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
