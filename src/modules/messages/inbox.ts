// The in-app inbox: a customer's in_app messages the dispatcher has sent, with the content they
// were rendered to (messages.content: title, text, url). Reading one marks it read, once, and logs
// `Message Opened` as an email's open pixel does.
import { and, count, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { notFound } from '../../core/errors.js';
import type { Db } from '../../db/connection.js';
import { appendEvents } from '../events/index.js';
import { findCustomerRef } from '../customers/index.js';
import { messages } from './schema.js';

export interface InboxMessage {
  object: 'inbox_message';
  id: string;
  title: string | null;
  text: string | null;
  url: string | null;
  sent_at: string | null;
  read_at: string | null;
}

export interface Inbox {
  object: 'list';
  data: InboxMessage[];
  has_more: boolean;
  /** In the whole inbox, not only this page. */
  unread_count: number;
}

interface InboxRow {
  id: string;
  content: Record<string, unknown> | null;
  sentAt: Date | null;
  readAt: Date | null;
}

const textOf = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function present(row: InboxRow): InboxMessage {
  return {
    object: 'inbox_message',
    id: row.id,
    title: textOf(row.content?.title),
    text: textOf(row.content?.text),
    url: textOf(row.content?.url),
    sent_at: row.sentAt?.toISOString() ?? null,
    read_at: row.readAt?.toISOString() ?? null,
  };
}

const inboxColumns = {
  id: messages.id,
  content: messages.content,
  sentAt: messages.sentAt,
  readAt: messages.readAt,
};

// What the inbox shows: in_app messages handed over; a delivered one was sent first.
const inInbox = (workspaceId: string, customerId: string) =>
  and(
    eq(messages.workspaceId, workspaceId),
    eq(messages.customerId, customerId),
    eq(messages.channel, 'in_app'),
    inArray(messages.status, ['sent', 'delivered']),
  );

async function customerIdOf(db: Db, workspaceId: string, ref: string): Promise<string> {
  const id = await findCustomerRef(db, workspaceId, ref);
  if (!id) throw notFound('customer', ref);
  return id;
}

/** A customer's inbox, newest first, with the number of messages they have not read. */
export async function customerInbox(
  db: Db,
  workspaceId: string,
  ref: string,
  options: { limit: number; starting_after?: string | undefined; unread?: boolean | undefined },
): Promise<Inbox> {
  const customerId = await customerIdOf(db, workspaceId, ref);
  const rows = await db
    .select(inboxColumns)
    .from(messages)
    .where(
      and(
        inInbox(workspaceId, customerId),
        options.unread ? isNull(messages.readAt) : undefined,
        options.starting_after ? lt(messages.id, options.starting_after) : undefined,
      ),
    )
    .orderBy(desc(messages.id))
    .limit(options.limit + 1);
  const [unread] = await db
    .select({ count: count() })
    .from(messages)
    .where(and(inInbox(workspaceId, customerId), isNull(messages.readAt)));
  return {
    object: 'list',
    data: rows.slice(0, options.limit).map(present),
    has_more: rows.length > options.limit,
    unread_count: unread?.count ?? 0,
  };
}

/**
 * Marks an inbox message read. Idempotent: the first read's time stays, and only the first logs
 * `Message Opened` (with a messageId the log deduplicates, should two reads race).
 */
export async function markInboxRead(
  db: Db,
  workspaceId: string,
  ref: string,
  messageId: string,
  at: Date,
): Promise<InboxMessage> {
  const customerId = await customerIdOf(db, workspaceId, ref);
  const thisMessage = and(inInbox(workspaceId, customerId), eq(messages.id, messageId));
  return db.transaction(async (tx) => {
    const [read] = await tx
      .update(messages)
      .set({ readAt: at, openedAt: sql`coalesce(${messages.openedAt}, ${at})`, updatedAt: at })
      .where(and(thisMessage, isNull(messages.readAt)))
      .returning(inboxColumns);
    if (read) {
      await appendEvents(tx, workspaceId, [
        {
          messageId: `retain:message-opened:${messageId}`,
          type: 'track',
          name: 'Message Opened',
          properties: { customer_id: customerId, message_id: messageId, channel: 'in_app' },
          occurredAt: at,
          receivedAt: at,
          source: 'retain',
        },
      ]);
      return present(read);
    }
    const [already] = await tx.select(inboxColumns).from(messages).where(thisMessage);
    if (!already) throw notFound('message in this customer’s inbox', messageId, 'messageId');
    return present(already);
  });
}
