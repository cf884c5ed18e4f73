import { pick, stringOrNull, type Json } from '../../hooks/shape.js';

/** A customer profile's displayed fields (GET /v1/customers, /v1/customers/{id}). */
export function customerView(customer: Json) {
  const first = stringOrNull(customer.first_name);
  const last = stringOrNull(customer.last_name);
  return {
    id: String(customer.id),
    name: stringOrNull(customer.name) ?? ([first, last].filter(Boolean).join(' ') || null),
    email: stringOrNull(customer.email),
    externalId: stringOrNull(pick(customer, 'user_id')),
    firstSeen: stringOrNull(customer.first_seen),
    lastSeen: stringOrNull(customer.last_seen),
  };
}
