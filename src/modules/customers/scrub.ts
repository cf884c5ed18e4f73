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

/** Shops' own spellings: `customer_email`, `contact_phone`, `mobilePhone`, `address1`, `billing_name`. */
const personalKeyPattern =
  /email|phone|mobile|^address|(first|last|full|user|customer|billing|shipping|contact)name$/;

const canonical = (key: string) => key.toLowerCase().replace(/[\s_-]/g, '');
const isPersonalKey = (key: string) =>
  personalKeys.has(canonical(key)) || personalKeyPattern.test(canonical(key));

/** The text under personal keys at any depth of a record (an event's traits: email, phone, names). */
export function personalValues(record: Record<string, unknown>): string[] {
  return Object.entries(record).flatMap(([key, value]): string[] => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return personalValues(value as Record<string, unknown>);
    return typeof value === 'string' && isPersonalKey(key) ? [value] : [];
  });
}

/** What replaces a string that names the person wherever it sits (a note, a URL, a product name). */
const redacted = '[erased]';

function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** Whether the text contains one of the person's identifiers (lower-cased), as typed or URL-encoded. */
function namesPerson(text: string, identifiers: string[]): boolean {
  const plain = text.toLowerCase();
  const unescaped = decoded(text).toLowerCase();
  return identifiers.some((id) => plain.includes(id) || unescaped.includes(id));
}

function scrubValue(value: unknown, identifiers: string[], inProducts = false): unknown {
  if (typeof value === 'string') return namesPerson(value, identifiers) ? redacted : value;
  if (Array.isArray(value)) return value.map((inner) => scrubValue(inner, identifiers, inProducts));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => inProducts || !isPersonalKey(key))
      .map(([key, inner]) => [key, scrubValue(inner, identifiers, inProducts || key === 'products')]),
  );
}

export interface EventPayload {
  properties: Record<string, unknown>;
  traits: Record<string, unknown>;
  context: Record<string, unknown>;
}

/**
 * The payload without the person's traits, contact details, names, IP or user agent, and with
 * every string that contains one of `identifiers` (lower-cased: emails, phones, names, ids) redacted.
 */
export function scrubEventPayload(event: EventPayload, identifiers: string[]): EventPayload {
  const context = Object.fromEntries(
    Object.entries(event.context).filter(([key]) => !personalContextKeys.includes(key)),
  );
  return {
    properties: scrubValue(event.properties, identifiers) as Record<string, unknown>,
    traits: {},
    context: scrubValue(context, identifiers) as Record<string, unknown>,
  };
}
