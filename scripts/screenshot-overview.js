// Takes a screenshot of the dashboard's Overview screen of a running shop (e.g. `npm run demo`) with
// Debian's Chromium, signing in first when asked to; the README's picture is made with it:
//
//   RETAIN_PASSWORD=… node scripts/screenshot-overview.js --url http://127.0.0.1:4280 \
//     --email owner@example.com [--out docs/overview.png] [--language en] [--width 1440 --height 900]
//
// The password comes from RETAIN_PASSWORD (or --password), so it need not sit in shell history.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values: options } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:4280' },
    email: { type: 'string' },
    password: { type: 'string', default: process.env.RETAIN_PASSWORD },
    out: { type: 'string', default: 'docs/overview.png' },
    language: { type: 'string', default: 'en' },
    width: { type: 'string', default: '1440' },
    height: { type: 'string', default: '900' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
});

/** Longest wait for the sign-in, the screen and every panel's data. */
const timeoutMs = 60_000;

const browser = await chromium.launch({
  executablePath: options.chromium,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const problems = [];
try {
  const page = await browser.newPage({
    viewport: { width: Number(options.width), height: Number(options.height) },
    locale: options.language,
  });
  page.setDefaultTimeout(timeoutMs);
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));

  await page.goto(options.url);
  // The sign-in screen or, with a session already, the Overview.
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  if (await page.locator('input[type=password]').count()) {
    if (!options.email || !options.password) {
      throw new Error('The dashboard asks to sign in: give --email and RETAIN_PASSWORD (or --password).');
    }
    await page.locator('input[type=email]').fill(options.email);
    await page.locator('input[type=password]').fill(options.password);
    await page.locator('form button[type=submit]').click();
    await page.locator('nav a').first().waitFor();
  }
  const language = page
    .locator('select')
    .filter({ has: page.locator(`option[value="${options.language}"]`) });
  if (await language.count()) await language.first().selectOption(options.language);
  // The first navigation link is the Overview.
  await page.locator('nav a').first().click();
  await page.waitForFunction(
    "document.querySelectorAll('.state-loading').length === 0 && document.querySelectorAll('.chart svg').length > 0",
    undefined,
    { timeout: timeoutMs },
  );
  const failed = await page.locator('.state-error').count();
  if (failed > 0) problems.push(`${failed} panel(s) show an error`);
  fs.mkdirSync(path.dirname(options.out), { recursive: true });
  await page.screenshot({ path: options.out });
  process.stdout.write(`${options.out}: ${options.width}×${options.height}\n`);
} finally {
  await browser.close();
}
if (problems.length > 0) {
  process.stderr.write(`${problems.join('\n')}\n`);
  process.exit(1);
}
