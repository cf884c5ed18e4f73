import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayMs } from '../../core/time.js';
import { correctClockSkew, normaliseEvent } from './ingest.js';

const receivedAt = new Date('2026-03-01T12:00:00.000Z');
const ms = (date: Date) => date.getTime();
// Client clocks up to a year off, events up to a week before sending.
const offsetMs = fc.integer({ min: -365 * dayMs, max: 365 * dayMs });
const delayMs = fc.integer({ min: 0, max: 7 * dayMs });

describe('correctClockSkew', () => {
  it('does not depend on how wrong the client clock is', () => {
    fc.assert(
      fc.property(offsetMs, delayMs, (offset, delay) => {
        const sentAt = new Date(ms(receivedAt) + offset);
        const clientTime = new Date(ms(sentAt) - delay);
        expect(ms(correctClockSkew({ clientTime, sentAt, receivedAt }))).toBe(ms(receivedAt) - delay);
      }),
    );
  });

  it('never dates an event after it was received', () => {
    fc.assert(
      fc.property(offsetMs, offsetMs, fc.boolean(), (client, sent, withSentAt) => {
        const clientTime = new Date(ms(receivedAt) + client);
        const sentAt = withSentAt ? new Date(ms(receivedAt) + sent) : undefined;
        expect(ms(correctClockSkew({ clientTime, sentAt, receivedAt }))).toBeLessThanOrEqual(ms(receivedAt));
      }),
    );
  });

  it('takes the client time as is without sentAt, and the receive time without either', () => {
    const clientTime = new Date('2025-12-24T18:00:00Z');
    expect(correctClockSkew({ clientTime, receivedAt })).toEqual(clientTime);
    expect(correctClockSkew({ receivedAt })).toEqual(receivedAt);
  });
});

describe('normaliseEvent', () => {
  it('keeps the message id, or makes one', () => {
    const message = { type: 'track' as const, event: 'E', userId: 'u1' };
    expect(normaliseEvent({ ...message, messageId: 'm-1' }, { receivedAt }).messageId).toBe('m-1');
    const made = normaliseEvent(message, { receivedAt }).messageId;
    expect(made).toMatch(/^[0-9a-f-]{36}$/);
    expect(normaliseEvent(message, { receivedAt }).messageId).not.toBe(made);
  });
});
