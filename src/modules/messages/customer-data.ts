// Messages' part of a customer (src/server/customer-data.ts lists it). The export holds what was
// sent to them, their consent and its record, and their browsers' push subscriptions. Erasure
// deletes consent, its record and push subscriptions, stops what is still waiting to be sent, and
// strips every message of the address, subject, rendered content and data that named the person;
// what is left (channel, template, outcome, times) names no one and keeps the delivery charts true.
// Suppressed addresses stay: they are the shop's do-not-contact list, and dropping them would let a
// bounced or complaining address be mailed again.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { customerExportEventsMax } from '../../core/limits.js';
import type { Db } from '../../db/connection.js';
import type { CustomerDataProvider } from '../customers/index.js';
import { consentOf } from './consent.js';
import { presentMessage } from './messages.js';
import { consentChanges, messageConsents, messages, pushSubscriptions } from './schema.js';

async function exportMessages(db: Db, workspaceId: string, customerId: string) {
  const rows = await db
    .select()
    .from(messages)
    .where(and(eq(messages.workspaceId, workspaceId), eq(messages.customerId, customerId)))
    .orderBy(messages.id)
    .limit(customerExportEventsMax);
  const [consent] = [...(await consentOf(db, workspaceId, [customerId])).values()];
  const record = await db
    .select()
    .from(consentChanges)
    .where(and(eq(consentChanges.workspaceId, workspaceId), eq(consentChanges.customerId, customerId)))
    .orderBy(consentChanges.id)
    .limit(customerExportEventsMax);
  const push = await db
    .select({ endpoint: pushSubscriptions.endpoint, created: pushSubscriptions.createdAt })
    .from(pushSubscriptions)
    .where(and(eq(pushSubscriptions.workspaceId, workspaceId), eq(pushSubscriptions.customerId, customerId)));
  return {
    messages: rows.map(presentMessage),
    consent,
    consent_changes: record.map((change) => ({
      channel: change.channel,
      topic: change.topic || null,
      status: change.status,
      source: change.source,
      changed_at: change.changedAt.toISOString(),
    })),
    push_subscriptions: push.map((entry) => ({
      endpoint: entry.endpoint,
      created: entry.created.toISOString(),
    })),
  };
}

async function eraseMessages(
  db: Db,
  workspaceId: string,
  customerId: string,
): Promise<Record<string, number>> {
  return db.transaction(async (tx) => {
    const ofCustomer = (table: typeof messageConsents | typeof consentChanges | typeof pushSubscriptions) =>
      and(eq(table.workspaceId, workspaceId), eq(table.customerId, customerId));
    const consents = await tx
      .delete(messageConsents)
      .where(ofCustomer(messageConsents))
      .returning({ c: messageConsents.channel });
    const changes = await tx
      .delete(consentChanges)
      .where(ofCustomer(consentChanges))
      .returning({ id: consentChanges.id });
    const push = await tx
      .delete(pushSubscriptions)
      .where(ofCustomer(pushSubscriptions))
      .returning({ e: pushSubscriptions.endpoint });
    const ofTheirMessages = and(eq(messages.workspaceId, workspaceId), eq(messages.customerId, customerId));
    const stopped = await tx
      .update(messages)
      .set({ status: 'suppressed', reason: 'erased', leaseUntil: null, updatedAt: new Date() })
      .where(and(ofTheirMessages, inArray(messages.status, ['queued'])))
      .returning({ id: messages.id });
    const scrubbed = await tx
      .update(messages)
      .set({ address: null, subject: null, content: null, data: {}, decisions: sql`'[]'::jsonb` })
      // Only rows that still name the person: erasing twice changes nothing more.
      .where(
        and(
          ofTheirMessages,
          sql`(${messages.address} is not null or ${messages.subject} is not null or ${messages.content} is not null
               or ${messages.data} <> '{}'::jsonb or ${messages.decisions} <> '[]'::jsonb)`,
        ),
      )
      .returning({ id: messages.id });
    return {
      consents_deleted: consents.length,
      consent_changes_deleted: changes.length,
      push_subscriptions_deleted: push.length,
      messages_stopped: stopped.length,
      messages_scrubbed: scrubbed.length,
    };
  });
}

export const messagesCustomerData: CustomerDataProvider = {
  name: 'messages',
  export: exportMessages,
  erase: eraseMessages,
};
