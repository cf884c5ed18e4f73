import type { Customer } from '../../hooks/customers.js';

/** A customer profile's displayed fields (GET /v1/customers, /v1/customers/{id}). */
export function customerView(customer: Omit<Customer, 'facts'>) {
  const { first_name: first, last_name: last } = customer;
  return {
    id: customer.id,
    name: customer.name ?? ([first, last].filter(Boolean).join(' ') || null),
    email: customer.email,
    externalId: customer.user_id,
    firstSeen: customer.first_seen,
    lastSeen: customer.last_seen,
  };
}
