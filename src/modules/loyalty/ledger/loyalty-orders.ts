import { sql } from 'drizzle-orm';
import { date, int } from '../rows.js';

// An order as loyalty saw it complete (earning records it); the ledger reads it back to claw
// back a refund's points, so its shape lives here, below both.

export interface LoyaltyOrderRow {
  orderId: string;
  customerId: string;
  currency: string;
  totalMinor: number;
  refundedMinor: number;
  completedAt: Date;
}

/** The columns of a `LoyaltyOrderRow`, and the row as the engines answer it. */
export const loyaltyOrderColumns = sql`order_id as "orderId", customer_id as "customerId", currency,
  total_minor as "totalMinor", refunded_minor as "refundedMinor", completed_at as "completedAt"`;

export function loyaltyOrderOf(row: Record<string, unknown>): LoyaltyOrderRow {
  return {
    orderId: row.orderId as string,
    customerId: row.customerId as string,
    currency: row.currency as string,
    totalMinor: int(row.totalMinor),
    refundedMinor: int(row.refundedMinor),
    completedAt: date(row.completedAt),
  };
}
