import { edgeFields, targetOf, type Graph } from './graph.js';

export const nodeWidth = 200;
export const nodeHeight = 72;
const columnGap = 40;
const rowGap = 64;

export interface Placed {
  x: number;
  y: number;
}

/**
 * A top-down layout: each node on the row of its first reach from the start (breadth-first, so a
 * loop back does not push a node down), nodes of a row side by side in the order they were
 * reached, rows centred. Nodes the start cannot reach get a row of their own at the bottom, where
 * the editor marks them.
 */
export function layOut(graph: Graph): { at: Map<string, Placed>; width: number; height: number } {
  const rows: string[][] = [];
  const seen = new Set<string>();
  let row = graph.nodes[graph.start] ? [graph.start] : [];
  row.forEach((id) => seen.add(id));
  while (row.length > 0) {
    rows.push(row);
    const next: string[] = [];
    for (const id of row) {
      const node = graph.nodes[id]!;
      for (const field of edgeFields(node)) {
        const to = targetOf(node, field);
        if (to && graph.nodes[to] && !seen.has(to)) {
          seen.add(to);
          next.push(to);
        }
      }
    }
    row = next;
  }
  const unreachable = Object.keys(graph.nodes).filter((id) => !seen.has(id));
  if (unreachable.length > 0) rows.push(unreachable);
  const widest = Math.max(1, ...rows.map((one) => one.length));
  const width = widest * nodeWidth + (widest - 1) * columnGap;
  const at = new Map<string, Placed>();
  rows.forEach((ids, index) => {
    const rowWidth = ids.length * nodeWidth + (ids.length - 1) * columnGap;
    const left = (width - rowWidth) / 2;
    ids.forEach((id, column) =>
      at.set(id, { x: left + column * (nodeWidth + columnGap), y: index * (nodeHeight + rowGap) }),
    );
  });
  return { at, width, height: Math.max(1, rows.length) * (nodeHeight + rowGap) - rowGap };
}
