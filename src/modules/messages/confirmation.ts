// Double opt-in's email: when an email subscription becomes pending, the confirmation message is
// enqueued in the consent change's own transaction, so a pending subscription without its email (or
// an email without its pending subscription) never commits. It is a library email like any other
// (library-send.ts): the workspace's own copy of the library's confirmation template in the
// customer's language, made on first use, so a shop that edits its copy changes what later
// confirmations say.
import type { Db } from '../../db/connection.js';
import { enqueueLibraryEmail } from './library-send.js';
import { confirmationKey } from './templates/index.js';

/**
 * Enqueues the confirmation email of one consent change, in its transaction. The dedupe key is the
 * change's: the change and its email commit together, once.
 */
export async function enqueueConfirmation(
  tx: Db,
  change: { workspaceId: string; customerId: string; changeId: string; at: Date },
): Promise<void> {
  await enqueueLibraryEmail(
    tx,
    change.workspaceId,
    {
      key: confirmationKey,
      customerId: change.customerId,
      data: {},
      producer: { kind: 'consent', id: change.changeId },
      dedupeKey: `consent_confirmation:${change.changeId}`,
    },
    change.at,
  );
}
