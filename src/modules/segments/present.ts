import type { Db } from '../../db/connection.js';
import { getWorkspace } from '../workspaces/index.js';
import { explainDefinition, explainLanguageOf } from './explain/index.js';
import { liveSegments, memberCount, type SegmentRow } from './segments.js';

export interface Explainer {
  (definition: SegmentRow['definition']): string;
}

/** Explains definitions in the workspace's language, naming its segments and money in its currency. */
export async function explainerFor(db: Db, workspaceId: string): Promise<Explainer> {
  const workspace = await getWorkspace(db, workspaceId);
  const names = new Map((await liveSegments(db, workspaceId)).map((row) => [row.id, row.name]));
  const language = explainLanguageOf(workspace.locale);
  return (definition) =>
    explainDefinition(definition, language, { segments: names, currency: workspace.currency });
}

/** A segment as the API shows it. */
export async function presentSegment(db: Db, row: SegmentRow, explain: Explainer) {
  return {
    object: 'segment' as const,
    id: row.id,
    name: row.name,
    description: row.description,
    definition: row.definition as unknown as Record<string, unknown>,
    explanation: explain(row.definition),
    ready_made: row.readyMade,
    status: row.status,
    members: await memberCount(db, row.id),
    rebuild: row.rebuildStartedAt
      ? {
          done: row.rebuildDone,
          total: row.rebuildTotal,
          started_at: row.rebuildStartedAt.toISOString(),
          finished_at: row.rebuildFinishedAt?.toISOString() ?? null,
        }
      : null,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}
