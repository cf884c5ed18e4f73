/**
 * Personal data inside event payloads. Keys are compared without case, `_`, `-` or spaces, at any
 * depth — except inside `products`, whose names and SKUs describe goods, not people.
 */
const personalKeys = new Set([
  'email',
  'phone',
  'phonenumber',
  'mobile',
  'name',
  'firstname',
  'lastname',
  'fullname',
  'username',
  'address',
  'street',
  'postalcode',
  'zip',
  'birthday',
  'ip',
  'useragent',
  'avatar',
]);

/** Whole sections of `context` that describe the person or their device. */
const personalContextKeys = ['traits', 'ip', 'userAgent', 'location', 'device'];

const canonical = (key: string) => key.toLowerCase().replace(/[\s_-]/g, '');

function scrubValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrubValue);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !personalKeys.has(canonical(key)))
      .map(([key, inner]) => [key, key === 'products' ? inner : scrubValue(inner)]),
  );
}

export interface EventPayload {
  properties: Record<string, unknown>;
  traits: Record<string, unknown>;
  context: Record<string, unknown>;
}

/** The payload without the person's traits, contact details, names, IP or user agent. */
export function scrubEventPayload(event: EventPayload): EventPayload {
  const context = Object.fromEntries(
    Object.entries(event.context).filter(([key]) => !personalContextKeys.includes(key)),
  );
  return {
    properties: scrubValue(event.properties) as Record<string, unknown>,
    traits: {},
    context: scrubValue(context) as Record<string, unknown>,
  };
}
