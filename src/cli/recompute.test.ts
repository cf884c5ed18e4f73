// `retain recompute` on a data directory: which inputs it read, and a full scan on request.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDataDir, removeDataDir, runRetain, testEngine } from '../testing/index.js';

const files = fs.mkdtempSync(path.join(os.tmpdir(), 'retain-recompute-cli-'));
afterAll(() => fs.rmSync(files, { recursive: true, force: true }));

describe.runIf(testEngine() === 'embedded')('retain recompute on a data directory', () => {
  it(
    'reads the kept rows, aggregates every order with --rescan, and refuses a bad --as-of',
    { timeout: 300_000 },
    async () => {
      const dataDir = freshDataDir();
      try {
        const orders = path.join(files, 'orders.csv');
        fs.writeFileSync(
          orders,
          [
            'order_id,customer_id,date,total',
            'A1,c1,2026-01-01,10',
            'A2,c1,2026-02-01,20',
            'B1,c2,2026-01-15,30',
            '',
          ].join('\n'),
        );
        expect((await runRetain(['import', 'orders', orders, '--json', '--data-dir', dataDir])).code).toBe(0);

        const kept = await runRetain(['recompute', '--data-dir', dataDir]);
        expect(kept.code).toBe(0);
        expect(kept.stdout).toMatch(/^2 customers recomputed as of /);
        expect(kept.stdout).toContain(
          'inputs: kept per-customer rows (0 customers behind them aggregated from their orders)',
        );
        const scanned = await runRetain(['recompute', '--rescan', '--data-dir', dataDir]);
        expect(scanned.code).toBe(0);
        expect(scanned.stdout).toMatch(/^2 customers recomputed as of /);
        expect(scanned.stdout).toContain('inputs: every order aggregated (requested)');

        const refused = await runRetain(['recompute', '--as-of', 'yesterday', '--data-dir', dataDir]);
        expect(refused.code).not.toBe(0);
        expect(refused.stderr).toContain("--as-of 'yesterday' is not an ISO 8601 date-time");
      } finally {
        removeDataDir(dataDir);
      }
    },
  );
});
