import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/connection.js';

export interface LoggedImportRow {
  messageId: string;
  /** The import and line that wrote it, when an import did. */
  importId: string | null;
  line: number | null;
}

/**
 * Which of these messageIds the workspace's log already holds, and which import row wrote them
 * (imports mark their events' context with `import: {id, line}`). appendEvents answers only how
 * many it dropped; an import's report needs to know which rows were already there. Read through
 * the (workspace_id, message_id) unique index: one probe per id.
 */
export async function findLoggedMessages(
  db: Db,
  workspaceId: string,
  messageIds: string[],
): Promise<LoggedImportRow[]> {
  if (messageIds.length === 0) return [];
  return queryRows<LoggedImportRow>(
    db,
    sql`select message_id as "messageId", context->'import'->>'id' as "importId",
               (context->'import'->>'line')::int as line
        from events
        where workspace_id = ${workspaceId}
          and message_id = any(${sql.param(messageIds)}::text[])`,
  );
}
