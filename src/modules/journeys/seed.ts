import { sql } from 'drizzle-orm';
import { newId } from '../../core/ids.js';
import { queryRows, type Db } from '../../db/connection.js';
import { ensureReadyMadeSegment } from '../segments/index.js';
import { getWorkspace } from '../workspaces/index.js';
import { readyMadeJourneys, readyMadeLanguageOf, type ReadyMadeJourney } from './ready-made.js';
import { journeys } from './schema.js';
import { validateGraph } from './validate.js';

type Available = Extract<ReadyMadeJourney, { available: true }>;

/**
 * The ready-made journeys of the playbook (ready-made.ts) in a workspace that has none yet, as drafts
 * named and described in its language: nothing enters one until the marketer publishes it. They are
 * made when the workspace's journeys are first listed (the dashboard's first visit, the API's first
 * look), as the ready-made segments are, and once: one the marketer archived stays archived (its row
 * keeps the key taken). The segments they enter on are resolved to the workspace's own first.
 */
export async function ensureReadyMadeJourneys(db: Db, workspaceId: string, now: Date): Promise<void> {
  const seeded = await queryRows<{ one: number }>(
    db,
    sql`select 1 as one from journeys where workspace_id = ${workspaceId} and ready_made is not null limit 1`,
  );
  if (seeded.length > 0) return;
  const language = readyMadeLanguageOf((await getWorkspace(db, workspaceId)).locale);
  const made = readyMadeJourneys.filter((journey): journey is Available => journey.available);
  await db.transaction(async (tx) => {
    const segmentIds = new Map<string, string>();
    for (const key of new Set(made.flatMap((journey) => journey.segments))) {
      segmentIds.set(key, await ensureReadyMadeSegment(tx, workspaceId, key, now));
    }
    const segment = (key: string) => segmentIds.get(key)!;
    const rows = made.map((journey) => ({
      id: newId('journey'),
      workspaceId,
      name: journey.names[language],
      description: journey.purpose[language],
      draft: validateGraph(journey.graph({ language, segment })),
      status: 'draft' as const,
      readyMade: journey.key,
      createdAt: now,
      updatedAt: now,
    }));
    // Two first looks at once: the second finds each key taken and adds nothing.
    await tx.insert(journeys).values(rows).onConflictDoNothing();
  });
}

/** The ready-made journeys retain cannot offer yet, and why, in the workspace's language. */
export async function unavailableJourneys(
  db: Db,
  workspaceId: string,
): Promise<{ ready_made: string; name: string; purpose: string; reason: string }[]> {
  const language = readyMadeLanguageOf((await getWorkspace(db, workspaceId)).locale);
  return readyMadeJourneys.flatMap((journey) =>
    journey.available
      ? []
      : [
          {
            ready_made: journey.key,
            name: journey.names[language],
            purpose: journey.purpose[language],
            reason: journey.reason[language],
          },
        ],
  );
}
