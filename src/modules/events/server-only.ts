import { RetainError } from '../../core/errors.js';
import { customersMergedEvent } from './retain-events.js';
import type { SegmentMessage } from './segment.js';

/**
 * Track events a publishable key may not send: its key is in the shop's public JavaScript, so
 * anyone can send what it sends. Each is one the server's consumers act on by name alone:
 * - `Order Completed`, `Order Refunded`: the orders, loyalty (points, tier), coupons and analytics
 *   consumers create and refund orders from them; a browser must not fabricate purchases.
 * - `Customers Merged`: retain's own; loyalty follows it by name, so a forged one would move a
 *   customer's points to another.
 * - The loyalty module's own events (`Points …`, `Tier Changed`, `Reward Redeemed`, `Badge
 *   Earned`): retain writes them as awards happen; a forged one would read as an award.
 * Names live here, not in their modules, which sit above events and import it.
 */
export const serverOnlyEvents: ReadonlySet<string> = new Set([
  'Order Completed',
  'Order Refunded',
  customersMergedEvent,
  'Points Earned',
  'Points Redeemed',
  'Points Expiring Soon',
  'Points Expired',
  'Tier Changed',
  'Reward Redeemed',
  'Badge Earned',
]);

/** Refuses a publishable key's message that only the shop's server may send, naming its field. */
export function refuseServerOnly(message: SegmentMessage, prefix?: string): void {
  const name = message.type === 'track' ? message.event : undefined;
  if (name === undefined || !serverOnlyEvents.has(name)) return;
  const param = prefix ? `${prefix}.event` : 'event';
  throw new RetainError(
    'event_server_only',
    `${param}: '${name}' is sent only with a secret key (sk_…), from the shop's server.`,
    { param },
  );
}
