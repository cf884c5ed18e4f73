import { createHash } from 'node:crypto';
import { notFound } from '../../core/errors.js';
import { customerEventsPageRows, redactedIdentifierLengthMin } from '../../core/limits.js';
import type { Db } from '../../db/connection.js';
import { allCustomerEvents, personIds, requireCustomer } from './customers.js';
import { personEvents, pseudonymiseEvents, replaceEventPayload, type PersonIds } from '../events/index.js';
import type { CustomerDataProvider } from './privacy-provider.js';
import { recordErasedIdentities } from './erased-identities.js';
import { forgetIdentities, identitiesOf, updateProfile, type CustomerRow } from './profile-queries.js';
import { presentCustomer, presentEvent } from './present.js';
import { scrubEventPayload } from './scrub.js';
import { standardTraits } from './traits.js';

/**
 * Everything retain holds about one person (GDPR art. 15 / 20): profile, identities, events, modules'
 * data. An erased person is not found: what is left of them names no one.
 */
export async function exportCustomer(
  db: Db,
  workspaceId: string,
  ref: string,
  providers: CustomerDataProvider[],
  at: Date,
) {
  const row = await requireCustomer(db, workspaceId, ref);
  if (row.erasedAt) throw notFound('customer', ref);
  const identities = await identitiesOf(db, workspaceId, row.id);
  const events = await allCustomerEvents(db, workspaceId, await personIds(db, workspaceId, row.id));
  const modules: Record<string, unknown> = {};
  for (const provider of providers) modules[provider.name] = await provider.export(db, workspaceId, row.id);
  return {
    object: 'customer_export' as const,
    generated_at: at.toISOString(),
    customer: presentCustomer(row),
    identities: identities.map((i) => ({ type: i.kind, value: i.value, created: i.createdAt.toISOString() })),
    events: events.rows.map(presentEvent),
    events_truncated: events.truncated,
    modules,
  };
}

/** The values that name a person inside a string of theirs, lower-cased. */
export function identifiersAmong(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v && v.length >= redactedIdentifierLengthMin))].map(
    (v) => v.toLowerCase(),
  );
}

/** What names the person inside a string of theirs: ids, email, phone, names; lower-cased. */
function identifiersOf(row: CustomerRow, ids: PersonIds): string[] {
  return identifiersAmong([
    ...ids.userIds,
    ...ids.anonymousIds,
    row.email,
    row.phone,
    row.name,
    row.firstName,
    row.lastName,
  ]);
}

/** Stands for the person in the log after erasure: stable, so a repeat writes the same, and opaque. */
export const pseudonymOf = (workspaceId: string, customerId: string) =>
  `erased_${createHash('sha256').update(`${workspaceId}:${customerId}`).digest('hex').slice(0, 24)}`;

/** Scrubs every event of the person, page by page; answers how many rows changed. */
async function scrubEvents(
  tx: Db,
  workspaceId: string,
  ids: PersonIds,
  identifiers: string[],
): Promise<number> {
  let changed = 0;
  let after: string | undefined;
  for (;;) {
    const page = await personEvents(tx, workspaceId, ids, customerEventsPageRows, after);
    for (const event of page) {
      const scrubbed = scrubEventPayload(event, identifiers);
      const before = { properties: event.properties, traits: event.traits, context: event.context };
      if (JSON.stringify(scrubbed) === JSON.stringify(before)) continue;
      await replaceEventPayload(tx, workspaceId, event.id, scrubbed);
      changed++;
    }
    if (page.length < customerEventsPageRows) return changed;
    after = page.at(-1)!.id;
  }
}

/**
 * Forgets the person's ids, keeping only their hashes as tombstones; answers how many. The pseudonym
 * gets tombstones too: an event rewritten to it (one the erasure scrubbed before every consumer had
 * read it, or one that arrived late) still belongs to the erased profile, not to a new person.
 */
async function forgetAndTombstone(
  tx: Db,
  workspaceId: string,
  customerId: string,
  at: Date,
): Promise<number> {
  const removed = await forgetIdentities(tx, workspaceId, customerId);
  const pseudonym = pseudonymOf(workspaceId, customerId);
  await recordErasedIdentities(
    tx,
    workspaceId,
    customerId,
    [...removed, { kind: 'user_id', value: pseudonym }, { kind: 'anonymous_id', value: pseudonym }],
    at,
  );
  return removed.length;
}

/**
 * Erases a person (GDPR art. 17): profile PII and traits emptied; in their events, personal keys
 * and every string containing one of their identifiers redacted, and their ids replaced by a
 * pseudonym; their identities forgotten, kept only as hashed tombstones (erased_identities), so an event with the
 * same ids is a new person if it happened after the erasure and joins the empty profile if before; each
 * module's personal data removed. Amounts stay so aggregates (revenue, cohorts) still add up.
 * Idempotent: a second call changes nothing and says so.
 */
export async function eraseCustomer(
  db: Db,
  workspaceId: string,
  ref: string,
  providers: CustomerDataProvider[],
  at: Date,
) {
  return db.transaction(async (tx) => {
    const row = await requireCustomer(tx, workspaceId, ref);
    const erasedAt = row.erasedAt ?? at;
    if (!row.erasedAt) {
      await updateProfile(tx, workspaceId, row.id, {
        ...Object.fromEntries(standardTraits.map((key) => [key, null])),
        traits: {},
        traitTimes: {},
        searchName: null,
        externalId: null,
        erasedAt,
      });
    }
    const ids = await personIds(tx, workspaceId, row.id);
    const erased: Record<string, number> = {
      profile: row.erasedAt ? 0 : 1,
      events: await scrubEvents(tx, workspaceId, ids, identifiersOf(row, ids)),
      events_pseudonymised: await pseudonymiseEvents(tx, workspaceId, ids, pseudonymOf(workspaceId, row.id)),
      identities: await forgetAndTombstone(tx, workspaceId, row.id, erasedAt),
    };
    for (const provider of providers) {
      for (const [key, count] of Object.entries(await provider.erase(tx, workspaceId, row.id)))
        erased[`${provider.name}.${key}`] = count;
    }
    return {
      object: 'customer_erasure' as const,
      customer: row.id,
      erased_at: erasedAt.toISOString(),
      erased,
    };
  });
}
