import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayMs, minuteMs } from '../../../core/time.js';
import { localDayNumber } from '../../../core/zoned-time.js';
import type { ChannelKind } from '../channels/index.js';
import { pacingDecision } from './decision.js';
import { pendingReservations, type PastSend } from './frequency-caps.js';
import { effectiveQuietHours, isQuiet } from './quiet-hours.js';
import {
  defaultPacingSettings,
  type CapRule,
  type MessagePriority,
  type PacingSettings,
  type QuietHours,
} from './settings.js';
import { customerZone } from './time-zone.js';

const at = (iso: string) => new Date(iso);
const longAgo = at('2020-01-01T00:00:00Z');
const promo = (iso: string): PastSend => ({ at: at(iso), priority: 'promotional', channel: 'email' });

describe('pacing decision', () => {
  const { zone } = customerZone({ phone: '+84912345678' }, 'America/New_York');

  it('holds a promotion to a +84 customer at 21:30 Hanoi time until 08:00 there', () => {
    expect(
      pacingDecision({
        candidate: { priority: 'promotional', channel: 'email', at: at('2026-12-06T21:30:00+07:00') },
        zone,
        settings: defaultPacingSettings,
        sends: [],
        customerSince: longAgo,
      }),
    ).toEqual({
      send: false,
      reason: 'quiet_hours',
      window: 'workspace',
      until: at('2026-12-07T08:00:00+07:00'),
    });
  });

  it('sends a transactional message at 03:00 whatever the caps and the hour', () => {
    expect(
      pacingDecision({
        candidate: { priority: 'transactional', channel: 'zalo', at: at('2026-12-06T03:00:00+07:00') },
        zone,
        settings: defaultPacingSettings,
        sends: [promo('2026-12-06T01:00:00+07:00'), promo('2026-12-06T02:00:00+07:00')],
        customerSince: longAgo,
      }),
    ).toEqual({ send: true });
  });

  it('defers a capped message to the next day, then past that morning’s quiet hours', () => {
    expect(
      pacingDecision({
        candidate: { priority: 'promotional', channel: 'email', at: at('2026-12-06T15:00:00+07:00') },
        zone,
        settings: defaultPacingSettings,
        sends: [promo('2026-12-06T09:00:00+07:00'), promo('2026-12-06T10:00:00+07:00')],
        customerSince: longAgo,
      }),
    ).toEqual({
      send: false,
      reason: 'frequency_cap',
      rule: 'promotional_per_day',
      until: at('2026-12-07T08:00:00+07:00'),
    });
  });

  it('holds a Zalo promotion to a Tokyo customer until Vietnam’s 07:00 as well as Tokyo’s 08:00', () => {
    expect(
      pacingDecision({
        candidate: { priority: 'promotional', channel: 'zalo', at: at('2026-12-07T08:30:00+09:00') },
        zone: 'Asia/Tokyo',
        settings: defaultPacingSettings,
        sends: [],
        customerSince: longAgo,
      }),
    ).toEqual({
      send: false,
      reason: 'quiet_hours',
      window: 'legal',
      until: at('2026-12-07T09:00:00+09:00'),
    });
  });

  it('answers null when the windows never open', () => {
    // Tokyo's 00:00-06:00 is Vietnam's 22:00-04:00, all inside Zalo's 22:00-07:00.
    const decision = pacingDecision({
      candidate: { priority: 'promotional', channel: 'zalo', at: at('2026-12-07T12:00:00+09:00') },
      zone: 'Asia/Tokyo',
      settings: { ...defaultPacingSettings, quiet_hours: { start: '06:00', end: '00:00' } },
      sends: [],
      customerSince: longAgo,
    });
    expect(decision).toEqual({ send: false, reason: 'quiet_hours', window: 'workspace', until: null });
  });
});

const channels: ChannelKind[] = ['email', 'sms', 'zalo', 'line', 'push'];
const rank: Record<MessagePriority, number> = { transactional: 0, triggered: 1, promotional: 2 };
const customers = fc.constantFrom(
  { timezone: 'America/New_York' },
  { phone: '+84912345678' },
  { timezone: 'Australia/Lord_Howe' },
  { timezone: 'Pacific/Chatham' },
  { phone: '+12125550123' },
);
const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 30))
  .map(([hour, minute]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
const quietArb: fc.Arbitrary<QuietHours | null> = fc.oneof(
  fc.constant({ start: '21:00', end: '08:00' }),
  fc.constant(null),
  fc.record({ start: hhmm, end: hhmm }),
);
const settingsArb: fc.Arbitrary<PacingSettings> = fc.record({
  quiet_hours: quietArb,
  channel_quiet_hours: fc.dictionary(fc.constantFrom(...channels), quietArb, { maxKeys: 2 }),
  frequency_caps: fc.constant(defaultPacingSettings.frequency_caps),
  respect_legal_presets: fc.boolean(),
});
/** Around New York's fall-back (1 November 2026) and spring-forward (8 March 2026). */
const starts = [Date.UTC(2026, 9, 18), Date.UTC(2026, 1, 22)];

describe('pacing a month of messages for one customer', () => {
  it('sends nothing in quiet hours or over a cap, and never lets a lower priority take a higher one’s slot', () => {
    fc.assert(
      fc.property(
        customers,
        settingsArb,
        fc.constantFrom(...starts),
        fc.array(
          fc.record({
            // On the half hour, so that messages meet at the same moment.
            slot: fc.integer({ min: 0, max: 30 * 48 }),
            priority: fc.constantFrom<MessagePriority>(
              'transactional',
              'triggered',
              'promotional',
              'promotional',
            ),
            channel: fc.constantFrom(...channels),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        (customer, settings, startMs, arrivals) => {
          const { zone } = customerZone(customer, 'Asia/Bangkok');
          const customerSince = new Date(startMs - 3 * dayMs);
          const pending = arrivals.map((arrival, id) => ({
            id,
            dueMs: startMs + arrival.slot * 30 * minuteMs,
            priority: arrival.priority,
            channel: arrival.channel,
          }));
          const sends: PastSend[] = [];
          while (pending.length > 0) {
            pending.sort((a, b) => a.dueMs - b.dueMs || a.id - b.id);
            const next = pending.shift()!;
            const now = new Date(next.dueMs);
            const reserved = pendingReservations(
              pending.filter((message) => message.dueMs === next.dueMs),
              next,
            );
            const input = { candidate: { ...next, at: now }, zone, settings, customerSince, reserved };
            const decision = pacingDecision({ ...input, sends });
            if (next.priority === 'transactional') expect(decision).toEqual({ send: true });
            if (decision.send) {
              for (const window of effectiveQuietHours(next.channel, next.priority, settings)) {
                expect(isQuiet(now, window.zone ?? zone, window.quiet)).toBe(false);
              }
              sends.push({ at: now, priority: next.priority, channel: next.channel });
              continue;
            }
            if (decision.until === null) continue;
            expect(decision.until.getTime()).toBeGreaterThan(next.dueMs);
            const lowerNow = sends.filter(
              (send) => send.at.getTime() === next.dueMs && rank[send.priority] > rank[next.priority],
            );
            if (lowerNow.length > 0) {
              const alone = pacingDecision({
                ...input,
                sends: sends.filter((send) => !lowerNow.includes(send)),
              });
              expect(alone.send).toBe(false);
            }
            pending.push({ ...next, dueMs: decision.until.getTime() });
          }
          expectWithinCaps(settings.frequency_caps, sends, zone, customerSince);
        },
      ),
      { numRuns: 60 },
    );
  });
});

function expectWithinCaps(rules: readonly CapRule[], sends: readonly PastSend[], zone: string, since: Date) {
  const firstDay = localDayNumber(since.getTime(), zone);
  const days = sends.map((send) => ({ send, day: localDayNumber(send.at.getTime(), zone) }));
  if (days.length === 0) return;
  const from = Math.min(...days.map(({ day }) => day));
  const to = Math.max(...days.map(({ day }) => day));
  for (const rule of rules) {
    for (let end = from; end <= to + rule.days; end += 1) {
      const counted = days.filter(
        ({ send, day }) =>
          day > end - rule.days &&
          day <= end &&
          send.priority !== 'transactional' &&
          rule.priorities.includes(send.priority) &&
          (rule.channels === 'all' || rule.channels.includes(send.channel)) &&
          (rule.new_customer_days === undefined || day - firstDay < rule.new_customer_days),
      );
      expect(counted.length).toBeLessThanOrEqual(rule.limit);
    }
  }
}
