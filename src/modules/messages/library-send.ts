// A producer outside this module that sends one of the library's own emails (a coupon code resent
// by customer service) names the library key; the message is enqueued from the workspace's copy of
// that template in the customer's language, made on first use like the confirmation email's, so a
// shop that edits its copy changes what later emails say. The outbox needs a template id and
// version, which only this module can make.
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { customerLocales } from '../customers/index.js';
import { getWorkspace } from '../workspaces/index.js';
import { enqueueMessages, notifyDispatchers, type Enqueued, type NewMessage } from './outbox.js';
import { pageLanguage } from './page-language.js';
import { messageTemplates } from './schema.js';
import { createFromLibrary } from './template-store.js';
import type { confirmationKey, couponCodeKey } from './templates/index.js';

export interface LibraryEmail {
  key: typeof couponCodeKey | typeof confirmationKey;
  customerId: string;
  data: Record<string, unknown>;
  producer: NewMessage['producer'];
  dedupeKey: string;
}

/**
 * The workspace's copy of a library template in a language and channel, made on first use. Journeys
 * send lifecycle templates through it too (producer-templates.ts).
 */
export async function libraryCopy(
  tx: Db,
  workspaceId: string,
  choice: { key: string; language: string; channel?: 'email' | 'sms' | 'line' },
  now: Date,
): Promise<{ id: string; version: number }> {
  const channel = choice.channel ?? 'email';
  const copy = { ...choice, channel };
  const found = await findLibraryCopy(tx, workspaceId, copy);
  if (found) return found;
  // Two producers sending the same key at once would otherwise make two copies. Only the maker
  // locks: held to the commit, a lock taken on every lookup made the journeys worker's two loops
  // wait for each other's whole claim (11 ms a claim of 1,000 timers in the journeys bench).
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`messages:library-template:${workspaceId}:${choice.key}:${channel}`}, 0))`,
  );
  const madeMeanwhile = await findLibraryCopy(tx, workspaceId, copy);
  if (madeMeanwhile) return madeMeanwhile;
  const made = await createFromLibrary(tx, workspaceId, copy, now);
  return { id: made.id, version: made.version };
}

async function findLibraryCopy(
  tx: Db,
  workspaceId: string,
  copy: { key: string; language: string; channel: string },
): Promise<{ id: string; version: number } | undefined> {
  const [found] = await tx
    .select({ id: messageTemplates.id, version: messageTemplates.currentVersion })
    .from(messageTemplates)
    .where(
      and(
        eq(messageTemplates.workspaceId, workspaceId),
        eq(messageTemplates.libraryKey, copy.key),
        eq(messageTemplates.language, copy.language),
        eq(messageTemplates.channel, copy.channel),
        isNull(messageTemplates.archivedAt),
      ),
    )
    .orderBy(desc(messageTemplates.id))
    .limit(1);
  return found;
}

/**
 * Enqueues one transactional library email in the caller's transaction and wakes the dispatchers
 * once it commits. A dedupe key seen before answers the first message (`created: false`).
 */
export async function enqueueLibraryEmail(
  tx: Db,
  workspaceId: string,
  email: LibraryEmail,
  now: Date,
): Promise<Enqueued> {
  const locale = (await customerLocales(tx, workspaceId, [email.customerId])).get(email.customerId);
  const language = pageLanguage(locale, (await getWorkspace(tx, workspaceId)).locale);
  const template = await libraryCopy(tx, workspaceId, { key: email.key, language }, now);
  const [enqueued] = await enqueueMessages(
    tx,
    workspaceId,
    [
      {
        customerId: email.customerId,
        channel: 'email',
        templateId: template.id,
        templateVersion: template.version,
        data: email.data,
        priority: 'transactional',
        producer: email.producer,
        dedupeKey: email.dedupeKey,
      },
    ],
    now,
  );
  await notifyDispatchers(tx);
  return enqueued!;
}
