import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDataDir, removeDataDir, retainBin, runRetain, testEngine } from '../testing/index.js';

/**
 * Runs `retain demo` in `cwd` (its default data directory goes there) until it prints its banner;
 * answers the banner's URL, key and password, and the process. The PATH holds no `retain`.
 */
async function startDemo(cwd: string) {
  const child = spawn(
    process.execPath,
    [retainBin, 'demo', '--customers', '40', '--seed', '5', '--currency', 'JPY', '--port', '0'],
    {
      cwd,
      env: { ...process.env, PATH: path.dirname(process.execPath), DATABASE_URL: '', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? '')),
  );
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const banner = await new Promise<{ url: string; key: string; password: string }>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /Dashboard\s+(http:\/\/\S+)\//.exec(stdout)?.[1];
      const key = /API key\s+(sk_\S+)/.exec(stdout)?.[1];
      const password = /demo@retain\.local\s+\/\s+(\S+)/.exec(stdout)?.[1];
      if (url && key && password) resolve({ url, key, password });
    });
    void exited.then((code) => reject(new Error(`retain demo exited (${code}):\n${stderr}`)));
  });
  return {
    ...banner,
    stdout: () => stdout,
    stderr: () => stderr,
    stop: () => (child.kill('SIGTERM'), exited),
  };
}

describe.runIf(testEngine() === 'embedded')('retain demo', () => {
  it(
    'builds the shop in ./.retain-demo, serves it with the printed key, and will not build over it without --reset',
    { timeout: 600_000 },
    async () => {
      const folder = path.dirname(freshDataDir());
      const dataDir = path.join(folder, '.retain-demo');
      try {
        const demo = await startDemo(folder);
        try {
          const workspace = await fetch(`${demo.url}/v1/workspace`, {
            headers: { authorization: `Bearer ${demo.key}` },
          });
          expect(await workspace.json()).toMatchObject({
            currency: 'JPY',
            timezone: 'Asia/Tokyo',
            locale: 'ja-JP',
          });
          const orders = await fetch(`${demo.url}/v1/orders?limit=1`, {
            headers: { authorization: `Bearer ${demo.key}` },
          });
          expect(orders.status).toBe(200);
          expect(((await orders.json()) as { data: unknown[] }).data).toHaveLength(1);
          expect(demo.stderr()).toMatch(
            /loyalty: 3 tiers, 4 rewards, 2 earn rules, 2 challenges; \d+ lots posted and \d+ expired .*; \d+ redemptions/,
          );
          // The demo has its own directory, apart from the ./.retain a real shop's `retain start` uses.
          expect(fs.existsSync(dataDir)).toBe(true);
          expect(fs.existsSync(path.join(folder, '.retain'))).toBe(false);
          expect(demo.stdout()).toContain('npx retain start --data-dir .retain-demo\n');
          // Off a terminal the progress is plain lines, with no bar characters or escapes.
          expect(demo.stderr()).toMatch(/^living {5}100% · (\d+)\/\1 half-months · \d{4}-\d\d-\d\d$/m);
          expect(demo.stderr()).not.toMatch(/[░█]/);
          expect(demo.stderr()).not.toContain(String.fromCharCode(27));
        } finally {
          expect(await demo.stop()).toBe(0);
        }
        const again = await runRetain(['demo', '--port', '0', '--data-dir', dataDir]);
        expect(again).toMatchObject({
          code: 1,
          stderr: expect.stringContaining('already holds a demo shop (seed 5, 40 customers, JPY)'),
        });
      } finally {
        removeDataDir(path.join(folder, 'data'));
      }
    },
  );

  it('fails at once, naming the port, when the port is taken, and builds nothing', async () => {
    const busy = net.createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as net.AddressInfo).port;
    const dataDir = freshDataDir();
    try {
      const refused = await runRetain(['demo', '--port', String(port), '--data-dir', dataDir]);
      expect(refused).toMatchObject({
        code: 1,
        stderr: expect.stringContaining(`port ${port} on 127.0.0.1 is already in use; nothing was built`),
      });
      expect(refused.stderr).toContain('--port');
      expect(fs.existsSync(dataDir)).toBe(false);
    } finally {
      busy.close();
      removeDataDir(dataDir);
    }
  });

  it('refuses to run against PostgreSQL', async () => {
    const refused = await runRetain(['demo'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(refused).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('retain demo builds its shop in the embedded database'),
    });
  });
});
