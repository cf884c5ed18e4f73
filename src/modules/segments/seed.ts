import { sql } from 'drizzle-orm';
import { newId } from '../../core/ids.js';
import { queryRows, type Db } from '../../db/connection.js';
import { getWorkspace } from '../workspaces/index.js';
import { explainLanguageOf } from './explain/index.js';
import { readyMadeSegments } from './ready-made.js';
import { ensureKeptSegment, keptSegmentPrefix } from './entry-segments.js';
import { segments } from './schema.js';
import { segmentTriggers } from './triggers.js';

/**
 * The ready-made segments of the playbook (ready-made.ts) in a workspace that has none yet, named
 * in its language and built in the background. They are made when the workspace's segments are
 * first listed (the dashboard's first visit, the API's first look), not by a sweep over every
 * workspace: a server sharing a database with other shops' tests or tenants touches only its own. Each is made once: one the marketer deleted stays
 * deleted (its row, with deleted_at, keeps the key taken). Those that need modules retain lacks
 * (surveys) are not made; the definition list says why.
 */
async function seedReadyMadeSegments(db: Db, workspaceId: string, now: Date): Promise<number> {
  const workspace = await getWorkspace(db, workspaceId);
  const language = explainLanguageOf(workspace.locale);
  const rows = readyMadeSegments
    .filter((made) => made.available)
    .map((made) => ({
      id: newId('segment'),
      workspaceId,
      name: made.names[language],
      description: made.purpose[language],
      definition: made.definition,
      triggers: segmentTriggers(made.definition, () => undefined),
      readyMade: made.key,
      status: 'building' as const,
      rebuildStartedAt: now,
      createdAt: now,
      updatedAt: now,
    }));
  const inserted = await db
    .insert(segments)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: segments.id });
  return inserted.length;
}

/** Seeds the workspace's ready-made segments unless it has had them (the API's first look). */
export async function ensureReadyMadeSegments(db: Db, workspaceId: string, now: Date): Promise<void> {
  const seeded = await queryRows<{ one: number }>(
    db,
    sql`select 1 as one from segments where workspace_id = ${workspaceId} and ready_made is not null
        and ready_made not like ${`${keptSegmentPrefix}%`} limit 1`,
  );
  if (seeded.length === 0) await seedReadyMadeSegments(db, workspaceId, now);
}

/**
 * The workspace's segment for a ready-made key, for another module's ready-made that enters on it
 * (the journeys' points-expiring reminder): the seeded one, seeding them first if the workspace has
 * none yet. One the marketer deleted stays deleted; the caller gets a kept segment with the same
 * definition instead, so the journey still works.
 */
export async function ensureReadyMadeSegment(
  db: Db,
  workspaceId: string,
  key: string,
  now: Date,
): Promise<string> {
  const made = readyMadeSegments.find((candidate) => candidate.key === key && candidate.available);
  if (!made) throw new Error(`No ready-made segment '${key}'.`);
  await ensureReadyMadeSegments(db, workspaceId, now);
  const [seeded] = await queryRows<{ id: string }>(
    db,
    sql`select id from segments where workspace_id = ${workspaceId} and ready_made = ${key} and deleted_at is null`,
  );
  if (seeded) return seeded.id;
  const language = explainLanguageOf((await getWorkspace(db, workspaceId)).locale);
  return ensureKeptSegment(
    db,
    workspaceId,
    { key: `ready-made:${key}`, name: made.names[language], definition: made.definition },
    now,
  );
}
