import { afterAll, describe, expect, it } from 'vitest';
import {
  freshDataDir,
  removeDataDir,
  runRetain,
  type ServerProcess,
  spawnServer,
  stopServer,
  testEngine,
} from '../../src/testing/index.js';

const dataDir = freshDataDir();
afterAll(() => removeDataDir(dataDir));

/** The token of the start's "first run" line, which follows the listening line. */
async function printedSetupToken(server: ServerProcess): Promise<string> {
  for (;;) {
    const match = new RegExp(
      `first run: create the owner at ${server.url}/ with the setup token (\\S+)\n`,
    ).exec(server.stderr());
    if (match) return match[1]!;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function signUpStatus(server: ServerProcess, setupToken: string): Promise<number> {
  const response = await fetch(`${server.url}/auth/sign-up-owner`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: 'owner@example.com',
      password: 'a long owner password',
      setup_token: setupToken,
    }),
  });
  return response.status;
}

describe.runIf(testEngine() === 'embedded')('the setup token of the first run', () => {
  it('is printed by every start while no owner exists, and retain setup-token replaces it', async () => {
    let server = await spawnServer({ dataDir });
    const first = await printedSetupToken(server);
    await stopServer(server);
    server = await spawnServer({ dataDir });
    try {
      const second = await printedSetupToken(server);
      expect(second).not.toBe(first);
      expect(await signUpStatus(server, first)).toBe(403);

      const issued = await runRetain(['setup-token', '--data-dir', dataDir]);
      expect(issued.code, issued.stderr).toBe(0);
      expect(issued.stdout).toMatch(/^[A-Za-z0-9_-]{32}\n$/);
      expect(await signUpStatus(server, second)).toBe(403);
      expect(await signUpStatus(server, issued.stdout.trim())).toBe(201);

      const refused = await runRetain(['setup-token', '--data-dir', dataDir]);
      expect(refused).toMatchObject({
        code: 1,
        stdout: '',
        stderr: expect.stringContaining('already has an owner'),
      });
    } finally {
      await stopServer(server);
    }
    server = await spawnServer({ dataDir });
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(server.stderr()).not.toContain('first run');
    } finally {
      await stopServer(server);
    }
  }, 300_000);
});
