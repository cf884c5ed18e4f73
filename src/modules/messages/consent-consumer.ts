import type { Db } from '../../db/connection.js';
import type { Consumer, LoggedEvent } from '../events/index.js';
import { resolveCustomerId } from '../customers/index.js';
import { channelKinds, type ChannelKind } from './channels/channel.js';
import { setConsent } from './consent.js';
import { lockCustomerMessaging } from './customer-lock.js';
import { messagingSettingsOf } from './settings.js';

const yes = new Set(['true', 'yes']);
const no = new Set(['false', 'no']);

/** A consent trait's value as a boolean; anything else (absent, null, "maybe") says nothing. */
function optIn(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return null;
  const word = value.trim().toLowerCase();
  return yes.has(word) ? true : no.has(word) ? false : null;
}

const isChannel = (value: string): value is ChannelKind =>
  (channelKinds as readonly string[]).includes(value);

interface Opinion {
  event: LoggedEvent;
  channel: ChannelKind;
  subscribed: boolean;
}

async function opinionsOf(
  tx: Db,
  event: LoggedEvent,
  traitsByWorkspace: Map<string, Record<string, string>>,
): Promise<Opinion[]> {
  let traits = traitsByWorkspace.get(event.workspaceId);
  if (!traits) {
    traits = (await messagingSettingsOf(tx, event.workspaceId, event.receivedAt)).consentTraits;
    traitsByWorkspace.set(event.workspaceId, traits);
  }
  const opinions: Opinion[] = [];
  for (const [channel, trait] of Object.entries(traits)) {
    const subscribed = optIn(event.traits[trait]);
    if (subscribed !== null && isChannel(channel)) opinions.push({ event, channel, subscribed });
  }
  return opinions;
}

async function apply(tx: Db, events: LoggedEvent[]): Promise<void> {
  const traitsByWorkspace = new Map<string, Record<string, string>>();
  const changes: (Opinion & { customerId: string })[] = [];
  for (const event of events) {
    if (!event.userId && !event.anonymousId) continue;
    const opinions = await opinionsOf(tx, event, traitsByWorkspace);
    if (opinions.length === 0) continue;
    const customerId = await resolveCustomerId(tx, event.workspaceId, event, event.occurredAt);
    changes.push(...opinions.map((opinion) => ({ ...opinion, customerId })));
  }
  // The page's customers are locked at once, in sorted order, as the dispatcher locks them: one
  // lock at a time in the log's order could wait on a dispatcher that waits on this page.
  const customersByWorkspace = new Map<string, string[]>();
  for (const change of changes) {
    const ids = customersByWorkspace.get(change.event.workspaceId) ?? [];
    customersByWorkspace.set(change.event.workspaceId, [...ids, change.customerId]);
  }
  for (const [workspaceId, customerIds] of customersByWorkspace) {
    await lockCustomerMessaging(tx, workspaceId, customerIds);
  }
  for (const { event, channel, subscribed, customerId } of changes) {
    await setConsent(tx, {
      workspaceId: event.workspaceId,
      customerId,
      channel,
      topic: '',
      status: subscribed ? 'subscribed' : 'unsubscribed',
      source: 'identify',
      detail: { event_id: event.id, message_id: event.messageId },
      at: event.occurredAt,
    });
  }
}

/**
 * Consent from the shop's own records: Segment `identify` traits (`email_opt_in`, `sms_opt_in`, or
 * the names the workspace configured) subscribe or unsubscribe the customer on that channel, as of
 * the event's time, so a late identify never undoes a later change.
 */
export const messageConsentConsumer: Consumer = {
  name: 'messages-consent',
  reads: { types: ['identify'], skipSources: ['retain'], payload: ['traits'] },
  apply,
};
