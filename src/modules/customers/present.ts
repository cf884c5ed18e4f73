import type { PersonEventRow } from '../events/index.js';
import type { ListFacts } from './list-queries.js';
import type { CustomerRow } from './profile-queries.js';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export function presentCustomer(row: CustomerRow) {
  return {
    object: 'customer' as const,
    id: row.id,
    user_id: row.externalId,
    email: row.email,
    phone: row.phone,
    name: row.name,
    first_name: row.firstName,
    last_name: row.lastName,
    timezone: row.timezone,
    locale: row.locale,
    birthday: row.birthday,
    traits: row.traits,
    first_seen: iso(row.firstSeenAt)!,
    last_seen: iso(row.lastSeenAt)!,
    erased_at: iso(row.erasedAt),
    created: iso(row.createdAt)!,
  };
}

export type Customer = ReturnType<typeof presentCustomer>;

export function presentListFacts(row: ListFacts) {
  return {
    stage: row.stage,
    rfm_segment: row.segment,
    tier_id: row.tierId,
    points: row.points,
    orders: row.orders,
    net_revenue_minor: row.netRevenueMinor,
    clv_12_months_minor: row.clv12MonthsMinor,
    probability_alive: row.probabilityAlive,
    last_order_at: iso(row.lastOrderAt),
  };
}

export function presentEvent(row: PersonEventRow) {
  return {
    object: 'event' as const,
    id: row.id,
    message_id: row.message_id,
    type: row.type,
    name: row.name,
    user_id: row.user_id,
    anonymous_id: row.anonymous_id,
    previous_id: row.previous_id,
    properties: row.properties,
    traits: row.traits,
    context: row.context,
    occurred_at: iso(row.occurred_at)!,
    received_at: iso(row.received_at)!,
    source: row.source,
  };
}
