import { sql } from 'drizzle-orm';

/** The workspaces as a relation, for the nightly schedule's one statement over every shop. Read it only. */
export const workspacesRelation = sql.raw('workspaces');
