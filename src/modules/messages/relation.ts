import { sql } from 'drizzle-orm';

/**
 * Each customer's consent per channel and topic (workspace_id, customer_id, channel, topic — ''
 * for the channel itself —, status), for segments' "subscribed to" condition. Read it; only the
 * messages module writes it.
 */
export const messageConsentsRelation = sql.raw('message_consents');
