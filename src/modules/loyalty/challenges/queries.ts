import { and, asc, eq, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/connection.js';
import { newestFirst, type KeysetPage } from '../../../db/keyset.js';
import { loyaltyBadges, loyaltyChallengeEvents, loyaltyChallenges } from './schema.js';

export type ChallengeRow = typeof loyaltyChallenges.$inferSelect;
export type BadgeRow = typeof loyaltyBadges.$inferSelect;

export async function insertChallenge(
  db: Db,
  row: typeof loyaltyChallenges.$inferInsert,
): Promise<ChallengeRow> {
  const [created] = await db.insert(loyaltyChallenges).values(row).returning();
  return created!;
}

export async function findChallenge(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<ChallengeRow | undefined> {
  const [row] = await db
    .select()
    .from(loyaltyChallenges)
    .where(and(eq(loyaltyChallenges.workspaceId, workspaceId), eq(loyaltyChallenges.id, id)));
  return row;
}

export async function updateChallengeRow(
  db: Db,
  workspaceId: string,
  id: string,
  changes: Partial<typeof loyaltyChallenges.$inferInsert>,
): Promise<ChallengeRow | undefined> {
  const [row] = await db
    .update(loyaltyChallenges)
    .set(changes)
    .where(and(eq(loyaltyChallenges.workspaceId, workspaceId), eq(loyaltyChallenges.id, id)))
    .returning();
  return row;
}

/** Live (not archived) challenges, newest first. */
export async function listLiveChallenges(
  db: Db,
  workspaceId: string,
  page: KeysetPage,
): Promise<ChallengeRow[]> {
  return newestFirst(
    db.select().from(loyaltyChallenges).$dynamic(),
    loyaltyChallenges.id,
    and(eq(loyaltyChallenges.workspaceId, workspaceId), isNull(loyaltyChallenges.archivedAt)),
    page,
  );
}

export async function countLiveChallenges(db: Db, workspaceId: string): Promise<number> {
  const [row] = await db
    .select({ live: sql<number>`count(*)::int` })
    .from(loyaltyChallenges)
    .where(and(eq(loyaltyChallenges.workspaceId, workspaceId), isNull(loyaltyChallenges.archivedAt)));
  return row?.live ?? 0;
}

/** The event names any live (not archived) challenge counts, in every workspace. */
export async function challengeEventNames(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ eventName: loyaltyChallenges.eventName })
    .from(loyaltyChallenges)
    .where(isNull(loyaltyChallenges.archivedAt));
  return rows.map((row) => row.eventName);
}

/** Live challenges of the workspaces in a page of the log that count events of these names. */
export async function challengesForEvents(
  db: Db,
  workspaceIds: string[],
  eventNames: string[],
): Promise<ChallengeRow[]> {
  if (workspaceIds.length === 0 || eventNames.length === 0) return [];
  return db
    .select()
    .from(loyaltyChallenges)
    .where(
      and(
        inArray(loyaltyChallenges.workspaceId, workspaceIds),
        inArray(loyaltyChallenges.eventName, eventNames),
        isNull(loyaltyChallenges.archivedAt),
      ),
    );
}

export async function recordQualifyingEvent(
  db: Db,
  row: typeof loyaltyChallengeEvents.$inferInsert,
): Promise<void> {
  await db.insert(loyaltyChallengeEvents).values(row).onConflictDoNothing();
}

/** One customer's qualifying events toward one challenge. */
function progressToward(workspaceId: string, challengeId: string, customerId: string): SQL | undefined {
  return and(
    eq(loyaltyChallengeEvents.workspaceId, workspaceId),
    eq(loyaltyChallengeEvents.challengeId, challengeId),
    eq(loyaltyChallengeEvents.customerId, customerId),
  );
}

/** When the customer's qualifying events happened, between two instants inclusive. */
export async function qualifyingTimes(
  db: Db,
  workspaceId: string,
  challengeId: string,
  customerId: string,
  from: Date,
  to: Date,
): Promise<Date[]> {
  const rows = await db
    .select({ occurredAt: loyaltyChallengeEvents.occurredAt })
    .from(loyaltyChallengeEvents)
    .where(
      and(
        progressToward(workspaceId, challengeId, customerId),
        gte(loyaltyChallengeEvents.occurredAt, from),
        lte(loyaltyChallengeEvents.occurredAt, to),
      ),
    )
    .orderBy(asc(loyaltyChallengeEvents.occurredAt));
  return rows.map((row) => row.occurredAt);
}

/** A completed challenge needs no progress rows any more. */
export async function forgetQualifyingEvents(
  db: Db,
  workspaceId: string,
  challengeId: string,
  customerId: string,
): Promise<void> {
  await db.delete(loyaltyChallengeEvents).where(progressToward(workspaceId, challengeId, customerId));
}

/** Inserts the badge unless the customer already has this challenge's; answers it if new. */
export async function insertBadgeOnce(
  db: Db,
  row: typeof loyaltyBadges.$inferInsert,
): Promise<BadgeRow | undefined> {
  const [created] = await db
    .insert(loyaltyBadges)
    .values(row)
    .onConflictDoNothing({
      target: [loyaltyBadges.workspaceId, loyaltyBadges.customerId, loyaltyBadges.challengeId],
    })
    .returning();
  return created;
}

export async function setBadgeEntry(db: Db, workspaceId: string, id: string, entryId: string): Promise<void> {
  await db
    .update(loyaltyBadges)
    .set({ pointsEntryId: entryId })
    .where(and(eq(loyaltyBadges.workspaceId, workspaceId), eq(loyaltyBadges.id, id)));
}

export async function findBadge(
  db: Db,
  workspaceId: string,
  customerId: string,
  challengeId: string,
): Promise<BadgeRow | undefined> {
  const [row] = await db
    .select()
    .from(loyaltyBadges)
    .where(
      and(
        eq(loyaltyBadges.workspaceId, workspaceId),
        eq(loyaltyBadges.customerId, customerId),
        eq(loyaltyBadges.challengeId, challengeId),
      ),
    );
  return row;
}

export async function badgesOf(db: Db, workspaceId: string, customerId: string): Promise<BadgeRow[]> {
  return db
    .select()
    .from(loyaltyBadges)
    .where(and(eq(loyaltyBadges.workspaceId, workspaceId), eq(loyaltyBadges.customerId, customerId)))
    .orderBy(asc(loyaltyBadges.earnedAt), asc(loyaltyBadges.id));
}

/**
 * A merged profile's progress and badges move to the profile it merged into. Where both have
 * the badge of a challenge, the surviving profile keeps its own (one badge per challenge).
 */
export async function moveProgress(
  db: Db,
  workspaceId: string,
  fromId: string,
  intoId: string,
): Promise<void> {
  await db.execute(sql`
    update loyalty_badges set customer_id = ${intoId}
    where workspace_id = ${workspaceId} and customer_id = ${fromId}
      and challenge_id not in (
        select challenge_id from loyalty_badges where workspace_id = ${workspaceId} and customer_id = ${intoId})`);
  await db.execute(sql`
    insert into loyalty_challenge_events (workspace_id, challenge_id, customer_id, event_key, occurred_at)
    select workspace_id, challenge_id, ${intoId}, event_key, occurred_at from loyalty_challenge_events e
    where workspace_id = ${workspaceId} and customer_id = ${fromId}
      and not exists (
        select 1 from loyalty_badges b
        where b.workspace_id = e.workspace_id and b.customer_id = ${intoId} and b.challenge_id = e.challenge_id)
    on conflict do nothing`);
  await db
    .delete(loyaltyChallengeEvents)
    .where(
      and(eq(loyaltyChallengeEvents.workspaceId, workspaceId), eq(loyaltyChallengeEvents.customerId, fromId)),
    );
}

/**
 * The qualifying events a customer has toward challenges not yet completed: all of them, or with
 * `only`, those toward these challenges since an instant.
 */
export async function progressOf(
  db: Db,
  workspaceId: string,
  customerId: string,
  only?: { challengeIds: string[]; since: Date },
): Promise<{ challengeId: string; occurredAt: Date }[]> {
  if (only?.challengeIds.length === 0) return [];
  return db
    .select({
      challengeId: loyaltyChallengeEvents.challengeId,
      occurredAt: loyaltyChallengeEvents.occurredAt,
    })
    .from(loyaltyChallengeEvents)
    .where(
      and(
        eq(loyaltyChallengeEvents.workspaceId, workspaceId),
        eq(loyaltyChallengeEvents.customerId, customerId),
        only && inArray(loyaltyChallengeEvents.challengeId, only.challengeIds),
        only && gte(loyaltyChallengeEvents.occurredAt, only.since),
      ),
    );
}
