import { sql } from 'drizzle-orm';
import { queryOne, queryRows, type Db } from '../../../db/connection.js';
import { customersRelation } from '../../customers/index.js';
import { date, int, typed } from '../rows.js';

export interface TierRow {
  id: string;
  name: string;
  threshold: number;
  earnMultiplierPercent: number;
  freeShipping: boolean;
  createdAt: Date;
}

export interface CustomerTierRow {
  tierId: string;
  since: Date;
  reviewAt: Date;
}

const tierColumns = sql`id, name, threshold, earn_multiplier_percent as "earnMultiplierPercent",
  free_shipping as "freeShipping", created_at as "createdAt"`;

/** The workspace's live tiers, lowest threshold first: a tier's rank is its place here, from 1. */
export async function listTiers(db: Db, workspaceId: string): Promise<TierRow[]> {
  const rows = await queryRows<TierRow>(
    db,
    sql`select ${tierColumns} from loyalty_tiers
        where workspace_id = ${workspaceId} and archived_at is null
        order by threshold asc, id asc`,
  );
  return typed<TierRow>(rows, { ints: ['threshold', 'earnMultiplierPercent'], dates: ['createdAt'] });
}

/**
 * How many customers each tier holds now, counted as the customer list filtered by the tier
 * counts them (a profile merged into another is not a customer of its own).
 */
export async function countTierCustomers(db: Db, workspaceId: string): Promise<Map<string, number>> {
  const rows = await queryRows<{ tierId: string; customers: number | string }>(
    db,
    sql`select ct.tier_id as "tierId", count(*) as customers from customer_tiers ct
        join ${customersRelation} c on c.workspace_id = ct.workspace_id and c.id = ct.customer_id
        where ct.workspace_id = ${workspaceId} and c.merged_into is null
        group by ct.tier_id`,
  );
  return new Map(rows.map((row) => [row.tierId, int(row.customers)]));
}

export async function findCustomerTier(
  db: Db,
  workspaceId: string,
  customerId: string,
): Promise<CustomerTierRow | undefined> {
  const row = await queryOne<CustomerTierRow>(
    db,
    sql`select tier_id as "tierId", since, review_at as "reviewAt" from customer_tiers
        where workspace_id = ${workspaceId} and customer_id = ${customerId}`,
  );
  return row && { tierId: row.tierId, since: date(row.since), reviewAt: date(row.reviewAt) };
}

export async function insertTier(db: Db, workspaceId: string, tier: TierRow): Promise<void> {
  await db.execute(
    sql`insert into loyalty_tiers (id, workspace_id, name, threshold, earn_multiplier_percent, free_shipping,
          created_at)
        values (${tier.id}, ${workspaceId}, ${tier.name}, ${tier.threshold}, ${tier.earnMultiplierPercent},
          ${tier.freeShipping}, ${tier.createdAt})`,
  );
}

export async function updateTier(db: Db, workspaceId: string, tier: TierRow): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update loyalty_tiers set name = ${tier.name}, threshold = ${tier.threshold},
          earn_multiplier_percent = ${tier.earnMultiplierPercent}, free_shipping = ${tier.freeShipping}
        where workspace_id = ${workspaceId} and id = ${tier.id} and archived_at is null
        returning id`,
  );
  return rows.length > 0;
}

export async function archiveTier(db: Db, workspaceId: string, id: string, at: Date): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update loyalty_tiers set archived_at = ${at}
        where workspace_id = ${workspaceId} and id = ${id} and archived_at is null returning id`,
  );
  return rows.length > 0;
}

export async function setCustomerTier(
  db: Db,
  workspaceId: string,
  customerId: string,
  tier: CustomerTierRow,
): Promise<void> {
  await db.execute(
    sql`insert into customer_tiers (workspace_id, customer_id, tier_id, since, review_at)
        values (${workspaceId}, ${customerId}, ${tier.tierId}, ${tier.since}, ${tier.reviewAt})
        on conflict (workspace_id, customer_id) do update
          set tier_id = excluded.tier_id, since = excluded.since, review_at = excluded.review_at`,
  );
}

export async function clearCustomerTier(db: Db, workspaceId: string, customerId: string): Promise<void> {
  await db.execute(
    sql`delete from customer_tiers where workspace_id = ${workspaceId} and customer_id = ${customerId}`,
  );
}

/** Spend in minor units (net of refunds) of completed orders in [from, to). */
export async function spendBetween(
  db: Db,
  workspaceId: string,
  customerId: string,
  from: Date,
  to: Date,
): Promise<number> {
  const row = await queryOne<{ total: number }>(
    db,
    sql`select coalesce(sum(total_minor - refunded_minor), 0)::bigint as total from loyalty_orders
        where workspace_id = ${workspaceId} and customer_id = ${customerId}
          and completed_at >= ${from} and completed_at < ${to}`,
  );
  return int(row?.total ?? 0);
}

/** Points earned (posted or pending, net of clawbacks) in [from, to). */
export async function pointsEarnedBetween(
  db: Db,
  workspaceId: string,
  customerId: string,
  from: Date,
  to: Date,
): Promise<number> {
  const row = await queryOne<{ total: number }>(
    db,
    sql`select coalesce(sum(
              case when kind in ('earn', 'bonus') then points + pending_points
                   when kind in ('clawback', 'void') then points + pending_points
                   else 0 end), 0)::bigint as total
        from points_entries
        where workspace_id = ${workspaceId} and customer_id = ${customerId}
          and occurred_at >= ${from} and occurred_at < ${to}`,
  );
  return int(row?.total ?? 0);
}

/** Customers whose tier is due for its retention review. */
export async function tiersDueForReview(
  db: Db,
  now: Date,
  limit: number,
  workspaceId: string | null,
): Promise<{ workspaceId: string; customerId: string }[]> {
  return queryRows(
    db,
    sql`select workspace_id as "workspaceId", customer_id as "customerId" from customer_tiers
        where review_at <= ${now} ${workspaceId ? sql`and workspace_id = ${workspaceId}` : sql``}
        order by review_at limit ${limit}`,
  );
}
