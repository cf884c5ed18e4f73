import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { drainConsumers } from '../../src/modules/events/index.js';
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

/** English left on the page, apart from `data`: what the shop wrote (its journeys' names are in its language). */
async function englishShown(page: Page, language: Language, data: Set<string>): Promise<string[]> {
  const { exact, patterns } = englishOnly(language);
  return (await shownTexts(page.locator('main'))).filter(
    (text) => !data.has(text) && (exact.has(text) || patterns.some((pattern) => pattern.test(text))),
  );
}

interface CustomerRuns {
  data: { id: string; journey_id: string; customer_id: string; node: string | null }[];
}

describe.skipIf(!hasChromium)('journeys in the dashboard', () => {
  let shop: RunningShop;
  let browser: Browser;
  let page: Page;
  let journeyUrl = '';
  let customerId = '';
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    await ensureDashboardBuilt();
    shop = await startShop();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'en-US' });
    page.setDefaultTimeout(15_000);
    page.on('console', (message) => {
      // The draft refused on purpose answers 400, and a customer's predictions 422 before any model
      // is fitted; the browser logs each such answer.
      const expected = ['status of 400', 'status of 422'].some((status) => message.text().includes(status));
      if (message.type() === 'error' && !expected)
        consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await shop?.close();
  });

  const node = (id: string) => page.getByTestId(`journey-node-${id}`);
  const panel = () => page.getByTestId('node-panel');

  it('builds a journey in the editor: entry event, message, delay, branch', async () => {
    await page.goto(shop.url);
    await page.getByLabel('Name').fill('Olivia Owner');
    await page.getByLabel('Email').fill('owner@example.com');
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Setup token').fill(shop.setupToken);
    await page.getByRole('button', { name: 'Create owner account' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Journeys' })
      .click();
    await page.getByRole('heading', { name: 'Journeys', level: 1 }).waitFor();
    await settled(page);
    await page.getByRole('link', { name: 'New journey' }).click();
    const editor = page.getByRole('form', { name: 'Journey editor' });
    await editor.waitFor();
    await editor.getByLabel('Name', { exact: true }).fill('Sign-up path');

    // The entry: customers enter on a "Signed Up" event.
    await page.getByTestId('journey-entry').click();
    await page.getByTestId('settings-panel').getByLabel('Event name').fill('Signed Up');
    await expect(page.getByTestId('journey-entry').textContent()).resolves.toContain('Signed Up');

    // The first message has no template yet: the problem shows at its node as it is drawn.
    await expect(node('message_1').getByTestId('node-problem').textContent()).resolves.toContain(
      'No template for en',
    );
    await node('message_1').click();
    // Choosing a node moves the focus to its settings, for a keyboard reader.
    await expect.poll(() => page.evaluate('document.activeElement?.className')).toBe('journey-side-title');
    await panel().getByLabel('Template', { exact: true }).selectOption('library');
    await panel().getByLabel('Ready-made template').selectOption('welcome');
    await expect(node('message_1').getByTestId('node-problem').count()).resolves.toBe(0);

    // Then a delay, then a branch, each added from the node before it.
    await panel().getByLabel('Then').selectOption('new:delay');
    await expect(panel().getByRole('heading').textContent()).resolves.toContain('delay_1');
    await panel().getByLabel('Then').selectOption('new:branch');
    await expect(panel().getByRole('heading').textContent()).resolves.toContain('branch_1');
    await panel().getByRole('group', { name: 'Customers who match' }).waitFor();
    await expect(page.getByTestId('journey-problems').textContent()).resolves.toBe('No problems found.');
    await screenshot(page, 'journeys-editor');
  });

  it('shows the server’s refusal at the node it names, and saves once it is fixed', async () => {
    // A delay of no time at all: the editor lets it through, the server names the node.
    await node('delay_1').click();
    await panel().getByLabel('Days').fill('');
    await page.getByRole('button', { name: 'Create journey' }).click();
    await expect.poll(() => node('delay_1').getByTestId('node-problem').count()).toBe(1);
    await expect(panel().locator('.field-error').first().textContent()).resolves.toContain(
      'must last at least a minute',
    );
    await panel().getByLabel('Hours').fill('2');
    await expect(node('delay_1').getByTestId('node-problem').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Create journey' }).click();
    await page.getByRole('heading', { name: 'Sign-up path', level: 1 }).waitFor();
    journeyUrl = page.url();
    await expect(page.getByTestId('journey-status').textContent()).resolves.toBe('Draft');
  });

  it('publishes it, and a customer who signs up is counted at the delay', async () => {
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect.poll(() => page.getByTestId('journey-status').textContent()).toBe('Live');

    await shop.post('/v1/batch', {
      batch: [
        { type: 'identify', userId: 'lan', traits: { email: 'lan@example.com', name: 'Lan' } },
        { type: 'track', userId: 'lan', event: 'Signed Up' },
      ],
    });
    await drainConsumers(shop.database.db, consumers);
    const runs = await shop.api<CustomerRuns>('/v1/customers/lan/journeys');
    expect(runs.data.map((run) => run.node)).toEqual(['delay_1']);
    customerId = runs.data[0]!.customer_id;

    // The report is read again every few seconds: the count appears at the delay's node.
    await expect
      .poll(() => node('delay_1').getByTestId('node-count').textContent(), { timeout: 20_000 })
      .toBe('1');
    await expect(node('message_1').getByTestId('node-count').textContent()).resolves.toBe('0');
    await expect(page.getByTestId('journey-lift').textContent()).resolves.toContain('Not enough data yet');
    await screenshot(page, 'journeys-live');

    // The draft replayed over the last 30 days: Lan's sign-up enters, and the run waits at the delay.
    const simulation = page.getByTestId('journey-simulation');
    await simulation.getByRole('button', { name: 'Simulate' }).click();
    await page.getByText('1 entries by 1 customers since').waitFor();

    await page.getByRole('link', { name: 'Journeys' }).first().click();
    const row = page.getByTestId('journey-list').getByRole('row').filter({ hasText: 'Sign-up path' });
    await expect.poll(() => row.textContent()).toContain('Live');
    await expect(row.getByRole('cell').nth(2).textContent()).resolves.toBe('1');
  });

  it('shows the run on the customer’s page, with its history', async () => {
    await page.goto(`${shop.url}/customers/${encodeURIComponent(customerId)}`);
    const panel = page.getByTestId('customer-journeys');
    const row = panel.getByRole('row').filter({ hasText: 'Sign-up path' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('delay_1');
    await expect(row.textContent()).resolves.toContain('Delaying');
    await expect(row.textContent()).resolves.toContain('In progress');
    await row.getByRole('link', { name: 'History of the run in Sign-up path' }).click();
    const steps = page.getByTestId('run-steps');
    await steps.waitFor();
    await expect(steps.textContent()).resolves.toContain('Entered');
    await expect(steps.textContent()).resolves.toContain('delay_1');
  });

  it('pauses it after asking once more', async () => {
    await page.goto(journeyUrl);
    await page.getByRole('button', { name: 'Pause Sign-up path' }).click();
    await page.getByRole('button', { name: 'Pause now' }).click();
    await expect.poll(() => page.getByTestId('journey-status').textContent()).toBe('Paused');
    await page.getByRole('button', { name: 'Resume Sign-up path' }).click();
    await page.getByRole('button', { name: 'Resume now' }).click();
    await expect.poll(() => page.getByTestId('journey-status').textContent()).toBe('Live');
  });

  for (const language of ['vi', 'ja'] as const) {
    it(`shows the same screens in ${language} with no English left`, async () => {
      const t = translator(language);
      await page.goto(`${shop.url}/journeys`);
      const current = (await page.locator('html').getAttribute('lang')) as Language;
      await page.getByRole('complementary').getByLabel(catalogue[current].language).selectOption(language);
      await page.locator(`html[lang="${language}"]`).waitFor();
      await page.getByRole('heading', { name: t('nav_journeys'), level: 1 }).waitFor();
      await settled(page);
      const shots: [string, () => Promise<void>][] = [
        ['list', async () => {}],
        [
          'editor',
          async () => {
            await page.goto(journeyUrl);
            await page.getByTestId('journey-lift').waitFor();
            await node('delay_1').click();
            await panel().waitFor();
          },
        ],
        [
          'customer',
          async () => {
            await page.goto(`${shop.url}/customers/${encodeURIComponent(customerId)}`);
            await page.getByTestId('customer-journeys').getByRole('row').nth(1).waitFor();
          },
        ],
      ];
      // The ready-made journeys were seeded in the shop's language, English: their names are data.
      const list = await shop.api<{ data: { name: string }[] }>('/v1/journeys');
      const names = new Set(list.data.map((journey) => journey.name));
      for (const [name, open] of shots) {
        await open();
        await settled(page);
        await screenshot(page, `journeys-${name}-${language}`);
        expect({ name, english: await englishShown(page, language, names) }).toEqual({ name, english: [] });
      }
      await expect(
        page.getByTestId('customer-journeys').getByRole('row').nth(1).textContent(),
      ).resolves.toContain(t('journey_action_delaying'));
    });
  }

  it('draws every ready-made journey with no problem found', async () => {
    const list = await shop.api<{
      data: { id: string; ready_made: string | null; draft: { nodes: object } }[];
    }>('/v1/journeys');
    const readyMade = list.data.filter((journey) => journey.ready_made);
    expect(readyMade.length).toBeGreaterThan(5);
    for (const journey of readyMade) {
      await page.goto(`${shop.url}/journeys/${journey.id}`);
      await page.getByTestId('journey-graph').waitFor();
      const drawn = await page.locator('[data-testid^="journey-node-"]').count();
      expect({ journey: journey.ready_made, drawn }).toEqual({
        journey: journey.ready_made,
        drawn: Object.keys(journey.draft.nodes).length,
      });
      await expect(page.getByTestId('node-problem').count()).resolves.toBe(0);
    }
  });

  it('logged no error in the browser', () => {
    expect(consoleErrors).toEqual([]);
  });
});
