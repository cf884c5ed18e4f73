// Readers for the JSON of the customers, analytics and loyalty APIs (their shapes are in
// /v1/openapi.json): a missing or mistyped field reads as null and shows as "—", never as a guess.

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function numberOrNull(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (isObject(value) && 'value' in value) return numberOrNull(value.value);
  return null;
}

export function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** The first of the given paths (dotted) that is present. */
export function pick(source: unknown, ...paths: string[]): unknown {
  for (const path of paths) {
    let current: unknown = source;
    for (const part of path.split('.')) current = isObject(current) ? current[part] : undefined;
    if (current !== undefined && current !== null) return current;
  }
  return undefined;
}

export function arrayAt(source: unknown, ...paths: string[]): Json[] {
  const found = pick(source, ...paths);
  return Array.isArray(found) ? found.filter(isObject) : [];
}
