/**
 * The journey graph as the dashboard edits it: the same JSON the server stores
 * (src/modules/journeys/graph.ts), typed loosely enough that parts the editor does not show survive
 * an edit. A node's outgoing edges are named by the field that holds them, as the server's errors are.
 */
export type Json = Record<string, unknown>;

export type NodeType =
  'message' | 'delay' | 'wait' | 'branch' | 'split' | 'points' | 'coupon' | 'trait' | 'event' | 'exit';

export const nodeTypes: NodeType[] = [
  'message',
  'delay',
  'wait',
  'branch',
  'split',
  'points',
  'coupon',
  'trait',
  'event',
  'exit',
];

export type GraphNode = Json & { type: NodeType };

export interface Graph extends Json {
  entry: Json & { kind: string };
  entry_key?: string | null;
  reentry: Json & { mode: string };
  goal?: (Json & { event: string; within_days: number }) | null;
  exits?: Json[];
  holdout_percent?: number;
  start: string;
  nodes: Record<string, GraphNode>;
}

export interface Edge {
  from: string;
  /** The field of `from` that names `to`: next, yes, no, timeout_next, paths[1].next. */
  field: string;
  to: string;
}

/** The edge fields a node has, whether set or not (the editor offers each). */
export function edgeFields(node: GraphNode): string[] {
  switch (node.type) {
    case 'branch':
      return ['yes', 'no'];
    case 'wait':
      return ['next', 'timeout_next'];
    case 'split':
      return pathsOf(node).map((_, index) => `paths[${index}].next`);
    case 'exit':
      return [];
    default:
      return ['next'];
  }
}

export const pathsOf = (node: GraphNode): { percent: number; next?: string }[] =>
  Array.isArray(node.paths) ? (node.paths as { percent: number; next?: string }[]) : [];

/** The node an edge field names, if any. */
export function targetOf(node: GraphNode, field: string): string | undefined {
  const path = /^paths\[(\d+)\]\.next$/.exec(field);
  if (path) return pathsOf(node)[Number(path[1])]?.next;
  const value = node[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The node with one edge field pointed elsewhere (`to` undefined: the run ends there). */
export function withTarget(node: GraphNode, field: string, to: string | undefined): GraphNode {
  const path = /^paths\[(\d+)\]\.next$/.exec(field);
  if (path) {
    const index = Number(path[1]);
    const paths = pathsOf(node).map((one, at) => {
      if (at !== index) return one;
      const { next: _dropped, ...rest } = one;
      return to ? { ...rest, next: to } : rest;
    });
    return { ...node, paths };
  }
  const { [field]: _dropped, ...rest } = node;
  return (to ? { ...rest, [field]: to } : rest) as GraphNode;
}

export function edgesOf(graph: Graph): Edge[] {
  return Object.entries(graph.nodes).flatMap(([from, node]) =>
    edgeFields(node).flatMap((field) => {
      const to = targetOf(node, field);
      return to && graph.nodes[to] ? [{ from, field, to }] : [];
    }),
  );
}

/** The nodes a run can reach from the start. */
export function reachable(graph: Graph): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string) => {
    const node = graph.nodes[id];
    if (!node || seen.has(id)) return;
    seen.add(id);
    edgeFields(node).forEach((field) => {
      const to = targetOf(node, field);
      if (to) visit(to);
    });
  };
  visit(graph.start);
  return seen;
}

/** A node id not yet taken: `delay_2` after `delay_1`. */
export function freshId(graph: Graph, type: NodeType): string {
  for (let n = 1; ; n++) if (!graph.nodes[`${type}_${n}`]) return `${type}_${n}`;
}

/** A node of a type with settings that pass the server's checks where a default makes sense. */
export function newNode(type: NodeType): GraphNode {
  switch (type) {
    case 'message':
      return { type, channel: 'email', template: { by_language: {} } };
    case 'delay':
      return { type, for: { days: 1 } };
    case 'wait':
      return { type, event: 'Order Completed', timeout: { days: 1 } };
    case 'branch':
      return { type, condition: { all: [{ field: 'orders.count', op: 'gte', value: 1 }] } };
    case 'split':
      return { type, paths: [{ percent: 50 }, { percent: 50 }] };
    case 'points':
      return { type, points: 100 };
    case 'coupon':
      return { type, name: 'Coupon', kind: 'percent_off', percent_off: 10, expires_in_days: 30 };
    case 'trait':
      return { type, trait: 'journey_step', value: '' };
    case 'event':
      return { type, event: 'Journey Step' };
    case 'exit':
      return { type };
  }
}

/** A new journey: entry by an event, one message to start from. */
export function newGraph(): Graph {
  return {
    entry: { kind: 'event', event: 'Order Completed' },
    reentry: { mode: 'after_end' },
    goal: null,
    exits: [],
    holdout_percent: 10,
    start: 'message_1',
    nodes: { message_1: newNode('message') },
  };
}

/** The graph without a node: edges into it now end the run there; the start moves if it was the start. */
export function withoutNode(graph: Graph, id: string): Graph {
  const nodes: Record<string, GraphNode> = {};
  for (const [key, node] of Object.entries(graph.nodes)) {
    if (key === id) continue;
    nodes[key] = edgeFields(node).reduce(
      (current, field) => (targetOf(current, field) === id ? withTarget(current, field, undefined) : current),
      node,
    );
  }
  const start = graph.start === id ? (Object.keys(nodes)[0] ?? '') : graph.start;
  return { ...graph, nodes, start };
}
