import type { Database } from '../db/connection.js';
import { ensureDefaultWorkspace } from '../modules/workspaces/index.js';
import type { Config } from '../server/config.js';
import { openStorage } from '../server/server.js';

/**
 * How a CLI command reaches the shop's data: it connects to the same PostgreSQL as `retain start`
 * (the embedded server, which several processes share, or DATABASE_URL), whether or not a server runs.
 */
export interface LocalAccess {
  database: Database;
  workspaceId: string;
  close(): Promise<void>;
}

export async function localAccess(config: Config): Promise<LocalAccess> {
  const database = await openStorage(config);
  const workspace = await ensureDefaultWorkspace(database.db).catch(async (error: unknown) => {
    await database.close();
    throw error;
  });
  return { database, workspaceId: workspace.id, close: () => database.close() };
}
