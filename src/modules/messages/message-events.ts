// What became of messages goes into the log, so segments and journeys can react to it ("opened
// the win-back email", "the review request bounced"). The messageId is derived from the message
// and the outcome, so recording the same outcome twice appends it once.
import type { Db } from '../../db/connection.js';
import { appendEvents, type NewEvent } from '../events/index.js';

export type MessageEventName =
  | 'Message Sent'
  | 'Message Delivered'
  | 'Message Failed'
  | 'Message Suppressed'
  | 'Message Opened'
  | 'Message Clicked';

export interface MessageFact {
  id: string;
  customerId: string;
  channel: string;
  templateId: string;
  priority: string;
  producerKind: string;
  producerId: string | null;
  provider: string | null;
}

export function messageLogEvent(
  name: MessageEventName,
  message: MessageFact,
  at: Date,
  extra: Record<string, unknown> = {},
): NewEvent {
  return {
    messageId: `retain:${name.toLowerCase().replaceAll(' ', '-')}:${message.id}`,
    type: 'track',
    name,
    properties: {
      customer_id: message.customerId,
      message_id: message.id,
      channel: message.channel,
      template_id: message.templateId,
      priority: message.priority,
      producer: message.producerKind,
      producer_id: message.producerId,
      provider: message.provider,
      ...extra,
    },
    occurredAt: at,
    receivedAt: at,
    source: 'retain',
  };
}

export async function messageEvent(
  tx: Db,
  workspaceId: string,
  entries: readonly { row: MessageFact; name: MessageEventName; reason: string | null }[],
  at: Date,
): Promise<void> {
  if (entries.length === 0) return;
  await appendEvents(
    tx,
    workspaceId,
    entries.map((entry) =>
      messageLogEvent(entry.name, entry.row, at, entry.reason ? { reason: entry.reason } : {}),
    ),
  );
}
