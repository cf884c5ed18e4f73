import crypto from 'node:crypto';
import type { NewEvent } from '../events/index.js';
import { customerFields, mapColumns, requireColumns, type ColumnMap, type CustomerField } from './columns.js';
import { emptyError, parseCalendarDate, parseDate, parseEmail, refuseNul } from './values.js';

export interface RowContext {
  importId: string;
  timezone: string;
  receivedAt: Date;
}

export function customerColumns(headers: string[]): ColumnMap<CustomerField> {
  const map = mapColumns(headers, customerFields);
  requireColumns(map, ['customerId'], customerFields, 'customers');
  return map;
}

/** Stable JSON (sorted keys) so the same row always hashes the same. */
function fingerprint(value: Record<string, unknown>): string {
  const sorted = Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)));
  return crypto.createHash('sha256').update(JSON.stringify(sorted)).digest('base64url').slice(0, 22);
}

/**
 * One customers row → one `identify`, with Segment's trait names (firstName, createdAt, …) and
 * every other column as a trait under its header. The messageId holds the customer id and a hash
 * of the row, so re-importing the same row changes nothing while a changed row updates the profile.
 */
export function customerRowEvent(
  record: string[],
  line: number,
  columns: ColumnMap<CustomerField>,
  context: RowContext,
): NewEvent {
  refuseNul(record);
  const cell = (field: CustomerField) => {
    const index = columns.index[field];
    return index === undefined ? '' : (record[index] ?? '');
  };
  const userId = cell('customerId');
  if (!userId) throw emptyError('customer_id');
  const traits: Record<string, unknown> = {};
  for (const other of columns.others) {
    const value = record[other.index];
    if (value) traits[other.header] = value;
  }
  if (cell('email')) traits.email = parseEmail(cell('email'), 'email');
  if (cell('firstName')) traits.firstName = cell('firstName');
  if (cell('lastName')) traits.lastName = cell('lastName');
  if (cell('name')) traits.name = cell('name');
  if (cell('phone')) traits.phone = cell('phone');
  if (cell('timezone')) traits.timezone = cell('timezone');
  if (cell('locale')) traits.locale = cell('locale');
  if (cell('birthday')) traits.birthday = parseCalendarDate(cell('birthday'), 'birthday');
  const createdAt = cell('createdAt') ? parseDate(cell('createdAt'), context.timezone, 'created_at') : null;
  if (createdAt) traits.createdAt = createdAt.toISOString();
  return {
    messageId: `import:customer:${userId}:${fingerprint(traits)}`,
    type: 'identify',
    userId,
    traits,
    context: { import: { id: context.importId, line } },
    occurredAt: createdAt ?? context.receivedAt,
    receivedAt: context.receivedAt,
    source: 'import',
  };
}
