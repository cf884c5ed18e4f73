import { index, json, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { transactionId } from '../../db/column-types.js';

export const events = pgTable(
  'events',
  {
    /** `evt_` + monotonic ULID: orders events within one transaction. */
    id: text('id').primaryKey(),
    txId: transactionId('tx_id')
      .notNull()
      .default(sql`pg_current_xact_id()`),
    workspaceId: text('workspace_id').notNull(),
    messageId: text('message_id').notNull(),
    type: text('type', { enum: ['identify', 'track', 'alias', 'page', 'screen', 'group'] }).notNull(),
    /** The track event's name, e.g. `Order Completed`; null for identify and alias. */
    name: text('name'),
    userId: text('user_id'),
    anonymousId: text('anonymous_id'),
    /** alias: the identity being merged into userId. */
    previousId: text('previous_id'),
    properties: json('properties').$type<Record<string, unknown>>().notNull().default({}),
    traits: json('traits').$type<Record<string, unknown>>().notNull().default({}),
    context: json('context').$type<Record<string, unknown>>().notNull().default({}),
    /** When it happened (the client's `timestamp`, else when received). */
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    /** api · import · retain (emitted by retain's own modules) · demo */
    source: text('source').notNull().default('api'),
  },
  (t) => [
    uniqueIndex('events_message_idx').on(t.workspaceId, t.messageId),
    index('events_log_order_idx').on(t.txId, t.id),
    index('events_user_idx').on(t.workspaceId, t.userId, t.occurredAt),
    // A customer's anonymous events are those without a userId (customers/event-queries.ts asks
    // exactly that), so events with a userId — most server-side traffic — skip this index.
    index('events_anonymous_idx')
      .on(t.workspaceId, t.anonymousId)
      .where(sql`${t.userId} is null`),
  ],
);

/** Where each consumer is in the log; advanced in the same transaction as its effects. */
export const consumerCursors = pgTable('consumer_cursors', {
  consumer: text('consumer').primaryKey(),
  txId: transactionId('tx_id')
    .notNull()
    .default(sql`'0'::xid8`),
  eventId: text('event_id').notNull().default(''),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Events a consumer could not apply even alone: kept for inspection, skipped so the log flows. */
export const consumerFailures = pgTable(
  'consumer_failures',
  {
    consumer: text('consumer').notNull(),
    eventId: text('event_id').notNull(),
    workspaceId: text('workspace_id').notNull(),
    error: text('error').notNull(),
    failedAt: timestamp('failed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('consumer_failures_idx').on(t.consumer, t.eventId)],
);

/** identify, track, page, alias… as the log stores them. */
export type EventType = (typeof events.$inferSelect)['type'];
