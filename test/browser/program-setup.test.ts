import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
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
  type RunningShop,
} from './support.js';

const password = 'a long owner password';

/** A Vietnamese shop's last weeks: three customers, two orders, four reviews (at most 2 each). */
function shopEvents(now: Date): NewEvent[] {
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * dayMs);
  const event = (fields: Omit<NewEvent, 'messageId' | 'receivedAt'>): NewEvent => ({
    messageId: randomUUID(),
    receivedAt: fields.occurredAt,
    ...fields,
  });
  const review = (userId: string, daysAgo: number) =>
    event({
      type: 'track',
      name: 'Review Submitted',
      userId,
      properties: { stars: 5 },
      occurredAt: at(daysAgo),
    });
  const order = (userId: string, orderId: string, total: number, daysAgo: number) =>
    event({
      type: 'track',
      name: 'Order Completed',
      userId,
      properties: { order_id: orderId, total, currency: 'VND' },
      occurredAt: at(daysAgo),
    });
  return [
    order('u-lan', 'VN-1', 1_200_000, 20),
    order('u-minh', 'VN-2', 450_000, 12),
    review('u-lan', 19),
    review('u-lan', 5),
    review('u-minh', 11),
    review('u-hoa', 3),
  ];
}

interface Listed<T> {
  data: T[];
}

describe.skipIf(!hasChromium)('setting up the program in the dashboard', () => {
  let shop: RunningShop;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    await ensureDashboardBuilt();
    shop = await startShop();
    const changed = await fetch(`${shop.url}/v1/workspace`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${shop.secretKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ currency: 'VND', timezone: 'Asia/Ho_Chi_Minh' }),
    });
    expect(changed.status).toBe(200);
    await appendEvents(shop.database.db, shop.workspace.id, shopEvents(new Date()));
    await drainConsumers(shop.database.db, consumers);
    browser = await launchChromium();
    page = await browser.newPage({
      viewport: { width: 1400, height: 900 },
      locale: 'en-US',
      acceptDownloads: true,
    });
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

  const region = (name: string) => page.getByRole('region', { name });
  const form = (name: string) => page.getByRole('form', { name });

  it('signs the owner up and opens Loyalty', async () => {
    await page.goto(shop.url);
    await page.getByRole('heading', { name: 'Welcome to retain' }).waitFor();
    await page.getByLabel('Name').fill('Olivia Owner');
    await page.getByLabel('Email').fill('owner@example.com');
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Setup token').fill(shop.setupToken);
    await page.getByRole('button', { name: 'Create owner account' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Loyalty' })
      .click();
    await page.getByRole('heading', { name: 'Loyalty', level: 1 }).waitFor();
    await settled(page);
  });

  it('creates an earn rule from a template as a draft, backtests it with its progress, and turns it on', async () => {
    const rules = region('Earn rules');
    // A template's amount is the shop's currency's, written in the reader's language.
    await rules.getByLabel('Start from').selectOption({ label: 'Big order bonus' });
    await rules.getByText('100 extra points for an order of ₫1,000,000 or more.').waitFor();
    await rules.getByLabel('Start from').selectOption({ label: 'Review bonus' });
    await rules.getByText('50 points per review, at most 3 a month.').waitFor();
    await rules.getByRole('button', { name: 'New rule' }).click();
    const editor = form('New earn rule');
    await expect(editor.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe('Review bonus');
    await expect(editor.getByLabel('Event name').inputValue()).resolves.toBe('Review Submitted');
    await expect(editor.getByLabel('At most (times)').inputValue()).resolves.toBe('3');

    // What the page shows while the backtest runs, recorded as it appears (it may be brief).
    // (A string: this file is typed without the DOM, as support.ts's settled() is.)
    await page.evaluate(`(() => {
      window.progressSeen = [];
      new MutationObserver(() => {
        const bar = document.querySelector('progress');
        if (bar) window.progressSeen.push(bar.closest('[role="status"]')?.textContent ?? '');
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    })()`);
    const streamed = page.waitForResponse((response) =>
      response.url().endsWith('/v1/loyalty/earn-rules/backtests'),
    );
    await editor.getByRole('button', { name: 'Backtest' }).click();
    const lines = (await (await streamed).text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { object: string; events_scanned: number; events_total?: number });
    expect(lines.filter((line) => line.object === 'earn_rule_simulation_progress').at(-1)).toEqual({
      object: 'earn_rule_simulation_progress',
      events_scanned: 4,
      events_total: 4,
    });
    const result = editor.getByTestId('backtest-result');
    // Four reviews by three customers, none past 3 a month: 4 × 50 points.
    await result.getByText('Would have issued 200 points to 3 customers', { exact: false }).waitFor();
    await expect(result.textContent()).resolves.toMatch(/over 4 past events/);
    const simulation = lines.at(-1) as unknown as { base_points: number; from: string };
    // The base rate: 1 point per 1,000 ₫ of 1,200,000 ₫ + 450,000 ₫ … whatever the program says, as the API says.
    expect(simulation.base_points).toBeGreaterThan(0);
    await expect(result.textContent()).resolves.toContain(
      `On top of the ${new Intl.NumberFormat('en-US').format(simulation.base_points)} points`,
    );
    const seen = await page.evaluate<string[]>('window.progressSeen');
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((text) => /Reading past events…|Replayed \d+ of 4 events/.test(text))).toBe(true);
    await screenshot(page, 'program-rule-backtest');

    await editor.getByRole('button', { name: 'Save as draft' }).click();
    const toggle = rules.getByRole('switch', { name: 'Switch Review bonus on or off' });
    await toggle.waitFor();
    await expect(toggle.textContent()).resolves.toBe('Draft');
    const row = rules.getByRole('row').filter({ hasText: 'Review bonus' });
    await expect(row.getByTestId('rule-caps').textContent()).resolves.toBe('at most 3 times a month');
    let listed =
      await shop.api<Listed<{ name: string; active: boolean; id: string }>>('/v1/loyalty/earn-rules');
    expect(listed.data).toEqual([expect.objectContaining({ name: 'Review bonus', active: false })]);

    await toggle.click();
    await rules.getByRole('switch', { name: 'Switch Review bonus on or off', checked: true }).waitFor();
    listed = await shop.api('/v1/loyalty/earn-rules');
    expect(listed.data).toEqual([expect.objectContaining({ name: 'Review bonus', active: true })]);
  });

  it('creates a reward that says what it gives in money', async () => {
    const rewards = region('Rewards');
    await rewards.getByRole('button', { name: 'New reward' }).click();
    const editor = form('New reward');
    await editor.getByLabel('Reward name').fill('Voucher 50k');
    await editor.getByLabel('Amount off (VND)').fill('50000');
    await editor.getByLabel('Cost in points').fill('500');
    await editor.getByRole('button', { name: 'Save' }).click();
    const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'VND' }).format(50_000);
    await rewards
      .getByTestId('reward-gives')
      .filter({ hasText: `a ${money} voucher` })
      .waitFor();
    const listed =
      await shop.api<Listed<{ kind: string; amount_off: number; points_cost: number }>>(
        '/v1/loyalty/rewards',
      );
    expect(listed.data).toEqual([
      expect.objectContaining({ kind: 'amount_off', amount_off: 50_000, points_cost: 500 }),
    ]);
  });

  it('creates a tier', async () => {
    const tiers = region('VIP tiers');
    await tiers.getByRole('button', { name: 'New tier' }).click();
    const editor = form('New tier');
    await editor.getByLabel('Tier name').fill('Gold');
    await editor.getByLabel('Spend to reach it (VND)').fill('5000000');
    await editor.getByLabel('Points multiplier (%)').fill('150');
    await editor.getByRole('button', { name: 'Save' }).click();
    await tiers.getByRole('cell', { name: 'Gold', exact: true }).waitFor();
    const listed =
      await shop.api<Listed<{ name: string; threshold: number; earn_multiplier_percent: number }>>(
        '/v1/loyalty/tiers',
      );
    expect(listed.data).toEqual([
      expect.objectContaining({ name: 'Gold', threshold: 5_000_000, earn_multiplier_percent: 150 }),
    ]);
    // Its customers are counted (none has spent 5,000,000 ₫ yet), and the count opens them.
    const gold = listed.data[0] as unknown as { id: string; customers: number };
    expect(gold.customers).toBe(0);
    const members = tiers.getByRole('link', { name: '0 customers in Gold' });
    await expect(members.getAttribute('href')).resolves.toBe(`/customers?tier=${gold.id}`);
  });

  it('creates a coupon campaign, draws 100 codes and downloads them as CSV', async () => {
    const campaigns = region('Coupon campaigns');
    await campaigns.getByRole('button', { name: 'New campaign' }).click();
    const editor = form('New campaign');
    await editor.getByLabel('Campaign name').fill('Tết 2027');
    await editor.getByLabel('Gives').selectOption({ label: 'A percentage off' });
    await editor.getByLabel('Percent off').fill('10');
    await editor.getByRole('button', { name: 'Save' }).click();
    await campaigns.getByRole('cell', { name: '10% off the order' }).waitFor();
    await campaigns.getByRole('button', { name: 'Codes of Tết 2027' }).click();
    const draw = form('Draw codes for Tết 2027');
    await draw.getByLabel('Number of codes').fill('100');
    await draw.getByRole('button', { name: 'Draw codes' }).click();
    await campaigns.getByText('100 new codes drawn.').waitFor();
    const downloading = page.waitForEvent('download');
    await draw.getByRole('link', { name: 'Download codes (CSV)' }).click();
    const file = await (await downloading).path();
    const [header, ...rows] = fs.readFileSync(file, 'utf8').trim().split('\n');
    expect(header).toBe('code,max_redemptions,times_redeemed,voided,created');
    const coupon = (await shop.api<Listed<{ id: string; percent_off: number }>>('/v1/coupons')).data[0]!;
    expect(coupon.percent_off).toBe(10);
    const codes = await shop.api<Listed<{ code: string }>>(`/v1/coupons/${coupon.id}/codes?limit=100`);
    expect(rows.map((row) => row.split(',')[0]).sort()).toEqual(codes.data.map((c) => c.code).sort());
    expect(rows).toHaveLength(100);
    await screenshot(page, 'program-campaign');
  });

  it('creates a challenge with its badge', async () => {
    const challenges = region('Challenges and badges');
    await challenges.getByRole('button', { name: 'New challenge' }).click();
    const editor = form('New challenge');
    await editor.getByLabel('Challenge name').fill('Three reviews');
    await editor.getByLabel('Event that counts').fill('Review Submitted');
    await editor.getByLabel('How many times').fill('3');
    await editor.getByLabel('Within (days)').fill('30');
    await editor.getByLabel('Bonus points').fill('100');
    await editor.getByLabel('Badge name').fill('Critic');
    await editor.getByRole('button', { name: 'Save' }).click();
    await challenges.getByText('3 × Review written within 30 days').waitFor();
    const listed =
      await shop.api<
        Listed<{ name: string; event_name: string; events_required: number; badge: { name: string } }>
      >('/v1/loyalty/challenges');
    expect(listed.data).toEqual([
      expect.objectContaining({
        name: 'Three reviews',
        event_name: 'Review Submitted',
        events_required: 3,
        badge: expect.objectContaining({ name: 'Critic' }),
      }),
    ]);
    await screenshot(page, 'program-setup');
  });

  it('edits a reward and archives a tier', async () => {
    const rewards = region('Rewards');
    await rewards.getByRole('button', { name: 'Edit Voucher 50k' }).click();
    const editor = form('Edit reward “Voucher 50k”');
    await expect(editor.getByLabel('Cost in points').inputValue()).resolves.toBe('500');
    await editor.getByLabel('Cost in points').fill('400');
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.waitFor({ state: 'detached' });
    const rewardsListed =
      await shop.api<Listed<{ name: string; points_cost: number }>>('/v1/loyalty/rewards');
    expect(rewardsListed.data).toEqual([expect.objectContaining({ name: 'Voucher 50k', points_cost: 400 })]);

    const tiers = region('VIP tiers');
    await tiers.getByRole('button', { name: 'Archive Gold' }).click();
    await tiers
      .getByRole('group', { name: 'Archive Gold? It cannot be brought back.' })
      .getByRole('button', { name: 'Yes, archive' })
      .click();
    await tiers.getByRole('cell', { name: 'Gold', exact: true }).waitFor({ state: 'detached' });
    const tiersListed = await shop.api<Listed<{ name: string }>>('/v1/loyalty/tiers');
    expect(tiersListed.data.map((tier) => tier.name)).not.toContain('Gold');
  });

  it('archives a challenge only once asked twice', async () => {
    const challenges = region('Challenges and badges');
    await challenges.getByRole('button', { name: 'Archive Three reviews' }).click();
    const question = challenges.getByRole('group', {
      name: 'Archive Three reviews? It cannot be brought back.',
    });
    await question.getByRole('button', { name: 'Keep' }).click();
    await challenges.getByRole('button', { name: 'Archive Three reviews' }).click();
    await question.getByRole('button', { name: 'Yes, archive' }).click();
    await challenges.getByText('No challenges yet.').waitFor();
    const listed = await shop.api<Listed<unknown>>('/v1/loyalty/challenges');
    expect(listed.data).toEqual([]);
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
