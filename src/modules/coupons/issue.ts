import { newId } from '../../core/ids.js';
import type { Db } from '../../db/connection.js';
import { drawCodes, type DiscountTerms } from './coupons.js';
import { findCodeRows, insertCoupon, lockCodeRow, markCodeVoided } from './queries.js';

// What other modules (loyalty rewards) use to hand a customer a code and take it back.

export interface IssueRequest extends DiscountTerms {
  name: string;
  currency: string;
  customerId: string;
  minimumOrderMinor: number | null;
  expiresAt: Date | null;
}

export interface IssuedCoupon {
  couponId: string;
  codeId: string;
  code: string;
}

/**
 * A coupon of its own terms, usable once and by this customer only, with one fresh code. Pass
 * the transaction handle so the code exists only if the caller's effects (the spend) commit.
 */
export async function issueCoupon(
  tx: Db,
  workspaceId: string,
  request: IssueRequest,
  at: Date,
): Promise<IssuedCoupon> {
  const coupon = await insertCoupon(tx, {
    id: newId('coupon'),
    workspaceId,
    name: request.name,
    kind: request.kind,
    amountOffMinor: request.amountOffMinor,
    percentOff: request.percentOff,
    productId: request.productId,
    currency: request.currency,
    minimumOrderMinor: request.minimumOrderMinor,
    expiresAt: request.expiresAt,
    redemptionsMax: 1,
    customerId: request.customerId,
    source: 'reward',
    createdAt: at,
  });
  const [code] = await drawCodes(tx, coupon, 1, 1, at);
  return { couponId: coupon.id, codeId: code!.id, code: code!.code };
}

/** Voids a code nobody has used; a used code stays as it is (`used`). Locks the code row. */
export async function voidUnusedCode(
  tx: Db,
  workspaceId: string,
  codeId: string,
  at: Date,
): Promise<{ voided: true } | { voided: false; reason: 'used' | 'unknown' }> {
  const code = await lockCodeRow(tx, workspaceId, codeId);
  if (!code) return { voided: false, reason: 'unknown' };
  if (code.timesRedeemed > 0) return { voided: false, reason: 'used' };
  if (!code.voidedAt) await markCodeVoided(tx, workspaceId, codeId, at);
  return { voided: true };
}

export type CodeStatus = 'unused' | 'used' | 'voided';

/** Whether each code was used at checkout, voided, or is still waiting. */
export async function codeStatuses(
  db: Db,
  workspaceId: string,
  codeIds: string[],
): Promise<Map<string, CodeStatus>> {
  const rows = await findCodeRows(db, workspaceId, codeIds);
  return new Map(
    rows.map(
      (code) => [code.id, code.timesRedeemed > 0 ? 'used' : code.voidedAt ? 'voided' : 'unused'] as const,
    ),
  );
}
