import { sql } from 'drizzle-orm';
import { pgArray } from '../../db/arrays.js';
import { queryRows, type Db } from '../../db/connection.js';
import { compileDefinition } from './compile.js';
import type { Definition } from './definition.js';
import { evaluationFrame, medianClvOf, usesMedianClv, withoutJit } from './evaluate.js';

/**
 * Which of these customers a condition matches at `now`, without saving a segment: a journey's
 * branch asks it at the moment a run reaches the node. `sampleKey` seeds a `sample` condition's
 * hash (the journey node), so a run asked twice gets the same answer.
 */
export async function customersMatching(
  tx: Db,
  workspaceId: string,
  definition: Definition,
  customerIds: readonly string[],
  now: Date,
  sampleKey: string,
): Promise<Set<string>> {
  if (customerIds.length === 0) return new Set();
  const medianClv = usesMedianClv([{ id: sampleKey, workspaceId, name: '', definition }])
    ? await medianClvOf(tx, workspaceId)
    : null;
  const compiled = compileDefinition(definition, {
    now: sql`${now.toISOString()}::timestamptz`,
    segmentId: sampleKey,
    medianClv: sql`${medianClv}::numeric`,
  });
  await withoutJit(tx);
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`select c.id ${evaluationFrame(workspaceId, compiled.joins)}
        and c.id = any(${pgArray([...customerIds], 'text')}) and coalesce(${compiled.predicate}, false)`,
  );
  return new Set(rows.map((row) => row.id));
}

/** Which of these segment ids name no live segment of the workspace. */
export async function missingSegments(
  db: Db,
  workspaceId: string,
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select id from segments where workspace_id = ${workspaceId} and deleted_at is null
          and id = any(${pgArray([...ids], 'text')})`,
  );
  const found = new Set(rows.map((row) => row.id));
  return ids.filter((id) => !found.has(id));
}
