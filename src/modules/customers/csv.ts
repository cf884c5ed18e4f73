import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { ListFacts } from './list-queries.js';
import { presentCustomer, presentListFacts } from './present.js';
import type { CustomerRow } from './profile-queries.js';

const columns = [
  'id',
  'user_id',
  'name',
  'email',
  'phone',
  'stage',
  'rfm_segment',
  'tier_id',
  'points',
  'orders',
  'net_revenue_minor',
  'clv_12_months_minor',
  'probability_alive',
  'last_order_at',
  'first_seen',
] as const;

function record(row: { profile: CustomerRow; facts: ListFacts }): Record<(typeof columns)[number], unknown> {
  const customer = presentCustomer(row.profile);
  const name = customer.name ?? ([customer.first_name, customer.last_name].filter(Boolean).join(' ') || null);
  return { ...customer, ...presentListFacts(row.facts), name };
}

/**
 * The rows as CSV with a header line. A cell beginning with =, +, - or @ gets a leading quote
 * (escape_formulas): a customer's name must not become a formula in the spreadsheet it is opened in.
 */
export function customersCsv(rows: AsyncIterable<{ profile: CustomerRow; facts: ListFacts }>): Readable {
  const records = Readable.from(
    (async function* () {
      for await (const row of rows) yield record(row);
    })(),
  );
  const csv = stringify({ header: true, columns: [...columns], escape_formulas: true });
  records.on('error', (error) => csv.destroy(error));
  return records.pipe(csv);
}
