// Browsers' web-push subscriptions, one row per endpoint: the browser subscribes through the
// storefront (publishable key) or the shop's server (secret key), and the dispatcher sends to every
// subscription of a customer. A push service's 404 or 410 means the browser dropped it: the
// dispatcher deletes it then.
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { invalidParameter, notFound } from '../../core/errors.js';
import { hasPrefix } from '../../core/ids.js';
import {
  identityLengthMax,
  pushEndpointLengthMax,
  pushSubscriptionsPerCustomerMax,
} from '../../core/limits.js';
import type { Db } from '../../db/connection.js';
import { findCustomerRef, resolveCustomerId } from '../customers/index.js';
import { pushSubscriptions } from './schema.js';

interface PushSubscriptionKeys {
  p256dh: string;
  auth: string;
}

/** What the dispatcher hands the push adapter (Recipient.pushSubscription). */
export interface PushTarget {
  endpoint: string;
  keys: PushSubscriptionKeys;
}

export interface PushSubscription {
  object: 'push_subscription';
  endpoint: string;
  customer: string;
  created_at: string;
}

type PushRow = typeof pushSubscriptions.$inferSelect;

const present = (row: PushRow): PushSubscription => ({
  object: 'push_subscription',
  endpoint: row.endpoint,
  customer: row.customerId,
  created_at: row.createdAt.toISOString(),
});

/** Base64url (padding tolerated, as browsers' `toJSON()` never pads) decoding to `bytes` bytes. */
function keyOf(value: string, bytes: number, param: string, what: string): string {
  const unpadded = value.replace(/=+$/, '');
  if (!/^[A-Za-z0-9_-]+$/.test(unpadded) || Buffer.from(unpadded, 'base64url').length !== bytes) {
    throw invalidParameter(
      param,
      `${param} is not ${what}, base64url-encoded as PushSubscription.toJSON() gives it.`,
    );
  }
  return unpadded;
}

function endpointOf(value: string, param = 'subscription.endpoint'): string {
  const url = value.length <= pushEndpointLengthMax && URL.canParse(value) ? new URL(value) : null;
  if (!url || url.protocol !== 'https:') {
    throw invalidParameter(param, `${param} must be the https URL of the browser's push service.`);
  }
  return value;
}

/** A `cus_…` id must exist; a userId finds its customer, or makes one as an event would. */
async function customerIdOf(tx: Db, workspaceId: string, ref: string, at: Date): Promise<string> {
  const found = await findCustomerRef(tx, workspaceId, ref);
  if (found) return found;
  if (hasPrefix(ref, 'customer')) throw notFound('customer', ref, 'customer');
  return resolveCustomerId(tx, workspaceId, { userId: ref }, at);
}

export interface SubscribeInput {
  customer: string;
  subscription: { endpoint: string; keys: PushSubscriptionKeys };
}

/**
 * Saves a browser's subscription for a customer. The endpoint is the key: a browser that
 * subscribes again (new keys, or another customer signed in) replaces its row.
 */
export async function savePushSubscription(
  db: Db,
  workspaceId: string,
  input: SubscribeInput,
  at: Date,
): Promise<PushSubscription> {
  const endpoint = endpointOf(input.subscription.endpoint);
  // RFC 8291: p256dh is the browser's uncompressed P-256 public key (65 bytes), auth its 16-byte secret.
  const p256dh = keyOf(input.subscription.keys.p256dh, 65, 'subscription.keys.p256dh', 'a P-256 public key');
  const auth = keyOf(input.subscription.keys.auth, 16, 'subscription.keys.auth', 'a 16-byte secret');
  if (input.customer.length > identityLengthMax) throw invalidParameter('customer', 'customer is too long.');
  return db.transaction(async (tx) => {
    const customerId = await customerIdOf(tx, workspaceId, input.customer, at);
    const [row] = await tx
      .insert(pushSubscriptions)
      .values({ workspaceId, endpoint, customerId, p256dh, auth, createdAt: at })
      .onConflictDoUpdate({
        target: [pushSubscriptions.workspaceId, pushSubscriptions.endpoint],
        set: { customerId, p256dh, auth, createdAt: at },
      })
      .returning();
    // The oldest go past the cap: a customer who keeps subscribing new browsers keeps the latest.
    await tx.execute(
      sql`delete from push_subscriptions where workspace_id = ${workspaceId} and customer_id = ${customerId}
            and endpoint not in (select endpoint from push_subscriptions
                                  where workspace_id = ${workspaceId} and customer_id = ${customerId}
                                  order by created_at desc, endpoint limit ${pushSubscriptionsPerCustomerMax})`,
    );
    return present(row!);
  });
}

/** Deletes a subscription; true when there was one. The dispatcher calls it on a 404 or 410. */
export async function removePushSubscription(
  tx: Db,
  workspaceId: string,
  endpoint: string,
): Promise<boolean> {
  const deleted = await tx
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.workspaceId, workspaceId), eq(pushSubscriptions.endpoint, endpoint)))
    .returning({ endpoint: pushSubscriptions.endpoint });
  return deleted.length > 0;
}

/** The API's unsubscribe: the browser names its endpoint. */
export async function deletePushSubscription(
  db: Db,
  workspaceId: string,
  endpoint: string,
): Promise<{ object: 'push_subscription'; endpoint: string; deleted: true }> {
  if (!(await removePushSubscription(db, workspaceId, endpoint))) {
    throw notFound('push subscription', endpoint, 'endpoint');
  }
  return { object: 'push_subscription', endpoint, deleted: true };
}

/** A customer's subscriptions, by endpoint, `limit + 1` of them (the caller pages). */
export async function listPushSubscriptions(
  db: Db,
  workspaceId: string,
  ref: string,
  options: { limit: number; starting_after?: string | undefined },
): Promise<PushSubscription[]> {
  const customerId = await findCustomerRef(db, workspaceId, ref);
  if (!customerId) throw notFound('customer', ref);
  const rows = await db
    .select()
    .from(pushSubscriptions)
    .where(
      and(
        eq(pushSubscriptions.workspaceId, workspaceId),
        eq(pushSubscriptions.customerId, customerId),
        options.starting_after ? gt(pushSubscriptions.endpoint, options.starting_after) : undefined,
      ),
    )
    .orderBy(asc(pushSubscriptions.endpoint))
    .limit(options.limit + 1);
  return rows.map(present);
}

/** Every subscription of these customers, for the dispatcher's batch: customer id → targets. */
export async function pushSubscriptionsOf(
  db: Db,
  workspaceId: string,
  customerIds: readonly string[],
): Promise<Map<string, PushTarget[]>> {
  const targets = new Map<string, PushTarget[]>();
  if (customerIds.length === 0) return targets;
  const rows = await db
    .select()
    .from(pushSubscriptions)
    .where(
      and(
        eq(pushSubscriptions.workspaceId, workspaceId),
        sql`${pushSubscriptions.customerId} = any(${sql.param([...new Set(customerIds)])}::text[])`,
      ),
    )
    .orderBy(asc(pushSubscriptions.customerId), asc(pushSubscriptions.endpoint));
  for (const row of rows) {
    const target = { endpoint: row.endpoint, keys: { p256dh: row.p256dh, auth: row.auth } };
    targets.set(row.customerId, [...(targets.get(row.customerId) ?? []), target]);
  }
  return targets;
}
