import type { Db } from '../../db/connection.js';
import {
  eventPayloadsById,
  pseudonymiseEvent,
  replaceEventPayload,
  type LoggedEvent,
} from '../events/index.js';
import { identifiersAmong, pseudonymOf } from './privacy.js';
import type { CustomerRow } from './profile-queries.js';
import { personalValues, scrubEventPayload } from './scrub.js';

export interface Placed {
  event: LoggedEvent;
  customerId: string;
}

/**
 * An event placed on an erased profile happened before the erasure and arrived after it (a late
 * delivery, a Segment retry, an import): erasure scrubbed the person's events, and this one is
 * scrubbed the same way as the customers consumer places it, in the consumer's transaction, so the
 * log does not take back what the erasure removed. The person is known now only by what the event
 * itself says: its ids and the personal values of its traits (email, phone, names). Its ids become
 * the erased profile's pseudonym, whose tombstones keep it on that profile for every consumer.
 */
export async function scrubLateEvents(tx: Db, placed: Placed[], profiles: CustomerRow[]): Promise<number> {
  const erased = new Set(profiles.filter((row) => row.erasedAt).map((row) => row.id));
  const late = placed.filter((p) => erased.has(p.customerId));
  for (const { event, customerId } of late) {
    const [stored] = await eventPayloadsById(tx, event.workspaceId, [event.id]);
    if (!stored) continue;
    const contextTraits = stored.context.traits;
    const identifiers = identifiersAmong([
      event.userId,
      event.anonymousId,
      event.previousId,
      ...personalValues(stored.traits),
      ...(typeof contextTraits === 'object' && contextTraits !== null
        ? personalValues(contextTraits as Record<string, unknown>)
        : []),
    ]);
    await replaceEventPayload(tx, event.workspaceId, event.id, scrubEventPayload(stored, identifiers));
    await pseudonymiseEvent(tx, event.workspaceId, event.id, pseudonymOf(event.workspaceId, customerId));
  }
  return late.length;
}
