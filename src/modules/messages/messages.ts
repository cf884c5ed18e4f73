// Messages as the API shows them, and the API's way to produce one (POST /v1/messages): the same
// outbox every producer uses, with the request's Idempotency-Key as the dedupe key when it has one.
import { and, desc, eq, lt } from 'drizzle-orm';
import { newId } from '../../core/ids.js';
import { RetainError } from '../../core/errors.js';
import type { Db } from '../../db/connection.js';
import { findCustomerRef } from '../customers/index.js';
import type { ChannelKind } from './channels/index.js';
import { enqueueMessages, notifyDispatchers } from './outbox.js';
import type { MessagePriority } from './pacing/index.js';
import { messages } from './schema.js';
import { templateForSending } from './template-store.js';

type MessageRow = typeof messages.$inferSelect;

export interface MessageView {
  object: 'message';
  id: string;
  customer: string;
  channel: string;
  template: string;
  template_version: number;
  priority: MessagePriority;
  topic: string | null;
  status: MessageRow['status'];
  reason: string | null;
  send_after: string;
  expires_at: string | null;
  producer: { kind: string; id: string | null };
  dedupe_key: string;
  attempts: number;
  address: string | null;
  provider: string | null;
  provider_message_id: string | null;
  subject: string | null;
  decisions: Record<string, unknown>[];
  /** The rendered message, kept for the in-app inbox and the development outbox. */
  content: Record<string, unknown> | null;
  created: string;
  sent_at: string | null;
  delivered_at: string | null;
  opened_at: string | null;
  clicked_at: string | null;
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function presentMessage(row: MessageRow): MessageView {
  return {
    object: 'message',
    id: row.id,
    customer: row.customerId,
    channel: row.channel,
    template: row.templateId,
    template_version: row.templateVersion,
    priority: row.priority,
    topic: row.topic,
    status: row.status,
    reason: row.reason,
    send_after: row.sendAfter.toISOString(),
    expires_at: iso(row.expiresAt),
    producer: { kind: row.producerKind, id: row.producerId },
    dedupe_key: row.dedupeKey,
    attempts: row.attempts,
    address: row.address,
    provider: row.provider,
    provider_message_id: row.providerMessageId,
    subject: row.subject,
    decisions: row.decisions,
    content: row.content,
    created: row.createdAt.toISOString(),
    sent_at: iso(row.sentAt),
    delivered_at: iso(row.deliveredAt),
    opened_at: iso(row.openedAt),
    clicked_at: iso(row.clickedAt),
  };
}

export interface SendRequest {
  customer: string;
  template: string;
  priority: MessagePriority;
  data?: Record<string, unknown> | undefined;
  topic?: string | null | undefined;
  send_at?: string | undefined;
  expires_at?: string | undefined;
  dedupe_key?: string | undefined;
}

/** Enqueues one message for the dispatcher; a dedupe key seen before answers the first message. */
export async function sendMessage(
  db: Db,
  workspaceId: string,
  request: SendRequest,
  options: { now: Date; idempotencyKey: string | undefined },
): Promise<{ message: MessageView; created: boolean }> {
  const customerId = await findCustomerRef(db, workspaceId, request.customer);
  if (!customerId)
    throw new RetainError('resource_missing', `No customer is known as '${request.customer}'.`, {
      param: 'customer',
    });
  const template = await templateForSending(db, workspaceId, request.template);
  const sendAfter = request.send_at ? new Date(request.send_at) : options.now;
  const expiresAt = request.expires_at ? new Date(request.expires_at) : null;
  if (expiresAt && expiresAt <= sendAfter) {
    throw new RetainError('parameter_invalid', 'expires_at must be after send_at (or after now).', {
      param: 'expires_at',
    });
  }
  const dedupeKey =
    request.dedupe_key ??
    (options.idempotencyKey ? `api:${options.idempotencyKey}` : `api:${newId('message')}`);
  const [enqueued] = await db.transaction(async (tx) => {
    const result = await enqueueMessages(
      tx,
      workspaceId,
      [
        {
          customerId,
          channel: template.channel as ChannelKind,
          templateId: template.id,
          templateVersion: template.version,
          data: request.data ?? {},
          priority: request.priority,
          topic: request.topic ?? null,
          sendAfter,
          expiresAt,
          producer: { kind: 'api' },
          dedupeKey,
        },
      ],
      options.now,
    );
    await notifyDispatchers(tx);
    return result;
  });
  return { message: await getMessage(db, workspaceId, enqueued!.id), created: enqueued!.created };
}

export async function getMessage(db: Db, workspaceId: string, id: string): Promise<MessageView> {
  const [row] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.workspaceId, workspaceId), eq(messages.id, id)));
  if (!row)
    throw new RetainError('resource_missing', 'No message of this workspace has this id.', { param: 'id' });
  return presentMessage(row);
}

/** Newest first; one more than `limit` (the caller pages). */
export async function listMessages(
  db: Db,
  workspaceId: string,
  filter: {
    customerRef?: string | undefined;
    status?: string | undefined;
    provider?: string | undefined;
    channel?: string | undefined;
    limit: number;
    starting_after?: string | undefined;
  },
): Promise<MessageView[]> {
  let customerId: string | undefined;
  if (filter.customerRef !== undefined) {
    customerId = (await findCustomerRef(db, workspaceId, filter.customerRef)) ?? undefined;
    if (!customerId)
      throw new RetainError('resource_missing', `No customer is known as '${filter.customerRef}'.`, {
        param: 'id',
      });
  }
  const rows = await db
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.workspaceId, workspaceId),
        customerId ? eq(messages.customerId, customerId) : undefined,
        filter.status ? eq(messages.status, filter.status as MessageRow['status']) : undefined,
        filter.provider ? eq(messages.provider, filter.provider) : undefined,
        filter.channel ? eq(messages.channel, filter.channel) : undefined,
        filter.starting_after ? lt(messages.id, filter.starting_after) : undefined,
      ),
    )
    .orderBy(desc(messages.id))
    .limit(filter.limit + 1);
  return rows.map(presentMessage);
}
