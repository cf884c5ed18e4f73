// The one way a message comes to exist. A producer (the API, a journey step, a broadcast, a
// survey) calls enqueueMessages inside its own transaction, beside its own state change: both
// commit or neither does, and the unique dedupe key makes a second insert of the same intention
// return the first message instead of a twin.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { newId } from '../../core/ids.js';
import type { Db } from '../../db/connection.js';
import type { ChannelKind } from './channels/index.js';
import { priorityRank, type MessagePriority } from './pacing/index.js';
import { messages } from './schema.js';

export interface NewMessage {
  customerId: string;
  channel: ChannelKind;
  templateId: string;
  templateVersion: number;
  data: Record<string, unknown>;
  priority: MessagePriority;
  topic?: string | null;
  sendAfter?: Date;
  expiresAt?: Date | null;
  producer: {
    kind: 'api' | 'journey' | 'broadcast' | 'survey' | 'referral' | 'consent' | 'test';
    id?: string | null;
  };
  dedupeKey: string;
}

export interface Enqueued {
  id: string;
  dedupeKey: string;
  /** false: a message with this dedupe key already existed, and this is it. */
  created: boolean;
}

export async function enqueueMessages(
  tx: Db,
  workspaceId: string,
  batch: readonly NewMessage[],
  now: Date,
): Promise<Enqueued[]> {
  if (batch.length === 0) return [];
  const rows = batch.map((message) => ({
    id: newId('message'),
    workspaceId,
    customerId: message.customerId,
    channel: message.channel,
    templateId: message.templateId,
    templateVersion: message.templateVersion,
    data: message.data,
    priority: message.priority,
    priorityRank: priorityRank[message.priority],
    topic: message.topic ?? null,
    status: 'queued' as const,
    sendAfter: message.sendAfter ?? now,
    expiresAt: message.expiresAt ?? null,
    producerKind: message.producer.kind,
    producerId: message.producer.id ?? null,
    dedupeKey: message.dedupeKey,
    createdAt: now,
    updatedAt: now,
  }));
  const inserted = await tx
    .insert(messages)
    .values(rows)
    .onConflictDoNothing({ target: [messages.workspaceId, messages.dedupeKey] })
    .returning({ id: messages.id, dedupeKey: messages.dedupeKey });
  const created = new Map(inserted.map((row) => [row.dedupeKey, row.id]));
  const missing = batch.map((message) => message.dedupeKey).filter((key) => !created.has(key));
  const existing = missing.length
    ? await tx
        .select({ id: messages.id, dedupeKey: messages.dedupeKey })
        .from(messages)
        .where(and(eq(messages.workspaceId, workspaceId), inArray(messages.dedupeKey, missing)))
    : [];
  const earlier = new Map(existing.map((row) => [row.dedupeKey, row.id]));
  return batch.map((message) => {
    const id = created.get(message.dedupeKey);
    return id
      ? { id, dedupeKey: message.dedupeKey, created: true }
      : { id: earlier.get(message.dedupeKey)!, dedupeKey: message.dedupeKey, created: false };
  });
}

export const dispatcherChannel = 'retain_messages';

/** Wakes dispatchers in every process (they also poll), once the enqueuing transaction commits. */
export async function notifyDispatchers(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_notify(${dispatcherChannel}, '')`);
}
