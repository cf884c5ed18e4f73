import { describe, expect, it } from 'vitest';
import { channelKinds } from './channels/index.js';
import { mayReceive, messageTopics, type ConsentState, type CustomerConsent } from './consent.js';

function consentWith(channelStatus: ConsentState, newsletter: ConsentState): CustomerConsent {
  const topics = Object.fromEntries(messageTopics.map((topic) => [topic, 'never_asked'])) as Record<
    (typeof messageTopics)[number],
    ConsentState
  >;
  const consent = Object.fromEntries(
    channelKinds.map((channel) => [
      channel,
      { status: 'never_asked', source: null, changedAt: null, topics: { ...topics } },
    ]),
  ) as CustomerConsent;
  consent.email = {
    status: channelStatus,
    source: 'api',
    changedAt: null,
    topics: { ...topics, newsletter },
  };
  return consent;
}

const yes = { ok: true };
const unsubscribed = { ok: false, reason: 'unsubscribed' };
const noConsent = { ok: false, reason: 'no_consent' };

// [channel, topic newsletter, transactional, triggered, promotional]
const table: [ConsentState, ConsentState, object, object, object][] = [
  ['never_asked', 'never_asked', yes, yes, noConsent],
  ['pending', 'never_asked', yes, yes, noConsent],
  ['subscribed', 'never_asked', yes, yes, yes],
  ['subscribed', 'subscribed', yes, yes, yes],
  ['unsubscribed', 'never_asked', yes, unsubscribed, unsubscribed],
  ['unsubscribed', 'subscribed', yes, unsubscribed, unsubscribed],
  ['subscribed', 'unsubscribed', yes, unsubscribed, unsubscribed],
  ['never_asked', 'unsubscribed', yes, unsubscribed, unsubscribed],
  ['pending', 'unsubscribed', yes, unsubscribed, unsubscribed],
];

describe('mayReceive', () => {
  it.each(table)(
    'email %s, newsletter %s: transactional, triggered, promotional',
    (channel, topic, transactional, triggered, promotional) => {
      const consent = consentWith(channel, topic);
      const ask = (priority: 'transactional' | 'triggered' | 'promotional') =>
        mayReceive(consent, { channel: 'email', topic: 'newsletter', priority });
      expect([ask('transactional'), ask('triggered'), ask('promotional')]).toEqual([
        transactional,
        triggered,
        promotional,
      ]);
    },
  );

  it('a topic unsubscribe stops only that topic; a message without a topic follows the channel', () => {
    const consent = consentWith('subscribed', 'unsubscribed');
    expect(mayReceive(consent, { channel: 'email', topic: 'offers', priority: 'promotional' })).toEqual(yes);
    expect(mayReceive(consent, { channel: 'email', topic: null, priority: 'promotional' })).toEqual(yes);
  });

  it('consent on one channel says nothing for another', () => {
    const consent = consentWith('subscribed', 'never_asked');
    expect(mayReceive(consent, { channel: 'sms', topic: null, priority: 'promotional' })).toEqual(noConsent);
    expect(mayReceive(consent, { channel: 'sms', topic: null, priority: 'triggered' })).toEqual(yes);
  });
});
