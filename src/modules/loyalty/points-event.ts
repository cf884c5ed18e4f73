import type { NewEvent } from '../events/index.js';

/** One of loyalty's events, with a deterministic messageId (the ledger, tiers and expiry emit them). */
export function pointsEvent(
  name: string,
  uniqueId: string,
  at: Date,
  properties: Record<string, unknown>,
): NewEvent {
  const slug = name.toLowerCase().replaceAll(' ', '-');
  return {
    messageId: `retain:${slug}:${uniqueId}`,
    type: 'track',
    name,
    properties,
    occurredAt: at,
    receivedAt: at,
    source: 'retain',
  };
}
