import { sql } from 'drizzle-orm';
import {
  customType,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const customers = pgTable(
  'customers',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    /** The shop's own id for the person (Segment's `userId`). */
    externalId: text('external_id'),
    email: text('email'),
    phone: text('phone'),
    firstName: text('first_name'),
    lastName: text('last_name'),
    name: text('name'),
    /** IANA zone and BCP 47 locale of the person, when known. */
    timezone: text('timezone'),
    locale: text('locale'),
    birthday: text('birthday'),
    traits: jsonb('traits').$type<Record<string, unknown>>().notNull().default({}),
    /** When each trait (standard or free) was last set, by the event's occurredAt: newer wins. */
    traitTimes: jsonb('trait_times').$type<Record<string, string>>().notNull().default({}),
    /** Lower-cased full name, kept for indexed prefix search. */
    searchName: text('search_name'),
    /**
     * The name's words without diacritics ("Nguyễn Thu Phương" → nguyen, thu, phuong), so a search
     * for any word, typed with or without its marks, finds the person. Derived by PostgreSQL from
     * the name columns (customers_fold, migration 0016), so no writer can forget it.
     */
    searchWords: tsvector('search_words').generatedAlwaysAs(
      sql`to_tsvector('simple'::regconfig, customers_fold(coalesce(name, coalesce(first_name, '') || ' ' || coalesce(last_name, ''))))`,
    ),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    /** Set when an anonymous profile was merged into a known one; the row stays as a tombstone. */
    mergedInto: text('merged_into'),
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('customers_external_idx').on(t.workspaceId, t.externalId),
    // text_pattern_ops: `like 'prefix%'` uses the index whatever the database collation.
    index('customers_email_idx').on(t.workspaceId, t.email.op('text_pattern_ops')),
    index('customers_name_idx').on(t.workspaceId, t.searchName.op('text_pattern_ops')),
    index('customers_words_idx').using('gin', t.searchWords),
    // Live profiles by id, for the newest-first list (merged-away tombstones are never listed).
    index('customers_live_idx')
      .on(t.workspaceId, t.id)
      .where(sql`merged_into is null`),
    // The merged-away tombstones, few: every analytics recompute looks them up.
    index('customers_merged_idx')
      .on(t.workspaceId, t.id)
      .where(sql`merged_into is not null`),
  ],
);

/** Every id a person is known by (userId, anonymousId), pointing at their one profile. */
export const customerIdentities = pgTable(
  'customer_identities',
  {
    workspaceId: text('workspace_id').notNull(),
    kind: text('kind', { enum: ['user_id', 'anonymous_id'] }).notNull(),
    value: text('value').notNull(),
    customerId: text('customer_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.kind, t.value] }),
    index('customer_identities_customer_idx').on(t.workspaceId, t.customerId),
  ],
);

/**
 * Erasure tombstones: a hash per id an erased person was known by (never the id itself), so an
 * event that happened before the erasure and arrives after it is not the start of a new person.
 */
export const erasedIdentities = pgTable('erased_identities', {
  workspaceId: text('workspace_id').notNull(),
  /** sha256 of workspace, kind and value (erased-identities' identityHash): unique across workspaces. */
  hash: text('hash').primaryKey(),
  customerId: text('customer_id').notNull(),
  erasedAt: timestamp('erased_at', { withTimezone: true }).notNull(),
});
