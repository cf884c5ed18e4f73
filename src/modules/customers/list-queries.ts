import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { queryOne, queryRows, type Db } from '../../db/connection.js';
import type { CustomerListFacts } from './facts.js';
import { searchWords, type ListFilter, type ListOrder, type ListPosition, type ListSort } from './listing.js';
import { customers } from './schema.js';
import type { CustomerRow } from './profile-queries.js';

/** What the list shows of each customer beside the profile; absent rows read as a prospect's. */
export interface ListFacts {
  id: string;
  stage: string;
  segment: string | null;
  tierId: string | null;
  points: number;
  orders: number;
  netRevenueMinor: number;
  clv12MonthsMinor: number | null;
  probabilityAlive: number | null;
  lastOrderAt: Date | null;
  /** The sort column's value as PostgreSQL spells it, for the next page's cursor. */
  sortKey: string;
}

/**
 * Each sort's expression and the type its key is read back as. Missing values sort as the lowest
 * (no name, no prediction, no order yet), so a descending list ends with them.
 */
const sortColumns: Record<ListSort, { expression: SQL; type: SQL }> = {
  created: { expression: sql`c.id`, type: sql`text` },
  name: { expression: sql`coalesce(c.search_name, '')`, type: sql`text` },
  email: { expression: sql`coalesce(c.email, '')`, type: sql`text` },
  points: { expression: sql`coalesce(p.balance, 0)`, type: sql`bigint` },
  orders: { expression: sql`coalesce(s.orders, 0)`, type: sql`integer` },
  revenue: { expression: sql`coalesce(s.net_revenue_minor, 0)`, type: sql`double precision` },
  clv: { expression: sql`coalesce(s.clv_12_months_minor, -1)`, type: sql`double precision` },
  p_alive: { expression: sql`coalesce(s.probability_alive, -1)`, type: sql`double precision` },
  last_order: { expression: sql`coalesce(s.last_order_at, '-infinity')`, type: sql`timestamptz` },
};

const likeAnywhere = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A search: any word of the name (folded, each a word prefix), the email anywhere, or the shop's id. */
function searchCondition(query: string): SQL {
  const words = searchWords(query);
  const email = sql`c.email like ${likeAnywhere(query.toLowerCase())}`;
  const userId = sql`c.external_id = ${query}`;
  if (!words.length) return sql`(${email} or ${userId})`;
  const terms = sql.join(
    words.map((word) => sql`customers_fold(${word}) || ':*'`),
    sql` || ' & ' || `,
  );
  return sql`(c.search_words @@ to_tsquery('simple', ${terms}) or ${email} or ${userId})`;
}

/**
 * The customers of one cohort cell, as analytics' cohort table counts them: the month of their
 * first order (in the workspace's time zone) and, when given, an order in a later month.
 */
function cohortCondition(
  workspaceId: string,
  facts: CustomerListFacts,
  filter: ListFilter,
  timeZone: string,
): SQL {
  const month = (at: SQL) => sql`date_trunc('month', ${at} at time zone ${timeZone})`;
  const active = filter.cohortActive
    ? sql`and bool_or(${month(sql`o.placed_at`)} = ${filter.cohortActive}::timestamp)`
    : sql``;
  return sql`c.id in (select o.customer_id from ${facts.orders} o where o.workspace_id = ${workspaceId}
    group by o.customer_id having ${month(sql`min(o.placed_at)`)} = ${filter.cohort}::timestamp ${active})`;
}

function conditions(
  workspaceId: string,
  facts: CustomerListFacts,
  filter: ListFilter,
  timeZone: string,
): SQL {
  const parts: SQL[] = [sql`c.workspace_id = ${workspaceId}`, sql`c.merged_into is null`];
  if (filter.query) parts.push(searchCondition(filter.query));
  if (filter.stage) parts.push(sql`coalesce(s.stage, ${facts.prospectStage}) = ${filter.stage}`);
  if (filter.segment) parts.push(sql`s.segment = ${filter.segment}`);
  if (filter.tier) parts.push(sql`t.tier_id = ${filter.tier}`);
  if (filter.pointsMin !== undefined) parts.push(sql`coalesce(p.balance, 0) >= ${filter.pointsMin}`);
  if (filter.pointsMax !== undefined) parts.push(sql`coalesce(p.balance, 0) <= ${filter.pointsMax}`);
  if (filter.recencyScore !== undefined) parts.push(sql`s.r_score = ${filter.recencyScore}`);
  if (filter.frequencyScore !== undefined) parts.push(sql`s.f_score = ${filter.frequencyScore}`);
  if (filter.cohort) parts.push(cohortCondition(workspaceId, facts, filter, timeZone));
  return sql.join(parts, sql` and `);
}

const joined = (facts: CustomerListFacts) => sql`customers c
  left join ${facts.scores} s on s.workspace_id = c.workspace_id and s.customer_id = c.id
  left join ${facts.points} p on p.workspace_id = c.workspace_id and p.customer_id = c.id
  left join ${facts.tiers} t on t.workspace_id = c.workspace_id and t.customer_id = c.id`;

/**
 * One page of the list: ids and facts in the order asked, each tie broken by id in the same
 * direction, starting strictly after `after` (keyset: rows added or changed meanwhile do not shift
 * the pages).
 */
export async function listFactRows(
  db: Db,
  workspaceId: string,
  facts: CustomerListFacts,
  filter: ListFilter,
  timeZone: string,
  order: ListOrder,
  limit: number,
  after?: ListPosition,
): Promise<ListFacts[]> {
  const { expression, type } = sortColumns[order.sort];
  const descending = order.direction === 'desc';
  const direction = descending ? sql`desc` : sql`asc`;
  const start = after
    ? sql`and (${expression}, c.id) ${descending ? sql`<` : sql`>`} (${after.key}::${type}, ${after.id})`
    : sql``;
  return queryRows<ListFacts>(
    db,
    sql`select c.id, coalesce(s.stage, ${facts.prospectStage}) as stage, s.segment, t.tier_id as "tierId",
          coalesce(p.balance, 0) as points, coalesce(s.orders, 0) as orders,
          coalesce(s.net_revenue_minor, 0) as "netRevenueMinor", s.clv_12_months_minor as "clv12MonthsMinor",
          s.probability_alive as "probabilityAlive", s.last_order_at as "lastOrderAt",
          (${expression})::text as "sortKey"
        from ${joined(facts)}
        where ${conditions(workspaceId, facts, filter, timeZone)} ${start}
        order by ${expression} ${direction}, c.id ${direction}
        limit ${limit}`,
  );
}

/** How many customers the filter matches, whatever the page. */
export async function countMatching(
  db: Db,
  workspaceId: string,
  facts: CustomerListFacts,
  filter: ListFilter,
  timeZone: string,
): Promise<number> {
  const row = await queryOne<{ count: number }>(
    db,
    sql`select count(*)::int as count from ${joined(facts)} where ${conditions(workspaceId, facts, filter, timeZone)}`,
  );
  return row!.count;
}

/** The profiles of the given ids, in no particular order. */
export async function profilesOf(db: Db, workspaceId: string, ids: string[]): Promise<CustomerRow[]> {
  if (!ids.length) return [];
  return db
    .select()
    .from(customers)
    .where(and(eq(customers.workspaceId, workspaceId), inArray(customers.id, ids)));
}
