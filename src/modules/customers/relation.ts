import { sql } from 'drizzle-orm';

/**
 * The customer profiles as a relation, for analytics statements that join them in PostgreSQL
 * (the shop's ids of scored customers, merged profiles' scores, the unscored count). Read it; only
 * the customers module writes it. Its columns include id, workspace_id, external_id, merged_into.
 */
export const customersRelation = sql.raw('customers');
