import { catalogue, type MessageKey, type Translate } from '../../i18n/catalogue.js';
import { pathsOf, type GraphNode, type NodeType } from './graph.js';

const isKey = (key: string): key is MessageKey => key in catalogue.en;

/** A word from the catalogue by a key built from data (a node type, an action), else the data as written. */
export const wordOr = (t: Translate, key: string, fallback: string) => (isKey(key) ? t(key) : fallback);

export const nodeTypeLabel = (t: Translate, type: NodeType) => wordOr(t, `journey_node_${type}`, type);

/** An edge's label on the drawing: yes, no, timeout, a split path's share. */
export function edgeLabel(t: Translate, node: GraphNode, field: string): string {
  const path = /^paths\[(\d+)\]\.next$/.exec(field);
  if (path) {
    const index = Number(path[1]);
    return t('journey_edge_path', { n: index + 1, percent: pathsOf(node)[index]?.percent ?? 0 });
  }
  return wordOr(t, `journey_edge_${field}`, field);
}

export const statusLabel = (t: Translate, status: string) => wordOr(t, `journey_status_${status}`, status);

/** What a run did at a step (sent, waiting, timed out…), in words. */
export const actionLabel = (t: Translate, action: string) => wordOr(t, `journey_action_${action}`, action);

/** How a run ended, in words; a run still walking is "in progress". */
export const outcomeLabel = (t: Translate, outcome: string | null) =>
  outcome === null ? t('journey_outcome_in_progress') : wordOr(t, `journey_outcome_${outcome}`, outcome);
