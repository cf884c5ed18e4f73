// Writing customers' scores back to customer_scores, a chunk per statement, with the stage
// changes among them recorded in customer_stage_history.
import { sql, type SQL } from 'drizzle-orm';
import { pgArray } from '../../../db/arrays.js';
import { queryRows, type Db } from '../../../db/connection.js';

/** What a recompute derives from a customer's inputs: everything a new day changes. */
interface DerivedScoreColumns {
  customerId: string[];
  stage: string[];
  recencyDays: ArrayLike<number>;
  rScore: ArrayLike<number>;
  fScore: ArrayLike<number>;
  mScore: ArrayLike<number>;
  segment: (string | null)[];
  probabilityAlive: ArrayLike<number>;
  expected30: ArrayLike<number>;
  expected90: ArrayLike<number>;
  expected365: ArrayLike<number>;
  expectedOrderValueMinor: ArrayLike<number>;
  clvMinor: ArrayLike<number>;
  expectedGapDays: ArrayLike<number>;
}

/** A chunk of customers' scores as columns, one entry per customer: their inputs and what is derived. */
export interface ScoreColumns extends DerivedScoreColumns {
  orders: ArrayLike<number>;
  purchaseDays: ArrayLike<number>;
  firstAtMs: ArrayLike<number>;
  lastAtMs: ArrayLike<number>;
  netMinor: ArrayLike<number>;
  /** Purchase days in the workspace time zone; the next-to-last NaN with a single purchase day. */
  firstDay: ArrayLike<number>;
  lastDay: ArrayLike<number>;
  previousPurchaseDay: ArrayLike<number>;
  firstDayNetMinor: ArrayLike<number>;
}

export interface StageChangeRow {
  id: string;
  customer_id: string;
  from_stage: string;
  to_stage: string;
}

export interface StageChanges {
  id: string[];
  customerId: string[];
  fromStage: string[];
  toStage: string[];
}

/** What a chunk of scores is written as of. */
export interface ScoreWrite {
  workspaceId: string;
  asOf: Date;
  /** The time zone of the chunk's purchase days (the workspace's). */
  timeZone: string;
  /** A row refreshed after this instant (by the order consumer, with a newer order) is left as it is. */
  unlessUpdatedAfter?: Date | undefined;
}

/**
 * A chunk of scores: `fresh` customers with inputs aggregated from their orders (inserted, or
 * their rows replaced), and `kept` customers whose inputs were read from their own rows, of which
 * only what is derived is rewritten (a nightly run: ten columns fewer to send, parse and compare).
 */
export interface ScoreChunk {
  fresh: ScoreColumns;
  kept: DerivedScoreColumns;
}

const derivedColumns: [column: string, value: (c: DerivedScoreColumns) => SQL][] = [
  ['stage', (c) => pgArray(c.stage, 'text')],
  ['recency_days', (c) => pgArray(c.recencyDays, 'int')],
  ['r_score', (c) => pgArray(c.rScore, 'int')],
  ['f_score', (c) => pgArray(c.fScore, 'int')],
  ['m_score', (c) => pgArray(c.mScore, 'int')],
  ['segment', (c) => pgArray(c.segment, 'text')],
  ['probability_alive', (c) => pgArray(c.probabilityAlive, 'float8')],
  ['expected_purchases_30', (c) => pgArray(c.expected30, 'float8')],
  ['expected_purchases_90', (c) => pgArray(c.expected90, 'float8')],
  ['expected_purchases_365', (c) => pgArray(c.expected365, 'float8')],
  ['expected_order_value_minor', (c) => pgArray(c.expectedOrderValueMinor, 'float8')],
  ['clv_12_months_minor', (c) => pgArray(c.clvMinor, 'float8')],
  ['expected_gap_days', (c) => pgArray(c.expectedGapDays, 'float8')],
];

const inputColumns: [column: string, value: (c: ScoreColumns) => SQL][] = [
  ['orders', (c) => pgArray(c.orders, 'int')],
  ['purchase_days', (c) => pgArray(c.purchaseDays, 'int')],
  ['first_order_at', (c) => pgArray(c.firstAtMs, 'float8')],
  ['last_order_at', (c) => pgArray(c.lastAtMs, 'float8')],
  ['net_revenue_minor', (c) => pgArray(c.netMinor, 'float8')],
  ['first_purchase_day', (c) => pgArray(c.firstDay, 'int')],
  ['last_purchase_day', (c) => pgArray(c.lastDay, 'int')],
  ['previous_purchase_day', (c) => pgArray(c.previousPurchaseDay, 'int')],
  ['first_day_net_minor', (c) => pgArray(c.firstDayNetMinor, 'float8')],
];
const freshColumns: [column: string, value: (c: ScoreColumns) => SQL][] = [
  ...derivedColumns,
  ...inputColumns,
];

/** Order times travel as epoch milliseconds (cheaper to format than timestamps). */
const storedValue = (column: string): SQL =>
  column.endsWith('_order_at') ? sql.raw(`to_timestamp(c.${column} / 1000.0)`) : sql.raw(`c.${column}`);

const names = (columns: string[], prefix = '') => sql.raw(columns.map((c) => `${prefix}${c}`).join(', '));
const derivedNames = derivedColumns.map(([column]) => column);

/** unnest of the chunk's arrays as rows c(customer_id, …columns). */
function chunkRows<C extends DerivedScoreColumns>(columns: C, values: [string, (c: C) => SQL][]): SQL {
  return sql`unnest(${pgArray(columns.customerId, 'text')}, ${sql.join(
    values.map(([, value]) => value(columns)),
    sql`, `,
  )}) as c(customer_id, ${names(values.map(([column]) => column))})`;
}

/**
 * Writes a chunk of scores and the stage changes among them in one statement: the fresh
 * customers' rows upserted, the kept customers' derived columns updated, and, for the customers
 * actually written, their history rows. With `unlessUpdatedAfter`, a row refreshed after that
 * instant keeps its fresher values and the change is not recorded. A row whose values did not
 * change is left as it is (updated_at then says when its values last changed). Non-finite numbers
 * (NaN: "no score") are stored as null. Answers the history rows written.
 */
export async function writeScoreChunk(
  db: Db,
  write: ScoreWrite,
  chunk: ScoreChunk,
  changes: StageChanges,
): Promise<StageChangeRow[]> {
  const { workspaceId } = write;
  const fresher = write.unlessUpdatedAfter
    ? sql`and customer_scores.updated_at <= ${write.unlessUpdatedAfter.toISOString()}::timestamptz`
    : sql``;
  const at = sql`${write.asOf.toISOString()}::timestamptz`;
  const fresh = freshColumns.map(([column]) => column);
  const all = [...fresh, 'days_time_zone', 'as_of'];
  return queryRows<StageChangeRow>(
    db,
    sql`with upserted as (
          insert into customer_scores (workspace_id, customer_id, ${names(all)}, updated_at)
          select ${workspaceId}, c.customer_id, ${sql.join(fresh.map(storedValue), sql`, `)}, ${write.timeZone},
                 ${at}, clock_timestamp()
          from ${chunkRows(chunk.fresh, freshColumns)}
          on conflict (workspace_id, customer_id) do update set
            ${sql.raw(all.map((column) => `${column} = excluded.${column}`).join(', '))}, updated_at = excluded.updated_at
          -- An unchanged row is not rewritten: no dead tuple, no index or WAL traffic for it.
          where (${names(all, 'customer_scores.')}) is distinct from (${names(all, 'excluded.')}) ${fresher}
          returning customer_id
        ),
        updated as (
          update customer_scores set
            ${sql.raw(derivedNames.map((column) => `${column} = c.${column}`).join(', '))}, as_of = ${at},
            updated_at = clock_timestamp()
          from ${chunkRows(chunk.kept, derivedColumns)}
          where customer_scores.workspace_id = ${workspaceId} and customer_scores.customer_id = c.customer_id
            and (${names(derivedNames, 'customer_scores.')}, customer_scores.as_of)
                is distinct from (${names(derivedNames, 'c.')}, ${at})
            ${fresher}
          returning customer_scores.customer_id
        ),
        written as (select customer_id from upserted union all select customer_id from updated)
        insert into customer_stage_history (id, workspace_id, customer_id, from_stage, to_stage, changed_at)
        select h.id, ${workspaceId}, h.customer_id, h.from_stage, h.to_stage, ${at}
        from unnest(${pgArray(changes.id, 'text')}, ${pgArray(changes.customerId, 'text')},
                    ${pgArray(changes.fromStage, 'text')}, ${pgArray(changes.toStage, 'text')})
          as h(id, customer_id, from_stage, to_stage)
        join written w on w.customer_id = h.customer_id
        returning id, customer_id, from_stage, to_stage`,
  );
}
