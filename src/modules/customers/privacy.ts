import { customerEventsPageRows } from '../../core/limits.js';
import type { Db } from '../../db/connection.js';
import { allCustomerEvents, personIds, requireCustomer } from './customers.js';
import { personEvents, replaceEventPayload, type PersonIds } from '../events/index.js';
import type { CustomerDataProvider } from './privacy-provider.js';
import { identitiesOf, updateProfile } from './profile-queries.js';
import { presentCustomer, presentEvent } from './present.js';
import { scrubEventPayload } from './scrub.js';
import { standardTraits } from './traits.js';

/** Everything retain holds about one person (GDPR art. 15 / 20): profile, identities, events, modules' data. */
export async function exportCustomer(
  db: Db,
  workspaceId: string,
  ref: string,
  providers: CustomerDataProvider[],
  at: Date,
) {
  const row = await requireCustomer(db, workspaceId, ref);
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

/** Scrubs every event of the person, page by page; answers how many rows changed. */
async function scrubEvents(tx: Db, workspaceId: string, ids: PersonIds): Promise<number> {
  let changed = 0;
  let after: string | undefined;
  for (;;) {
    const page = await personEvents(tx, workspaceId, ids, customerEventsPageRows, after);
    for (const event of page) {
      const scrubbed = scrubEventPayload(event);
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
 * Erases a person (GDPR art. 17): profile PII and traits emptied, PII scrubbed from their events
 * in the log, each module's personal data removed; identities and amounts stay so aggregates
 * (revenue, cohorts) still add up. Idempotent: a second call changes nothing and says so.
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
        erasedAt,
      });
    }
    const erased: Record<string, number> = {
      profile: row.erasedAt ? 0 : 1,
      events: await scrubEvents(tx, workspaceId, await personIds(tx, workspaceId, row.id)),
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
