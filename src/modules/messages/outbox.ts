// The one way a message comes to exist. A producer (the API, a journey step, a broadcast, a
// survey) calls enqueueMessages inside its own transaction, beside its own state change: both
// commit or neither does, and the unique dedupe key makes a second insert of the same intention
// return the first message instead of a twin.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { newId } from '../../core/ids.js';
import { pgArray } from '../../db/arrays.js';
import { queryRows, type Db } from '../../db/connection.js';
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
  // One statement whatever the batch's size: its columns travel as arrays (a journey's page of
  // entries enqueues thousands at once; a row of parameters each would pass PostgreSQL's 65,535).
  const column = <T>(pick: (message: NewMessage) => T) => batch.map(pick);
  const inserted = await queryRows<{ id: string; dedupeKey: string }>(
    tx,
    sql`insert into messages (id, workspace_id, customer_id, channel, template_id, template_version, data, priority,
          priority_rank, topic, status, send_after, expires_at, producer_kind, producer_id, dedupe_key, created_at,
          updated_at)
        select u.id, ${workspaceId}, u.customer_id, u.channel, u.template_id, u.template_version, u.data::jsonb,
          u.priority, u.priority_rank, u.topic, 'queued', u.send_after, u.expires_at, u.producer_kind, u.producer_id,
          u.dedupe_key, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
        from unnest(${pgArray(
          column(() => newId('message')),
          'text',
        )}, ${pgArray(
          column((message) => message.customerId),
          'text',
        )}, ${pgArray(
          column((message) => message.channel),
          'text',
        )}, ${pgArray(
          column((message) => message.templateId),
          'text',
        )}, ${pgArray(
          column((message) => message.templateVersion),
          'int',
        )}, ${pgArray(
          column((message) => JSON.stringify(message.data)),
          'text',
        )}, ${pgArray(
          column((message) => message.priority),
          'text',
        )}, ${pgArray(
          column((message) => priorityRank[message.priority]),
          'int',
        )}, ${pgArray(
          column((message) => message.topic ?? null),
          'text',
        )}, ${pgArray(
          column((message) => (message.sendAfter ?? now).toISOString()),
          'timestamptz',
        )}, ${pgArray(
          column((message) => message.expiresAt?.toISOString() ?? null),
          'timestamptz',
        )}, ${pgArray(
          column((message) => message.producer.kind),
          'text',
        )}, ${pgArray(
          column((message) => message.producer.id ?? null),
          'text',
        )}, ${pgArray(
          column((message) => message.dedupeKey),
          'text',
        )}) as u(id, customer_id, channel, template_id, template_version, data, priority, priority_rank, topic,
          send_after, expires_at, producer_kind, producer_id, dedupe_key)
        on conflict (workspace_id, dedupe_key) do nothing
        returning id, dedupe_key as "dedupeKey"`,
  );
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
