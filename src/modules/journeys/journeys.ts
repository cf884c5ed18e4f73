import { and, desc, eq, sql } from 'drizzle-orm';
import { RetainError, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { journeysActiveMax, nameLengthMax } from '../../core/limits.js';
import { queryRows, type Db } from '../../db/connection.js';
import { customersMergedEvent } from '../events/index.js';
import { checkTemplateChoice } from '../messages/index.js';
import {
  ensureKeptSegment,
  missingSegments,
  referencedSegments,
  type Definition,
} from '../segments/index.js';
import type { JourneyGraph } from './graph.js';
import { keptEntrySegment } from './kept-segments.js';
import { journeyRuns, journeyVersions, journeys } from './schema.js';
import { validateGraph } from './validate.js';

export type JourneyRow = typeof journeys.$inferSelect;
export type VersionRow = typeof journeyVersions.$inferSelect;

export interface JourneyInput {
  name?: string | undefined;
  description?: string | null | undefined;
  graph?: unknown;
}

export type InFlight = { mode: 'stay' } | { mode: 'move'; node: string };

export async function findJourney(db: Db, workspaceId: string, id: string): Promise<JourneyRow> {
  const [row] = await db
    .select()
    .from(journeys)
    .where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.id, id)));
  if (!row) throw notFound('journey', id);
  return row;
}

export async function listJourneys(db: Db, workspaceId: string): Promise<JourneyRow[]> {
  return db
    .select()
    .from(journeys)
    .where(eq(journeys.workspaceId, workspaceId))
    .orderBy(journeys.createdAt, journeys.id);
}

export async function listVersions(db: Db, journeyId: string): Promise<VersionRow[]> {
  return db
    .select()
    .from(journeyVersions)
    .where(eq(journeyVersions.journeyId, journeyId))
    .orderBy(desc(journeyVersions.version));
}

function checkName(name: unknown): string {
  if (typeof name !== 'string' || name.trim().length === 0 || name.length > nameLengthMax) {
    throw new RetainError('parameter_invalid', `name must be 1 to ${nameLengthMax} characters.`, {
      param: 'name',
    });
  }
  return name.trim();
}

function checkDescription(description: unknown): string | null {
  if (description === undefined || description === null) return null;
  if (typeof description !== 'string' || description.length > 2_000) {
    throw new RetainError('parameter_invalid', 'description must be text of at most 2,000 characters.', {
      param: 'description',
    });
  }
  return description;
}

/** Saves a new journey as a draft: nothing enters it until it is published. */
export async function createJourney(
  db: Db,
  workspaceId: string,
  input: JourneyInput,
  now: Date,
  readyMade: string | null = null,
): Promise<JourneyRow> {
  if (input.name === undefined)
    throw new RetainError('parameter_missing', 'name is required.', { param: 'name' });
  if (input.graph === undefined)
    throw new RetainError('parameter_missing', 'graph is required.', { param: 'graph' });
  const values = {
    id: newId('journey'),
    workspaceId,
    name: checkName(input.name),
    description: checkDescription(input.description),
    draft: validateGraph(input.graph),
    status: 'draft' as const,
    readyMade,
    createdAt: now,
    updatedAt: now,
  };
  const [row] = await db.insert(journeys).values(values).returning();
  return row!;
}

/** Changes the draft, name or description; a live journey keeps walking its published version. */
export async function updateJourney(
  db: Db,
  workspaceId: string,
  id: string,
  input: JourneyInput,
  now: Date,
): Promise<JourneyRow> {
  const current = await findJourney(db, workspaceId, id);
  if (current.status === 'archived') throw archived(id);
  const changes: Partial<JourneyRow> = { updatedAt: now };
  if (input.name !== undefined) changes.name = checkName(input.name);
  if (input.description !== undefined) changes.description = checkDescription(input.description);
  if (input.graph !== undefined) changes.draft = validateGraph(input.graph);
  const [row] = await db.update(journeys).set(changes).where(eq(journeys.id, id)).returning();
  return row!;
}

const archived = (id: string) =>
  new RetainError('journey_archived', `Journey ${id} is archived; copy it into a new journey instead.`, {
    param: 'id',
  });

/**
 * Everything a graph names must exist in the workspace: the templates of each message node (on its
 * channel), the segments of the entry, the exits and the branches. Errors name the node.
 */
export async function checkAgainstWorkspace(db: Db, workspaceId: string, graph: JourneyGraph): Promise<void> {
  for (const [id, node] of Object.entries(graph.nodes)) {
    if (node.type === 'message') {
      await checkTemplateChoice(db, workspaceId, node.channel, node.template, `graph.nodes.${id}`);
    }
  }
  const named: { id: string; param: string }[] = [];
  if (graph.entry.kind === 'segment') named.push({ id: graph.entry.segment, param: 'graph.entry.segment' });
  graph.exits?.forEach((exit, index) => {
    if ('segment' in exit) named.push({ id: exit.segment, param: `graph.exits[${index}].segment` });
  });
  for (const [id, node] of Object.entries(graph.nodes)) {
    if (node.type !== 'branch') continue;
    for (const segment of referencedSegments(node.condition as Definition)) {
      named.push({ id: segment, param: `graph.nodes.${id}.condition` });
    }
  }
  const missing = new Set(
    await missingSegments(
      db,
      workspaceId,
      named.map((entry) => entry.id),
    ),
  );
  const first = named.find((entry) => missing.has(entry.id));
  if (first) {
    throw new RetainError(
      'parameter_invalid',
      `${first.param} names no segment of this workspace (${first.id}).`,
      {
        param: first.param,
      },
    );
  }
}

/** The track event names a version reacts to: the consumer reads only these (and segment changes). */
export function listenedNames(graph: JourneyGraph): string[] {
  const names = new Set<string>(['Segment Entered', 'Segment Exited', customersMergedEvent]);
  if (graph.entry.kind === 'event') names.add(graph.entry.event);
  if (graph.goal) names.add(graph.goal.event);
  graph.exits?.forEach((exit) => 'event' in exit && names.add(exit.event));
  Object.values(graph.nodes).forEach((node) => node.type === 'wait' && names.add(node.event));
  return [...names].sort();
}

/**
 * Publishes the draft as the next version and makes the journey live. Runs in flight stay on their
 * version, or move to a node of the new one (they arrive there at once). A lifecycle or date entry
 * gets its kept segment here.
 */
export async function publishJourney(
  db: Db,
  workspaceId: string,
  id: string,
  options: { inFlight: InFlight; by: string | null },
  now: Date,
): Promise<{ journey: JourneyRow; version: VersionRow }> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(${`journeys:publish:${workspaceId}`}, 0))`,
    );
    const current = await findJourney(tx, workspaceId, id);
    if (current.status === 'archived') throw archived(id);
    const graph = validateGraph(current.draft);
    await checkAgainstWorkspace(tx, workspaceId, graph);
    if (options.inFlight.mode === 'move' && !graph.nodes[options.inFlight.node]) {
      throw new RetainError(
        'parameter_invalid',
        `in_flight.node names no node of the draft ('${options.inFlight.node}').`,
        {
          param: 'in_flight.node',
        },
      );
    }
    if (current.status === 'draft') await checkActiveLimit(tx, workspaceId);
    const kept = keptEntrySegment(graph.entry);
    const entrySegmentId = kept ? await ensureKeptSegment(tx, workspaceId, kept, now) : null;
    const version = (current.liveVersion ?? 0) + 1;
    const moved =
      options.inFlight.mode === 'move' ? await moveRuns(tx, id, version, options.inFlight.node, now) : 0;
    const [versionRow] = await tx
      .insert(journeyVersions)
      .values({
        journeyId: id,
        version,
        workspaceId,
        graph,
        listens: listenedNames(graph),
        inFlight: options.inFlight.mode === 'move' ? { ...options.inFlight, moved } : { mode: 'stay' },
        publishedAt: now,
        publishedBy: options.by,
      })
      .returning();
    const status = current.status === 'paused' ? 'paused' : 'live';
    const [journey] = await tx
      .update(journeys)
      .set({ liveVersion: version, status, entrySegmentId, updatedAt: now })
      .where(eq(journeys.id, id))
      .returning();
    return { journey: journey!, version: versionRow! };
  });
}

async function checkActiveLimit(tx: Db, workspaceId: string): Promise<void> {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from journeys where workspace_id = ${workspaceId} and status in ('live', 'paused')`,
  );
  if (row!.n >= journeysActiveMax) {
    throw new RetainError(
      'journeys_limit',
      `A workspace has at most ${journeysActiveMax} live or paused journeys.`,
    );
  }
}

/** Open runs move to the new version's node, arriving there now; their history says so. */
async function moveRuns(
  tx: Db,
  journeyId: string,
  version: number,
  node: string,
  now: Date,
): Promise<number> {
  const moved = await queryRows<{ id: string }>(
    tx,
    sql`with moved as (
          update journey_runs set version = ${version}, node = ${node}, state = 'active', arriving = true,
            wake_at = ${now.toISOString()}::timestamptz, steps = steps + 1
          where journey_id = ${journeyId} and state <> 'ended'
          returning id, workspace_id, steps)
        insert into journey_run_steps (run_id, seq, workspace_id, node, at, action, detail)
        select id, steps, workspace_id, ${node}, ${now.toISOString()}::timestamptz, 'moved',
               jsonb_build_object('version', ${version}::int)
        from moved returning run_id as id`,
  );
  return moved.length;
}

/** Pauses a live journey (runs hold where they are, nobody enters) or resumes a paused one. */
export async function setPaused(
  db: Db,
  workspaceId: string,
  id: string,
  paused: boolean,
  now: Date,
): Promise<JourneyRow> {
  const current = await findJourney(db, workspaceId, id);
  const from = paused ? 'live' : 'paused';
  if (current.status !== from) {
    throw new RetainError(
      'journey_state',
      `Journey ${id} is ${current.status}; only a ${from} journey can be ${paused ? 'paused' : 'resumed'}.`,
      {
        param: 'id',
      },
    );
  }
  const [row] = await db
    .update(journeys)
    .set({ status: paused ? 'paused' : 'live', updatedAt: now })
    .where(eq(journeys.id, id))
    .returning();
  return row!;
}

/** Archives a journey: its open runs end (`archived`), nobody enters, its history stays. */
export async function archiveJourney(
  db: Db,
  workspaceId: string,
  id: string,
  now: Date,
): Promise<JourneyRow> {
  return db.transaction(async (tx) => {
    await findJourney(tx, workspaceId, id);
    await tx
      .update(journeyRuns)
      .set({
        state: 'ended',
        outcome: 'archived',
        outcomeReason: 'journey_archived',
        endedAt: now,
        wakeAt: null,
        arriving: false,
      })
      .where(and(eq(journeyRuns.journeyId, id), sql`${journeyRuns.state} <> 'ended'`));
    const [row] = await tx
      .update(journeys)
      .set({ status: 'archived', updatedAt: now })
      .where(eq(journeys.id, id))
      .returning();
    return row!;
  });
}
