import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { freshDataDir, removeDataDir, retainBin, runRetain, testEngine } from '../testing/index.js';

/** Runs `retain demo` until it prints its banner; answers the banner's URL and key, and the process. */
async function startDemo(dataDir: string) {
  const child = spawn(
    process.execPath,
    [
      retainBin,
      'demo',
      '--customers',
      '40',
      '--seed',
      '5',
      '--currency',
      'JPY',
      '--port',
      '0',
      '--data-dir',
      dataDir,
    ],
    { env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] },
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
  return { ...banner, stderr: () => stderr, stop: () => (child.kill('SIGTERM'), exited) };
}

describe.runIf(testEngine() === 'embedded')('retain demo', () => {
  it(
    'builds the shop, serves it with the printed key, and will not build over it without --reset',
    { timeout: 600_000 },
    async () => {
      const dataDir = freshDataDir();
      try {
        const demo = await startDemo(dataDir);
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
            /loyalty: 3 tiers, 4 rewards; \d+ lots posted and \d+ expired .*; \d+ redemptions/,
          );
        } finally {
          expect(await demo.stop()).toBe(0);
        }
        const again = await runRetain(['demo', '--port', '0', '--data-dir', dataDir]);
        expect(again).toMatchObject({
          code: 1,
          stderr: expect.stringContaining('already holds a demo shop (seed 5, 40 customers, JPY)'),
        });
      } finally {
        removeDataDir(dataDir);
      }
    },
  );

  it('refuses to run against PostgreSQL', async () => {
    const refused = await runRetain(['demo'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(refused).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('retain demo builds its shop in the embedded database'),
    });
  });
});
