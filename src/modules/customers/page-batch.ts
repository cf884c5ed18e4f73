import type { Db } from '../../db/connection.js';
import type { LoggedEvent } from '../events/index.js';
import { flushBook, openIdentityBook, ownerIn, resolveInBook, type IdentityBook } from './identity-book.js';
import { scrubLateEvents, type Placed } from './late-events.js';
import { loadProfiles, touchSeenMany, updateTraitsMany, type CustomerRow } from './profile-queries.js';
import { applyTraits, parseTraits, searchName, standardTraits, type TraitState } from './traits.js';

type Touch = Placed;

/** retain's own events (Points Earned, Customers Merged) are not the person showing up. */
export const isPersonEvent = (event: LoggedEvent) =>
  event.source !== 'retain' && Boolean(event.userId || event.anonymousId);

/** Events that may merge two profiles: applied one by one, between batched segments. */
function mayMerge(book: IdentityBook, event: LoggedEvent): boolean {
  if (event.type === 'alias') return Boolean(event.userId && event.previousId);
  if (event.type !== 'identify' || !event.userId || !event.anonymousId) return false;
  const known = ownerIn(book, event.workspaceId, 'user_id', event.userId);
  const anonymous = ownerIn(book, event.workspaceId, 'anonymous_id', event.anonymousId);
  return Boolean(known && anonymous && known !== anonymous && !book.withUser.has(anonymous));
}

/** Traits, with the device's time zone and locale (`context`) when the traits carry none. */
export function traitsOf(event: LoggedEvent): Record<string, unknown> {
  const { timezone, locale } = event.context as { timezone?: unknown; locale?: unknown };
  return { ...(timezone ? { timezone } : {}), ...(locale ? { locale } : {}), ...event.traits };
}

const stateOf = (row: CustomerRow): TraitState => ({
  columns: Object.fromEntries(standardTraits.map((key) => [key, row[key]])) as TraitState['columns'],
  traits: row.traits,
  traitTimes: row.traitTimes,
});

/** Every identify's traits in log order, per profile; answers the profiles whose traits changed. */
function traitChanges(rows: CustomerRow[], touches: Touch[]) {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const states = new Map<string, { row: CustomerRow; before: string; state: TraitState }>();
  for (const { event, customerId } of touches) {
    const row = byId.get(customerId);
    // An erased profile stays erased: later identifies of the same person do not refill it.
    if (event.type !== 'identify' || !row || row.erasedAt) continue;
    let entry = states.get(customerId);
    if (!entry) {
      const state = stateOf(row);
      entry = { row, before: JSON.stringify(state), state };
      states.set(customerId, entry);
    }
    entry.state = applyTraits(entry.state, parseTraits(traitsOf(event)), event.occurredAt);
  }
  return [...states.values()]
    .filter((entry) => JSON.stringify(entry.state) !== entry.before)
    .map(({ row, state: { columns }, state }) => ({
      w: row.workspaceId,
      id: row.id,
      email: columns.email,
      phone: columns.phone,
      name: columns.name,
      first_name: columns.firstName,
      last_name: columns.lastName,
      timezone: columns.timezone,
      locale: columns.locale,
      birthday: columns.birthday,
      traits: state.traits,
      trait_times: state.traitTimes,
      search_name: searchName(columns),
    }));
}

function seenRanges(touches: Touch[]) {
  const seen = new Map<string, { w: string; id: string; first: Date; last: Date }>();
  for (const { event, customerId } of touches) {
    const range = seen.get(customerId);
    const at = event.occurredAt;
    if (!range) seen.set(customerId, { w: event.workspaceId, id: customerId, first: at, last: at });
    else {
      if (at < range.first) range.first = at;
      if (at > range.last) range.last = at;
    }
  }
  return [...seen.values()].map((range) => ({
    ...range,
    first: range.first.toISOString(),
    last: range.last.toISOString(),
  }));
}

/**
 * Applies `events` from `start` up to the first event that may merge profiles, in a bounded number
 * of statements: identities in one read and one write, profiles read once, traits and first/last
 * seen written once each. Answers the index where it stopped.
 */
export async function applySegment(tx: Db, events: LoggedEvent[], start: number): Promise<number> {
  const book = await openIdentityBook(tx, events.slice(start).filter(isPersonEvent));
  const touches: Touch[] = [];
  let end = start;
  for (; end < events.length; end++) {
    const event = events[end]!;
    if (!isPersonEvent(event)) continue;
    if (mayMerge(book, event)) break;
    touches.push({ event, customerId: resolveInBook(book, event.workspaceId, event, event.occurredAt) });
  }
  await flushBook(tx, book);
  const rows = await loadProfiles(tx, [...new Set(touches.map((touch) => touch.customerId))]);
  await scrubLateEvents(tx, touches, rows);
  await updateTraitsMany(tx, traitChanges(rows, touches));
  await touchSeenMany(tx, seenRanges(touches));
  return end;
}
