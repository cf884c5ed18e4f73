import { sql } from 'drizzle-orm';
import { queryOne, type Db } from '../../../db/connection.js';

export async function findProgramSettings(
  db: Db,
  workspaceId: string,
): Promise<Record<string, unknown> | undefined> {
  const row = await queryOne<{ settings: Record<string, unknown> }>(
    db,
    sql`select settings from loyalty_programs where workspace_id = ${workspaceId}`,
  );
  return row?.settings;
}

export async function saveProgramSettings(
  db: Db,
  workspaceId: string,
  settings: Record<string, unknown>,
): Promise<void> {
  await db.execute(
    sql`insert into loyalty_programs (workspace_id, settings) values (${workspaceId}, ${JSON.stringify(settings)}::jsonb)
        on conflict (workspace_id) do update set settings = excluded.settings, updated_at = now()`,
  );
}
