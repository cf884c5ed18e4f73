// One workspace's share of a claimed batch, decided in one transaction that holds its customers'
// locks: every message ends the transaction handed over, deferred, suppressed, expired or failed,
// each with its reason written on it.
import { dayMs } from '../../../core/time.js';
import { RetainError } from '../../../core/errors.js';
import type { Db } from '../../../db/connection.js';
import { messageRecipients, type MessageRecipient } from '../../customers/index.js';
import { loyaltyFactsFor } from '../../loyalty/index.js';
import type { Workspace } from '../../workspaces/index.js';
import { providerOf, type ChannelAdapter, type OutgoingMessage } from '../channels/index.js';
import { consentOf } from '../consent.js';
import { lockCustomerMessaging } from '../customer-lock.js';
import { messageLinks } from '../links.js';
import { customerZone, pendingReservations, type PacingSettings, type PastSend } from '../pacing/index.js';
import { pushSubscriptionsOf, type PushTarget } from '../push-subscriptions.js';
import { receiptUrl } from '../receipts.js';
import { suppressedAmong, suppressibleChannels, type SuppressibleChannel } from '../suppressions.js';
import type { MessagingSettings } from '../settings.js';
import { compiledVersion } from '../template-store.js';
import { renderMessage } from '../templates/index.js';
import { trackedHtml } from '../tracking.js';
import { recipientsOn } from '../addresses.js';
import { predictionsFor, templateContext } from './context.js';
import { decide, type CustomerFacts } from './decide.js';
import { messageEvent, type MessageEventName } from '../message-events.js';
import {
  claimedCustomers,
  followMerges,
  lockClaimed,
  pastSends,
  waitingBeside,
  writeAttempts,
  writeChanges,
  type OutboxRow,
  type RowChange,
} from './rows.js';

export interface WorkspaceSetup {
  workspace: Workspace;
  settings: MessagingSettings;
  pacing: PacingSettings;
  publicUrl: string;
  /** `kind` → adapter; a kind absent here goes to the development outbox. */
  adapters: Map<string, ChannelAdapter>;
}

/** A message handed over in the decision transaction, to be sent after it commits. */
export interface Handover {
  row: OutboxRow;
  change: RowChange;
  outgoing: OutgoingMessage;
  adapter: ChannelAdapter;
}

export interface BatchDecisions {
  handovers: Handover[];
  counts: Record<'handed' | 'sentAtOnce' | 'deferred' | 'suppressed' | 'expired' | 'failed', number>;
}

const isSuppressible = (channel: string): channel is SuppressibleChannel =>
  (suppressibleChannels as readonly string[]).includes(channel);

function change(
  row: OutboxRow,
  fields: Partial<RowChange> & { status: string },
  decision: Record<string, unknown>,
  now: Date,
): RowChange {
  return {
    id: row.id,
    reason: null,
    sendAfter: row.sendAfter,
    leaseUntil: null,
    handedAt: row.handedAt,
    attempts: row.attempts,
    address: row.address,
    provider: row.provider,
    providerMessageId: row.providerMessageId,
    content: row.content,
    subject: row.subject,
    sentAt: row.sentAt,
    ...fields,
    decisions: [...row.decisions, { at: now.toISOString(), ...decision }],
    expect: { status: 'queued', attempts: row.attempts },
  };
}

/** A stable UUID from the message id: LINE's X-Line-Retry-Key must be a UUID, the same on every try. */
export function idempotencyKeyOf(messageId: string): string {
  const hex = Buffer.from(messageId.slice(-26)).toString('hex').padEnd(32, '0').slice(0, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export async function decideBatch(
  tx: Db,
  setup: WorkspaceSetup,
  claimedIds: readonly string[],
  leaseUntil: Date,
  now: Date,
  sendLeaseMs: number,
): Promise<BatchDecisions> {
  const workspaceId = setup.workspace.id;
  await followMerges(tx, claimedIds, leaseUntil, now);
  const customerIds = await claimedCustomers(tx, claimedIds, leaseUntil);
  await lockCustomerMessaging(tx, workspaceId, customerIds);
  const rows = await lockClaimed(tx, claimedIds, leaseUntil);
  const counts = { handed: 0, sentAtOnce: 0, deferred: 0, suppressed: 0, expired: 0, failed: 0 };
  if (rows.length === 0) return { handovers: [], counts };
  const windowDays = Math.max(1, ...setup.pacing.frequency_caps.map((rule) => rule.days)) + 1;
  // One after another: they share the transaction's connection, which runs one statement at a time.
  const recipients = await messageRecipients(tx, workspaceId, customerIds);
  const consent = await consentOf(tx, workspaceId, customerIds);
  const push: Map<string, PushTarget[]> = rows.some((row) => row.channel === 'push')
    ? await pushSubscriptionsOf(tx, workspaceId, customerIds)
    : new Map();
  const sends = await pastSends(tx, workspaceId, customerIds, new Date(now.getTime() - windowDays * dayMs));
  const waiting = await waitingBeside(
    tx,
    workspaceId,
    customerIds,
    rows.map((row) => row.id),
    now,
  );
  const loyalty = await loyaltyFactsFor(tx, workspaceId, customerIds);
  const predictions = await predictionsFor(tx, workspaceId, customerIds);
  const suppressed = await suppressionsOf(tx, workspaceId, rows, recipients, push, setup.workspace.timezone);

  const changes: RowChange[] = [];
  const immediate: { row: OutboxRow; name: MessageEventName; reason: string | null }[] = [];
  const handovers: Handover[] = [];
  const sendsOf = new Map<string, PastSend[]>();
  for (const send of sends) {
    const list = sendsOf.get(send.customerId) ?? [];
    list.push({ at: send.handedAt, priority: send.priority, channel: send.channel });
    sendsOf.set(send.customerId, list);
  }
  const waitingOf = new Map<string, typeof waiting>();
  for (const other of waiting) {
    const list = waitingOf.get(other.customerId);
    if (list) list.push(other);
    else waitingOf.set(other.customerId, [other]);
  }
  for (const row of rows) {
    const customer = recipients.get(row.customerId);
    const facts = customerFacts(row, customer, setup, {
      consent: consent.get(row.customerId)!,
      push: push.get(row.customerId) ?? [],
      suppressed,
      sends: sendsOf.get(row.customerId) ?? [],
      waiting: pendingReservations(waitingOf.get(row.customerId) ?? [], row),
    });
    const decision = decide(row, facts, setup.pacing, now);
    if (decision.kind === 'defer') {
      counts.deferred++;
      changes.push(
        change(
          row,
          { status: 'queued', sendAfter: decision.until },
          {
            decision: 'deferred',
            reason: decision.reason,
            until: decision.until.toISOString(),
            ...decision.detail,
          },
          now,
        ),
      );
      continue;
    }
    if (decision.kind === 'suppressed' || decision.kind === 'expired') {
      counts[decision.kind]++;
      changes.push(
        change(
          row,
          { status: decision.kind, reason: decision.reason },
          { decision: decision.kind, reason: decision.reason },
          now,
        ),
      );
      if (decision.kind === 'suppressed')
        immediate.push({ row, name: 'Message Suppressed', reason: decision.reason });
      continue;
    }
    // Opens and clicks are tracked only for customers who said yes to the channel, and only where
    // the workspace tracks at all.
    const trackable = facts.consent[row.channel].status === 'subscribed';
    const rendered = await renderFor(tx, row, customer!, facts.zone, setup, trackable, {
      loyalty,
      predictions,
    });
    if ('error' in rendered) {
      counts.failed++;
      changes.push(
        change(
          row,
          { status: 'failed', reason: rendered.error },
          { decision: 'failed', reason: rendered.error },
          now,
        ),
      );
      immediate.push({ row, name: 'Message Failed', reason: rendered.error });
      continue;
    }
    sendsOf.set(row.customerId, [...facts.sends, { at: now, priority: row.priority, channel: row.channel }]);
    const adapter = row.channel === 'in_app' ? undefined : setup.adapters.get(row.channel);
    const attempts = row.attempts + 1;
    const base = {
      handedAt: now,
      attempts,
      address: decision.to.address,
      subject: rendered.content.subject ?? rendered.content.title ?? null,
    };
    if (!adapter) {
      // The in-app inbox is its own provider; a channel not set up goes to the development outbox.
      const provider = row.channel === 'in_app' ? 'in_app' : 'development_outbox';
      counts.sentAtOnce++;
      changes.push(
        change(
          row,
          { ...base, status: 'sent', provider, sentAt: now, content: { ...rendered.content } },
          { decision: 'sent', provider },
          now,
        ),
      );
      immediate.push({
        row: { ...row, address: base.address, provider },
        name: 'Message Sent',
        reason: null,
      });
      continue;
    }
    counts.handed++;
    const handed = change(
      row,
      {
        ...base,
        status: 'sending',
        provider: providerOf[row.channel],
        leaseUntil: new Date(now.getTime() + sendLeaseMs),
      },
      { decision: 'handed', attempt: attempts },
      now,
    );
    changes.push(handed);
    handovers.push({
      row,
      change: handed,
      adapter,
      outgoing: {
        id: row.id,
        idempotencyKey: idempotencyKeyOf(row.id),
        workspaceId,
        customerId: row.customerId,
        to: decision.to,
        content: rendered.content,
        ...(row.channel === 'email' ? { unsubscribeUrl: rendered.links.unsubscribe } : {}),
        ...(row.channel === 'sms' ? { receiptUrl: receiptUrl(setup.publicUrl, workspaceId, 'sms') } : {}),
        attempt: attempts,
      },
    });
  }
  const written = await writeChanges(tx, changes, now);
  await writeAttempts(
    tx,
    handovers.map((handover) => ({
      workspaceId,
      messageId: handover.row.id,
      attempt: handover.change.attempts,
      startedAt: now,
      finishedAt: null,
      outcome: null,
      detail: null,
    })),
  );
  await messageEvent(
    tx,
    workspaceId,
    immediate.filter((entry) => written.has(entry.row.id)),
    now,
  );
  return { handovers: handovers.filter((handover) => written.has(handover.row.id)), counts };
}

function customerFacts(
  row: OutboxRow,
  customer: MessageRecipient | undefined,
  setup: WorkspaceSetup,
  loaded: Pick<CustomerFacts, 'consent' | 'suppressed' | 'sends' | 'waiting'> & { push: PushTarget[] },
): CustomerFacts {
  const shopZone = setup.workspace.timezone;
  return {
    recipients:
      customer && !customer.mergedInto ? recipientsOn(row.channel, customer, loaded.push, shopZone) : [],
    mergedInto: customer?.mergedInto ?? null,
    erased: customer?.erasedAt != null,
    consent: loaded.consent,
    suppressed: loaded.suppressed,
    zone: customerZone({ timezone: customer?.timezone ?? null, phone: customer?.phone ?? null }, shopZone)
      .zone,
    customerSince: customer?.firstSeenAt ?? row.createdAt,
    sends: loaded.sends,
    waiting: loaded.waiting,
  };
}

async function suppressionsOf(
  tx: Db,
  workspaceId: string,
  rows: readonly OutboxRow[],
  recipients: Map<string, MessageRecipient>,
  push: Map<string, PushTarget[]>,
  shopZone: string,
): Promise<Map<string, string>> {
  const byChannel = new Map<SuppressibleChannel, string[]>();
  for (const row of rows) {
    const customer = recipients.get(row.customerId);
    if (!customer || !isSuppressible(row.channel)) continue;
    const addresses = recipientsOn(row.channel, customer, push.get(row.customerId) ?? [], shopZone).map(
      (to) => to.address,
    );
    const known = byChannel.get(row.channel);
    if (known) known.push(...addresses);
    else byChannel.set(row.channel, addresses);
  }
  const found = new Map<string, string>();
  for (const [channel, addresses] of byChannel) {
    for (const [address, reason] of await suppressedAmong(tx, workspaceId, channel, addresses))
      found.set(address, reason);
  }
  return found;
}

async function renderFor(
  tx: Db,
  row: OutboxRow,
  customer: MessageRecipient,
  zone: string,
  setup: WorkspaceSetup,
  trackable: boolean,
  facts: {
    loyalty: Awaited<ReturnType<typeof loyaltyFactsFor>>;
    predictions: Awaited<ReturnType<typeof predictionsFor>>;
  },
): Promise<
  | { content: OutgoingMessage['content']; links: { unsubscribe: string; preferences: string } }
  | { error: string }
> {
  const links = messageLinks(setup.publicUrl, setup.settings.linkSecret, {
    workspaceId: setup.workspace.id,
    messageId: row.id,
    customerId: row.customerId,
  });
  try {
    const compiled = await compiledVersion(tx, row.templateId, row.templateVersion);
    const context = templateContext({
      workspace: setup.workspace,
      customer,
      loyalty: facts.loyalty.get(row.customerId),
      predictions: facts.predictions.get(row.customerId),
      data: row.data,
      links: { unsubscribe: links.unsubscribe, preferences: links.preferences, confirm: links.confirm },
      shopUrl: setup.settings.shopUrl,
    });
    const content = renderMessage(compiled, context, {
      locale: customer.locale ?? setup.workspace.locale,
      timeZone: zone,
    });
    if (row.channel === 'email' && content.html) {
      const tracked = trackable && (setup.settings.trackOpens || setup.settings.trackClicks);
      content.html = tracked
        ? trackedHtml(content.html, {
            publicUrl: setup.publicUrl,
            secret: setup.settings.linkSecret,
            workspaceId: setup.workspace.id,
            messageId: row.id,
            clicks: setup.settings.trackClicks,
            openPixel: setup.settings.trackOpens ? links.openPixel : null,
            untracked: [links.unsubscribe, links.preferences, links.confirm],
          })
        : content.html;
    }
    return { content, links: { unsubscribe: links.unsubscribe, preferences: links.preferences } };
  } catch (error) {
    if (error instanceof RetainError) return { error: `${error.code}: ${error.message}` };
    throw error;
  }
}
