import { paramOf, RetainError } from './errors.js';
import { jsonDepthMax } from './limits.js';

/** A container met on the walk, with the key it sits under and its parent (null at the top). */
interface Visit {
  value: object;
  depth: number;
  key: string | number;
  parent: Visit | null;
}

/**
 * The path to the first array or object nested deeper than `depthMax` levels in a parsed JSON
 * value (the value itself is level 1), or null. Iterative: JSON.parse accepts a million levels,
 * and every recursive walk after it (JSON.stringify, validation, our own) would overflow the
 * stack on the very input this guards against.
 */
export function tooDeepPath(value: unknown, depthMax: number): (string | number)[] | null {
  // Every request body passes here (ingestion's hot path): containers only are visited, and a
  // container's path is rebuilt from parent links only for the one that is too deep.
  if (typeof value !== 'object' || value === null) return null;
  const pending: Visit[] = [{ value, depth: 1, key: '', parent: null }];
  while (pending.length > 0) {
    const visit = pending.pop()!;
    if (visit.depth > depthMax) return pathOf(visit);
    const children: [string | number, unknown][] = Array.isArray(visit.value)
      ? [...visit.value.entries()]
      : Object.entries(visit.value);
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const [key, child] = children[i]!;
      if (typeof child === 'object' && child !== null) {
        pending.push({ value: child, depth: visit.depth + 1, key, parent: visit });
      }
    }
  }
  return null;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Visit | null = visit; at?.parent; at = at.parent) path.unshift(at.key);
  return path;
}

/** Refuses a parsed body nested deeper than `jsonDepthMax`, naming where (400 parameter_invalid). */
export function refuseDeepJson(value: unknown): void {
  const path = tooDeepPath(value, jsonDepthMax);
  if (!path) return;
  const param = paramOf(path);
  throw new RetainError(
    'parameter_invalid',
    `${param || 'The body'} nests deeper than ${jsonDepthMax} levels of arrays and objects.`,
    param ? { param } : {},
  );
}
