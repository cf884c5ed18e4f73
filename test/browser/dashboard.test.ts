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

if (!hasChromium) {
  console.warn(
    'test/browser: /usr/bin/chromium is not installed, so the dashboard browser tests are SKIPPED. ' +
      'Install it with `apt-get install -y chromium` (CI does).',
  );
}

const password = 'a long owner password';

/** Three customers and four orders in the last three weeks, through the log as real data arrives. */
function shopEvents(now: Date): NewEvent[] {
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * dayMs);
  const event = (fields: Omit<NewEvent, 'messageId' | 'receivedAt'>): NewEvent => ({
    messageId: randomUUID(),
    receivedAt: fields.occurredAt,
    ...fields,
  });
  const person = (userId: string, email: string, name: string, daysAgo: number) =>
    event({ type: 'identify', userId, traits: { email, name }, occurredAt: at(daysAgo) });
  const order = (userId: string, orderId: string, total: number, daysAgo: number) =>
    event({
      type: 'track',
      name: 'Order Completed',
      userId,
      properties: { order_id: orderId, total, currency: 'USD' },
      occurredAt: at(daysAgo),
    });
  return [
    person('u-anna', 'anna@example.com', 'Anna Nguyen', 21),
    person('u-binh', 'binh@example.com', 'Binh Tran', 14),
    person('u-chi', 'chi@example.com', 'Chi Le', 7),
    order('u-anna', 'o-1001', 120.5, 20),
    order('u-anna', 'o-1002', 80, 5),
    order('u-binh', 'o-1003', 45.25, 13),
    order('u-chi', 'o-1004', 210, 6),
  ];
}

/**
 * A year of older history (120–400 days ago, outside the KPI period and the backtest window):
 * eight repeat buyers of different value, so the CLV model has repeat spend to learn from and
 * the Lifecycle & value charts have a spread to draw.
 */
function historyEvents(now: Date): NewEvent[] {
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * dayMs);
  return Array.from({ length: 8 }, (_, i) =>
    Array.from({ length: 2 + (i % 3) }, (_, k) => ({
      messageId: randomUUID(),
      type: 'track' as const,
      name: 'Order Completed',
      userId: `u-history-${i}`,
      properties: { order_id: `h-${i}-${k}`, total: 20 + 35 * i + 5 * k, currency: 'USD' },
      occurredAt: at(400 - 30 * i - 40 * k),
      receivedAt: at(400 - 30 * i - 40 * k),
    })),
  ).flat();
}

interface Kpi {
  value: number | null;
}
interface ParetoAnswer {
  customers: number;
  top_20_percent: { revenue_share: number };
}
interface ClvAnswer {
  customers: number;
  quantiles: { median_minor: number };
  bins: { customers: number }[];
}
interface Summary {
  from: string;
  to: string;
  kpis: Record<string, Kpi>;
}

describe.skipIf(!hasChromium)('the dashboard in Chromium', () => {
  let shop: RunningShop;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  let rule: { id: string };

  beforeAll(async () => {
    await ensureDashboardBuilt();
    shop = await startShop();
    await appendEvents(shop.database.db, shop.workspace.id, [
      ...historyEvents(new Date()),
      ...shopEvents(new Date()),
    ]);
    await drainConsumers(shop.database.db, consumers);
    const fit = await shop.post<{ status: string }>('/v1/analytics/models/clv/fit', {});
    expect(fit.status).toBe('done');
    // A fit alone predicts no one: the recompute stores every customer's predictions.
    await shop.post('/v1/analytics/recompute', {});
    rule = await shop.post<{ id: string }>('/v1/loyalty/earn-rules', {
      name: 'Order bonus',
      definition: {
        trigger: { type: 'event', event: 'Order Completed' },
        reward: { type: 'fixed', points: 50 },
      },
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
    page.setDefaultTimeout(15_000);
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await shop?.close();
  });

  const nav = (name: string, landmark = 'Main navigation') =>
    page.getByRole('navigation', { name: landmark }).getByRole('link', { name });

  it('creates the owner account on the first visit', async () => {
    await page.goto(shop.url);
    await page.getByRole('heading', { name: 'Welcome to retain' }).waitFor();
    await screenshot(page, 'setup');
    await page.getByLabel('Name').fill('Olivia Owner');
    await page.getByLabel('Email').fill('owner@example.com');
    await page.getByLabel('Password').fill(password);
    const setupToken = page.getByLabel('Setup token');
    await setupToken.fill('a-token-from-an-old-log');
    const refusalLogged = page.waitForEvent('console', {
      predicate: (message) => message.type() === 'error' && message.text().includes('status of 403'),
    });
    await page.getByRole('button', { name: 'Create owner account' }).click();
    await page.getByText('The setup token is missing or wrong').waitFor();
    // Chromium logs every refused request: this refusal is expected, the last test checks the rest.
    await refusalLogged;
    consoleErrors.splice(
      consoleErrors.findIndex((error) => error.includes('status of 403')),
      1,
    );
    expect(await setupToken.getAttribute('aria-invalid')).toBe('true');
    await setupToken.fill(shop.setupToken);
    await page.getByRole('button', { name: 'Create owner account' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    const users = await shop.api<{ data: { email: string; role: string }[] }>('/v1/dashboard/users');
    expect(users.data).toEqual([expect.objectContaining({ email: 'owner@example.com', role: 'owner' })]);
  });

  it('shows the same KPIs as the API', async () => {
    await settled(page);
    await screenshot(page, 'overview');
    const today = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 29 * dayMs).toISOString().slice(0, 10);
    const summary = await shop.api<Summary>(`/v1/analytics/summary?from=${from}&to=${today}`);
    expect(summary.kpis.orders!.value).toBe(4);
    expect(summary.kpis.revenue!.value).toBe(45575);
    const shown = async (label: string) => (await page.getByTestId(`kpi-${label}`).textContent())?.trim();
    // The page formats with Intl in the workspace locale (en): format the API's numbers the same way.
    const formats = await page.evaluate(
      ({ kpis }) => {
        const number = (v: number | null) => (v === null ? '—' : new Intl.NumberFormat('en').format(v));
        const money = (v: number | null) =>
          v === null
            ? '—'
            : new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(v / 100);
        const rate = (v: number | null) =>
          v === null
            ? '—'
            : new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(v);
        return {
          'Customers who have ordered': number(kpis.customers!.value),
          'New customers': number(kpis.new_customers!.value),
          Revenue: money(kpis.revenue!.value),
          Orders: number(kpis.orders!.value),
          'Repeat purchase rate': rate(kpis.repeat_purchase_rate!.value),
          Retention: rate(kpis.retention_rate!.value),
          'AOV, first orders': money(kpis.average_order_value_first!.value),
          'AOV, repeat orders': money(kpis.average_order_value_repeat!.value),
        };
      },
      { kpis: summary.kpis },
    );
    expect(formats.Revenue).toBe('$455.75');
    for (const [label, expected] of Object.entries(formats)) expect(await shown(label)).toBe(expected);
  });

  it('finds a customer and opens their page', async () => {
    await nav('Customers').click();
    await settled(page);
    await screenshot(page, 'customers');
    await page.getByLabel('Search by name or email').fill('binh@');
    await page.getByRole('button', { name: 'Search' }).click();
    // The previous page stays on screen until the search answers: wait for the others to leave.
    await page.getByRole('link', { name: 'Anna Nguyen' }).waitFor({ state: 'detached' });
    await expect(page.getByRole('link', { name: 'Chi Le' }).count()).resolves.toBe(0);
    const link = page.getByRole('link', { name: 'Binh Tran' });
    await link.click();
    await page.getByRole('heading', { name: 'Binh Tran', level: 1 }).waitFor();
    await settled(page);
    const orders = page.getByRole('region', { name: 'Orders' });
    await expect(orders.getByRole('cell', { name: 'o-1003' }).isVisible()).resolves.toBe(true);
    const ledger = await tableText(page.getByRole('region', { name: 'Points ledger' }));
    expect(ledger[0]).toEqual(['Date', 'Kind', 'Description', 'Points', 'By']);
    expect(ledger.slice(1).map((row) => row.slice(1))).toEqual([
      ['Earned', 'Order o-1003', '45', 'Automatic'],
    ]);
    await screenshot(page, 'customer');
  });

  it('shows lifecycle & value with the Pareto curve and the CLV distribution', async () => {
    await nav('Lifecycle & value').click();
    await page.getByRole('heading', { name: 'Lifecycle & value', level: 1 }).waitFor();
    await settled(page);
    // The page asks for the 365 days ending today, the API's default period.
    const pareto = await shop.api<ParetoAnswer>('/v1/analytics/pareto?points=50');
    const clv = await shop.api<ClvAnswer>('/v1/analytics/clv-distribution?bins=20');
    expect(pareto.customers).toBe(11);
    expect(clv.customers).toBe(11);
    expect(clv.bins.filter((bin) => bin.customers > 0).length).toBeGreaterThan(1);
    const shown = await page.evaluate(
      ({ share, median }) => ({
        share: new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(share),
        median: new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(median / 100),
      }),
      { share: pareto.top_20_percent.revenue_share, median: clv.quantiles.median_minor },
    );

    const paretoPanel = page.getByRole('region', { name: 'Pareto curve' });
    await expect(paretoPanel.getByTestId('pareto-share').textContent()).resolves.toBe(
      `Top 20% of customers bring ${shown.share} of revenue.`,
    );
    // Series are drawn in the dashboard palette's first colour (web/src/components/Chart.tsx).
    const seriesColour = '#4f46e5';
    const curve = paretoPanel.getByRole('img', { name: 'Pareto curve' });
    await curve.locator(`svg path[stroke="${seriesColour}"]`).first().waitFor();
    const clvPanel = page.getByRole('region', { name: 'Predicted 12-month value per customer' });
    await expect(clvPanel.getByTestId('clv-median').textContent()).resolves.toBe(
      `Median customer: ${shown.median} in the next 12 months`,
    );
    const histogram = clvPanel.getByRole('img', { name: 'Predicted 12-month value per customer' });
    await histogram.locator(`svg path[fill="${seriesColour}"]`).first().waitFor();
    // One bar per bin the API answered (empty bins too, at height 0).
    await expect(histogram.locator(`svg path[fill="${seriesColour}"]`).count()).resolves.toBe(
      clv.bins.length,
    );
    await screenshot(page, 'lifecycle');
  });

  it('shows loyalty', async () => {
    await nav('Loyalty').click();
    await page.getByRole('heading', { name: 'Loyalty', level: 1 }).waitFor();
    await settled(page);
    const latest = page.getByRole('region', { name: 'Latest entries' });
    const entries = await tableText(latest);
    expect(entries[0]).toEqual(['Date', 'Customer', 'Kind', 'Description', 'Source', 'Points']);
    const binh = entries.find((row) => row[3] === 'Order o-1003')!;
    // Each entry names its customer (not a cus_ id) and its kind in words.
    expect(binh.slice(1)).toEqual(['Binh Tran', 'Earned', 'Order o-1003', 'o-1003', '45']);
    await expect(
      latest.getByRole('link', { name: 'Binh Tran' }).first().getAttribute('href'),
    ).resolves.toMatch(/^\/customers\/cus_/);
    await screenshot(page, 'loyalty');
  });

  it('changes an earn rule, backtests it and sees it saved', async () => {
    await page.getByRole('button', { name: 'Edit Order bonus' }).click();
    const form = page.getByRole('form', { name: 'Edit rule “Order bonus”' });
    await form.getByLabel('Points', { exact: true }).fill('75');
    await form.getByRole('button', { name: 'Backtest' }).click();
    // Four past orders, each worth 75 points under the draft, valued at 100 points = $1.00.
    await page.getByText('Would have issued 300 points to 3 customers, worth $3.00.').waitFor();
    await screenshot(page, 'loyalty-rule-edit');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('rule-reward').filter({ hasText: '75 points' }).waitFor();
    const saved = await shop.api<{ reward: { points: number }; version: number }>(
      `/v1/loyalty/earn-rules/${rule.id}`,
    );
    expect(saved.reward.points).toBe(75);
    expect(saved.version).toBe(2);
  });

  it('saves a workspace setting', async () => {
    await nav('Settings').click();
    await settled(page);
    await page.getByLabel('Shop name').fill('Cửa hàng Hoa');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const workspace = await shop.api<{ name: string }>('/v1/workspace');
    expect(workspace.name).toBe('Cửa hàng Hoa');
    await screenshot(page, 'settings');
  });

  it('lists API keys and users, with a button to revoke a key and none to remove oneself', async () => {
    const keys = await tableText(page.getByRole('region', { name: 'API keys' }));
    expect(keys[0]).toEqual(['Name', 'Key', 'Kind', 'Created', 'Revoke']);
    expect(
      keys.slice(1).map(([name, key, kind, , action]) => [name, key!.slice(0, 3), kind, action]),
    ).toEqual([['secret key', 'sk_', 'Secret', 'Revoke']]);
    await expect(page.getByRole('button', { name: 'Revoke secret key' }).isVisible()).resolves.toBe(true);
    const users = await tableText(page.getByRole('region', { name: 'Users' }));
    expect(users[0]).toEqual(['Email', 'Name', 'Role', 'Created', 'Remove']);
    expect(users.slice(1).map(([email, name, role, , action]) => [email, name, role, action])).toEqual([
      ['owner@example.com', 'Olivia Owner', 'Owner', ''],
    ]);
  });

  it('invites an analyst, who signs up from the link and can only read', async () => {
    await page.getByLabel('Email').fill('analyst@example.com');
    await page.getByLabel('Role', { exact: true }).selectOption('analyst');
    await page.getByRole('button', { name: 'Create invitation' }).click();
    const link = (await page
      .getByRole('status')
      .filter({ hasText: 'Send this link' })
      .locator('code')
      .textContent())!;
    expect(link).toMatch(new RegExp(`^${shop.url}/accept-invitation#[A-Za-z0-9_-]{43}$`));

    const analystContext = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      locale: 'en-US',
    });
    const analyst = await analystContext.newPage();
    analyst.setDefaultTimeout(15_000);
    analyst.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`analyst: ${message.text()}`);
    });
    await analyst.goto(link);
    await analyst.getByLabel('Password').fill('an analyst password');
    await analyst.getByRole('button', { name: 'Create account' }).click();
    await analyst.getByText('You have read-only access.').waitFor();
    await analyst.getByRole('link', { name: 'Settings' }).click();
    await settled(analyst);
    await expect(analyst.getByRole('button', { name: 'Save' }).isDisabled()).resolves.toBe(true);
    await expect(analyst.getByRole('button', { name: 'Create invitation' }).count()).resolves.toBe(0);
    await screenshot(analyst, 'settings-analyst');
    await analystContext.close();

    const users = await shop.api<{ data: { email: string; role: string }[] }>('/v1/dashboard/users');
    expect(users.data.map((user) => [user.email, user.role])).toEqual([
      ['owner@example.com', 'owner'],
      ['analyst@example.com', 'analyst'],
    ]);
  });

  it('switches to Vietnamese', async () => {
    await page.getByLabel('Language').selectOption('vi');
    await nav('Tổng quan', 'Điều hướng chính').click();
    await page.getByRole('heading', { name: 'Tổng quan', level: 1 }).waitFor();
    await expect(page.getByText('Doanh thu', { exact: true }).first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Khách hàng', exact: true }).isVisible()).resolves.toBe(true);
    await settled(page);
    await screenshot(page, 'overview-vi');
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
