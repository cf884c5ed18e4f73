import type { Db } from '../../db/connection.js';
import { customersMergedEvent, type Consumer, type LoggedEvent } from '../events/index.js';
import { resolveCustomerId, resolvesAfterCustomers } from '../customers/index.js';
import { channelKinds, type ChannelKind } from './channels/index.js';
import { mergeConsent, setConsent } from './consent.js';
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
    if (subscribed !== null && isChannel(channel)) opinions.push({ channel, subscribed });
  }
  return opinions;
}

/** `Customers Merged` as retain wrote it: the profile that joined another, and that other. */
function mergedProfiles(event: LoggedEvent): { from: string; into: string } | null {
  if (event.type !== 'track' || event.name !== customersMergedEvent || event.source !== 'retain') return null;
  const { from_customer_id: from, into_customer_id: into } = event.properties;
  return typeof from === 'string' && typeof into === 'string' ? { from, into } : null;
}

type Step =
  | { event: LoggedEvent; customerId: string; opinions: Opinion[] }
  | { event: LoggedEvent; merged: { from: string; into: string } };

async function stepsOf(tx: Db, events: LoggedEvent[]): Promise<Step[]> {
  const traitsByWorkspace = new Map<string, Record<string, string>>();
  const steps: Step[] = [];
  for (const event of events) {
    const merged = mergedProfiles(event);
    if (merged) {
      steps.push({ event, merged });
      continue;
    }
    if (event.type !== 'identify' || (!event.userId && !event.anonymousId)) continue;
    const opinions = await opinionsOf(tx, event, traitsByWorkspace);
    if (opinions.length === 0) continue;
    const customerId = await resolveCustomerId(tx, event.workspaceId, event, event.occurredAt);
    steps.push({ event, customerId, opinions });
  }
  return steps;
}

/**
 * The page's customers are locked first, all at once and in sorted order as the dispatcher locks
 * them: taking them one at a time in the log's order could wait on a dispatcher that waits on this
 * page. Then each identify and merge applies in the log's order.
 */
async function apply(tx: Db, events: LoggedEvent[]): Promise<void> {
  const steps = await stepsOf(tx, events);
  const customersByWorkspace = new Map<string, string[]>();
  for (const step of steps) {
    const ids = 'merged' in step ? [step.merged.from, step.merged.into] : [step.customerId];
    customersByWorkspace.set(step.event.workspaceId, [
      ...(customersByWorkspace.get(step.event.workspaceId) ?? []),
      ...ids,
    ]);
  }
  for (const [workspaceId, customerIds] of customersByWorkspace) {
    await lockCustomerMessaging(tx, workspaceId, customerIds);
  }
  for (const step of steps) {
    const { event } = step;
    if ('merged' in step) {
      await mergeConsent(tx, { workspaceId: event.workspaceId, ...step.merged, eventId: event.id });
      continue;
    }
    for (const { channel, subscribed } of step.opinions) {
      await setConsent(tx, {
        workspaceId: event.workspaceId,
        customerId: step.customerId,
        channel,
        topic: '',
        status: subscribed ? 'subscribed' : 'unsubscribed',
        source: 'identify',
        detail: { event_id: event.id, message_id: event.messageId },
        at: event.occurredAt,
      });
    }
  }
}

/**
 * Consent from the shop's own records: Segment `identify` traits (`email_opt_in`, `sms_opt_in`, or
 * the names the workspace configured) subscribe or unsubscribe the customer on that channel, as of
 * the event's time, so a late identify never undoes a later change. A merged profile's consent
 * follows it (`Customers Merged`).
 */
export const messageConsentConsumer: Consumer = {
  name: 'messages-consent',
  after: resolvesAfterCustomers,
  reads: { types: ['identify'], names: [customersMergedEvent], payload: ['traits', 'properties'] },
  apply,
};
