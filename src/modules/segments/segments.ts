import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { RetainError, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { nameLengthMax, segmentsLiveMax } from '../../core/limits.js';
import { queryOne, type Db } from '../../db/connection.js';
import { referencedSegments, type Definition } from './definition.js';
import { segments } from './schema.js';
import { segmentTriggers, type SegmentTriggers } from './triggers.js';
import { validateDefinition } from './validate.js';

export type SegmentRow = typeof segments.$inferSelect;

export interface SegmentInput {
  name?: unknown;
  description?: unknown;
  definition?: unknown;
}

/** The workspace's segments that are not deleted, oldest first. */
export async function liveSegments(db: Db, workspaceId: string): Promise<SegmentRow[]> {
  return db
    .select()
    .from(segments)
    .where(and(eq(segments.workspaceId, workspaceId), isNull(segments.deletedAt)))
    .orderBy(asc(segments.createdAt), asc(segments.id));
}

export async function findSegment(db: Db, workspaceId: string, id: string): Promise<SegmentRow> {
  const [row] = await db
    .select()
    .from(segments)
    .where(and(eq(segments.workspaceId, workspaceId), eq(segments.id, id), isNull(segments.deletedAt)));
  if (!row) throw notFound('segment', id);
  return row;
}

/**
 * A definition checked against the workspace: every named segment exists and naming it makes no
 * cycle (`self` is the segment being saved). Answers the triggers it will be stored with.
 */
export function checkAgainstWorkspace(
  definition: Definition,
  others: readonly SegmentRow[],
  self: string | null,
): SegmentTriggers {
  const byId = new Map(others.map((row) => [row.id, row]));
  const refs = referencedSegments(definition);
  for (const id of refs) {
    if (!byId.has(id) || id === self) {
      throw new RetainError(
        'parameter_invalid',
        id === self ? `A segment cannot name itself (${id}).` : `No segment ${id} in this workspace.`,
        { param: pathOfSegment(definition, id) },
      );
    }
  }
  if (self && reaches(refs, self, byId)) {
    throw new RetainError('parameter_invalid', `Naming these segments makes a cycle back to ${self}.`, {
      param: pathOfSegment(
        definition,
        refs.find((id) => reaches([id], self, byId))!,
      ),
    });
  }
  return segmentTriggers(definition, (id) => byId.get(id)?.triggers);
}

function reaches(
  from: string[],
  target: string,
  byId: Map<string, SegmentRow>,
  seen = new Set<string>(),
): boolean {
  for (const id of from) {
    if (id === target) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    const row = byId.get(id);
    if (row && reaches(referencedSegments(row.definition), target, byId, seen)) return true;
  }
  return false;
}

function pathOfSegment(definition: Definition, id: string): string {
  const stack: { node: unknown; path: string; root: boolean }[] = [
    { node: definition, path: 'definition', root: true },
  ];
  while (stack.length) {
    const { node, path, root } = stack.pop()!;
    const record = node as Record<string, unknown>;
    if (record.segment === id) return `${path}.segment`;
    for (const key of ['all', 'any'] as const) {
      const children = record[key];
      if (Array.isArray(children)) {
        children.forEach((child, index) =>
          stack.push({
            node: child,
            path: root ? `conditions[${index}]` : `${path}.${key}[${index}]`,
            root: false,
          }),
        );
      }
    }
    if (record.not) stack.push({ node: record.not, path: root ? 'not' : `${path}.not`, root: false });
  }
  return 'definition';
}

function checkName(value: unknown): string {
  if (typeof value !== 'string' || !value.trim() || value.length > nameLengthMax) {
    throw new RetainError('parameter_invalid', `name must be 1 to ${nameLengthMax} characters.`, {
      param: 'name',
    });
  }
  return value.trim();
}

function checkDescription(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value.length > nameLengthMax * 5) {
    throw new RetainError(
      'parameter_invalid',
      `description must be text of at most ${nameLengthMax * 5} characters.`,
      {
        param: 'description',
      },
    );
  }
  return value;
}

/** Saves a new segment; it starts `building` and the rebuild worker evaluates every customer. */
export async function createSegment(
  db: Db,
  workspaceId: string,
  input: SegmentInput,
  now: Date,
  readyMade: string | null = null,
): Promise<SegmentRow> {
  if (input.name === undefined) {
    throw new RetainError('parameter_missing', 'name is required.', { param: 'name' });
  }
  if (input.definition === undefined) {
    throw new RetainError('parameter_missing', 'definition is required.', { param: 'definition' });
  }
  const name = checkName(input.name);
  const description = checkDescription(input.description);
  const definition = validateDefinition(input.definition);
  return db.transaction(async (tx) => {
    await lockWorkspaceSegments(tx, workspaceId);
    const others = await liveSegments(tx, workspaceId);
    if (others.length >= segmentsLiveMax) {
      throw new RetainError(
        'segments_limit',
        `A workspace has at most ${segmentsLiveMax} segments; delete one first.`,
      );
    }
    const triggers = checkAgainstWorkspace(definition, others, null);
    const [row] = await tx
      .insert(segments)
      .values({
        id: newId('segment'),
        workspaceId,
        name,
        description,
        definition,
        triggers,
        readyMade,
        status: 'building',
        rebuildStartedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    return row!;
  });
}

/** Changes name, description or definition; a new definition rebuilds membership. */
export async function updateSegment(
  db: Db,
  workspaceId: string,
  id: string,
  input: SegmentInput,
  now: Date,
): Promise<SegmentRow> {
  const name = input.name === undefined ? undefined : checkName(input.name);
  const description = input.description === undefined ? undefined : checkDescription(input.description);
  const definition = input.definition === undefined ? undefined : validateDefinition(input.definition);
  return db.transaction(async (tx) => {
    await lockWorkspaceSegments(tx, workspaceId);
    const current = await findSegment(tx, workspaceId, id);
    const others = await liveSegments(tx, workspaceId);
    const changes: Partial<SegmentRow> = { updatedAt: now };
    if (name !== undefined) changes.name = name;
    if (description !== undefined) changes.description = description;
    if (definition !== undefined) {
      changes.definition = definition;
      changes.triggers = checkAgainstWorkspace(definition, others, id);
      Object.assign(changes, rebuildFromStart(current.version + 1, now));
    }
    const [row] = await tx.update(segments).set(changes).where(eq(segments.id, id)).returning();
    if (definition !== undefined) await refreshDependentTriggers(tx, workspaceId, id);
    return row!;
  });
}

export const rebuildFromStart = (version: number, now: Date): Partial<SegmentRow> => ({
  version,
  status: 'building',
  rebuildDone: 0,
  rebuildTotal: null,
  rebuildAfter: null,
  rebuildStartedAt: now,
  rebuildFinishedAt: null,
});

/** Segments that name this one carry its triggers; they are recomputed after it changes. */
async function refreshDependentTriggers(tx: Db, workspaceId: string, changed: string): Promise<void> {
  const all = await liveSegments(tx, workspaceId);
  for (const row of all) {
    if (!referencedSegments(row.definition).includes(changed)) continue;
    const triggers = checkAgainstWorkspace(row.definition, all, row.id);
    await tx.update(segments).set({ triggers }).where(eq(segments.id, row.id));
    await refreshDependentTriggers(tx, workspaceId, row.id);
  }
}

/** Deletes a segment no other segment names; the rebuild worker then walks its members out (`Segment Exited`). */
export async function deleteSegment(db: Db, workspaceId: string, id: string, now: Date): Promise<SegmentRow> {
  return db.transaction(async (tx) => {
    await lockWorkspaceSegments(tx, workspaceId);
    const row = await findSegment(tx, workspaceId, id);
    const users = (await liveSegments(tx, workspaceId)).filter((other) =>
      referencedSegments(other.definition).includes(id),
    );
    if (users.length > 0) {
      throw new RetainError(
        'segment_in_use',
        `Segment ${id} is named by ${users.map((user) => `${user.name} (${user.id})`).join(', ')}; change those first.`,
        { param: 'id' },
      );
    }
    const [deleted] = await tx
      .update(segments)
      .set({ deletedAt: now, updatedAt: now, ...rebuildFromStart(row.version + 1, now) })
      .where(eq(segments.id, row.id))
      .returning();
    return deleted!;
  });
}

/** Saves of one workspace's segments take turns: the cycle and limit checks read all of them. */
async function lockWorkspaceSegments(tx: Db, workspaceId: string): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`segments-definitions:${workspaceId}`}, 0))`,
  );
}

/** Members now, counted from the current membership rows. */
export async function memberCount(db: Db, segmentId: string): Promise<number> {
  const row = await queryOne<{ n: number }>(
    db,
    sql`select count(*)::int as n from segment_memberships where segment_id = ${segmentId} and exited_at is null`,
  );
  return row?.n ?? 0;
}
