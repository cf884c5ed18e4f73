import { RetainError, invalidParameter, notFound } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { challengesLiveMax, nameLengthMax } from '../../../core/limits.js';
import { dayMs } from '../../../core/time.js';
import type { Db } from '../../../db/connection.js';
import { findCustomerRef } from '../../customers/index.js';
import type { PropertyCondition } from './conditions.js';
import {
  badgesOf,
  countLiveChallenges,
  findChallenge,
  insertChallenge,
  listLiveChallenges,
  progressOf,
  updateChallengeRow,
  type BadgeRow,
  type ChallengeRow,
} from './queries.js';

interface BadgeDesign {
  name: string;
  description?: string | null | undefined;
  image_url?: string | null | undefined;
}

export interface Challenge {
  object: 'loyalty_challenge';
  id: string;
  name: string;
  description: string | null;
  event_name: string;
  conditions: PropertyCondition[];
  events_required: number;
  window_days: number;
  bonus_points: number;
  badge: { name: string; description: string | null; image_url: string | null };
  active_from: string;
  active_until: string | null;
  archived: string | null;
  created: string;
}

export interface ChallengeInput {
  name: string;
  description?: string | null | undefined;
  event_name: string;
  conditions?: PropertyCondition[] | undefined;
  events_required: number;
  window_days: number;
  bonus_points: number;
  badge: BadgeDesign;
  active_from?: string | undefined;
  active_until?: string | null | undefined;
}

/** What may change once customers are making progress: not what counts, nor how many. */
export interface ChallengeChanges {
  name?: string | undefined;
  description?: string | null | undefined;
  bonus_points?: number | undefined;
  badge?: BadgeDesign | undefined;
  active_until?: string | null | undefined;
}

export interface Badge {
  object: 'loyalty_badge';
  id: string;
  customer: string;
  challenge: string;
  name: string;
  description: string | null;
  image_url: string | null;
  bonus_points: number;
  points_entry: string | null;
  earned: string;
}

export interface ChallengeProgress {
  object: 'loyalty_challenge_progress';
  challenge: Challenge;
  /** Qualifying events in the last `window_days` days (all of them once completed). */
  events_counted: number;
  events_required: number;
  completed: boolean;
  badge: Badge | null;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function presentChallenge(row: ChallengeRow): Challenge {
  return {
    object: 'loyalty_challenge',
    id: row.id,
    name: row.name,
    description: row.description,
    event_name: row.eventName,
    conditions: row.conditions,
    events_required: row.eventsRequired,
    window_days: row.windowDays,
    bonus_points: row.bonusPoints,
    badge: { name: row.badgeName, description: row.badgeDescription, image_url: row.badgeImageUrl },
    active_from: row.activeFrom.toISOString(),
    active_until: iso(row.activeUntil),
    archived: iso(row.archivedAt),
    created: row.createdAt.toISOString(),
  };
}

function presentBadge(row: BadgeRow): Badge {
  return {
    object: 'loyalty_badge',
    id: row.id,
    customer: row.customerId,
    challenge: row.challengeId,
    name: row.name,
    description: row.description,
    image_url: row.imageUrl,
    bonus_points: row.bonusPoints,
    points_entry: row.pointsEntryId,
    earned: row.earnedAt.toISOString(),
  };
}

function checkName(name: string, param: string): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > nameLengthMax)
    throw invalidParameter(param, `${param} must be 1–${nameLengthMax} characters.`);
  return trimmed;
}

function checkConditions(conditions: PropertyCondition[]): PropertyCondition[] {
  conditions.forEach((condition, i) => {
    const ordered = ['gt', 'gte', 'lt', 'lte'].includes(condition.operator);
    if (ordered && typeof condition.value !== 'number')
      throw invalidParameter(
        `conditions[${i}].value`,
        `${condition.operator} compares numbers: send a number.`,
      );
    if (condition.operator !== 'exists' && condition.value === undefined)
      throw invalidParameter(`conditions[${i}].value`, `${condition.operator} needs a value.`);
  });
  return conditions;
}

export async function createChallenge(
  db: Db,
  workspaceId: string,
  input: ChallengeInput,
  at: Date,
): Promise<Challenge> {
  const activeFrom = input.active_from ? new Date(input.active_from) : at;
  const activeUntil = input.active_until ? new Date(input.active_until) : null;
  if (activeUntil && activeUntil.getTime() <= activeFrom.getTime())
    throw invalidParameter('active_until', 'active_until must be after active_from.');
  const row = await db.transaction(async (tx) => {
    if ((await countLiveChallenges(tx, workspaceId)) >= challengesLiveMax)
      throw new RetainError(
        'challenges_limit_reached',
        `A workspace has at most ${challengesLiveMax} live challenges.`,
      );
    return insertChallenge(tx, {
      id: newId('challenge'),
      workspaceId,
      name: checkName(input.name, 'name'),
      description: input.description ?? null,
      eventName: checkName(input.event_name, 'event_name'),
      conditions: checkConditions(input.conditions ?? []),
      eventsRequired: input.events_required,
      windowDays: input.window_days,
      bonusPoints: input.bonus_points,
      badgeName: checkName(input.badge.name, 'badge.name'),
      badgeDescription: input.badge.description ?? null,
      badgeImageUrl: input.badge.image_url ?? null,
      activeFrom,
      activeUntil,
      createdAt: at,
      updatedAt: at,
    });
  });
  return presentChallenge(row);
}

export async function getChallenge(db: Db, workspaceId: string, id: string): Promise<Challenge> {
  const row = await findChallenge(db, workspaceId, id);
  if (!row) throw notFound('challenge', id);
  return presentChallenge(row);
}

export async function listChallenges(
  db: Db,
  workspaceId: string,
  query: { limit: number; starting_after?: string | undefined },
): Promise<Challenge[]> {
  const rows = await listLiveChallenges(db, workspaceId, {
    limit: query.limit + 1,
    startingAfter: query.starting_after,
  });
  return rows.map(presentChallenge);
}

export async function updateChallenge(
  db: Db,
  workspaceId: string,
  id: string,
  changes: ChallengeChanges,
  at: Date,
): Promise<Challenge> {
  const current = await findChallenge(db, workspaceId, id);
  if (!current) throw notFound('challenge', id);
  const activeUntil =
    changes.active_until === undefined
      ? current.activeUntil
      : changes.active_until
        ? new Date(changes.active_until)
        : null;
  if (activeUntil && activeUntil.getTime() <= current.activeFrom.getTime())
    throw invalidParameter('active_until', 'active_until must be after active_from.');
  const row = await updateChallengeRow(db, workspaceId, id, {
    ...(changes.name !== undefined ? { name: checkName(changes.name, 'name') } : {}),
    ...(changes.description !== undefined ? { description: changes.description } : {}),
    ...(changes.bonus_points !== undefined ? { bonusPoints: changes.bonus_points } : {}),
    ...(changes.badge
      ? {
          badgeName: checkName(changes.badge.name, 'badge.name'),
          badgeDescription: changes.badge.description ?? null,
          badgeImageUrl: changes.badge.image_url ?? null,
        }
      : {}),
    activeUntil,
    updatedAt: at,
  });
  return presentChallenge(row!);
}

/** Archived challenges stop counting; badges already earned stay. */
export async function archiveChallenge(
  db: Db,
  workspaceId: string,
  id: string,
  at: Date,
): Promise<Challenge> {
  const current = await findChallenge(db, workspaceId, id);
  if (!current) throw notFound('challenge', id);
  if (current.archivedAt) return presentChallenge(current);
  const row = await updateChallengeRow(db, workspaceId, id, { archivedAt: at, updatedAt: at });
  return presentChallenge(row!);
}

/** The badges a customer has earned, oldest first (for the loyalty status). */
export async function customerBadges(db: Db, workspaceId: string, customerId: string): Promise<Badge[]> {
  return (await badgesOf(db, workspaceId, customerId)).map(presentBadge);
}

/** Each live challenge with how far the customer is: events in the last window, or done. */
export async function customerChallenges(
  db: Db,
  workspaceId: string,
  customerRef: string,
  at: Date,
): Promise<ChallengeProgress[]> {
  const customerId = await findCustomerRef(db, workspaceId, customerRef);
  if (!customerId) throw notFound('customer', customerRef);
  const challenges = await listLiveChallenges(db, workspaceId, { limit: challengesLiveMax });
  const badges = new Map((await badgesOf(db, workspaceId, customerId)).map((b) => [b.challengeId, b]));
  const open = challenges.filter((c) => !badges.has(c.id));
  const longest = Math.max(0, ...open.map((c) => c.windowDays));
  const events = await progressOf(db, workspaceId, customerId, {
    challengeIds: open.map((c) => c.id),
    since: new Date(at.getTime() - longest * dayMs),
  });
  return challenges.map((challenge) => {
    const badge = badges.get(challenge.id);
    const since = at.getTime() - challenge.windowDays * dayMs;
    const counted = events.filter(
      (e) => e.challengeId === challenge.id && e.occurredAt.getTime() >= since,
    ).length;
    return {
      object: 'loyalty_challenge_progress',
      challenge: presentChallenge(challenge),
      events_counted: badge ? challenge.eventsRequired : Math.min(counted, challenge.eventsRequired),
      events_required: challenge.eventsRequired,
      completed: Boolean(badge),
      badge: badge ? presentBadge(badge) : null,
    };
  });
}
