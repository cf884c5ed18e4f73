import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

const email = 'chu.cua.hang@example.com';
const password = 'mật khẩu dài của chủ';

interface WorkspaceAnswer {
  name: string;
  currency: string;
  timezone: string;
  locale: string;
  onboarded: string | null;
  currency_locked: boolean;
}

/** Three orders, the second with a total written with thousands separators: its line is refused. */
const ordersCsv = [
  'order_id,customer_id,date,total',
  'HD-1,kh-an,2026-11-02,250000',
  'HD-2,kh-binh,2026-11-03,"1.234.000"',
  'HD-3,kh-an,2026-11-20,99000',
  // A stray quote inside the total: not CSV (the import reports that row alone and reads on).
  'HD-4,kh-chi,2026-11-21,12"5000',
].join('\n');

describe.skipIf(!hasChromium)('the first run of a new shop, in Chromium', () => {
  let shop: RunningShop;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];

  /** A browser of its own (no storage of the previous one), English and in UTC like a new laptop's. */
  async function openBrowser(): Promise<void> {
    await context?.close();
    context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      locale: 'en-US',
      timezoneId: 'UTC',
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  }

  beforeAll(async () => {
    await ensureDashboardBuilt();
    shop = await startShop({ onboarded: false });
    browser = await launchChromium();
    await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await shop?.close();
  });

  const nav = (name: string) =>
    page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name });

  it('asks the new owner for the shop, in the language they choose, before the dashboard', async () => {
    await page.goto(shop.url);
    await page.getByRole('heading', { name: 'Welcome to retain' }).waitFor();
    await page.getByLabel('Name').fill('Chị Lan');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Setup token').fill(shop.setupToken);
    await page.getByRole('button', { name: 'Create owner account' }).click();

    await page.getByRole('heading', { name: 'Set up your shop' }).waitFor();
    await screenshot(page, 'first-run-en');
    // Each language brings its shop's suggestions while the owner has picked none by hand.
    await page.getByLabel('Language').selectOption('th');
    await page.getByRole('heading', { name: 'ตั้งค่าร้านค้าของคุณ' }).waitFor();
    await expect(page.getByLabel('สกุลเงิน').inputValue()).resolves.toBe('THB');
    await expect(page.getByLabel('เขตเวลา').inputValue()).resolves.toBe('Asia/Bangkok');
    await screenshot(page, 'first-run-th');
    await page.getByLabel('ภาษา').selectOption('ja');
    await page.getByRole('heading', { name: 'ショップの初期設定' }).waitFor();
    await expect(page.getByLabel('通貨').inputValue()).resolves.toBe('JPY');
    await expect(page.getByLabel('タイムゾーン').inputValue()).resolves.toBe('Asia/Tokyo');
    await screenshot(page, 'first-run-ja');
    await page.getByLabel('言語').selectOption('vi');
    await page.getByRole('heading', { name: 'Thiết lập cửa hàng' }).waitFor();
    // A Vietnamese shop's suggestions, the browser's zone being UTC.
    await expect(page.getByLabel('Tiền tệ').inputValue()).resolves.toBe('VND');
    await expect(page.getByLabel('Múi giờ').inputValue()).resolves.toBe('Asia/Ho_Chi_Minh');
    await page.getByLabel('Tên cửa hàng').fill('Cà phê Sáng');
    await page.getByLabel('Tiền tệ').selectOption('VND');
    await page.getByLabel('Múi giờ').selectOption('Asia/Ho_Chi_Minh');
    await screenshot(page, 'first-run-vi');
    await page.getByRole('button', { name: 'Bắt đầu dùng retain' }).click();

    await page.getByRole('heading', { name: 'Tổng quan', level: 1 }).waitFor();
    await settled(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    const workspace = await shop.api<WorkspaceAnswer>('/v1/workspace');
    expect(workspace).toMatchObject({
      name: 'Cà phê Sáng',
      currency: 'VND',
      timezone: 'Asia/Ho_Chi_Minh',
      locale: 'vi-VN',
      currency_locked: false,
    });
    expect(workspace.onboarded).not.toBeNull();
    const users = await shop.api<{ data: { email: string; language: string | null }[] }>(
      '/v1/dashboard/users',
    );
    expect(users.data).toEqual([expect.objectContaining({ email, language: 'vi' })]);
  });

  it('is still Vietnamese after signing out and in again on another browser', async () => {
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await openBrowser();
    await page.goto(shop.url);
    // A browser that never saw this person: English until it knows who signs in.
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Tổng quan', level: 1 }).waitFor();
    // The first run is over: it does not come back.
    await expect(page.getByRole('heading', { name: 'Thiết lập cửa hàng' }).count()).resolves.toBe(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  });

  it('imports an orders CSV, listing the bad row by its line, and then shows the currency locked', async () => {
    await nav('Cài đặt').click();
    const currency = page.getByLabel('Tiền tệ');
    await expect(currency.isDisabled()).resolves.toBe(false);
    const panel = page.getByRole('region', { name: 'Nhập khách hàng và đơn hàng' });
    await panel.getByLabel('Nội dung tệp').selectOption('orders');
    await panel.getByLabel('Tệp CSV').setInputFiles({
      name: 'don-hang.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(ordersCsv),
    });
    await panel.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await panel.getByText('Đã nhập xong').waitFor({ timeout: 60_000 });
    await screenshot(page, 'import-vi');

    const facts = Object.fromEntries(
      await Promise.all(
        (await panel.locator('dl div').all()).map(async (item) => [
          (await item.locator('dt').textContent())?.trim(),
          (await item.locator('dd').textContent())?.trim(),
        ]),
      ),
    );
    expect(facts).toEqual({
      'Số dòng đã đọc': '4',
      'Đã nhập': '2',
      'Đã có từ trước': '0',
      'Không nhập được': '2',
    });
    const rows = await tableText(panel);
    expect(rows[0]).toEqual(['Dòng', 'Lý do']);
    expect(rows.slice(1)).toHaveLength(2);
    expect(rows[1]![0]).toBe('3');
    // The row's problem in the reader's words, the column and the value as written.
    expect(rows[1]![1]).toBe(
      'total: “1.234.000” không phải là số thập phân đơn giản (viết 1234.50, không có dấu phân cách hay ký hiệu).',
    );
    // The line that is not CSV: what is wrong and where in Vietnamese, the reader's English beneath it.
    expect(rows[2]![0]).toBe('5');
    const [sentence, detail] = await panel
      .locator('table tr')
      .nth(2)
      .locator('td')
      .nth(1)
      .evaluate((cell) => [
        cell.firstChild?.textContent ?? '',
        cell.querySelector('small')?.textContent ?? '',
      ]);
    expect(sentence).toBe(
      'Cột 4: có dấu ngoặc kép nằm giữa một giá trị không bắt đầu bằng dấu ngoặc kép. Hãy đặt cả giá trị trong ngoặc kép và viết mỗi dấu ngoặc kép bên trong thành hai dấu ("5"" màn hình").',
    );
    expect(detail).toMatch(/^Chi tiết từ trình đọc CSV \(tiếng Anh\): Invalid Opening Quote/);

    const orders = await shop.api<{ data: { order_id: string }[] }>('/v1/orders?limit=10');
    expect(orders.data.map((order) => order.order_id).sort()).toEqual(['HD-1', 'HD-3']);
    // The orders came in VND: the settings now say the currency is locked, and keep it so.
    await page.getByText('Đã khóa: cửa hàng đã có đơn hàng bằng VND').waitFor();
    await expect(currency.isDisabled()).resolves.toBe(true);
  });

  it("follows the person's own language, not the shop's, on the next browser", async () => {
    await page.getByRole('complementary').getByLabel('Ngôn ngữ').selectOption('th');
    await page.getByRole('heading', { name: 'การตั้งค่า', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'ออกจากระบบ' }).click();
    await openBrowser();
    await page.goto(shop.url);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // The shop's locale is still vi-VN: Thai comes from the account.
    await page.getByRole('heading', { name: 'ภาพรวม', level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('th');
    expect((await shop.api<WorkspaceAnswer>('/v1/workspace')).locale).toBe('vi-VN');
  });

  it('logged no errors in the console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
