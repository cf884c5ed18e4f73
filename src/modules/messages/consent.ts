// A customer's consent per channel and per subscription topic, and the legal record of every
// change. Every change takes the customer's messaging lock (customer-lock.ts), so an unsubscribe
// that commits is seen by every hand-over the dispatcher decides after it.
import { and, eq, inArray } from 'drizzle-orm';
import { newId } from '../../core/ids.js';
import type { Db } from '../../db/connection.js';
import { newestFirst, type KeysetPage } from '../../db/keyset.js';
import { findCustomerRef } from '../customers/index.js';
import { appendEvents } from '../events/index.js';
import { channelKinds, type ChannelKind } from './channels/index.js';
import { enqueueConfirmation } from './confirmation.js';
import { lockCustomerMessaging } from './customer-lock.js';
import { signLink, verifyLink } from './links.js';
import type { MessagePriority } from './pacing/index.js';
import { consentChanges, messageChannels, messageConsents, messages, messagingSettings } from './schema.js';
import { messagingSettingsOf } from './settings.js';

/** The subscription topics a triggered or promotional message may belong to. */
export const messageTopics = ['newsletter', 'offers', 'loyalty_updates', 'surveys'] as const;
export type MessageTopic = (typeof messageTopics)[number];

type ConsentStatus = 'subscribed' | 'unsubscribed' | 'pending';
export type ConsentState = ConsentStatus | 'never_asked';

/** Where a change came from; a shop's own label (checkout, pos…) through the API is kept as given. */
type ConsentSource =
  | 'api'
  | 'dashboard'
  | 'identify'
  | 'preference_page'
  | 'one_click'
  | 'confirm_link'
  | 'bounce'
  | 'complaint'
  | 'import'
  | 'merge'
  | (string & {});

/** Sources retain itself writes: a shop may not claim them through the API. */
export const retainConsentSources = [
  'identify',
  'preference_page',
  'one_click',
  'confirm_link',
  'bounce',
  'complaint',
  'merge',
] as const;

/**
 * Subscriptions made through a link only the customer's mailbox received prove the address
 * already, as does one a merged profile had; every other `subscribed` for email waits for the
 * confirmation link when the workspace asks for double opt-in.
 */
const provenAlready: readonly string[] = ['preference_page', 'confirm_link', 'merge'];

export interface ConsentChangeInput {
  workspaceId: string;
  customerId: string;
  channel: ChannelKind;
  /** '' for the channel itself. */
  topic: MessageTopic | '';
  status: ConsentStatus;
  source: ConsentSource;
  detail?: Record<string, unknown>;
  at: Date;
}

export interface ConsentChangeResult {
  /** The status stored after the call. */
  status: ConsentStatus;
  /** A change row was written (false: the same status again, or older than the stored change). */
  changed: boolean;
  /** The change is older than the one stored, which stays. */
  stale: boolean;
  /** An email subscription became `pending`: its confirmation email is enqueued in the same transaction. */
  confirmationNeeded: boolean;
}

const unsubscribedEvent = 'Unsubscribed';

async function storedConsent(tx: Db, input: ConsentChangeInput) {
  const [row] = await tx
    .select()
    .from(messageConsents)
    .where(
      and(
        eq(messageConsents.workspaceId, input.workspaceId),
        eq(messageConsents.customerId, input.customerId),
        eq(messageConsents.channel, input.channel),
        eq(messageConsents.topic, input.topic),
      ),
    );
  return row;
}

async function wantedStatus(
  tx: Db,
  input: ConsentChangeInput,
  current: ConsentStatus | undefined,
): Promise<ConsentStatus> {
  const mayNeedConfirmation =
    input.status === 'subscribed' &&
    input.channel === 'email' &&
    input.topic === '' &&
    current !== 'subscribed' &&
    !provenAlready.includes(input.source);
  if (!mayNeedConfirmation) return input.status;
  const settings = await messagingSettingsOf(tx, input.workspaceId, input.at);
  return settings.doubleOptIn ? 'pending' : 'subscribed';
}

/**
 * Records one consent statement in the caller's transaction: the current state with its newest
 * statement's source and time (the newest wins, so a late identify does not undo a later
 * unsubscribe), a row of the legal record when the status changes, an `Unsubscribed` event into
 * the log when it becomes unsubscribed, and the confirmation email when it becomes pending.
 */
export async function setConsent(tx: Db, input: ConsentChangeInput): Promise<ConsentChangeResult> {
  await lockCustomerMessaging(tx, input.workspaceId, [input.customerId]);
  const current = await storedConsent(tx, input);
  if (current && current.changedAt > input.at) {
    return { status: current.status, changed: false, stale: true, confirmationNeeded: false };
  }
  const status = await wantedStatus(tx, input, current?.status);
  const key = {
    workspaceId: input.workspaceId,
    customerId: input.customerId,
    channel: input.channel,
    topic: input.topic,
  };
  if (current?.status === status) {
    // Nothing changed, but the state is now known as of this later time: an older statement that
    // arrives after it (subscribed at 10:00 and 12:00, unsubscribed at 11:00) must not win.
    await tx
      .update(messageConsents)
      .set({ source: input.source, changedAt: input.at })
      .where(
        and(
          eq(messageConsents.workspaceId, key.workspaceId),
          eq(messageConsents.customerId, key.customerId),
          eq(messageConsents.channel, key.channel),
          eq(messageConsents.topic, key.topic),
        ),
      );
    return { status, changed: false, stale: false, confirmationNeeded: false };
  }
  await tx
    .insert(messageConsents)
    .values({ ...key, status, source: input.source, changedAt: input.at })
    .onConflictDoUpdate({
      target: [
        messageConsents.workspaceId,
        messageConsents.customerId,
        messageConsents.channel,
        messageConsents.topic,
      ],
      set: { status, source: input.source, changedAt: input.at },
    });
  const changeId = newId('consentChange');
  const detail = status === input.status ? (input.detail ?? {}) : { ...input.detail, double_opt_in: true };
  await tx
    .insert(consentChanges)
    .values({ id: changeId, ...key, status, source: input.source, detail, changedAt: input.at });
  if (status === 'pending') {
    await enqueueConfirmation(tx, {
      workspaceId: input.workspaceId,
      customerId: input.customerId,
      changeId,
      at: input.at,
    });
  }
  if (status === 'unsubscribed') {
    await appendEvents(tx, input.workspaceId, [
      {
        messageId: `retain:unsubscribed:${changeId}`,
        type: 'track',
        name: unsubscribedEvent,
        properties: {
          customer_id: input.customerId,
          channel: input.channel,
          topic: input.topic || null,
          source: input.source,
        },
        occurredAt: input.at,
        receivedAt: input.at,
        source: 'retain',
      },
    ]);
  }
  return { status, changed: true, stale: false, confirmationNeeded: status === 'pending' };
}

/**
 * A profile merged into another (`Customers Merged`): each of its channel and topic states that is
 * newer than the one the live profile has passes to it, as of its own time, so a newsletter
 * subscription made before signing in survives the sign-in, and an older one never undoes a newer.
 */
export async function mergeConsent(
  tx: Db,
  input: { workspaceId: string; from: string; into: string; eventId: string },
): Promise<void> {
  await lockCustomerMessaging(tx, input.workspaceId, [input.from, input.into]);
  const rows = await tx
    .select()
    .from(messageConsents)
    .where(
      and(eq(messageConsents.workspaceId, input.workspaceId), eq(messageConsents.customerId, input.from)),
    );
  for (const row of rows) {
    if (!isChannel(row.channel) || !(row.topic === '' || isTopic(row.topic))) continue;
    await setConsent(tx, {
      workspaceId: input.workspaceId,
      customerId: input.into,
      channel: row.channel,
      topic: row.topic,
      status: row.status,
      source: 'merge',
      detail: { merged_from: input.from, source: row.source, event_id: input.eventId },
      at: row.changedAt,
    });
  }
}

/**
 * The confirmation link of double opt-in was followed: a pending email subscription becomes
 * subscribed. Anything else (already confirmed, unsubscribed since) stays as it is.
 */
export async function confirmSubscription(
  tx: Db,
  input: { workspaceId: string; customerId: string; at: Date },
): Promise<ConsentState> {
  await lockCustomerMessaging(tx, input.workspaceId, [input.customerId]);
  const change = { ...input, channel: 'email' as const, topic: '' as const };
  const current = await storedConsent(tx, { ...change, status: 'subscribed', source: 'confirm_link' });
  if (current?.status !== 'pending') return current?.status ?? 'never_asked';
  const result = await setConsent(tx, { ...change, status: 'subscribed', source: 'confirm_link' });
  return result.status;
}

export interface ChannelConsent {
  status: ConsentState;
  source: string | null;
  changedAt: Date | null;
  topics: Record<MessageTopic, ConsentState>;
}

export type CustomerConsent = Record<ChannelKind, ChannelConsent>;

function neverAsked(): CustomerConsent {
  const topics = Object.fromEntries(messageTopics.map((topic) => [topic, 'never_asked'])) as Record<
    MessageTopic,
    ConsentState
  >;
  return Object.fromEntries(
    channelKinds.map((channel) => [
      channel,
      { status: 'never_asked', source: null, changedAt: null, topics: { ...topics } },
    ]),
  ) as CustomerConsent;
}

const isChannel = (value: string): value is ChannelKind =>
  (channelKinds as readonly string[]).includes(value);
const isTopic = (value: string): value is MessageTopic =>
  (messageTopics as readonly string[]).includes(value);

/** Each customer's consent on every channel and topic; no row is `never_asked`. */
export async function consentOf(
  db: Db,
  workspaceId: string,
  customerIds: readonly string[],
): Promise<Map<string, CustomerConsent>> {
  const found = new Map(customerIds.map((id) => [id, neverAsked()]));
  if (customerIds.length === 0) return found;
  const rows = await db
    .select()
    .from(messageConsents)
    .where(
      and(
        eq(messageConsents.workspaceId, workspaceId),
        inArray(messageConsents.customerId, [...new Set(customerIds)]),
      ),
    );
  for (const row of rows) {
    const consent = found.get(row.customerId);
    if (!consent || !isChannel(row.channel)) continue;
    const channel = consent[row.channel];
    if (row.topic === '') {
      channel.status = row.status;
      channel.source = row.source;
      channel.changedAt = row.changedAt;
    } else if (isTopic(row.topic)) {
      channel.topics[row.topic] = row.status;
    }
  }
  return found;
}

export type ConsentDecision = { ok: true } | { ok: false; reason: 'unsubscribed' | 'no_consent' };

/**
 * Whether consent lets a message go. Transactional messages (a receipt, a password reset) never
 * depend on consent; suppression (a hard bounce) stops them elsewhere. A triggered message goes
 * unless the customer said no; a promotional one only to a channel they said yes to, and confirmed
 * where double opt-in asks it.
 */
export function mayReceive(
  consent: CustomerConsent,
  message: { channel: ChannelKind; topic: string | null; priority: MessagePriority },
): ConsentDecision {
  if (message.priority === 'transactional') return { ok: true };
  const channel = consent[message.channel];
  const topic = message.topic && isTopic(message.topic) ? channel.topics[message.topic] : 'never_asked';
  if (channel.status === 'unsubscribed' || topic === 'unsubscribed')
    return { ok: false, reason: 'unsubscribed' };
  if (message.priority === 'promotional' && channel.status !== 'subscribed') {
    return { ok: false, reason: 'no_consent' };
  }
  return { ok: true };
}

export interface ConsentChangeRecord {
  id: string;
  channel: string;
  topic: string;
  status: string;
  source: string;
  detail: Record<string, unknown>;
  changedAt: Date;
}

/** The legal record of one customer's consent, newest recorded first. */
export async function consentHistory(
  db: Db,
  workspaceId: string,
  customerId: string,
  page: KeysetPage,
): Promise<ConsentChangeRecord[]> {
  return newestFirst(
    db
      .select({
        id: consentChanges.id,
        channel: consentChanges.channel,
        topic: consentChanges.topic,
        status: consentChanges.status,
        source: consentChanges.source,
        detail: consentChanges.detail,
        changedAt: consentChanges.changedAt,
      })
      .from(consentChanges)
      .$dynamic(),
    consentChanges.id,
    and(eq(consentChanges.workspaceId, workspaceId), eq(consentChanges.customerId, customerId)),
    page,
  );
}

/**
 * The workspace's link secret, read without making one: a workspace that never had messaging
 * settings signed no link, and a request naming one must not create its settings.
 */
async function linkSecretOf(db: Db, workspaceId: string): Promise<string | null> {
  const [row] = await db
    .select({ linkSecret: messagingSettings.linkSecret })
    .from(messagingSettings)
    .where(eq(messagingSettings.workspaceId, workspaceId));
  return row?.linkSecret ?? null;
}

/** What an unsubscribe link stops: its message's topic, or the whole channel for a message without one. */
export interface UnsubscribeTarget {
  workspaceId: string;
  messageId: string;
  /** The live profile: a message sent before a merge unsubscribes the profile it was merged into. */
  customerId: string;
  channel: ChannelKind;
  topic: MessageTopic | '';
  /** Signed for the customer, for the page's link to all their preferences. */
  preferencesToken: string;
}

export interface MessageLink {
  workspaceId: string;
  messageId: string;
  token: string;
}

/** The unsubscribe link's target, or null when retain did not sign the link or its message is gone. */
export async function unsubscribeTarget(db: Db, link: MessageLink): Promise<UnsubscribeTarget | null> {
  const secret = await linkSecretOf(db, link.workspaceId);
  if (!secret || !verifyLink(secret, 'unsubscribe', [link.workspaceId, link.messageId], link.token))
    return null;
  const [message] = await db
    .select({ customerId: messages.customerId, channel: messages.channel, topic: messages.topic })
    .from(messages)
    .where(and(eq(messages.workspaceId, link.workspaceId), eq(messages.id, link.messageId)));
  if (!message || !isChannel(message.channel)) return null;
  const customerId = await findCustomerRef(db, link.workspaceId, message.customerId);
  if (!customerId) return null;
  return {
    workspaceId: link.workspaceId,
    messageId: link.messageId,
    customerId,
    channel: message.channel,
    topic: message.topic && isTopic(message.topic) ? message.topic : '',
    preferencesToken: signLink(secret, 'preferences', [link.workspaceId, customerId]),
  };
}

/** RFC 8058 one-click (or the page's button): unsubscribes what the link names, idempotently. */
export async function unsubscribeByLink(
  db: Db,
  link: MessageLink,
  at: Date,
): Promise<UnsubscribeTarget | null> {
  return db.transaction(async (tx) => {
    const target = await unsubscribeTarget(tx, link);
    if (!target) return null;
    await setConsent(tx, {
      workspaceId: target.workspaceId,
      customerId: target.customerId,
      channel: target.channel,
      topic: target.topic,
      status: 'unsubscribed',
      source: 'one_click',
      detail: { message_id: target.messageId },
      at,
    });
    return target;
  });
}

export interface CustomerLink {
  workspaceId: string;
  customerId: string;
  token: string;
}

/** The live customer a preference or confirmation link was signed for; null for a link retain did not sign. */
export async function linkedCustomer(
  db: Db,
  purpose: 'preferences' | 'confirm',
  link: CustomerLink,
): Promise<string | null> {
  const secret = await linkSecretOf(db, link.workspaceId);
  if (!secret || !verifyLink(secret, purpose, [link.workspaceId, link.customerId], link.token)) return null;
  return findCustomerRef(db, link.workspaceId, link.customerId);
}

/** The channels a preference page shows: those set up (but webhooks), those with a state, and email. */
export async function preferenceChannels(
  db: Db,
  workspaceId: string,
  consent: CustomerConsent,
): Promise<ChannelKind[]> {
  const setUp = await db
    .select({ kind: messageChannels.kind })
    .from(messageChannels)
    .where(eq(messageChannels.workspaceId, workspaceId));
  const shown = new Set<string>(['email', ...setUp.map((row) => row.kind)]);
  shown.delete('webhook');
  return channelKinds.filter(
    (channel) =>
      shown.has(channel) ||
      consent[channel].status !== 'never_asked' ||
      messageTopics.some((topic) => consent[channel].topics[topic] !== 'never_asked'),
  );
}

/** What the preference form says about one channel: whether it is wanted, and which topics. */
export interface PreferenceChoice {
  channel: ChannelKind;
  subscribed: boolean;
  /** A topic left out stays as it is. */
  topics: Partial<Record<MessageTopic, boolean>>;
}

/** A channel's box is ticked while subscribed (or waiting for confirmation); a topic's unless unsubscribed. */
export const channelTicked = (state: ConsentState) => state === 'subscribed' || state === 'pending';
export const topicTicked = (state: ConsentState) => state !== 'unsubscribed';

/**
 * Saves the preference form: only the boxes whose state differs from what is stored change, so
 * saving an untouched form records nothing, and a channel never asked stays never asked.
 */
export async function savePreferences(
  db: Db,
  input: { workspaceId: string; customerId: string; choices: readonly PreferenceChoice[]; at: Date },
): Promise<void> {
  await db.transaction(async (tx) => {
    const { workspaceId, customerId, at } = input;
    await lockCustomerMessaging(tx, workspaceId, [customerId]);
    const consent = (await consentOf(tx, workspaceId, [customerId])).get(customerId)!;
    const change = { workspaceId, customerId, source: 'preference_page', at };
    for (const choice of input.choices) {
      const current = consent[choice.channel];
      if (channelTicked(current.status) !== choice.subscribed) {
        const status = choice.subscribed ? 'subscribed' : 'unsubscribed';
        await setConsent(tx, { ...change, channel: choice.channel, topic: '', status });
      }
      for (const topic of messageTopics) {
        const wanted = choice.topics[topic];
        if (wanted === undefined || topicTicked(current.topics[topic]) === wanted) continue;
        const status = wanted ? 'subscribed' : 'unsubscribed';
        await setConsent(tx, { ...change, channel: choice.channel, topic, status });
      }
    }
  });
}
