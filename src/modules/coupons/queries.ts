import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { newestFirst, type KeysetPage } from '../../db/keyset.js';
import { couponCodes, couponRedemptions, coupons } from './schema.js';

export type CouponRow = typeof coupons.$inferSelect;
export type CodeRow = typeof couponCodes.$inferSelect;
export type RedemptionRow = typeof couponRedemptions.$inferSelect;

export async function insertCoupon(db: Db, row: typeof coupons.$inferInsert): Promise<CouponRow> {
  const [created] = await db.insert(coupons).values(row).returning();
  return created!;
}

/** Inserts the codes that are free; a taken code (a collision or a reused custom code) is skipped. */
export async function insertCodes(db: Db, rows: (typeof couponCodes.$inferInsert)[]): Promise<CodeRow[]> {
  if (rows.length === 0) return [];
  return db
    .insert(couponCodes)
    .values(rows)
    .onConflictDoNothing({ target: [couponCodes.workspaceId, couponCodes.code] })
    .returning();
}

export async function findCoupon(db: Db, workspaceId: string, id: string): Promise<CouponRow | undefined> {
  const [row] = await db
    .select()
    .from(coupons)
    .where(and(eq(coupons.workspaceId, workspaceId), eq(coupons.id, id)));
  return row;
}

/** Newest first, shop-made coupons unless `source` says otherwise. */
export async function listCouponRows(
  db: Db,
  workspaceId: string,
  source: CouponRow['source'],
  page: KeysetPage,
): Promise<CouponRow[]> {
  return newestFirst(
    db.select().from(coupons).$dynamic(),
    coupons.id,
    and(eq(coupons.workspaceId, workspaceId), eq(coupons.source, source)),
    page,
  );
}

export async function updateCouponRow(
  db: Db,
  workspaceId: string,
  id: string,
  changes: Partial<Pick<CouponRow, 'name' | 'expiresAt' | 'voidedAt'>>,
): Promise<CouponRow | undefined> {
  const [row] = await db
    .update(coupons)
    .set(changes)
    .where(and(eq(coupons.workspaceId, workspaceId), eq(coupons.id, id)))
    .returning();
  return row;
}

export async function listCodeRows(
  db: Db,
  workspaceId: string,
  couponId: string,
  page: KeysetPage,
): Promise<CodeRow[]> {
  return newestFirst(
    db.select().from(couponCodes).$dynamic(),
    couponCodes.id,
    and(eq(couponCodes.workspaceId, workspaceId), eq(couponCodes.couponId, couponId)),
    page,
  );
}

export async function findCodeRows(db: Db, workspaceId: string, ids: string[]): Promise<CodeRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(couponCodes)
    .where(and(eq(couponCodes.workspaceId, workspaceId), inArray(couponCodes.id, ids)));
}

/** A code and its coupon; with `lock`, both rows stay locked (code first, then coupon) until commit. */
export async function findCodeWithCoupon(
  db: Db,
  workspaceId: string,
  code: string,
  lock: boolean,
): Promise<{ code: CodeRow; coupon: CouponRow } | undefined> {
  const where = and(eq(couponCodes.workspaceId, workspaceId), eq(couponCodes.code, code));
  const [codeRow] = lock
    ? await db.select().from(couponCodes).where(where).for('update')
    : await db.select().from(couponCodes).where(where);
  if (!codeRow) return undefined;
  const couponWhere = and(eq(coupons.workspaceId, workspaceId), eq(coupons.id, codeRow.couponId));
  const [coupon] = lock
    ? await db.select().from(coupons).where(couponWhere).for('update')
    : await db.select().from(coupons).where(couponWhere);
  return coupon ? { code: codeRow, coupon } : undefined;
}

export async function lockCodeRow(db: Db, workspaceId: string, id: string): Promise<CodeRow | undefined> {
  const [row] = await db
    .select()
    .from(couponCodes)
    .where(and(eq(couponCodes.workspaceId, workspaceId), eq(couponCodes.id, id)))
    .for('update');
  return row;
}

export async function countCustomerUses(
  db: Db,
  workspaceId: string,
  couponId: string,
  customerId: string,
): Promise<number> {
  const [row] = await db
    .select({ uses: sql<number>`count(*)::int` })
    .from(couponRedemptions)
    .where(
      and(
        eq(couponRedemptions.workspaceId, workspaceId),
        eq(couponRedemptions.couponId, couponId),
        eq(couponRedemptions.customerId, customerId),
      ),
    );
  return row?.uses ?? 0;
}

export async function findRedemptionOfOrder(
  db: Db,
  workspaceId: string,
  codeId: string,
  orderId: string,
): Promise<RedemptionRow | undefined> {
  const [row] = await db
    .select()
    .from(couponRedemptions)
    .where(
      and(
        eq(couponRedemptions.workspaceId, workspaceId),
        eq(couponRedemptions.codeId, codeId),
        eq(couponRedemptions.orderId, orderId),
      ),
    );
  return row;
}

/** Records a use and counts it on the code and the coupon (the caller holds both rows locked). */
export async function insertRedemption(
  db: Db,
  row: typeof couponRedemptions.$inferInsert,
): Promise<RedemptionRow> {
  const [created] = await db.insert(couponRedemptions).values(row).returning();
  await db
    .update(couponCodes)
    .set({ timesRedeemed: sql`${couponCodes.timesRedeemed} + 1` })
    .where(and(eq(couponCodes.workspaceId, row.workspaceId), eq(couponCodes.id, row.codeId)));
  await db
    .update(coupons)
    .set({ timesRedeemed: sql`${coupons.timesRedeemed} + 1` })
    .where(and(eq(coupons.workspaceId, row.workspaceId), eq(coupons.id, row.couponId)));
  return created!;
}

export async function markCodeVoided(db: Db, workspaceId: string, id: string, at: Date): Promise<void> {
  await db
    .update(couponCodes)
    .set({ voidedAt: at })
    .where(and(eq(couponCodes.workspaceId, workspaceId), eq(couponCodes.id, id)));
}

/** A merged profile's coupons and uses belong to the profile it merged into. */
export async function repointCustomer(
  db: Db,
  workspaceId: string,
  fromId: string,
  intoId: string,
): Promise<void> {
  await db
    .update(coupons)
    .set({ customerId: intoId })
    .where(and(eq(coupons.workspaceId, workspaceId), eq(coupons.customerId, fromId)));
  await db
    .update(couponRedemptions)
    .set({ customerId: intoId })
    .where(and(eq(couponRedemptions.workspaceId, workspaceId), eq(couponRedemptions.customerId, fromId)));
}
