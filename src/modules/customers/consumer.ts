import type { Db } from '../../db/connection.js';
import type { Consumer, LoggedEvent } from '../events/index.js';
import { findIdentityOwners } from './identity-queries.js';
import { resolveCustomerId } from './identity.js';
import { mergeProfiles } from './merge.js';
import { flushSeen, newPageState, noteMerge, noteSeen, resolveCached, type PageState } from './page-state.js';
import { scrubLateEvents, type Placed } from './late-events.js';
import {
  hasUserIdentity,
  loadProfile,
  loadProfiles,
  ownerOfPreviousId,
  updateProfile,
} from './profile-queries.js';
import { applyTraits, parseTraits, searchName, standardTraits, type TraitState } from './traits.js';
import { IdentityRace } from './identity-book.js';
import { applySegment, isPersonEvent, traitsOf } from './page-batch.js';

async function merge(tx: Db, state: PageState, event: LoggedEvent, from: string, into: string) {
  await mergeProfiles(tx, event.workspaceId, from, into, event);
  noteMerge(state, from, into);
}

/**
 * An identify with both ids whose anonymous profile is someone else's merges it in — unless that
 * profile already has a userId of its own: then two accounts shared a device, and they stay apart.
 */
async function identifyMerge(tx: Db, state: PageState, event: LoggedEvent, knownId: string): Promise<void> {
  if (!event.userId || !event.anonymousId) return;
  const { anonymous } = await findIdentityOwners(tx, event.workspaceId, null, event.anonymousId);
  if (!anonymous || anonymous === knownId) return;
  if (await hasUserIdentity(tx, event.workspaceId, anonymous)) return;
  await merge(tx, state, event, anonymous, knownId);
}

/** alias: the person known as previousId is userId from now on (Segment's alias call). */
async function applyAlias(tx: Db, state: PageState, event: LoggedEvent, previousId: string): Promise<string> {
  const previousOwner = await ownerOfPreviousId(tx, event.workspaceId, previousId);
  const knownId = await resolveCustomerId(
    tx,
    event.workspaceId,
    { userId: event.userId, anonymousId: previousOwner ? null : previousId },
    event.occurredAt,
  );
  if (previousOwner && previousOwner !== knownId) await merge(tx, state, event, previousOwner, knownId);
  return knownId;
}

async function applyIdentifyTraits(tx: Db, event: LoggedEvent, customerId: string): Promise<void> {
  const row = await loadProfile(tx, event.workspaceId, customerId);
  // An erased profile stays erased: later identifies of the same person do not refill it.
  if (!row || row.erasedAt) return;
  const state: TraitState = {
    columns: Object.fromEntries(standardTraits.map((key) => [key, row[key]])) as TraitState['columns'],
    traits: row.traits,
    traitTimes: row.traitTimes,
  };
  const next = applyTraits(state, parseTraits(traitsOf(event)), event.occurredAt);
  if (JSON.stringify(next) === JSON.stringify(state)) return;
  await updateProfile(tx, event.workspaceId, customerId, {
    ...next.columns,
    traits: next.traits,
    traitTimes: next.traitTimes,
    searchName: searchName(next.columns),
  });
}

async function applyEvent(tx: Db, state: PageState, event: LoggedEvent): Promise<Placed | null> {
  if (!isPersonEvent(event)) return null;
  let customerId: string;
  if (event.type === 'alias' && event.userId && event.previousId) {
    customerId = await applyAlias(tx, state, event, event.previousId);
  } else {
    customerId = await resolveCached(tx, state, event);
    if (event.type === 'identify') await identifyMerge(tx, state, event, customerId);
  }
  noteSeen(state, event.workspaceId, customerId, event.occurredAt);
  if (event.type === 'identify') await applyIdentifyTraits(tx, event, customerId);
  return { event, customerId };
}

/** Events one at a time, each with its own statements: merges, and pages that raced another writer. */
async function applyOneByOne(tx: Db, events: LoggedEvent[]): Promise<void> {
  const state = newPageState();
  const placed: Placed[] = [];
  for (const event of events) {
    const place = await applyEvent(tx, state, event);
    if (place) placed.push(place);
  }
  await scrubLateEvents(tx, placed, await loadProfiles(tx, [...new Set(placed.map((p) => p.customerId))]));
  await flushSeen(tx, state);
}

/**
 * The customers projection: profiles, identities, traits, first/last seen, merges. A page is
 * applied in batched segments; an event that may merge two profiles is applied on its own between
 * them, so whatever follows it sees the merge.
 */
export const customersConsumer: Consumer = {
  name: 'customers',
  // Events retain emits carry no person (isPersonEvent): the projection never reads them.
  reads: { skipSources: ['retain'], payload: ['traits', 'context'] },
  apply: async (tx, events) => {
    let next = 0;
    while (next < events.length) {
      const start = next;
      try {
        next = await tx.transaction((savepoint) => applySegment(savepoint, events, start));
      } catch (error) {
        if (!(error instanceof IdentityRace)) throw error;
        return applyOneByOne(tx, events.slice(start));
      }
      if (next < events.length) await applyOneByOne(tx, [events[next++]!]);
    }
  },
};
