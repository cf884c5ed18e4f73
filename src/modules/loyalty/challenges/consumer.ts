import type { Db } from '../../../db/connection.js';
import { resolveCustomerId, resolvesAfterCustomers } from '../../customers/index.js';
import { appendEvents, type Consumer, type LoggedEvent } from '../../events/index.js';
import { customersMergedEvent } from '../../events/index.js';
import { earnPoints, reasonText } from '../ledger/index.js';
import { completesWindow, matchesConditions } from './conditions.js';
import { mergedProfiles } from './merged.js';
import {
  challengeEventNames,
  challengesForEvents,
  findBadge,
  findChallenge,
  forgetQualifyingEvents,
  insertBadgeOnce,
  moveProgress,
  progressOf,
  qualifyingTimes,
  recordQualifyingEvent,
  setBadgeEntry,
  type BadgeRow,
  type ChallengeRow,
} from './queries.js';
import { newId } from '../../../core/ids.js';
import { dayMs } from '../../../core/time.js';

function isLive(challenge: ChallengeRow, at: Date): boolean {
  const time = at.getTime();
  return (
    time >= challenge.activeFrom.getTime() &&
    (!challenge.activeUntil || time < challenge.activeUntil.getTime())
  );
}

/** One order is one qualifying event however often it is sent; other events count by messageId. */
function eventKey(event: LoggedEvent): string {
  const orderId = event.properties.order_id;
  if (event.name === 'Order Completed' && (typeof orderId === 'string' || typeof orderId === 'number'))
    return `order:${orderId}`;
  return `message:${event.messageId}`;
}

/** retain's own events name the customer in `customer_id`; the shop's carry their identities. */
async function customerOf(tx: Db, event: LoggedEvent): Promise<string | null> {
  const named = event.properties.customer_id;
  if (event.source === 'retain') return typeof named === 'string' ? named : null;
  if (!event.userId && !event.anonymousId) return null;
  return resolveCustomerId(tx, event.workspaceId, event, event.occurredAt);
}

async function apply(tx: Db, events: LoggedEvent[]): Promise<void> {
  const tracked = events.filter((event) => event.type === 'track' && event.name);
  const challenges = await challengesForEvents(
    tx,
    [...new Set(tracked.map((event) => event.workspaceId))],
    [...new Set(tracked.map((event) => event.name!))],
  );
  const byEvent = new Map<string, ChallengeRow[]>();
  for (const challenge of challenges) {
    const key = `${challenge.workspaceId} ${challenge.eventName}`;
    byEvent.set(key, [...(byEvent.get(key) ?? []), challenge]);
  }
  // In log order: progress made before a merge moves with it, progress after lands on the survivor.
  for (const event of tracked) {
    const merged = mergedProfiles(event);
    if (merged) await merge(tx, event.workspaceId, merged.from, merged.into, event.occurredAt);
    const matching = (byEvent.get(`${event.workspaceId} ${event.name}`) ?? []).filter(
      (challenge) =>
        isLive(challenge, event.occurredAt) && matchesConditions(event.properties, challenge.conditions),
    );
    if (matching.length === 0) continue;
    const customerId = await customerOf(tx, event);
    if (!customerId) continue;
    for (const challenge of matching) await count(tx, challenge, customerId, event);
  }
}

/** Combined progress may complete a challenge neither profile had completed alone. */
async function merge(tx: Db, workspaceId: string, fromId: string, intoId: string, at: Date): Promise<void> {
  await moveProgress(tx, workspaceId, fromId, intoId);
  const progress = await progressOf(tx, workspaceId, intoId);
  for (const challengeId of new Set(progress.map((row) => row.challengeId))) {
    const challenge = await findChallenge(tx, workspaceId, challengeId);
    if (!challenge || challenge.archivedAt) continue;
    const times = progress.filter((row) => row.challengeId === challengeId).map((row) => row.occurredAt);
    if (completesWindow(times, challenge.eventsRequired, challenge.windowDays))
      await award(tx, challenge, intoId, at);
  }
}

async function count(tx: Db, challenge: ChallengeRow, customerId: string, event: LoggedEvent): Promise<void> {
  const { workspaceId } = challenge;
  if (await findBadge(tx, workspaceId, customerId, challenge.id)) return;
  await recordQualifyingEvent(tx, {
    workspaceId,
    challengeId: challenge.id,
    customerId,
    eventKey: eventKey(event),
    occurredAt: event.occurredAt,
  });
  // Only events within one window of this one can complete a window together with it.
  const span = challenge.windowDays * dayMs;
  const at = event.occurredAt.getTime();
  const times = await qualifyingTimes(
    tx,
    workspaceId,
    challenge.id,
    customerId,
    new Date(at - span),
    new Date(at + span),
  );
  if (completesWindow(times, challenge.eventsRequired, challenge.windowDays))
    await award(tx, challenge, customerId, event.occurredAt);
}

/** The badge row is the once-only guard: the points and the event follow only a new badge. */
async function award(tx: Db, challenge: ChallengeRow, customerId: string, at: Date): Promise<void> {
  const badge = await insertBadgeOnce(tx, {
    id: newId('badge'),
    workspaceId: challenge.workspaceId,
    customerId,
    challengeId: challenge.id,
    name: challenge.badgeName,
    description: challenge.badgeDescription,
    imageUrl: challenge.badgeImageUrl,
    bonusPoints: challenge.bonusPoints,
    earnedAt: at,
  });
  if (!badge) return;
  let entryId: string | null = null;
  if (challenge.bonusPoints > 0) {
    ({ entryId } = await earnPoints(tx, {
      workspaceId: challenge.workspaceId,
      customerId,
      points: challenge.bonusPoints,
      kind: 'bonus',
      reason: reasonText('challenge_completed', { challenge: challenge.name }),
      source: { type: 'challenge', id: challenge.id },
      idempotencyKey: `challenge:${challenge.id}:${customerId}`,
      at,
    }));
    await setBadgeEntry(tx, challenge.workspaceId, badge.id, entryId);
  }
  await forgetQualifyingEvents(tx, challenge.workspaceId, challenge.id, customerId);
  await emitBadgeEarned(tx, badge, challenge, entryId);
}

async function emitBadgeEarned(
  tx: Db,
  badge: BadgeRow,
  challenge: ChallengeRow,
  entryId: string | null,
): Promise<void> {
  await appendEvents(tx, badge.workspaceId, [
    {
      messageId: `retain:badge-earned:${badge.id}`,
      type: 'track',
      name: 'Badge Earned',
      properties: {
        customer_id: badge.customerId,
        badge_id: badge.id,
        badge_name: badge.name,
        challenge_id: challenge.id,
        challenge_name: challenge.name,
        bonus_points: badge.bonusPoints,
        points_entry_id: entryId,
      },
      occurredAt: badge.earnedAt,
      receivedAt: badge.earnedAt,
      source: 'retain',
    },
  ]);
}

/**
 * Counts qualifying events from the log and awards each challenge's badge once per customer;
 * a merged profile's progress and badges follow it.
 */
export const challengesConsumer: Consumer = {
  name: 'loyalty.challenges',
  after: resolvesAfterCustomers,
  // Only what some challenge counts, read in the step's transaction: a challenge created before
  // the step counts the step's events, as when every event was read.
  reads: async (tx) => ({
    names: [...(await challengeEventNames(tx)), customersMergedEvent],
    payload: ['properties'],
  }),
  apply,
};
