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
  tableText,
  type RunningShop,
} from './support.js';

// Issue 16's walk, as a new owner in Vietnam would take it: the first run in Vietnamese, the whole
// program set up in the dashboard, at-risk customers found from the lifecycle chart and one of
// them looked after, then every screen read in the four languages, with a screenshot of each.

const vi = catalogue.vi;
const password = 'mật khẩu dài của chủ';

/** A message with its placeholders filled, as the dashboard shows it. */
const say = (message: string, values: Record<string, string>) =>
  message.replace(/\{(\w+)\}/g, (_whole, name: string) => values[name] ?? `{${name}}`);

/**
 * Customers who bought every ten days and then fell silent for 16 to 40 days (overdue against
 * their own rhythm, so the lifecycle has at-risk and lapsed customers), three who bought last
 * week, and reviews for the review bonus to be backtested on. Totals in dong.
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
          properties: { order_id: `o-${i}-${k}`, total: 400_000 + i * 10_000, currency: 'VND' },
          occurredAt: at(silence + before),
        }),
      ),
      event({
        type: 'track',
        name: 'Review Submitted',
        userId,
        properties: { stars: 5 },
        occurredAt: at(silence),
      }),
    ];
  };
  return [16, 18, 20, 22, 24, 26, 38, 40, 3, 4, 5].flatMap((silence, i) => customer(i, silence));
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

interface Listed<T> {
  data: T[];
}

describe.skipIf(!hasChromium)('a new owner’s walk through the dashboard, in Chromium', () => {
  let shop: RunningShop;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  /** The customer whose points were adjusted: their page is one of the screens. */
  let customerHref = '';

  beforeAll(async () => {
    await ensureDashboardBuilt();
    shop = await startShop({ onboarded: false });
    browser = await launchChromium();
    page = await browser.newPage({
      viewport: { width: 1400, height: 900 },
      locale: 'en-US',
      timezoneId: 'UTC',
    });
    page.setDefaultTimeout(15_000);
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await shop?.close();
  });

  const region = (name: string) => page.getByRole('region', { name, exact: true });
  const form = (name: string) => page.getByRole('form', { name });
  const nav = (name: string) =>
    page.getByRole('navigation', { name: vi.nav_main }).getByRole('link', { name });

  it('first run: VND, Asia/Ho_Chi_Minh and Vietnamese', async () => {
    await page.goto(shop.url);
    await page.getByRole('heading', { name: 'Welcome to retain' }).waitFor();
    await page.getByLabel('Name').fill('Chị Lan');
    await page.getByLabel('Email').fill('chu.cua.hang@example.vn');
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Setup token').fill(shop.setupToken);
    await page.getByRole('button', { name: 'Create owner account' }).click();
    await page.getByRole('heading', { name: catalogue.en.onboarding_title }).waitFor();
    await page.getByLabel(catalogue.en.onboarding_language).selectOption('vi');
    await page.getByRole('heading', { name: vi.onboarding_title }).waitFor();
    await page.getByLabel(vi.onboarding_shop_name).fill('Cà phê Sáng');
    await page.getByLabel(vi.onboarding_currency).selectOption('VND');
    await page.getByLabel(vi.onboarding_timezone).selectOption('Asia/Ho_Chi_Minh');
    await page.getByRole('button', { name: vi.onboarding_submit }).click();
    await page.getByRole('heading', { name: vi.nav_overview, level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await shop.api('/v1/workspace')).toMatchObject({
      name: 'Cà phê Sáng',
      currency: 'VND',
      timezone: 'Asia/Ho_Chi_Minh',
      locale: 'vi-VN',
    });

    // Nothing is scored yet: the lifecycle chart says so.
    const stages = region(vi.chart_stages);
    await stages.getByText(vi.empty_title).waitFor();

    // The shop's history arrives after the owner chose the currency (an order would have locked it).
    await appendEvents(shop.database.db, shop.workspace.id, shopEvents(new Date()));
    await drainConsumers(shop.database.db, consumers);
    await shop.post('/v1/analytics/recompute', {});
    // The owner stays on the overview: the chart fills in without a reload (the empty answer
    // read before the history came stayed on screen until one).
    await stages.getByRole('img', { name: vi.chart_stages }).waitFor({ timeout: 20_000 });
  });

  it('creates an earn rule from a template as a draft, backtests it and turns it on', async () => {
    await nav(vi.nav_loyalty).click();
    await page.getByRole('heading', { name: vi.nav_loyalty, level: 1 }).waitFor();
    await settled(page);
    const rules = region(vi.earn_rules_title);
    await rules.getByLabel(vi.rule_start_from).selectOption({ label: vi.template_review_bonus });
    await rules.getByRole('button', { name: vi.rule_new }).click();
    const editor = form(vi.rule_new_title);
    await editor.getByRole('button', { name: vi.backtest }).click();
    await editor.getByTestId('backtest-result').waitFor({ timeout: 60_000 });
    await editor.getByRole('button', { name: vi.rule_save_draft }).click();
    const toggle = rules.getByRole('switch', {
      name: say(vi.rule_switch, { name: vi.template_review_bonus }),
    });
    await toggle.waitFor();
    await expect(toggle.textContent()).resolves.toBe(vi.rule_status_draft);
    let listed = await shop.api<Listed<{ name: string; active: boolean }>>('/v1/loyalty/earn-rules');
    expect(listed.data).toEqual([expect.objectContaining({ name: vi.template_review_bonus, active: false })]);
    await toggle.click();
    await rules
      .getByRole('switch', { name: say(vi.rule_switch, { name: vi.template_review_bonus }), checked: true })
      .waitFor();
    listed = await shop.api('/v1/loyalty/earn-rules');
    expect(listed.data).toEqual([expect.objectContaining({ active: true })]);
  });

  it('creates a reward, a tier, a coupon campaign with 100 codes and a challenge', async () => {
    const rewards = region(vi.rewards_title);
    await rewards.getByRole('button', { name: vi.reward_new }).click();
    const reward = form(vi.reward_new);
    await reward.getByLabel(vi.reward_name).fill('Phiếu 50k');
    await reward.getByLabel(say(vi.reward_amount_off, { currency: 'VND' })).fill('50000');
    await reward.getByLabel(vi.reward_cost).fill('500');
    await reward.getByRole('button', { name: vi.save }).click();
    await rewards.getByTestId('reward-gives').first().waitFor();

    const tiers = region(vi.tiers_title);
    await tiers.getByRole('button', { name: vi.tier_new }).click();
    const tier = form(vi.tier_new);
    await tier.getByLabel(vi.tier_name).fill('Vàng');
    await tier.getByLabel(say(vi.tier_threshold_spend, { currency: 'VND' })).fill('5000000');
    await tier.getByLabel(vi.tier_multiplier).fill('150');
    await tier.getByRole('button', { name: vi.save }).click();
    await tiers.getByRole('cell', { name: 'Vàng', exact: true }).waitFor();

    const campaigns = region(vi.campaigns_title);
    await campaigns.getByRole('button', { name: vi.campaign_new }).click();
    const campaign = form(vi.campaign_new);
    await campaign.getByLabel(vi.campaign_name).fill('Tết 2027');
    await campaign.getByLabel(vi.reward_kind).selectOption({ label: vi.reward_kind_percent_off });
    await campaign.getByLabel(vi.reward_percent_off).fill('10');
    await campaign.getByRole('button', { name: vi.save }).click();
    await campaigns.getByRole('button', { name: say(vi.campaign_codes_named, { name: 'Tết 2027' }) }).click();
    const draw = form(say(vi.campaign_draw_title, { name: 'Tết 2027' }));
    await draw.getByLabel(vi.campaign_code_count).fill('100');
    await draw.getByRole('button', { name: vi.campaign_draw }).click();
    await campaigns.getByText(say(vi.campaign_drawn, { count: '100' })).waitFor();

    const challenges = region(vi.challenges_title);
    await challenges.getByRole('button', { name: vi.challenge_new }).click();
    const challenge = form(vi.challenge_new);
    await challenge.getByLabel(vi.challenge_name).fill('Ba lần đánh giá');
    await challenge.getByLabel(vi.challenge_event).fill('Review Submitted');
    await challenge.getByLabel(vi.challenge_required).fill('3');
    await challenge.getByLabel(vi.challenge_window).fill('30');
    await challenge.getByLabel(vi.challenge_bonus).fill('100');
    await challenge.getByLabel(vi.challenge_badge).fill('Nhà phê bình');
    await challenge.getByRole('button', { name: vi.save }).click();
    await challenges.getByRole('cell', { name: 'Ba lần đánh giá' }).first().waitFor();

    const [rewardsListed, tiersListed, coupons, challengesListed] = await Promise.all([
      shop.api<Listed<{ amount_off: number; points_cost: number }>>('/v1/loyalty/rewards'),
      shop.api<Listed<{ name: string; threshold: number }>>('/v1/loyalty/tiers'),
      shop.api<Listed<{ id: string; percent_off: number }>>('/v1/coupons'),
      shop.api<Listed<{ name: string; events_required: number }>>('/v1/loyalty/challenges'),
    ]);
    expect(rewardsListed.data).toEqual([expect.objectContaining({ amount_off: 50_000, points_cost: 500 })]);
    expect(tiersListed.data).toEqual([expect.objectContaining({ name: 'Vàng', threshold: 5_000_000 })]);
    expect(coupons.data).toEqual([expect.objectContaining({ percent_off: 10 })]);
    const codes = await shop.api<Listed<unknown>>(`/v1/coupons/${coupons.data[0]!.id}/codes?limit=100`);
    expect(codes.data).toHaveLength(100);
    expect(challengesListed.data).toEqual([
      expect.objectContaining({ name: 'Ba lần đánh giá', events_required: 3 }),
    ]);
  });

  it('finds the at-risk customers from the lifecycle chart and adjusts one’s points', async () => {
    await nav(vi.nav_lifecycle).click();
    await page.getByRole('heading', { name: vi.nav_lifecycle, level: 1 }).waitFor();
    await settled(page);
    const { now } = await shop.api<{ now: Record<string, number> }>('/v1/analytics/lifecycle');
    const atRisk = now.at_risk!;
    expect(atRisk).toBeGreaterThan(0);
    // The at-risk bar: on the row of its axis label, just past the axis the label ends at.
    const chart = page.getByRole('img', { name: vi.chart_stages }).first();
    const label = (await chart.locator('svg text', { hasText: vi.stage_at_risk }).first().boundingBox())!;
    await page.mouse.click(label.x + label.width + 16, label.y + label.height / 2);
    await page.waitForURL(/\/customers\?stage=at_risk$/);
    await settled(page);
    await page.getByText(say(vi.customers_total_matching, { count: String(atRisk) })).waitFor();
    const rows = await tableText(page.getByRole('region', { name: vi.nav_customers }));
    expect(rows.slice(1)).toHaveLength(atRisk);

    const name = rows[1]![0]!;
    customerHref = (await page.getByRole('link', { name }).getAttribute('href'))!;
    const before = await shop.api<{ points: { balance: number } }>(`/v1/${customerHref.slice(1)}/loyalty`);
    await page.getByRole('link', { name }).click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await settled(page);
    const service = form(vi.customers_adjust_points);
    // Enough for the 500-point voucher issued next: three orders earn about 130 points at the
    // default point per 10.000 ₫.
    await service.getByLabel(vi.customers_points_change).fill('400');
    await service.getByLabel(vi.customers_reason).fill('Giao hàng trễ');
    await service.getByRole('button', { name: vi.customers_adjust_submit }).click();
    const balance = new Intl.NumberFormat('vi-VN').format(before.points.balance + 400);
    await service.getByText(say(vi.customers_points_done, { balance })).waitFor();
    await region(vi.customer_ledger).getByRole('cell', { name: 'Giao hàng trễ' }).waitFor();
    // The ledger's descriptions are in Vietnamese ("Đơn hàng o-3-2", not "Order o-3-2"); the
    // owner's own reason stays as written.
    const descriptions = (await tableText(region(vi.customer_ledger))).slice(1).map((row) => row[2]!);
    expect(descriptions.filter((text) => /^Order |\(rule |^Redeemed /.test(text))).toEqual([]);
    expect(descriptions).toContain('Giao hàng trễ');
    const orderEntry = new RegExp(`^${say(vi.ledger_reason_order, { order_id: 'o-\\d+-\\d+' })}$`);
    expect(descriptions.filter((text) => orderEntry.test(text))).toHaveLength(3);
    const after = await shop.api<{ points: { balance: number } }>(`/v1/${customerHref.slice(1)}/loyalty`);
    expect(after.points.balance).toBe(before.points.balance + 400);
  });

  it('issues the customer a reward and resends its coupon code by email', async () => {
    const issue = form(vi.customers_issue_reward);
    await issue
      .getByLabel(vi.customers_reward)
      .selectOption({ label: say(vi.customers_reward_option, { name: 'Phiếu 50k', points: '500' }) });
    await issue.getByRole('button', { name: vi.customers_issue_submit }).click();
    await issue.getByRole('status').waitFor();
    const customer = customerHref.slice(1);
    const coupons = await shop.api<Listed<{ codes: { code: string }[] }>>(`/v1/${customer}/coupons`);
    const code = coupons.data[0]!.codes[0]!.code;
    const panel = region(vi.customers_coupons);
    await panel.getByRole('cell', { name: code, exact: true }).waitFor();
    await panel.getByRole('button', { name: say(vi.customers_resend_named, { code }) }).click();
    await panel.getByText(say(vi.customers_resend_done, { code })).waitFor();
    const sent = await shop.api<Listed<{ priority: string; dedupe_key: string }>>(`/v1/${customer}/messages`);
    expect(sent.data).toEqual([
      expect.objectContaining({
        priority: 'transactional',
        dedupe_key: expect.stringMatching(/^coupon_resend:/),
      }),
    ]);
  });

  /** Switches the owner's language (saved to their account), then opens and photographs each screen. */
  async function visitAll(from: Language, language: Language) {
    if (from !== language) {
      const saved = page.waitForResponse(
        (response) => response.url().endsWith('/auth/me') && response.request().method() === 'PATCH',
      );
      await page.getByRole('complementary').getByLabel(catalogue[from].language).selectOption(language);
      expect((await saved).ok()).toBe(true);
    }
    await page.goto(shop.url);
    await page.locator(`html[lang="${language}"]`).waitFor();
    await settled(page);
    const hrefs = await page
      .locator('nav a[href^="/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    const shown: { screen: string; texts: string[] }[] = [];
    for (const href of [...new Set([...hrefs, customerHref])]) {
      await page.goto(`${shop.url}${href}`);
      await page.locator(`html[lang="${language}"]`).waitFor();
      await page.locator('main h1').first().waitFor();
      await settled(page);
      const screen =
        href === customerHref ? 'customer' : href.replace(/^\//, '').replace(/\//g, '-') || 'overview';
      const file = path.join(artifactsDir, 'owner-walk', language, `${screen}.png`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await page.screenshot({ path: file, fullPage: true });
      shown.push({ screen, texts: await shownTexts(page) });
    }
    return shown;
  }

  it('shows every screen in the four languages, with no English in Thai or Japanese', async () => {
    expect((await visitAll('vi', 'vi')).length).toBeGreaterThanOrEqual(6);
    await visitAll('vi', 'en');
    for (const [from, language] of [
      ['en', 'th'],
      ['th', 'ja'],
    ] as const) {
      const { exact, patterns } = englishOnly(language);
      const english = (await visitAll(from, language)).flatMap(({ screen, texts }) =>
        texts
          .filter((text) => exact.has(text) || patterns.some((pattern) => pattern.test(text)))
          .map((text) => `${language} ${screen}: ${text}`),
      );
      expect(english).toEqual([]);
    }
  }, 180_000);

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
