import { sql } from 'drizzle-orm';
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
import type { Definition } from './definition.js';
import type { SegmentTriggers } from './triggers.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** A saved audience: its rule tree, and what its evaluation reads (triggers) to stay fresh. */
export const segments = pgTable(
  'segments',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    definition: jsonb('definition').$type<Definition>().notNull(),
    /** Which events can change a member's answer; computed from the definition on save. */
    triggers: jsonb('triggers').$type<SegmentTriggers>().notNull(),
    /** The ready-made segment this one started as (ready-made.ts), null for the marketer's own. */
    readyMade: text('ready_made'),
    /** Raised on every definition change: a rebuild of an older version stops. */
    version: integer('version').notNull().default(1),
    /** building: a full evaluation is running; live: members are current. */
    status: text('status', { enum: ['building', 'live'] }).notNull(),
    rebuildDone: integer('rebuild_done').notNull().default(0),
    rebuildTotal: integer('rebuild_total'),
    /** The customer id a rebuild has evaluated up to (keyset); null before the first page. */
    rebuildAfter: text('rebuild_after'),
    rebuildStartedAt: ts('rebuild_started_at'),
    rebuildFinishedAt: ts('rebuild_finished_at'),
    /** Analytics' scores this segment was last fully evaluated against (they change without events). */
    scoresSeenAt: ts('scores_seen_at'),
    deletedAt: ts('deleted_at'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('segments_workspace_idx').on(t.workspaceId, t.createdAt),
    uniqueIndex('segments_ready_made_idx')
      .on(t.workspaceId, t.readyMade)
      .where(sql`ready_made is not null`),
  ],
);

/**
 * Membership with its history: one row per stay in a segment. A current member's row has no
 * exited_at; re-entering opens a new row, so counts over time read straight from here.
 */
export const segmentMemberships = pgTable(
  'segment_memberships',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    segmentId: text('segment_id').notNull(),
    customerId: text('customer_id').notNull(),
    enteredAt: ts('entered_at').notNull(),
    exitedAt: ts('exited_at'),
  },
  (t) => [
    uniqueIndex('segment_memberships_current_idx')
      .on(t.segmentId, t.customerId)
      .where(sql`exited_at is null`),
    index('segment_memberships_customer_idx').on(t.workspaceId, t.customerId),
    index('segment_memberships_segment_idx').on(t.segmentId, t.enteredAt),
  ],
);

/**
 * When a customer's answer for a segment can next change with time alone ("more than 60 days
 * ago", a birthday, points expiring): due rows are re-evaluated then, no one else is rescanned.
 */
export const segmentTimers = pgTable(
  'segment_timers',
  {
    workspaceId: text('workspace_id').notNull(),
    segmentId: text('segment_id').notNull(),
    customerId: text('customer_id').notNull(),
    dueAt: ts('due_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.segmentId, t.customerId] }),
    index('segment_timers_due_idx').on(t.dueAt),
    // A customer's timers at once, as the evaluation reads what is stored for the customers it asks
    // (stored.ts), and erasure deletes them.
    index('segment_timers_customer_idx').on(t.workspaceId, t.customerId),
  ],
);

/**
 * Customers evaluated against every live segment at least once. A customer not here yet (their
 * first event) is evaluated for all segments, since a `not` or an absence can match them at once.
 */
export const segmentCustomers = pgTable(
  'segment_customers',
  {
    workspaceId: text('workspace_id').notNull(),
    customerId: text('customer_id').notNull(),
    firstEvaluatedAt: ts('first_evaluated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.customerId] })],
);

/**
 * Customers evaluated for a segment while it is building, by the consumer or the timers. A
 * rebuild reads a range's answers without locking its customers; a changed customer's stored
 * answer is then written under the lock from that read unless they are here: only then can an
 * answer already stored be fresher than the range's (rebuild.ts). Emptied when a rebuild ends, in
 * a short transaction (an evaluator's insert of a row being deleted waits for it); rows an evaluator
 * adds just after only make the next rebuild evaluate those customers again.
 */
export const segmentRebuildTouches = pgTable(
  'segment_rebuild_touches',
  {
    segmentId: text('segment_id').notNull(),
    customerId: text('customer_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.segmentId, t.customerId] })],
);
