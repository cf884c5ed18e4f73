import { paramOf, RetainError } from './errors.js';
import { jsonDepthMax } from './limits.js';

/**
 * The path to the first array or object nested deeper than `depthMax` levels in a parsed JSON
 * value (the value itself is level 1), or null. Iterative: JSON.parse accepts a million levels,
 * and every recursive walk after it (JSON.stringify, validation, our own) would overflow the
 * stack on the very input this guards against.
 */
export function tooDeepPath(value: unknown, depthMax: number): (string | number)[] | null {
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (pending.length > 0) {
    const { value: current, path } = pending.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (path.length >= depthMax) return path;
    const children: [string | number, unknown][] = Array.isArray(current)
      ? [...current.entries()]
      : Object.entries(current);
    for (const [key, child] of children.reverse()) pending.push({ value: child, path: [...path, key] });
  }
  return null;
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
