import { sql } from 'drizzle-orm';
import { pgArray } from '../../../db/arrays.js';
import { queryOne, queryRows, type Db } from '../../../db/connection.js';
import { date } from '../rows.js';
import { loyaltyOrderColumns, loyaltyOrderOf, type LoyaltyOrderRow } from '../ledger/index.js';

/** Records an order once; false when loyalty has already seen this order_id. */
export async function insertLoyaltyOrder(
  tx: Db,
  workspaceId: string,
  order: LoyaltyOrderRow,
): Promise<boolean> {
  const rows = await queryRows(
    tx,
    sql`insert into loyalty_orders (workspace_id, order_id, customer_id, currency, total_minor, refunded_minor,
          completed_at)
        values (${workspaceId}, ${order.orderId}, ${order.customerId}, ${order.currency}, ${order.totalMinor}, 0,
          ${order.completedAt})
        on conflict (workspace_id, order_id) do nothing returning order_id`,
  );
  return rows.length > 0;
}

export async function lockLoyaltyOrder(
  tx: Db,
  workspaceId: string,
  orderId: string,
): Promise<LoyaltyOrderRow | undefined> {
  const row = await queryOne<Record<string, unknown>>(
    tx,
    sql`select ${loyaltyOrderColumns}
        from loyalty_orders where workspace_id = ${workspaceId} and order_id = ${orderId} for update`,
  );
  return row && loyaltyOrderOf(row);
}

/** Records a refund of the order under its key; false when that refund was applied before. */
export async function recordOrderRefund(
  tx: Db,
  workspaceId: string,
  orderId: string,
  refundKey: string,
  amountMinor: number,
  at: Date,
): Promise<boolean> {
  const rows = await queryRows(
    tx,
    sql`insert into loyalty_order_refunds (workspace_id, order_id, refund_key, amount_minor, applied_at)
        values (${workspaceId}, ${orderId}, ${refundKey}, ${amountMinor}, ${at})
        on conflict do nothing returning refund_key`,
  );
  return rows.length > 0;
}

export async function setOrderRefunded(
  tx: Db,
  workspaceId: string,
  orderId: string,
  refundedMinor: number,
): Promise<void> {
  await tx.execute(
    sql`update loyalty_orders set refunded_minor = ${refundedMinor}
        where workspace_id = ${workspaceId} and order_id = ${orderId}`,
  );
}

export async function repointLoyaltyOrders(
  tx: Db,
  workspaceId: string,
  from: string,
  into: string,
): Promise<void> {
  await tx.execute(
    sql`update loyalty_orders set customer_id = ${into}
        where workspace_id = ${workspaceId} and customer_id = ${from}`,
  );
}

export async function findTraits(
  db: Db,
  workspaceId: string,
  customerId: string,
): Promise<Record<string, unknown>> {
  const row = await queryOne<{ traits: Record<string, unknown> | string }>(
    db,
    sql`select traits from loyalty_profiles where workspace_id = ${workspaceId} and customer_id = ${customerId}`,
  );
  if (!row) return {};
  return typeof row.traits === 'string' ? (JSON.parse(row.traits) as Record<string, unknown>) : row.traits;
}

/** Merges new traits over the stored ones (jsonb ||) and keeps the birthday's month-day. */
async function rememberTraits(
  tx: Db,
  workspaceId: string,
  customerId: string,
  traits: Record<string, unknown>,
  monthDay: string | null,
): Promise<void> {
  await tx.execute(
    sql`insert into loyalty_profiles (workspace_id, customer_id, traits, month_day)
        values (${workspaceId}, ${customerId}, ${JSON.stringify(traits)}::jsonb, ${monthDay})
        on conflict (workspace_id, customer_id) do update
          set traits = loyalty_profiles.traits || excluded.traits,
              month_day = coalesce(excluded.month_day, loyalty_profiles.month_day)`,
  );
}

/** A merged profile's traits fill the gaps of the one it merged into; the merged row goes. */
export async function mergeProfilesTraits(
  tx: Db,
  workspaceId: string,
  from: string,
  into: string,
): Promise<void> {
  const traits = await findTraits(tx, workspaceId, from);
  const monthDay = await queryOne<{ monthDay: string | null }>(
    tx,
    sql`select month_day as "monthDay" from loyalty_profiles where workspace_id = ${workspaceId} and customer_id = ${from}`,
  );
  if (!monthDay) return;
  const kept = await findTraits(tx, workspaceId, into);
  await rememberTraits(tx, workspaceId, into, { ...traits, ...kept }, null);
  await tx.execute(
    sql`update loyalty_profiles set month_day = coalesce(month_day, ${monthDay.monthDay})
        where workspace_id = ${workspaceId} and customer_id = ${into}`,
  );
  await tx.execute(
    sql`delete from loyalty_profiles where workspace_id = ${workspaceId} and customer_id = ${from}`,
  );
}

export async function holdEarlyRefund(
  tx: Db,
  workspaceId: string,
  orderId: string,
  eventId: string,
  properties: Record<string, unknown>,
  at: Date,
): Promise<void> {
  await tx.execute(
    sql`insert into loyalty_early_refunds (workspace_id, order_id, event_id, properties, occurred_at)
        values (${workspaceId}, ${orderId}, ${eventId}, ${JSON.stringify(properties)}::jsonb, ${at})
        on conflict do nothing`,
  );
}

/** Which of these orders have refunds held for them (read once per page, not once per order). */
export async function ordersWithHeldRefunds(
  db: Db,
  workspaceId: string,
  orderIds: string[],
): Promise<Set<string>> {
  if (orderIds.length === 0) return new Set();
  const rows = await queryRows<{ orderId: string }>(
    db,
    sql`select distinct order_id as "orderId" from loyalty_early_refunds
        where workspace_id = ${workspaceId} and order_id = any(${pgArray(orderIds, 'text')})`,
  );
  return new Set(rows.map((r) => r.orderId));
}

/** The refunds held for an order, oldest first, removed as they are taken. */
export async function takeEarlyRefunds(
  tx: Db,
  workspaceId: string,
  orderId: string,
): Promise<{ eventId: string; properties: Record<string, unknown>; occurredAt: Date }[]> {
  const rows = await queryRows<{
    eventId: string;
    properties: Record<string, unknown> | string;
    occurredAt: unknown;
  }>(
    tx,
    sql`delete from loyalty_early_refunds where workspace_id = ${workspaceId} and order_id = ${orderId}
        returning event_id as "eventId", properties, occurred_at as "occurredAt"`,
  );
  return rows
    .map((r) => ({
      eventId: r.eventId,
      properties:
        typeof r.properties === 'string'
          ? (JSON.parse(r.properties) as Record<string, unknown>)
          : r.properties,
      occurredAt: date(r.occurredAt),
    }))
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.eventId.localeCompare(b.eventId));
}
