import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { roles } from '../../http/principal.js';

export const apiKeys = pgTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    kind: text('kind', { enum: ['secret', 'publishable'] }).notNull(),
    name: text('name').notNull(),
    /** SHA-256 of the key: keys are shown once and never stored in the clear. */
    keyHash: text('key_hash').notNull(),
    /** `sk_…wxyz`, for telling keys apart in lists. */
    redacted: text('redacted').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /** The dashboard user who made the key; null for the operator's keys (CLI, demo). */
    createdBy: text('created_by'),
    /** The key's rights, at most its creator's role: it stops working once the creator has less. */
    role: text('role', { enum: roles }).notNull().default('owner'),
  },
  (t) => [
    uniqueIndex('api_keys_hash_idx').on(t.keyHash),
    index('api_keys_workspace_idx').on(t.workspaceId),
    index('api_keys_creator_idx').on(t.workspaceId, t.createdBy),
  ],
);

/** The first answer to each Idempotency-Key, replayed for retries (Stripe's model). */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    workspaceId: text('workspace_id').notNull(),
    key: text('key').notNull(),
    requestFingerprint: text('request_fingerprint').notNull(),
    state: text('state', { enum: ['processing', 'done'] }).notNull(),
    responseStatus: smallint('response_status'),
    responseBody: jsonb('response_body'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.key] }),
    index('idempotency_keys_created_idx').on(t.createdAt),
  ],
);

/**
 * One counter per rate-limit bucket (`api:key:<key id>`, `ingestion:key:…`, `api:ip:<address>`),
 * shared by every process. Unlogged (edited into its migration): a count lost in a crash costs
 * nothing, and commits skip the WAL flush. No index on `window_start`: every request moves it,
 * and an index would stop those updates from being HOT; the pruning scan reads a small table.
 */
export const rateLimits = pgTable('rate_limits', {
  bucket: text('bucket').primaryKey(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  requests: integer('requests').notNull(),
});
