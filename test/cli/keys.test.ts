import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedServerRunning } from '../../src/db/embedded/server.js';
import {
  freshDataDir,
  removeDataDir,
  runRetain,
  spawnServer,
  stopServer,
  testEngine,
} from '../../src/testing/index.js';

// The data directory's embedded server is what this is about: the command starts it, or connects
// to the one a running retain uses. With DATABASE_URL the command simply connects, which the
// database tests already cover.
const dataDir = freshDataDir();
afterAll(() => removeDataDir(dataDir));

async function workspaceWith(url: string, key: string): Promise<number> {
  return (await fetch(`${url}/v1/workspace`, { headers: { authorization: `Bearer ${key}` } })).status;
}

describe.runIf(testEngine() === 'embedded')('retain keys create', () => {
  it('prints one key and nothing else on stdout, secret or publishable', async () => {
    const secret = await runRetain(['keys', 'create', '--data-dir', dataDir]);
    expect(secret.code).toBe(0);
    expect(secret.stdout).toMatch(/^sk_[A-Za-z0-9_-]{32}\n$/);
    const publishable = await runRetain(['keys', 'create', '--publishable', '--data-dir', dataDir]);
    expect(publishable.stdout).toMatch(/^pk_[A-Za-z0-9_-]{32}\n$/);
    expect(embeddedServerRunning(dataDir)).toBe(false);

    const server = await spawnServer({ dataDir });
    try {
      expect(await workspaceWith(server.url, secret.stdout.trim())).toBe(200);
      expect(await workspaceWith(server.url, publishable.stdout.trim())).toBe(403);
    } finally {
      await stopServer(server);
    }
  }, 300_000);

  it('works beside a running server, connecting to the same embedded PostgreSQL, and so does migrate', async () => {
    const server = await spawnServer({ dataDir });
    try {
      const created = await runRetain(['keys', 'create', '--data-dir', dataDir]);
      expect(created.code).toBe(0);
      expect(created.stdout).toMatch(/^sk_[A-Za-z0-9_-]{32}\n$/);
      expect(await workspaceWith(server.url, created.stdout.trim())).toBe(200);

      const migrate = await runRetain(['migrate', '--data-dir', dataDir]);
      expect(migrate).toMatchObject({ code: 0, stderr: expect.stringContaining('migrations are current') });
      const doctor = await runRetain(['doctor', '--data-dir', dataDir]);
      expect(doctor.code, doctor.stderr).toBe(0);
      expect(doctor.stdout).toMatch(
        new RegExp(
          `^database: PostgreSQL \\d+\\.\\d+ \\(embedded, data in ${path.resolve(dataDir)}\\)\n  server log: `,
        ),
      );
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    } finally {
      expect(await stopServer(server)).toBe(0);
    }
    expect(embeddedServerRunning(dataDir)).toBe(false);
  }, 300_000);
});
