import { notFound } from '../../../core/errors.js';
import type { Db } from '../../../db/connection.js';
import { findCustomerRef } from '../../customers/index.js';
import type { EntryRow } from './ledger.queries.js';
import { reasonDetail } from './reason.js';

// A ledger entry as the API shows it, and the customer a path names; the customer's status,
// the activity feed and manual adjustments answer with the same shape.

export async function customerIdOrThrow(db: Db, workspaceId: string, ref: string): Promise<string> {
  const id = await findCustomerRef(db, workspaceId, ref);
  if (!id) throw notFound('customer', ref);
  return id;
}

export function presentEntry(entry: EntryRow) {
  return {
    object: 'points_transaction' as const,
    id: entry.id,
    customer_id: entry.customerId,
    kind: entry.kind,
    points: entry.points,
    pending_points: entry.pendingPoints,
    balance_after: entry.balanceAfter,
    pending_after: entry.pendingAfter,
    requested_points: entry.requestedPoints,
    reason: entry.reason,
    reason_detail: reasonDetail(entry.sourceType, entry.reason),
    source: { type: entry.sourceType, id: entry.sourceId },
    related_transaction_id: entry.relatedEntryId,
    rule: entry.ruleId ? { id: entry.ruleId, version: entry.ruleVersion } : null,
    actor: entry.actor,
    occurred_at: entry.occurredAt.toISOString(),
  };
}

export type PointsTransaction = ReturnType<typeof presentEntry>;
