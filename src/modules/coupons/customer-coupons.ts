import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { newestFirst, type KeysetPage } from '../../db/keyset.js';
import { presentCode, presentCoupon, requireCustomer, type Coupon, type CouponCode } from './coupons.js';
import type { CodeStatus } from './issue.js';
import type { CodeRow, CouponRow } from './queries.js';
import { couponCodes, coupons } from './schema.js';

export interface CustomerCoupon extends Coupon {
  codes: (CouponCode & { status: CodeStatus })[];
}

async function customerCouponRows(
  db: Db,
  workspaceId: string,
  customerId: string,
  page: KeysetPage,
): Promise<CouponRow[]> {
  return newestFirst(
    db.select().from(coupons).$dynamic(),
    coupons.id,
    and(eq(coupons.workspaceId, workspaceId), eq(coupons.customerId, customerId)),
    page,
  );
}

async function codesOf(db: Db, workspaceId: string, couponIds: string[]): Promise<CodeRow[]> {
  if (!couponIds.length) return [];
  return db
    .select()
    .from(couponCodes)
    .where(and(eq(couponCodes.workspaceId, workspaceId), inArray(couponCodes.couponId, couponIds)))
    .orderBy(couponCodes.id);
}

const statusOf = (code: CodeRow): CodeStatus =>
  code.timesRedeemed > 0 ? 'used' : code.voidedAt ? 'voided' : 'unused';

/**
 * The coupons only this customer may use (the shop's own, and those their rewards issued), newest
 * first, each with its codes and whether each is unused, used or voided: what customer service
 * reads out when a customer asks for their code.
 */
export async function customerCoupons(
  db: Db,
  workspaceId: string,
  ref: string,
  page: KeysetPage,
): Promise<CustomerCoupon[]> {
  const customerId = await requireCustomer(db, workspaceId, ref, 'id');
  const rows = await customerCouponRows(db, workspaceId, customerId, page);
  const codes = await codesOf(
    db,
    workspaceId,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    ...presentCoupon(row),
    codes: codes
      .filter((code) => code.couponId === row.id)
      .map((code) => ({ ...presentCode(code), status: statusOf(code) })),
  }));
}
