import type { Db } from '../../db/connection.js';
import { ownersOfIdentities } from './identity-queries.js';

export interface EventIdentity {
  workspaceId: string;
  userId?: string | null;
  anonymousId?: string | null;
}

/**
 * The live customer each event's ids belong to, without creating anyone (readers that follow the
 * customers consumer: the profiles exist by then). The user id's owner wins, as in resolution; an
 * event whose ids nobody owns (erased) gets null. One statement for the whole page.
 */
export async function customersOfEvents(
  db: Db,
  events: readonly EventIdentity[],
): Promise<(string | null)[]> {
  const wanted = new Map<string, { w: string; k: 'user_id' | 'anonymous_id'; v: string }>();
  const key = (w: string, k: string, v: string) => `${w}\u0000${k}\u0000${v}`;
  for (const { workspaceId: w, userId, anonymousId } of events) {
    if (userId) wanted.set(key(w, 'user_id', userId), { w, k: 'user_id', v: userId });
    if (anonymousId)
      wanted.set(key(w, 'anonymous_id', anonymousId), { w, k: 'anonymous_id', v: anonymousId });
  }
  const owners = new Map(
    (await ownersOfIdentities(db, [...wanted.values()])).map((row) => [key(row.w, row.k, row.v), row.owner]),
  );
  return events.map(
    ({ workspaceId: w, userId, anonymousId }) =>
      (userId && owners.get(key(w, 'user_id', userId))) ||
      (anonymousId && owners.get(key(w, 'anonymous_id', anonymousId))) ||
      null,
  );
}
