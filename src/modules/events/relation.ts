import { sql } from 'drizzle-orm';

/**
 * The log as a relation, for statements that count a customer's events inside PostgreSQL
 * (segments' behaviour conditions). Read it; only the events module writes it. Columns: id,
 * workspace_id, type, name, user_id, anonymous_id, properties (json), occurred_at, source.
 */
export const eventsRelation = sql.raw('events');
