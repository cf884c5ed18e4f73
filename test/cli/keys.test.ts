import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { copyTemplate, testEngine } from '../../src/db/test-helpers.js';
import { runRetain } from '../support/cli.js';
import { spawnServer, stopServer } from '../support/server-process.js';

// The PGlite path is what this is about (one process per data directory); on PostgreSQL the
// command simply connects, which the database tests already cover.
const pglite = testEngine() === 'pglite';
const dataDir = copyTemplate();
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function workspaceWith(url: string, key: string): Promise<number> {
  return (await fetch(`${url}/v1/workspace`, { headers: { authorization: `Bearer ${key}` } })).status;
}

describe.runIf(pglite)('retain keys create', () => {
  it('prints one key and nothing else on stdout, secret or publishable', async () => {
    const secret = await runRetain(['keys', 'create', '--data-dir', dataDir]);
    expect(secret.code).toBe(0);
    expect(secret.stdout).toMatch(/^sk_[A-Za-z0-9_-]{32}\n$/);
    const publishable = await runRetain(['keys', 'create', '--publishable', '--data-dir', dataDir]);
    expect(publishable.stdout).toMatch(/^pk_[A-Za-z0-9_-]{32}\n$/);

    const server = await spawnServer({ dataDir });
    try {
      expect(await workspaceWith(server.url, secret.stdout.trim())).toBe(200);
      expect(await workspaceWith(server.url, publishable.stdout.trim())).toBe(403);
    } finally {
      await stopServer(server);
    }
  }, 300_000);

  it('works through the running server that holds the data directory, and migrate says who holds it', async () => {
    const server = await spawnServer({ dataDir });
    try {
      const created = await runRetain(['keys', 'create', '--data-dir', dataDir]);
      expect(created.code).toBe(0);
      expect(created.stdout).toMatch(/^sk_[A-Za-z0-9_-]{32}\n$/);
      expect(await workspaceWith(server.url, created.stdout.trim())).toBe(200);

      const migrate = await runRetain(['migrate', '--data-dir', dataDir]);
      expect(migrate.code).toBe(1);
      expect(migrate.stderr).toContain(
        `A retain server (PID ${server.child.pid}) at ${server.url} is using it.`,
      );
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    } finally {
      expect(await stopServer(server)).toBe(0);
    }
  }, 300_000);
});
