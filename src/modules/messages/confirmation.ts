// Double opt-in's email: when an email subscription becomes pending, the confirmation message is
// enqueued in the consent change's own transaction, so a pending subscription without its email (or
// an email without its pending subscription) never commits. It is the workspace's own copy of the
// library's confirmation template in the customer's language: made on first use, and a shop that
// edits its copy changes what later confirmations say.
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { customerLocales } from '../customers/index.js';
import { getWorkspace } from '../workspaces/index.js';
import { enqueueMessages, notifyDispatchers } from './outbox.js';
import { pageLanguage } from './page-language.js';
import { messageTemplates } from './schema.js';
import { createFromLibrary } from './template-store.js';
import { confirmationKey } from './templates/index.js';

/** The confirmation template of this language, the newest unarchived copy, made from the library when none. */
async function confirmationTemplate(
  tx: Db,
  workspaceId: string,
  language: string,
  now: Date,
): Promise<{ id: string; version: number }> {
  // Two customers of one workspace going pending at once would otherwise make two copies.
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`messages:confirmation-template:${workspaceId}`}, 0))`,
  );
  const [found] = await tx
    .select({ id: messageTemplates.id, version: messageTemplates.currentVersion })
    .from(messageTemplates)
    .where(
      and(
        eq(messageTemplates.workspaceId, workspaceId),
        eq(messageTemplates.libraryKey, confirmationKey),
        eq(messageTemplates.language, language),
        eq(messageTemplates.channel, 'email'),
        isNull(messageTemplates.archivedAt),
      ),
    )
    .orderBy(desc(messageTemplates.id))
    .limit(1);
  if (found) return found;
  const made = await createFromLibrary(
    tx,
    workspaceId,
    { key: confirmationKey, language, channel: 'email' },
    now,
  );
  return { id: made.id, version: made.version };
}

/**
 * Enqueues the confirmation email of one consent change, in its transaction. The dedupe key is the
 * change's: the change and its email commit together, once.
 */
export async function enqueueConfirmation(
  tx: Db,
  change: { workspaceId: string; customerId: string; changeId: string; at: Date },
): Promise<void> {
  const { workspaceId, customerId, at } = change;
  const locale = (await customerLocales(tx, workspaceId, [customerId])).get(customerId);
  const language = pageLanguage(locale, (await getWorkspace(tx, workspaceId)).locale);
  const template = await confirmationTemplate(tx, workspaceId, language, at);
  await enqueueMessages(
    tx,
    workspaceId,
    [
      {
        customerId,
        channel: 'email',
        templateId: template.id,
        templateVersion: template.version,
        data: {},
        priority: 'transactional',
        producer: { kind: 'consent', id: change.changeId },
        dedupeKey: `consent_confirmation:${change.changeId}`,
      },
    ],
    at,
  );
  await notifyDispatchers(tx);
}
