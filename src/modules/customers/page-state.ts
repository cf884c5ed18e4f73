import type { Db } from '../../db/connection.js';
import type { LoggedEvent } from '../events/index.js';
import { resolveCustomerId } from './identity.js';
import { touchSeen } from './profile-queries.js';

/**
 * What the customers consumer remembers within one page of the log: who each identity pair
 * resolved to (forgotten at any merge), and each profile's first/last seen, written once per
 * profile at the end of the page instead of once per event.
 */
export interface PageState {
  resolved: Map<string, string>;
  seen: Map<string, { workspaceId: string; first: Date; last: Date }>;
  /** Merges made in this page, so seen times noted for a merged-away profile reach the known one. */
  merged: Map<string, string>;
}

export const newPageState = (): PageState => ({ resolved: new Map(), seen: new Map(), merged: new Map() });

export async function resolveCached(tx: Db, state: PageState, event: LoggedEvent): Promise<string> {
  const key = `${event.workspaceId}\u0000${event.userId ?? ''}\u0000${event.anonymousId ?? ''}`;
  const cached = state.resolved.get(key);
  if (cached) return cached;
  const id = await resolveCustomerId(tx, event.workspaceId, event, event.occurredAt);
  state.resolved.set(key, id);
  return id;
}

export function noteMerge(state: PageState, from: string, into: string): void {
  state.resolved.clear();
  state.merged.set(from, into);
}

export function noteSeen(state: PageState, workspaceId: string, customerId: string, at: Date): void {
  const seen = state.seen.get(customerId);
  if (!seen) state.seen.set(customerId, { workspaceId, first: at, last: at });
  else {
    if (at < seen.first) seen.first = at;
    if (at > seen.last) seen.last = at;
  }
}

export async function flushSeen(tx: Db, state: PageState): Promise<void> {
  for (const [id, seen] of state.seen) {
    let target = id;
    while (state.merged.has(target)) target = state.merged.get(target)!;
    await touchSeen(tx, seen.workspaceId, target, seen.first, seen.last);
  }
}
