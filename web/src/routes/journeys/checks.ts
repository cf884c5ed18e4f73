import type { MessageKey } from '../../i18n/catalogue.js';
import { pathsOf, reachable, type Graph, type GraphNode, type Json } from './graph.js';

/** A problem the editor sees before the server does, in the reader's words. */
export interface Issue {
  key: MessageKey;
  values?: Record<string, string | number>;
}

const durationMinutes = (value: unknown): number => {
  if (typeof value !== 'object' || value === null) return 0;
  const duration = value as { days?: number; hours?: number; minutes?: number };
  return ((duration.days ?? 0) * 24 + (duration.hours ?? 0)) * 60 + (duration.minutes ?? 0);
};

function nodeIssues(node: GraphNode, languages: string[]): Issue[] {
  switch (node.type) {
    case 'message': {
      const template = (node.template ?? {}) as Json;
      if ('library' in template) return template.library ? [] : [{ key: 'journey_issue_no_template' }];
      const byLanguage = (template.by_language ?? {}) as Record<string, string | undefined>;
      return languages
        .filter((language) => !byLanguage[language])
        .map((language) => ({ key: 'journey_issue_no_template_for', values: { language } }));
    }
    case 'wait':
      return durationMinutes(node.timeout) > 0 ? [] : [{ key: 'journey_issue_wait_timeout' }];
    case 'split': {
      const total = pathsOf(node).reduce((sum, path) => sum + (Number(path.percent) || 0), 0);
      return total === 100 ? [] : [{ key: 'journey_issue_split_total', values: { total } }];
    }
    default:
      return [];
  }
}

/**
 * Each node's problems as the marketer edits: nodes the start cannot reach, a wait without a
 * timeout, a message with no template for one of the shop's languages, a split whose paths do not
 * add up to 100. The server checks all of these again (and more) when the draft is saved.
 */
export function checkGraph(graph: Graph, languages: string[]): Map<string, Issue[]> {
  const reached = reachable(graph);
  const issues = new Map<string, Issue[]>();
  for (const [id, node] of Object.entries(graph.nodes)) {
    const found = [
      ...(reached.has(id) ? [] : [{ key: 'journey_issue_unreachable' as const }]),
      ...nodeIssues(node, languages),
    ];
    if (found.length > 0) issues.set(id, found);
  }
  return issues;
}
