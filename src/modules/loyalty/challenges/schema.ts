import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** A condition on one event property; `path` is dotted (e.g. `category`, `shipping.country`). */
export interface PropertyCondition {
  path: string;
  operator: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'contains' | 'exists';
  value?: string | number | boolean | undefined;
}

/** "N qualifying events within D days" earns bonus points and a badge, once per customer. */
export const loyaltyChallenges = pgTable(
  'loyalty_challenges',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    eventName: text('event_name').notNull(),
    conditions: jsonb('conditions').$type<PropertyCondition[]>().notNull(),
    eventsRequired: integer('events_required').notNull(),
    windowDays: integer('window_days').notNull(),
    bonusPoints: integer('bonus_points').notNull(),
    badgeName: text('badge_name').notNull(),
    badgeDescription: text('badge_description'),
    badgeImageUrl: text('badge_image_url'),
    /** Events before this (by their own time) do not count: a new challenge awards nothing for history. */
    activeFrom: ts('active_from').notNull(),
    activeUntil: ts('active_until'),
    archivedAt: ts('archived_at'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('loyalty_challenges_workspace_idx').on(t.workspaceId, t.eventName)],
);

/**
 * The qualifying events a customer has toward a challenge not yet completed. Keyed by the event
 * (the order id for orders), so a replayed or re-sent event counts once.
 */
export const loyaltyChallengeEvents = pgTable(
  'loyalty_challenge_events',
  {
    workspaceId: text('workspace_id').notNull(),
    challengeId: text('challenge_id').notNull(),
    customerId: text('customer_id').notNull(),
    eventKey: text('event_key').notNull(),
    occurredAt: ts('occurred_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.challengeId, t.customerId, t.eventKey] }),
    index('loyalty_challenge_events_time_idx').on(t.workspaceId, t.challengeId, t.customerId, t.occurredAt),
  ],
);

/** A badge a customer earned: one per customer per challenge, enforced by the unique index. */
export const loyaltyBadges = pgTable(
  'loyalty_badges',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    customerId: text('customer_id').notNull(),
    challengeId: text('challenge_id').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    imageUrl: text('image_url'),
    bonusPoints: integer('bonus_points').notNull(),
    pointsEntryId: text('points_entry_id'),
    earnedAt: ts('earned_at').notNull(),
  },
  (t) => [
    uniqueIndex('loyalty_badges_once_idx').on(t.workspaceId, t.customerId, t.challengeId),
    index('loyalty_badges_customer_idx').on(t.workspaceId, t.customerId, t.earnedAt),
  ],
);
