import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { JourneyGraph } from './graph.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * An automation: the draft the marketer edits and, once published, the live version runs enter.
 * `draft` is never walked; publishing copies it into journey_versions.
 */
export const journeys = pgTable(
  'journeys',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    draft: jsonb('draft').$type<JourneyGraph>().notNull(),
    /** draft: never published; live: runs enter and step; paused: runs hold; archived: runs ended. */
    status: text('status', { enum: ['draft', 'live', 'paused', 'archived'] }).notNull(),
    liveVersion: integer('live_version'),
    /** The segment a lifecycle or date entry enters on (kept by the segments module). */
    entrySegmentId: text('entry_segment_id'),
    /** The ready-made journey this one started as, null for the marketer's own. */
    readyMade: text('ready_made'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('journeys_workspace_idx').on(t.workspaceId, t.createdAt),
    uniqueIndex('journeys_ready_made_idx')
      .on(t.workspaceId, t.readyMade)
      .where(sql`ready_made is not null`),
  ],
);

/** A published graph, immutable: runs walk the version they entered with. */
export const journeyVersions = pgTable(
  'journey_versions',
  {
    journeyId: text('journey_id').notNull(),
    version: integer('version').notNull(),
    workspaceId: text('workspace_id').notNull(),
    graph: jsonb('graph').$type<JourneyGraph>().notNull(),
    /** The track event names this version reacts to (entry, waits, goal, exits): the consumer reads only those. */
    listens: text('listens').array().notNull(),
    /** What happened to runs in flight when it was published: stayed, or moved to a node of it. */
    inFlight: jsonb('in_flight')
      .$type<{ mode: 'stay' } | { mode: 'move'; node: string; moved: number }>()
      .notNull(),
    publishedAt: ts('published_at').notNull(),
    publishedBy: text('published_by'),
  },
  (t) => [primaryKey({ columns: [t.journeyId, t.version] })],
);

/**
 * One customer's walk through a journey: where they are and when they next move. A run that waits
 * has `wake_at` (a delay's end, a wait's timeout); the worker claims due ones with SKIP LOCKED. An
 * ended run keeps its outcome: completed, converted, exited (with the criterion) or ended by an
 * archive.
 */
export const journeyRuns = pgTable(
  'journey_runs',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    journeyId: text('journey_id').notNull(),
    version: integer('version').notNull(),
    customerId: text('customer_id').notNull(),
    /** The entry key's value (a cart id), '' when the journey has none. */
    entryKey: text('entry_key').notNull().default(''),
    node: text('node'),
    /** active: due to step at wake_at; waiting: for an event until wake_at (the timeout); ended. */
    state: text('state', { enum: ['active', 'waiting', 'ended'] }).notNull(),
    wakeAt: ts('wake_at'),
    /**
     * true: at wake_at the run arrives at `node` (a start held until a local time, a run moved to a
     * new version's node, a wait answered while the journey was paused); false: it was waiting at
     * `node` and moves on from it (a delay's end, a wait's timeout).
     */
    arriving: boolean('arriving').notNull().default(false),
    /** Held out: walks the journey without its messages and incentives (the lift's control). */
    holdout: boolean('holdout').notNull(),
    /** What the run carries into messages: the entering event's properties, an issued coupon. */
    context: jsonb('context').$type<Record<string, unknown>>().notNull(),
    /** Nodes walked so far: the step counter that makes each node visit's dedupe key. */
    steps: integer('steps').notNull().default(0),
    enteredAt: ts('entered_at').notNull(),
    goalUntil: ts('goal_until'),
    convertedAt: ts('converted_at'),
    endedAt: ts('ended_at'),
    outcome: text('outcome', { enum: ['completed', 'converted', 'exited', 'archived', 'erased'] }),
    outcomeReason: text('outcome_reason'),
  },
  (t) => [
    uniqueIndex('journey_runs_open_idx')
      .on(t.journeyId, t.customerId, t.entryKey)
      .where(sql`state <> 'ended'`),
    // The worker's claim walks this index in its order (wake time, then id) and stops at a claim's
    // size; on wake_at alone the planner sorted every due run of the journey for each claim.
    index('journey_runs_due_idx')
      .on(t.wakeAt, t.id)
      .where(sql`state <> 'ended'`),
    // A customer's runs (the consumer's runs in play, the customer page, erasure, merges) and their
    // latest run of a journey (the re-entry check on every entry: without an index each entry
    // scanned the journey's runs, 235 ms at 200,000 runs). One index for both: every stepped run
    // writes an entry into each index of the table (its wake time and state change), so each index
    // costs every timer step (the journeys bench).
    index('journey_runs_customer_idx').on(t.customerId, t.journeyId, t.entryKey, t.enteredAt),
    index('journey_runs_journey_idx').on(t.journeyId, t.version, t.enteredAt),
  ],
);

/** A run's history: each node it passed and what happened there, in order. */
export const journeyRunSteps = pgTable(
  'journey_run_steps',
  {
    runId: text('run_id').notNull(),
    seq: integer('seq').notNull(),
    workspaceId: text('workspace_id').notNull(),
    node: text('node'),
    at: ts('at').notNull(),
    /** entered, sent, held_out, skipped_late, waited, resumed, timed_out, yes, no, path, points, coupon, … */
    action: text('action').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.seq] })],
);
