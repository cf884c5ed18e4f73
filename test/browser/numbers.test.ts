// Numbers a marketer can trust, in Chromium: retention and churn add up on the overview, a new
// customer's page says there is not enough history (no developer text), and an order event that
// was rejected shows on the problems page.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { dayMs } from '../../src/core/time.js';
import { appendEvents, drainConsumers, type NewEvent } from '../../src/modules/events/index.js';
import { consumers } from '../../src/server/consumers.js';
import {
  ensureDashboardBuilt,
  hasChromium,
  launchChromium,
  screenshot,
  settled,
  startShop,
  tableText,
  type RunningShop,
} from './support.js';

const password = 'a long owner password';

function event(fields: Omit<NewEvent, 'messageId' | 'receivedAt'>): NewEvent {
  return { messageId: randomUUID(), receivedAt: fields.occurredAt, ...fields };
}

const order = (userId: string, orderId: string, total: unknown, at: Date) =>
  event({
    type: 'track',
    name: 'Order Completed',
    userId,
    properties: { order_id: orderId, total, currency: 'USD' },
    occurredAt: at,
  });

/**
 * The 30 days ending today and the 30 before: ann ordered in both (retained); ben and cai only
 * before (lost): retention 1/3, churn 2/3. Eight older repeat buyers let the CLV model fit.
 */
function seededShop(now: Date): NewEvent[] {
  const ago = (days: number) => new Date(now.getTime() - days * dayMs);
  const history = Array.from({ length: 8 }, (_, i) =>
    Array.from({ length: 2 + (i % 3) }, (_, k) =>
      order(`u-history-${i}`, `h-${i}-${k}`, 20 + 35 * i + 5 * k, ago(400 - 30 * i - 40 * k)),
    ),
  ).flat();
  return [
    ...history,
    order('u-ann', 'a-1', 40, ago(45)),
    order('u-ann', 'a-2', 55, ago(10)),
    order('u-ben', 'b-1', 30, ago(40)),
    order('u-cai', 'c-1', 25, ago(50)),
    order('u-cai', 'c-2', 35, ago(35)),
  ];
}

describe.skipIf(!hasChromium)('numbers a marketer can trust, in Chromium', () => {
  let shop: RunningShop;
  let browser: Browser;
  let page: Page;
  let newcomerId: string;

  beforeAll(async () => {
    await ensureDashboardBuilt();
    shop = await startShop();
    await appendEvents(shop.database.db, shop.workspace.id, seededShop(new Date()));
    await drainConsumers(shop.database.db, consumers);
    const fit = await shop.post<{ status: string }>('/v1/analytics/models/clv/fit', {});
    expect(fit.status).toBe('done');
    await shop.post('/v1/analytics/recompute', {});
    // After the fit: a newcomer signs up and places a first order; a shop sends a total as text.
    await appendEvents(shop.database.db, shop.workspace.id, [
      event({
        type: 'identify',
        userId: 'u-newcomer',
        traits: { email: 'newcomer@example.com', name: 'Nora Newcomer' },
        occurredAt: new Date(),
      }),
      order('u-newcomer', 'n-1', 60, new Date()),
      order('u-ben', 'b-bad', '1.234.000', new Date()),
    ]);
    await drainConsumers(shop.database.db, consumers);
    newcomerId = (await shop.api<{ id: string }>('/v1/customers/u-newcomer')).id;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
    page.setDefaultTimeout(15_000);
    await page.goto(shop.url);
    await page.getByLabel('Name').fill('Olivia Owner');
    await page.getByLabel('Email').fill('owner@example.com');
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Setup token').fill(shop.setupToken);
    await page.getByRole('button', { name: 'Create owner account' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await shop?.close();
  });

  it('shows retention and churn that add up to 100%, as the API computes them', async () => {
    await settled(page);
    const shown = async (label: string) => (await page.getByTestId(`kpi-${label}`).textContent())?.trim();
    const retention = await shown('Retention');
    const churn = await shown('Churn');
    await screenshot(page, 'numbers-overview');
    expect([retention, churn]).toEqual(['33.3%', '66.7%']);
    const percent = (text: string | undefined) => Number(text!.replace('%', ''));
    expect(percent(retention) + percent(churn)).toBeCloseTo(100, 9);
    const summary = await shop.api<{ kpis: Record<string, { value: number }> }>('/v1/analytics/summary');
    expect(summary.kpis.retention_rate!.value).toBe(1 / 3);
    expect(summary.kpis.churn_rate!.value).toBe(1 - 1 / 3);
    await expect(shown('Customers who have ordered')).resolves.toBe('12');
  });

  it('says a new customer has not enough history yet, with no developer text', async () => {
    const predictions = await shop.api<{ state: string }>(`/v1/customers/${newcomerId}/predictions`);
    expect(predictions.state).toBe('not_enough_history');
    await page.goto(`${shop.url}/customers/${encodeURIComponent(newcomerId)}`);
    await page.getByRole('heading', { name: 'Nora Newcomer', level: 1 }).waitFor();
    await settled(page);
    const panel = page.getByRole('region', { name: 'Predictions' });
    await expect(panel.textContent()).resolves.toContain('Not enough history yet');
    await screenshot(page, 'numbers-newcomer');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toContain('cus_');
    expect(text).not.toContain('as_of');
  });

  it('states the earn rate as a sentence and names customers in the ledger, not formulas or ids', async () => {
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Loyalty' })
      .click();
    await page.getByRole('heading', { name: 'Loyalty', level: 1 }).waitFor();
    await settled(page);
    const program = await shop.api<{ earn_points: number; earn_per_amount_minor: number }>(
      '/v1/loyalty/program',
    );
    const amount = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(
      program.earn_per_amount_minor / 100,
    );
    const points = program.earn_points === 1 ? '1 point' : `${program.earn_points} points`;
    await page.getByText(`${points} for every ${amount} spent.`, { exact: false }).waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toContain('floor(');
    expect(text).not.toContain('amount_minor');
    expect(text).not.toContain('cus_');
    await screenshot(page, 'numbers-loyalty');
  });

  it('lists the rejected order on the problems page', async () => {
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Problems' })
      .click();
    await page.getByRole('heading', { name: 'Import problems', level: 1 }).waitFor();
    await settled(page);
    await screenshot(page, 'numbers-problems');
    const rows = await tableText(page.getByRole('region', { name: 'Rejected orders' }));
    expect(rows[0]).toEqual(['When', 'Event', 'Order', 'Problem']);
    expect(rows.slice(1).map((row) => row.slice(1))).toEqual([
      ['Order placed', 'b-bad', 'An amount is not a number (e.g. "1.234.000" written as text).'],
    ]);
  });
});
