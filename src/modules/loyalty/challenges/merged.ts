import type { LoggedEvent } from '../../events/index.js';
import { customersMergedEvent } from '../../events/index.js';

/** `Customers Merged` (an anonymous profile joined a known one, emitted by customers): who into whom. */
export function mergedProfiles(event: LoggedEvent): { from: string; into: string } | null {
  if (event.type !== 'track' || event.name !== customersMergedEvent || event.source !== 'retain') return null;
  const { from_customer_id: from, into_customer_id: into } = event.properties;
  return typeof from === 'string' && typeof into === 'string' ? { from, into } : null;
}
