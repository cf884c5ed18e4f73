import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { dayMs } from '../../src/core/time.js';
import { systemClock } from '../../src/core/clock.js';
import { scoresChangedAt } from '../../src/modules/analytics/index.js';
import { appendEvents, drainConsumers, type NewEvent } from '../../src/modules/events/index.js';
import { startSegmentsWorker } from '../../src/modules/segments/index.js';
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

/**
 * Six customers in three countries with 0 to 3 orders: at least one order and from VN or TH is
 * Khách 0, 1, 3 and 4; at least two orders and from VN or TH is Khách 0 and 3.
 */
const customers = [
  { country: 'VN', orders: 3 },
  { country: 'VN', orders: 1 },
  { country: 'VN', orders: 0 },
  { country: 'TH', orders: 3 },
  { country: 'TH', orders: 1 },
  { country: 'JP', orders: 2 },
];

function shopEvents(now: Date): NewEvent[] {
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * dayMs);
  const event = (fields: Omit<NewEvent, 'messageId' | 'receivedAt'>): NewEvent => ({
    messageId: randomUUID(),
    receivedAt: fields.occurredAt,
    ...fields,
  });
  return customers.flatMap(({ country, orders }, i) => [
    event({
      type: 'identify',
      userId: `u-${i}`,
      traits: { email: `khach${i}@example.vn`, name: `Khách ${i}`, country },
      occurredAt: at(40),
    }),
    ...Array.from({ length: orders }, (_, k) =>
      event({
        type: 'track',
        name: 'Order Completed',
        userId: `u-${i}`,
        properties: { order_id: `o-${i}-${k}`, total: 40 + i, currency: 'USD' },
        occurredAt: at(30 - k * 10),
      }),
    ),
  ]);
}

describe.skipIf(!hasChromium)('segments in the dashboard', () => {
  let shop: RunningShop;
  let browser: Browser;
  let page: Page;
  let segmentUrl: string;
  let worker: { stop(): Promise<void> } | undefined;
  const consoleErrors: string[] = [];
  const workerErrors: unknown[] = [];

  beforeAll(async () => {
    await ensureDashboardBuilt();
    shop = await startShop();
    await appendEvents(shop.database.db, shop.workspace.id, shopEvents(new Date()));
    await drainConsumers(shop.database.db, consumers);
    // The worker `retain start` runs: it builds a saved segment's members in the background.
    worker = startSegmentsWorker(shop.database.db, systemClock, scoresChangedAt, (error) =>
      workerErrors.push(error),
    );
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
    page.setDefaultTimeout(15_000);
    page.on('console', (message) => {
      // A refused draft's live count answers 400 on purpose, and a customer's predictions 422 before
      // any model is fitted; the browser logs each such answer.
      const expected = ['status of 400', 'status of 422'].some((status) => message.text().includes(status));
      if (message.type() === 'error' && !expected)
        consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
    await shop?.close();
  });

  const liveCount = () => page.getByTestId('live-count-figure').textContent();
  const condition = (n: number) => page.getByRole('group', { name: `Condition ${n}`, exact: true });

  it('builds a segment with a nested group, its live count following each change', async () => {
    await page.goto(shop.url);
    await page.getByLabel('Name').fill('Olivia Owner');
    await page.getByLabel('Email').fill('owner@example.com');
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Setup token').fill(shop.setupToken);
    await page.getByRole('button', { name: 'Create owner account' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Segments' })
      .click();
    await page.getByRole('heading', { name: 'Segments', level: 1 }).waitFor();
    await settled(page);
    await page.getByRole('link', { name: 'New segment' }).click();
    const builder = page.getByRole('form', { name: 'Segment builder' });
    await builder.waitFor();

    // Enter in a field does not save a half-built segment.
    const name = builder.getByLabel('Name', { exact: true });
    await name.fill('Repeat buyers in VN and TH');
    await name.press('Enter');
    await expect(page.getByRole('heading', { name: 'New segment' }).isVisible()).resolves.toBe(true);

    // The first condition starts as "Number of orders at least 1": five customers have ordered.
    await expect(condition(1).getByLabel('Field').inputValue()).resolves.toBe('orders.count');
    await expect.poll(liveCount, { timeout: 15_000 }).toBe('5');

    // A nested "any" group: country is VN, or country is TH, chosen from the shop's own traits.
    await page
      .getByRole('group', { name: 'Customers who match' })
      .getByRole('button', { name: 'Add group' })
      .last()
      .click();
    const group = page.getByRole('group', { name: 'Group 2', exact: true });
    await expect(group.getByLabel('Match').inputValue()).resolves.toBe('any');
    await condition(2).getByLabel('Field').selectOption('traits.country');
    await condition(2).getByLabel('Value', { exact: true }).fill('VN');
    await group.getByRole('button', { name: 'Add condition' }).click();
    // The new condition takes the focus, and Tab goes from its field to its operator.
    const kindId = await condition(3).getByLabel('Condition on').getAttribute('id');
    await expect.poll(() => page.evaluate('document.activeElement.id')).toBe(kindId);
    await condition(3).getByLabel('Field').focus();
    await page.keyboard.press('Tab');
    const operatorId = await condition(3).getByLabel('Operator').getAttribute('id');
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe(operatorId);
    await condition(3).getByLabel('Field').selectOption('traits.country');
    await condition(3).getByLabel('Value', { exact: true }).fill('TH');
    await expect.poll(liveCount, { timeout: 15_000 }).toBe('4');

    // Two orders or more, typed by keyboard into the first condition: the count follows.
    const orders = condition(1).getByLabel('Value', { exact: true });
    await orders.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2');
    await expect.poll(liveCount, { timeout: 15_000 }).toBe('2');
    await expect(page.getByRole('complementary', { name: 'Live count' }).textContent()).resolves.toContain(
      'Khách',
    );
    await screenshot(page, 'segments-builder');
  });

  it('shows a refusal at the condition whose path the server names', async () => {
    const root = page.getByRole('group', { name: 'Customers who match' });
    await root.getByRole('button', { name: 'Add condition' }).last().click();
    const event = condition(4);
    await event.getByLabel('Condition on').selectOption('event');
    await event.getByLabel('Event', { exact: true }).fill('Order Completed');
    await event.getByLabel('Days').fill('0');
    await event.locator('.field-error').waitFor();
    await screenshot(page, 'segments-refusal');
    await expect(condition(1).locator('.field-error').count()).resolves.toBe(0);
    await event.getByRole('button', { name: 'Remove Condition 4' }).click();
    // The focus goes back to the group the condition was in.
    const matchId = await root.getByLabel('Match').first().getAttribute('id');
    await expect.poll(() => page.evaluate('document.activeElement.id')).toBe(matchId);
    await expect.poll(liveCount, { timeout: 15_000 }).toBe('2');
  });

  it('saves it, lists it with its size and opens its members', async () => {
    await page.getByRole('button', { name: 'Create segment' }).click();
    await page.getByRole('heading', { name: 'Repeat buyers in VN and TH' }).waitFor();
    segmentUrl = page.url();
    await expect
      .poll(() => page.getByTestId('segment-members-count').textContent(), { timeout: 20_000 })
      .toBe('2');
    await page.getByRole('link', { name: 'Segments' }).first().click();
    const list = page.getByTestId('segment-list');
    const row = list.getByRole('row').filter({ hasText: 'Repeat buyers in VN and TH' });
    await expect.poll(() => row.getByTestId('segment-size').textContent(), { timeout: 20_000 }).toBe('2');
    // Ready-made segments that need surveys are named, with why they are not there.
    await page.getByText('Not available yet').waitFor();
    await screenshot(page, 'segments-list');
    await row.getByRole('link', { name: 'Repeat buyers in VN and TH' }).click();
    const members = page.getByTestId('segment-members');
    await members.waitFor();
    await settled(page);
    const rows = await tableText(members);
    expect(
      rows
        .slice(1)
        .map((cells) => cells.slice(0, 2))
        .sort(),
    ).toEqual([
      ['Khách 0', 'khach0@example.vn'],
      ['Khách 3', 'khach3@example.vn'],
    ]);
    await expect(page.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).resolves.toMatch(
      /members\.csv$/,
    );
    await screenshot(page, 'segments-detail');
  });

  it('shows the segment on a member’s page', async () => {
    expect(segmentUrl).toBeTruthy();
    await page.getByTestId('segment-members').getByRole('link', { name: 'Khách 0' }).click();
    await page
      .getByTestId('customer-segments')
      .getByRole('link', { name: 'Repeat buyers in VN and TH' })
      .waitFor();
  });

  it('edits it: the builder opens the saved definition, and the rebuilt segment has the new members', async () => {
    await page.goto(segmentUrl);
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('heading', { name: 'Edit segment' }).waitFor();
    const orders = condition(1).getByLabel('Value', { exact: true });
    await expect(orders.inputValue()).resolves.toBe('2');
    await expect(condition(3).getByLabel('Value', { exact: true }).inputValue()).resolves.toBe('TH');
    await orders.fill('1');
    await expect.poll(liveCount, { timeout: 15_000 }).toBe('4');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'Repeat buyers in VN and TH' }).waitFor();
    await expect
      .poll(() => page.getByTestId('segment-members-count').textContent(), { timeout: 20_000 })
      .toBe('4');
  });

  it('builds in Japanese: the builder, its pickers and its live count in the reader’s language', async () => {
    await page.goto(`${shop.url}/segments/new`);
    await page.getByRole('heading', { name: 'New segment' }).waitFor();
    await page.getByLabel('Language').selectOption('ja');
    await page.getByRole('heading', { name: '新しいセグメント' }).waitFor();
    const first = page.getByRole('group', { name: '条件 1', exact: true });
    await expect(first.getByLabel('項目').locator('option:checked').textContent()).resolves.toBe('注文数');
    await expect.poll(liveCount, { timeout: 15_000 }).toBe('5');
    await page.getByText('現在 5 人の顧客が該当します。').waitFor();
    await screenshot(page, 'segments-builder-ja');
    expect(consoleErrors).toEqual([]);
    expect(workerErrors).toEqual([]);
  });
});
