import { and, eq, sql } from 'drizzle-orm';
import { newId } from '../../core/ids.js';
import type { Db } from '../../db/connection.js';
import type { Definition } from './definition.js';
import { segments } from './schema.js';
import { rebuildFromStart, type SegmentRow } from './segments.js';
import { segmentTriggers } from './triggers.js';
import { validateDefinition } from './validate.js';

/** The prefix of the keys of segments another module keeps for itself (a journey's entry). */
export const keptSegmentPrefix = 'journey:';

/**
 * A segment a journey enters on (a lifecycle stage, a birthday today): made once per workspace and
 * key, visible among the segments like any other (the marketer sees who is about to enter), kept
 * live by the same consumer and timers. One the marketer deleted comes back when a journey needs
 * it again. Answers its id.
 */
export async function ensureKeptSegment(
  tx: Db,
  workspaceId: string,
  kept: { key: string; name: string; definition: Definition },
  now: Date,
): Promise<string> {
  const key = `${keptSegmentPrefix}${kept.key}`;
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`segments-definitions:${workspaceId}`}, 0))`,
  );
  const [found] = await tx
    .select()
    .from(segments)
    .where(and(eq(segments.workspaceId, workspaceId), eq(segments.readyMade, key)));
  if (found) {
    if (found.deletedAt) await revive(tx, found, now);
    return found.id;
  }
  const definition = validateDefinition(kept.definition);
  const [row] = await tx
    .insert(segments)
    .values({
      id: newId('segment'),
      workspaceId,
      name: kept.name,
      description: null,
      definition,
      triggers: segmentTriggers(definition, () => undefined),
      readyMade: key,
      status: 'building',
      rebuildStartedAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: segments.id });
  return row!.id;
}

async function revive(tx: Db, row: SegmentRow, now: Date): Promise<void> {
  await tx
    .update(segments)
    .set({ deletedAt: null, updatedAt: now, ...rebuildFromStart(row.version + 1, now) })
    .where(eq(segments.id, row.id));
}
