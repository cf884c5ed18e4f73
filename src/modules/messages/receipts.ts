// Delivery receipts: what a provider that took a message later says became of it — Twilio's status
// callback, WhatsApp's statuses webhook, SES's Delivery notification. A receipt moves a message
// that was `sent` (or whose outcome was unknown: the receipt proves the provider took it) to
// `delivered`, or to `failed` with the provider's reason, and logs `Message Delivered` or `Message
// Failed` once. A receipt that comes late (the message already has its outcome: a bounce failed
// it) or again changes nothing; one for a message retain does not know is an error, and nothing
// of its request is recorded.
//
// Twilio can post a callback before the send's answer (the SM… id) is committed, and never posts
// it again. So an SMS receipt that names no message while one of the workspace's SMS is still
// being sent is kept as pending, and the dispatcher applies it when it records that id. A lock per
// provider id makes the two meet: the callback keeps its receipt and commits before the dispatcher
// looks for it, or the dispatcher's id is committed before the callback looks for the message.
// WhatsApp's webhook and SES's notices are retried by their senders for days, so for them a 404
// is the way to be asked again.
import { sql } from 'drizzle-orm';
import { notFound } from '../../core/errors.js';
import { dayMs } from '../../core/time.js';
import { pgArray } from '../../db/arrays.js';
import { queryRows, type Db } from '../../db/connection.js';
import { appendEvents } from '../events/index.js';
import type { ChannelKind, DeliveryReceipt } from './channels/index.js';
import { messageLogEvent, type MessageFact } from './message-events.js';

// Our Message-ID's left part is the message's id (channels/email.ts), whatever the domain.
const ourMessageId = /\bmsg_[0-9A-Za-z]{26}\b/;

/**
 * This workspace's message on `channel` that the provider knows as `providerId`. An email's is its
 * Message-ID, which notices give with or without angle brackets, and whose left part is our id.
 */
export async function messageOfProvider(
  tx: Db,
  workspaceId: string,
  channel: ChannelKind,
  providerId: string,
): Promise<MessageFact | undefined> {
  const bare = providerId.trim().replace(/^<|>$/g, '');
  const ownId = channel === 'email' ? (ourMessageId.exec(bare)?.[0] ?? null) : null;
  const [row] = await queryRows<MessageFact>(
    tx,
    sql`select id, customer_id as "customerId", channel, template_id as "templateId", priority,
               producer_kind as "producerKind", producer_id as "producerId", provider
        from messages
        where workspace_id = ${workspaceId} and channel = ${channel}
          and (provider_message_id = any(${sql.param([bare, `<${bare}>`])}::text[]) or id = ${ownId})
        limit 1`,
  );
  return row;
}

/** Where a provider posts a workspace's receipts: the URL a Twilio signature is made over. */
export function receiptUrl(publicUrl: string, workspaceId: string, channel: 'sms' | 'whatsapp'): string {
  return `${publicUrl.replace(/\/+$/, '')}/v1/inbound/${channel}/${workspaceId}`;
}

export interface ReceiptOutcome {
  /** The message, or null when the receipt was kept pending. */
  message: string | null;
  /** Whether this receipt gave the message its outcome (false: late, repeated or pending). */
  changed: boolean;
  /** Whether it was kept until its message's send is recorded. */
  pending: boolean;
}

/** The channels whose provider posts a receipt once only, perhaps before its send is recorded. */
const pendingChannels: ReadonlySet<ChannelKind> = new Set(['sms']);

/**
 * How long a pending receipt waits for its send: an answer is recorded within seconds, and a
 * process that died mid-send leaves a message whose id is never recorded.
 */
const pendingKeptMs = dayMs;

/** Takes the lock of these provider ids (sorted: two holders of several never wait on each other). */
async function lockProviderIds(
  tx: Db,
  workspaceId: string,
  channel: ChannelKind,
  providerIds: readonly string[],
): Promise<void> {
  const keys = [...new Set(providerIds)].sort().map((id) => `receipts:${workspaceId}:${channel}:${id}`);
  if (keys.length === 0) return;
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(key, 0)) from unnest(${pgArray(keys, 'text')}) with ordinality as k(key, n) order by n`,
  );
}

/** Whether a message of the workspace on `channel` is being sent, its provider id not yet recorded. */
async function sendInFlight(tx: Db, workspaceId: string, channel: ChannelKind): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`select id from messages
        where status = 'sending' and workspace_id = ${workspaceId} and channel = ${channel}
          and provider_message_id is null
        limit 1`,
  );
  return rows.length > 0;
}

/** Keeps a receipt for its send to claim, and forgets the workspace's ones no send claimed in time. */
async function keepPending(
  tx: Db,
  workspaceId: string,
  channel: ChannelKind,
  receipt: DeliveryReceipt,
  at: Date,
): Promise<void> {
  await tx.execute(
    sql`delete from message_pending_receipts
        where workspace_id = ${workspaceId} and received_at < ${new Date(at.getTime() - pendingKeptMs)}`,
  );
  // A repeat keeps the first: Twilio sends one outcome per message.
  await tx.execute(
    sql`insert into message_pending_receipts
          (workspace_id, channel, provider_message_id, status, detail, received_at)
        values (${workspaceId}, ${channel}, ${receipt.providerMessageId}, ${receipt.status},
                ${receipt.detail}, ${at})
        on conflict do nothing`,
  );
}

/** Applies, in the dispatcher's transaction that records these sends' provider ids, the receipts that came before them. */
export async function applyPendingReceipts(
  tx: Db,
  workspaceId: string,
  sends: readonly { channel: ChannelKind; providerMessageId: string }[],
  at: Date,
): Promise<void> {
  for (const channel of pendingChannels) {
    const ids = sends.filter((send) => send.channel === channel).map((send) => send.providerMessageId);
    if (ids.length === 0) continue;
    await lockProviderIds(tx, workspaceId, channel, ids);
    const pending = await queryRows<{
      providerMessageId: string;
      status: 'delivered' | 'failed';
      detail: string | null;
    }>(
      tx,
      sql`delete from message_pending_receipts
          where workspace_id = ${workspaceId} and channel = ${channel}
            and provider_message_id = any(${pgArray(ids, 'text')})
          returning provider_message_id as "providerMessageId", status, detail`,
    );
    for (const receipt of pending) {
      const message = await messageOfProvider(tx, workspaceId, channel, receipt.providerMessageId);
      if (message) await giveOutcome(tx, workspaceId, message, receipt, at);
    }
  }
}

/**
 * Records one receipt in the caller's transaction. When no message of the workspace on this
 * channel has the provider's id, an SMS receipt is kept pending while one of the workspace's SMS is
 * being sent; otherwise this throws `resource_missing` naming the receipt's parameter.
 */
export async function recordReceipt(
  tx: Db,
  workspaceId: string,
  channel: ChannelKind,
  receipt: DeliveryReceipt,
  at: Date,
): Promise<ReceiptOutcome> {
  const keepable = pendingChannels.has(channel);
  if (keepable) await lockProviderIds(tx, workspaceId, channel, [receipt.providerMessageId]);
  const message = await messageOfProvider(tx, workspaceId, channel, receipt.providerMessageId);
  if (!message) {
    if (!keepable || !(await sendInFlight(tx, workspaceId, channel)))
      throw notFound('message', receipt.providerMessageId, receipt.param);
    await keepPending(tx, workspaceId, channel, receipt, at);
    return { message: null, changed: false, pending: true };
  }
  return {
    message: message.id,
    changed: await giveOutcome(tx, workspaceId, message, receipt, at),
    pending: false,
  };
}

/** Gives a message waiting for its outcome the receipt's; false when it already has one. */
async function giveOutcome(
  tx: Db,
  workspaceId: string,
  message: MessageFact,
  receipt: Pick<DeliveryReceipt, 'status' | 'detail'>,
  at: Date,
): Promise<boolean> {
  const decision = JSON.stringify({ at: at.toISOString(), decision: receipt.status, detail: receipt.detail });
  const outcome =
    receipt.status === 'delivered'
      ? sql`status = 'delivered', delivered_at = ${at}`
      : sql`status = 'failed', reason = ${`provider: ${receipt.detail ?? 'failed'}`}`;
  // Only a message still waiting for its outcome moves: the row lock makes a concurrent repeat wait
  // and then find the outcome already there.
  const changed = await queryRows<{ id: string }>(
    tx,
    sql`update messages
        set ${outcome}, decisions = decisions || jsonb_build_array(${decision}::jsonb), updated_at = ${at}
        where workspace_id = ${workspaceId} and id = ${message.id} and status in ('sent', 'outcome_unknown')
        returning id`,
  );
  if (changed.length === 0) return false;
  const name = receipt.status === 'delivered' ? 'Message Delivered' : 'Message Failed';
  await appendEvents(tx, workspaceId, [
    messageLogEvent(name, message, at, receipt.detail ? { reason: receipt.detail } : {}),
  ]);
  return true;
}
