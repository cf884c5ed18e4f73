import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/connection.js';
import type { LiveVersion } from './entries.js';
import type { JourneyGraph } from './graph.js';

export interface CatalogJourney extends LiveVersion {
  entrySegmentId: string | null;
}

/**
 * A workspace's published journeys as the engine reads them in one transaction: those people may
 * enter (live) or hold in (paused) at their published version, and any version a run walks,
 * read once each.
 */
export interface Catalog {
  journeys: CatalogJourney[];
  graph(journeyId: string, version: number): Promise<JourneyGraph>;
  isLive(journeyId: string): boolean;
}

export async function loadCatalog(tx: Db, workspaceId: string): Promise<Catalog> {
  const rows = await queryRows<{
    id: string;
    name: string;
    status: string;
    version: number;
    entry_segment_id: string | null;
    graph: JourneyGraph;
  }>(
    tx,
    sql`select j.id, j.name, j.status, j.live_version as version, j.entry_segment_id, v.graph
        from journeys j join journey_versions v on v.journey_id = j.id and v.version = j.live_version
        where j.workspace_id = ${workspaceId} and j.status in ('live', 'paused')
        order by j.created_at, j.id`,
  );
  const journeys = rows.map((row) => ({
    journeyId: row.id,
    name: row.name,
    version: row.version,
    graph: row.graph,
    live: row.status === 'live',
    entrySegmentId: row.entry_segment_id,
  }));
  const graphs = new Map(
    journeys.map((journey) => [`${journey.journeyId}:${journey.version}`, journey.graph]),
  );
  const live = new Set(journeys.filter((journey) => journey.live).map((journey) => journey.journeyId));
  return {
    journeys,
    isLive: (journeyId) => live.has(journeyId),
    async graph(journeyId, version) {
      const key = `${journeyId}:${version}`;
      let graph = graphs.get(key);
      if (!graph) {
        const [row] = await queryRows<{ graph: JourneyGraph }>(
          tx,
          sql`select graph from journey_versions where journey_id = ${journeyId} and version = ${version}`,
        );
        graph = row!.graph;
        graphs.set(key, graph);
      }
      return graph;
    },
  };
}

export function nameOf(catalog: Catalog, journeyId: string): string {
  return catalog.journeys.find((journey) => journey.journeyId === journeyId)?.name ?? journeyId;
}
