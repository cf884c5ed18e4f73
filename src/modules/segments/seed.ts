import { sql } from 'drizzle-orm';
import { newId } from '../../core/ids.js';
import { queryRows, type Db } from '../../db/connection.js';
import { getWorkspace } from '../workspaces/index.js';
import { facts } from './facts.js';
import { readyMadeSegments } from './ready-made.js';
import { segments } from './schema.js';
import { segmentTriggers } from './triggers.js';

const languageOf = (locale: string) => {
  const language = locale.split('-')[0]!.toLowerCase();
  return language === 'vi' || language === 'th' || language === 'ja' ? language : 'en';
};

/**
 * The ready-made segments of the playbook (ready-made.ts) in a workspace that has none yet, named
 * in its language and built in the background. Each is made once: one the marketer deleted stays
 * deleted (its row, with deleted_at, keeps the key taken). Those that need modules retain lacks
 * (surveys) are not made; the definition list says why.
 */
export async function seedReadyMadeSegments(db: Db, workspaceId: string, now: Date): Promise<number> {
  const workspace = await getWorkspace(db, workspaceId);
  const language = languageOf(workspace.locale);
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
  const inserted = await db.insert(segments).values(rows).onConflictDoNothing().returning({ id: segments.id });
  return inserted.length;
}

/** Seeds the workspace's ready-made segments unless it has had them (the API's first look). */
export async function ensureReadyMadeSegments(db: Db, workspaceId: string, now: Date): Promise<void> {
  const seeded = await queryRows<{ one: number }>(
    db,
    sql`select 1 as one from segments where workspace_id = ${workspaceId} and ready_made is not null limit 1`,
  );
  if (seeded.length === 0) await seedReadyMadeSegments(db, workspaceId, now);
}

/** Workspaces whose ready-made segments were never made (new since the worker last looked). */
export async function seedNewWorkspaces(db: Db, now: Date): Promise<number> {
  const unseeded = await queryRows<{ id: string }>(
    db,
    sql`select w.id from ${facts.workspaces} w
        where not exists (select 1 from segments s where s.workspace_id = w.id and s.ready_made is not null)
        limit 100`,
  );
  let made = 0;
  for (const { id } of unseeded) made += await seedReadyMadeSegments(db, id, now);
  return made;
}
