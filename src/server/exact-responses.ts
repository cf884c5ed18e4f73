import { isDeepStrictEqual } from 'node:util';
import { serializerCompiler } from 'fastify-type-provider-zod';

/** The first path at which two JSON values differ, for the failure's message. */
function differenceAt(sent: unknown, built: unknown, path = ''): string {
  if (typeof sent !== 'object' || sent === null || typeof built !== 'object' || built === null) return path;
  const keys = new Set([...Object.keys(sent), ...Object.keys(built)]);
  for (const key of keys) {
    const [a, b] = [(sent as Record<string, unknown>)[key], (built as Record<string, unknown>)[key]];
    if (!isDeepStrictEqual(a, b)) return differenceAt(a, b, `${path}.${key}`);
  }
  return path;
}

/**
 * The tests' serializer. A response schema also serializes the answer, silently dropping a field it
 * does not list; in tests every answer must come out exactly as the route built it, so a schema
 * that misses a field fails whichever test reaches that route.
 */
export const exactSerializerCompiler: typeof serializerCompiler = (route) => {
  const serialize = serializerCompiler(route);
  return (data) => {
    const sent = serialize(data);
    const [parsedSent, built] = [JSON.parse(sent), JSON.parse(JSON.stringify(data))];
    if (!isDeepStrictEqual(parsedSent, built)) {
      const at = differenceAt(parsedSent, built) || '(the body)';
      throw new Error(`${route.method} ${route.url}: the response schema changes ${at} of the answer.`);
    }
    return sent;
  };
};
