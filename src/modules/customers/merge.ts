import type { Db } from '../../db/connection.js';
import { appendEvents, type LoggedEvent } from '../events/index.js';
import { customersMergedEvent } from '../events/index.js';
import { lockProfiles, repointMerged, updateProfile, type CustomerRow } from './profile-queries.js';
import { searchName, standardTraits, type StandardColumns } from './traits.js';

const earlier = (a: Date, b: Date) => (a < b ? a : b);
const later = (a: Date, b: Date) => (a > b ? a : b);

/** The known profile keeps what it has; the anonymous one fills the gaps. */
function mergedFields(from: CustomerRow, into: CustomerRow) {
  const columns = Object.fromEntries(
    standardTraits.map((key) => [key, into[key] ?? from[key]]),
  ) as StandardColumns;
  const fields = {
    ...columns,
    traits: { ...from.traits, ...into.traits },
    traitTimes: { ...from.traitTimes, ...into.traitTimes },
    firstSeenAt: earlier(from.firstSeenAt, into.firstSeenAt),
    lastSeenAt: later(from.lastSeenAt, into.lastSeenAt),
  };
  return { ...fields, searchName: searchName(columns) };
}

/** A tombstone keeps only the pointer: its personal data now lives on the known profile. */
const emptied = {
  ...Object.fromEntries(standardTraits.map((key) => [key, null])),
  traits: {},
  traitTimes: {},
  searchName: null,
};

/**
 * Merges an anonymous profile into a known one, in the caller's transaction: identities move,
 * traits merge (known wins), the anonymous row becomes a tombstone, and `Customers Merged` is
 * appended to the log so other modules (orders, loyalty) move their own data.
 */
export async function mergeProfiles(
  tx: Db,
  workspaceId: string,
  fromId: string,
  intoId: string,
  cause: LoggedEvent,
): Promise<void> {
  const rows = await lockProfiles(tx, workspaceId, [fromId, intoId]);
  const from = rows.find((row) => row.id === fromId);
  const into = rows.find((row) => row.id === intoId);
  if (!from || !into || from.mergedInto || into.mergedInto) return;
  await updateProfile(tx, workspaceId, intoId, into.erasedAt ? {} : mergedFields(from, into));
  await repointMerged(tx, workspaceId, fromId, intoId);
  await updateProfile(tx, workspaceId, fromId, { ...emptied, mergedInto: intoId });
  await appendEvents(tx, workspaceId, [
    {
      messageId: `retain:customers-merged:${fromId}`,
      type: 'track',
      name: customersMergedEvent,
      userId: cause.userId,
      properties: { from_customer_id: fromId, into_customer_id: intoId },
      occurredAt: cause.occurredAt,
      receivedAt: cause.receivedAt,
      source: 'retain',
    },
  ]);
}
