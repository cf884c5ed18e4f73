// Delivery receipts: what a provider that took a message later says became of it — Twilio's status
// callback, WhatsApp's statuses webhook, SES's Delivery notification. A receipt moves a message
// that was `sent` (or whose outcome was unknown: the receipt proves the provider took it) to
// `delivered`, or to `failed` with the provider's reason, and logs `Message Delivered` or `Message
// Failed` once. A receipt that comes late (the message already has its outcome: a bounce failed
// it) or again changes nothing; one for a message retain does not know is an error, and nothing
// of its request is recorded.
import { sql } from 'drizzle-orm';
import { notFound } from '../../core/errors.js';
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
  message: string;
  /** Whether this receipt gave the message its outcome (false: late or repeated). */
  changed: boolean;
}

/**
 * Records one receipt in the caller's transaction. Throws `resource_missing` naming the receipt's
 * parameter when no message of the workspace on this channel has the provider's id.
 */
export async function recordReceipt(
  tx: Db,
  workspaceId: string,
  channel: ChannelKind,
  receipt: DeliveryReceipt,
  at: Date,
): Promise<ReceiptOutcome> {
  const message = await messageOfProvider(tx, workspaceId, channel, receipt.providerMessageId);
  if (!message) throw notFound('message', receipt.providerMessageId, receipt.param);
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
  if (changed.length === 0) return { message: message.id, changed: false };
  const name = receipt.status === 'delivered' ? 'Message Delivered' : 'Message Failed';
  await appendEvents(tx, workspaceId, [
    messageLogEvent(name, message, at, receipt.detail ? { reason: receipt.detail } : {}),
  ]);
  return { message: message.id, changed: true };
}
