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

/**
 * Customers who bought every ten days and then fell silent for 16 to 38 days: overdue against
 * their own rhythm, so the lifecycle has at-risk and lapsed customers; three who bought last week.
 */
function shopEvents(now: Date): NewEvent[] {
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * dayMs);
  const event = (fields: Omit<NewEvent, 'messageId' | 'receivedAt'>): NewEvent => ({
    messageId: randomUUID(),
    receivedAt: fields.occurredAt,
    ...fields,
  });
  const customer = (i: number, silence: number) => {
    const userId = `u-${i}`;
    return [
      event({
        type: 'identify',
        userId,
        traits: { email: `khach${i}@example.vn`, name: `Khách ${i}` },
        occurredAt: at(silence + 30),
      }),
      ...[20, 10, 0].map((before, k) =>
        event({
          type: 'track',
          name: 'Order Completed',
          userId,
          properties: { order_id: `o-${i}-${k}`, total: 40 + i, currency: 'USD' },
          occurredAt: at(silence + before),
        }),
      ),
    ];
  };
  return [16, 18, 20, 22, 24, 26, 38, 40, 3, 4, 5].flatMap((silence, i) => customer(i, silence));
}

interface Lifecycle {
  now: Record<string, number>;
}

describe.skipIf(!hasChromium)('customers from the dashboard', () => {
  let shop: RunningShop;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    await ensureDashboardBuilt();
    shop = await startShop();
    await appendEvents(shop.database.db, shop.workspace.id, shopEvents(new Date()));
    await drainConsumers(shop.database.db, consumers);
    await shop.post('/v1/analytics/recompute', {});
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

  it('opens the at-risk customers from the lifecycle chart and adjusts one’s points', async () => {
    await page.goto(shop.url);
    await page.getByRole('heading', { name: 'Welcome to retain' }).waitFor();
    await page.getByLabel('Name').fill('Olivia Owner');
    await page.getByLabel('Email').fill('owner@example.com');
    await page.getByLabel('Password').fill('a long owner password');
    await page.getByLabel('Setup token').fill(shop.setupToken);
    await page.getByRole('button', { name: 'Create owner account' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Lifecycle & value' })
      .click();
    await page.getByRole('heading', { name: 'Lifecycle & value', level: 1 }).waitFor();
    await settled(page);
    const { now } = await shop.api<Lifecycle>('/v1/analytics/lifecycle');
    const stages = Object.keys(now);
    const atRisk = now.at_risk!;
    expect(atRisk).toBeGreaterThan(0);

    // The stages chart draws one bar per stage, top to bottom in the API's order, from the grid's
    // left edge (110 px): a click just inside that edge lands on the at-risk bar.
    const chart = page.getByRole('img', { name: 'Customers by lifecycle stage' }).first();
    const box = (await chart.boundingBox())!;
    const index = stages.indexOf('at_risk');
    const plotTop = 10;
    const plotHeight = box.height - 10 - 30;
    await page.mouse.click(box.x + 113, box.y + plotTop + ((index + 0.5) * plotHeight) / stages.length);

    await page.waitForURL(/\/customers\?stage=at_risk$/);
    await page.getByRole('heading', { name: 'Customers', level: 1 }).waitFor();
    await settled(page);
    await page.getByText(`${atRisk} customers match`).waitFor();
    expect(await page.getByLabel('Stage').inputValue()).toBe('at_risk');
    const rows = await tableText(page.getByRole('region', { name: 'Customers' }));
    expect(rows.slice(1)).toHaveLength(atRisk);
    expect(new Set(rows.slice(1).map((row) => row[2]))).toEqual(new Set(['At risk']));
    await screenshot(page, 'customers-at-risk');

    const name = rows[1]![0]!;
    const href = (await page.getByRole('link', { name }).getAttribute('href'))!;
    const before = await shop.api<{ points: { balance: number } }>(`/v1/${href.slice(1)}/loyalty`);
    const after = before.points.balance + 75;
    await page.getByRole('link', { name }).click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await settled(page);
    const service = page.getByRole('form', { name: 'Adjust points' });
    await service.getByLabel('Points to add').fill('75');
    await service.getByLabel('Reason (the customer’s history keeps it)').fill('Parcel arrived late');
    await service.getByRole('button', { name: 'Adjust points' }).click();
    await service.getByText(`Done. The balance is now ${after} points.`).waitFor();

    const loyalty = page.getByRole('region', { name: 'Loyalty' });
    await loyalty.getByText(String(after), { exact: true }).first().waitFor();
    const ledger = page.getByRole('region', { name: 'Points ledger' });
    await ledger.getByRole('cell', { name: 'Parcel arrived late' }).waitFor();
    const entries = await tableText(ledger);
    expect(entries[0]).toEqual(['Date', 'Kind', 'Description', 'Points', 'By']);
    expect(entries.find((row) => row[2] === 'Parcel arrived late')!.slice(2)).toEqual([
      'Parcel arrived late',
      '75',
      'Olivia Owner',
    ]);
    await screenshot(page, 'customer-adjusted');
    expect(consoleErrors).toEqual([]);
  });

  it('adds store credit, issues a reward and cancels it from the customer page, as the owner', async () => {
    // The customer page the previous test left open.
    const customerId = new URL(page.url()).pathname.split('/').pop()!;
    type Status = { points: { balance: number }; store_credit: { balance_minor: number } };
    const status = () => shop.api<Status>(`/v1/customers/${customerId}/loyalty`);
    const before = await status();
    await shop.post('/v1/loyalty/rewards', {
      name: '$5 off',
      kind: 'amount_off',
      points_cost: 50,
      amount_off: 500,
    });
    await page.reload();
    await settled(page);

    const credit = page.getByRole('form', { name: 'Add store credit' });
    await credit.getByLabel('Amount (USD)').fill('12.50');
    await credit.getByLabel('Reason (the customer’s history keeps it)').fill('Broken mug');
    await credit.getByRole('button', { name: 'Add credit' }).click();
    await credit.getByText('Done. $12.50 of store credit added.').waitFor();
    expect((await status()).store_credit.balance_minor).toBe(before.store_credit.balance_minor + 1250);

    const issue = page.getByRole('form', { name: 'Issue a reward' });
    await issue.getByLabel('Reward').selectOption({ label: '$5 off (50 points)' });
    await issue.getByRole('button', { name: 'Issue reward' }).click();
    await issue.getByText(/^Done\. \$5 off issued/).waitFor();
    expect((await status()).points.balance).toBe(before.points.balance - 50);

    const taken = page.getByRole('region', { name: 'Rewards taken' });
    await taken.getByRole('button', { name: 'Cancel $5 off and give the points back' }).click();
    await taken.getByRole('cell', { name: 'Cancelled', exact: true }).waitFor();
    const rows = await tableText(taken);
    expect(rows[1]).toEqual(
      expect.arrayContaining(['$5 off', 'Cancelled', 'Olivia Owner; cancelled by Olivia Owner']),
    );
    // The points are back, and the API records who issued and who cancelled it.
    expect((await status()).points.balance).toBe(before.points.balance);
    const redemptions = await shop.api<{
      data: { status: string; actor: unknown; cancelled_by: string | null }[];
    }>(`/v1/customers/${customerId}/redemptions`);
    expect(redemptions.data).toEqual([
      expect.objectContaining({ status: 'cancelled', cancelled_by: expect.stringMatching(/^usr_/) }),
    ]);
    await screenshot(page, 'customer-credit-and-cancelled-reward');
    expect(consoleErrors).toEqual([]);
  });
});
