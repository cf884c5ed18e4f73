import { sql } from 'drizzle-orm';

/**
 * The customer profiles as a relation, for statements that join them in PostgreSQL (analytics: the
 * shop's ids of scored customers, merged profiles' scores, the unscored count; loyalty: no traits
 * for an erased profile). Read it; only the customers module writes it. Its columns include id,
 * workspace_id, external_id, merged_into, erased_at.
 */
export const customersRelation = sql.raw('customers');

/**
 * Who owns each user id and anonymous id (kind, value, customer_id), for statements that find a
 * customer's events in the log (segments' behaviour conditions). A merged-away profile keeps its
 * identities; its survivor is in customers.merged_into.
 */
export const customerIdentitiesRelation = sql.raw('customer_identities');
