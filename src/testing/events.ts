import { randomUUID } from 'node:crypto';
import { appendEvents, drainConsumers, type NewEvent } from '../modules/events/index.js';
import type { Db } from '../db/connection.js';
import { consumers } from '../server/consumers.js';

/** A Segment-style event for tests: a fresh messageId, and a time unless one is given. */
function event(fields: Partial<NewEvent> & Pick<NewEvent, 'type'>): NewEvent {
  const at = fields.occurredAt ?? new Date('2026-03-01T10:00:00Z');
  return { messageId: randomUUID(), occurredAt: at, receivedAt: at, ...fields };
}

export const track = (name: string, fields: Partial<NewEvent> = {}) =>
  event({ type: 'track', name, ...fields });
export const identify = (fields: Partial<NewEvent>) => event({ type: 'identify', ...fields });

/** Appends to the log and lets every consumer apply it, as the server would. */
export async function ingest(db: Db, workspaceId: string, events: NewEvent[]): Promise<void> {
  await appendEvents(db, workspaceId, events);
  await drainConsumers(db, consumers);
}
