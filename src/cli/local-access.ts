import type { Database } from '../db/connection.js';
import { lockHolder } from '../db/lock.js';
import { ensureDefaultWorkspace } from '../modules/workspaces/index.js';
import type { Config } from '../server/config.js';
import { openStorage } from '../server/server.js';

/**
 * How a CLI command reaches the shop's data: directly (PostgreSQL, or a PGlite directory no one
 * holds — then this process holds it), or through the running server that holds the directory.
 */
export type LocalAccess =
  | { via: 'database'; database: Database; workspaceId: string; close(): Promise<void> }
  | { via: 'server'; url: string; token: string };

export async function localAccess(config: Config, command: string): Promise<LocalAccess> {
  if (!config.databaseUrl) {
    const holder = lockHolder(config.dataDir);
    if (holder?.url && holder.adminToken) return { via: 'server', url: holder.url, token: holder.adminToken };
  }
  const { database, lock } = await openStorage(config, command);
  const workspace = await ensureDefaultWorkspace(database.db);
  return {
    via: 'database',
    database,
    workspaceId: workspace.id,
    close: async () => {
      await database.close();
      lock?.release();
    },
  };
}

/** A JSON call to the running server as the local owner; throws with the server's error message. */
export async function callServer<T>(
  access: { url: string; token: string },
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(new URL(path, access.url), {
    method,
    headers: {
      authorization: `Bearer ${access.token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const answer = (await response.json()) as T & { error?: { message: string } };
  if (!response.ok) throw new Error(answer.error?.message ?? `${method} ${path} answered ${response.status}`);
  return answer;
}
