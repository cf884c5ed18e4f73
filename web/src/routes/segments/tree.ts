import type { Json } from './types.js';

/**
 * The builder's draft of a definition: groups the marketer nests, and leaf conditions kept as the
 * JSON the server takes (so parts the builder does not show, such as an event's `sum`, survive an
 * edit). Each node has a key for React and for finding it again from a server error's path.
 */
export type GroupMode = 'all' | 'any' | 'none';

export interface GroupNode {
  key: string;
  kind: 'group';
  mode: GroupMode;
  children: DraftNode[];
}

export interface LeafNode {
  key: string;
  kind: 'leaf';
  condition: Json;
}

export type DraftNode = GroupNode | LeafNode;

export type LeafKind = 'field' | 'event' | 'segment' | 'sample';

let lastKey = 0;
const nextKey = () => `n${++lastKey}`;

export const group = (mode: GroupMode, children: DraftNode[]): GroupNode => ({
  key: nextKey(),
  kind: 'group',
  mode,
  children,
});

export const leaf = (condition: Json): LeafNode => ({ key: nextKey(), kind: 'leaf', condition });

export function leafKind(condition: Json): LeafKind {
  if ('event' in condition) return 'event';
  if ('segment' in condition) return 'segment';
  if ('sample' in condition) return 'sample';
  return 'field';
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A stored definition as a draft; the root is always a group, so the builder has somewhere to add. */
export function draftOf(definition: Json): GroupNode {
  const node = nodeOf(definition);
  return node.kind === 'group' ? node : group('all', [node]);
}

function nodeOf(condition: unknown): DraftNode {
  if (!isObject(condition)) return leaf({});
  if (Array.isArray(condition.all)) return group('all', condition.all.map(nodeOf));
  if (Array.isArray(condition.any)) return group('any', condition.any.map(nodeOf));
  if ('not' in condition) {
    // "None of": {not: {any: [...]}} opens as its list, any other negated condition as one child.
    const inner = condition.not;
    if (isObject(inner) && Array.isArray(inner.any)) return group('none', inner.any.map(nodeOf));
    return group('none', [nodeOf(inner)]);
  }
  return leaf(condition);
}

/**
 * The definition JSON of a draft, and the path the server names each node by in its errors
 * (validate.ts: the root's children are `conditions[i]`, deeper ones `….any[i]`, `….not`).
 */
export function definitionOf(root: GroupNode): { definition: Json; paths: Map<string, string> } {
  const paths = new Map<string, string>();
  const build = (node: DraftNode, path: string, isRoot: boolean): Json => {
    paths.set(node.key, path);
    if (node.kind === 'leaf') return node.condition;
    const under = (key: 'all' | 'any' | 'not', index?: number) =>
      isRoot
        ? key === 'not'
          ? 'not'
          : `conditions[${index}]`
        : key === 'not'
          ? `${path}.not`
          : `${path}.${key}[${index}]`;
    if (node.mode === 'none') {
      if (node.children.length === 1) return { not: build(node.children[0]!, under('not'), false) };
      const inner = under('not');
      return {
        not: { any: node.children.map((child, index) => build(child, `${inner}.any[${index}]`, false)) },
      };
    }
    const mode = node.mode;
    return { [mode]: node.children.map((child, index) => build(child, under(mode, index), false)) };
  };
  return { definition: build(root, 'definition', true), paths };
}

/**
 * Where a server error's `param` points: the deepest node whose path starts it, and what is left
 * (`value`, `within.last_days`, `where[0].op`). A param naming no node belongs to the root.
 */
export function locateError(
  param: string | undefined,
  paths: Map<string, string>,
  rootKey: string,
): { key: string; rest: string } | null {
  if (param === undefined) return null;
  const at = param.startsWith('definition.') ? param.slice('definition.'.length) : param;
  let best: { key: string; rest: string; length: number } | null = null;
  for (const [key, path] of paths) {
    if (path === 'definition') continue;
    const matches = at === path || at.startsWith(`${path}.`) || at.startsWith(`${path}[`);
    if (matches && (!best || path.length > best.length)) {
      best = { key, rest: at.slice(path.length).replace(/^\./, ''), length: path.length };
    }
  }
  if (best) return { key: best.key, rest: best.rest };
  return { key: rootKey, rest: at === 'definition' ? '' : at };
}

/** Whether an error's remainder is about the part of a condition at `part` (`value` covers `value[1]`). */
export const errorIsAt = (rest: string | null | undefined, part: string): boolean =>
  rest !== null &&
  rest !== undefined &&
  (rest === part || rest.startsWith(`${part}.`) || rest.startsWith(`${part}[`));
