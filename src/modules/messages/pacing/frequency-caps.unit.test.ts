import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayMs, hourMs } from '../../../core/time.js';
import { localDateOfDayNumber, localDayNumber, startOfLocalDay } from '../../../core/zoned-time.js';
import type { ChannelKind } from '../channels/index.js';
import { capDecision, pendingReservations, type PastSend } from './frequency-caps.js';
import { defaultCapRules, type CapRule, type MessagePriority } from './settings.js';

const at = (iso: string) => new Date(iso);
const hanoi = 'Asia/Ho_Chi_Minh';
const longAgo = at('2020-01-01T00:00:00Z');
const promo = (iso: string, channel: ChannelKind = 'email'): PastSend => ({
  at: at(iso),
  priority: 'promotional',
  channel,
});

describe('frequency caps', () => {
  it('allows two promotional messages a day across channels, then defers to the next local day', () => {
    const sends = [promo('2026-12-06T09:00:00+07:00'), promo('2026-12-06T10:00:00+07:00', 'zalo')];
    const candidate = {
      priority: 'promotional' as const,
      channel: 'sms' as const,
      at: at('2026-12-06T23:30:00+07:00'),
    };
    expect(
      capDecision({
        rules: defaultCapRules,
        sends: sends.slice(1),
        candidate,
        zone: hanoi,
        customerSince: longAgo,
      }),
    ).toEqual({
      fits: true,
    });
    expect(
      capDecision({ rules: defaultCapRules, sends, candidate, zone: hanoi, customerSince: longAgo }),
    ).toEqual({
      fits: false,
      rule: 'promotional_per_day',
      nextSlot: at('2026-12-07T00:00:00+07:00'),
    });
    // The same sends are on two different days for a customer in New York (09:00 and 10:00 in
    // Hanoi are 21:00 and 22:00 the evening before there).
    expect(
      capDecision({
        rules: defaultCapRules,
        sends,
        candidate,
        zone: 'America/New_York',
        customerSince: longAgo,
      }),
    ).toEqual({ fits: true });
  });

  it('counts four messages a week, triggered and promotional, and defers to the day the oldest leaves', () => {
    const sends: PastSend[] = [
      promo('2026-12-01T12:00:00+07:00'),
      { at: at('2026-12-02T12:00:00+07:00'), priority: 'triggered', channel: 'line' },
      { at: at('2026-12-03T12:00:00+07:00'), priority: 'transactional', channel: 'email' },
      promo('2026-12-04T12:00:00+07:00'),
      { at: at('2026-12-05T12:00:00+07:00'), priority: 'triggered', channel: 'push' },
    ];
    const decision = capDecision({
      rules: defaultCapRules,
      sends,
      candidate: { priority: 'triggered', channel: 'email', at: at('2026-12-06T12:00:00+07:00') },
      zone: hanoi,
      customerSince: longAgo,
    });
    // The window of 7 days ending on 8 December no longer holds 1 December.
    expect(decision).toEqual({
      fits: false,
      rule: 'messages_per_week',
      nextSlot: at('2026-12-08T00:00:00+07:00'),
    });
  });

  it('gives a new customer one promotional message in 3 days for their first 14 days, on their calendar', () => {
    const customerSince = at('2026-12-01T10:00:00+07:00');
    const sends = [promo('2026-12-05T08:00:00+07:00')];
    const candidate = {
      priority: 'promotional' as const,
      channel: 'email' as const,
      at: at('2026-12-06T12:00:00+07:00'),
    };
    expect(capDecision({ rules: defaultCapRules, sends, candidate, zone: hanoi, customerSince })).toEqual({
      fits: false,
      rule: 'new_customer_promotional',
      nextSlot: at('2026-12-08T00:00:00+07:00'),
    });
    // On their 15th day (15 December) the rule no longer applies.
    const later = { ...candidate, at: at('2026-12-15T00:30:00+07:00') };
    const recent = [promo('2026-12-14T09:00:00+07:00')];
    expect(
      capDecision({ rules: defaultCapRules, sends: recent, candidate: later, zone: hanoi, customerSince }),
    ).toEqual({
      fits: true,
    });
    expect(
      capDecision({
        rules: defaultCapRules,
        sends: recent,
        candidate: { ...later, at: at('2026-12-14T23:30:00+07:00') },
        zone: hanoi,
        customerSince,
      }),
    ).toEqual({ fits: false, rule: 'new_customer_promotional', nextSlot: at('2026-12-15T00:00:00+07:00') });
  });

  it('lets transactional messages through whatever was sent', () => {
    const sends = Array.from({ length: 50 }, (_, index) =>
      promo(new Date(Date.UTC(2026, 11, 6, 0, index)).toISOString()),
    );
    const candidate = {
      priority: 'transactional' as const,
      channel: 'email' as const,
      at: at('2026-12-06T02:00:00Z'),
    };
    expect(
      capDecision({ rules: defaultCapRules, sends, candidate, zone: hanoi, customerSince: longAgo }),
    ).toEqual({
      fits: true,
    });
  });

  it('starts the next day at the DST-correct midnight in New York', () => {
    const rules: CapRule[] = [
      { id: 'one_a_day', limit: 1, days: 1, priorities: ['promotional'], channels: 'all' },
    ];
    const decision = capDecision({
      rules,
      sends: [promo('2026-03-07T09:00:00-05:00')],
      candidate: { priority: 'promotional', channel: 'email', at: at('2026-03-07T12:00:00-05:00') },
      zone: 'America/New_York',
      customerSince: longAgo,
    });
    expect(decision).toEqual({ fits: false, rule: 'one_a_day', nextSlot: at('2026-03-08T00:00:00-05:00') });
    const after = capDecision({
      rules,
      sends: [promo('2026-03-08T09:00:00-04:00')],
      candidate: { priority: 'promotional', channel: 'email', at: at('2026-03-08T12:00:00-04:00') },
      zone: 'America/New_York',
      customerSince: longAgo,
    });
    expect(after).toEqual({ fits: false, rule: 'one_a_day', nextSlot: at('2026-03-09T00:00:00-04:00') });
  });

  it('answers null when no slot opens within the horizon', () => {
    const rules: CapRule[] = [
      { id: 'tight', limit: 1, days: 90, priorities: ['promotional'], channels: 'all' },
    ];
    const decision = capDecision({
      rules,
      sends: [promo('2026-12-06T09:00:00+07:00')],
      candidate: { priority: 'promotional', channel: 'email', at: at('2026-12-06T12:00:00+07:00') },
      zone: hanoi,
      customerSince: longAgo,
      horizonDays: 30,
    });
    expect(decision).toEqual({ fits: false, rule: 'tight', nextSlot: null });
  });

  it('keeps the last slot for a triggered message due at the same moment as a promotional one', () => {
    const rules: CapRule[] = [
      { id: 'two_a_day', limit: 2, days: 1, priorities: ['triggered', 'promotional'], channels: 'all' },
    ];
    const now = at('2026-12-06T12:00:00+07:00');
    const sends = [promo('2026-12-06T09:00:00+07:00')];
    const due = [
      { id: 'a', priority: 'promotional' as const, channel: 'email' as const },
      { id: 'b', priority: 'triggered' as const, channel: 'zalo' as const },
    ];
    const reserved = pendingReservations(due, due[0]!);
    expect(reserved).toEqual([{ priority: 'triggered', channel: 'zalo' }]);
    expect(
      capDecision({
        rules,
        sends,
        candidate: { ...due[0]!, at: now },
        zone: hanoi,
        customerSince: longAgo,
        reserved,
      }),
    ).toEqual({ fits: false, rule: 'two_a_day', nextSlot: at('2026-12-07T00:00:00+07:00') });
    expect(pendingReservations(due, due[1]!)).toEqual([]);
  });
});

const zones = [
  'America/New_York',
  'Asia/Ho_Chi_Minh',
  'Asia/Tokyo',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
];
/** 30 days that hold New York's spring-forward, its fall-back, and Lord Howe's and Chatham's changes. */
const starts = [Date.UTC(2026, 1, 25), Date.UTC(2026, 8, 20), Date.UTC(2026, 9, 15)];
const channels: ChannelKind[] = ['email', 'sms', 'zalo', 'line'];
const rank: Record<MessagePriority, number> = { transactional: 0, triggered: 1, promotional: 2 };

const ruleArb = fc.record(
  {
    limit: fc.integer({ min: 1, max: 4 }),
    days: fc.integer({ min: 1, max: 7 }),
    priorities: fc.subarray(['triggered', 'promotional'] as const, { minLength: 1 }),
    channels: fc.oneof(fc.constant('all' as const), fc.subarray(channels, { minLength: 1 })),
    new_customer_days: fc.integer({ min: 1, max: 20 }),
  },
  { requiredKeys: ['limit', 'days', 'priorities', 'channels'] },
);
const rulesArb: fc.Arbitrary<CapRule[]> = fc.oneof(
  fc.constant(defaultCapRules),
  fc
    .array(ruleArb, { minLength: 1, maxLength: 3 })
    .map((rules) => rules.map((rule, index) => ({ ...rule, id: `rule_${index}` }))),
);
const priorityArb = fc.constantFrom<MessagePriority>(
  'transactional',
  'triggered',
  'triggered',
  'promotional',
  'promotional',
  'promotional',
);
const arrivalsArb = fc.array(
  fc.record({
    // On the hour, so that messages meet at the same moment and compete.
    hour: fc.integer({ min: 0, max: 30 * 24 }),
    priority: priorityArb,
    channel: fc.constantFrom(...channels),
  }),
  { minLength: 1, maxLength: 40 },
);

interface Pending {
  id: number;
  dueMs: number;
  priority: MessagePriority;
  channel: ChannelKind;
}

/** Whether a rule applied on a day, for a customer whose first day is `firstDay`. */
const appliesOn = (rule: CapRule, day: number, firstDay: number) =>
  rule.new_customer_days === undefined || day - firstDay < rule.new_customer_days;
const countedBy = (rule: CapRule, send: PastSend) =>
  send.priority !== 'transactional' &&
  rule.priorities.includes(send.priority) &&
  (rule.channels === 'all' || rule.channels.includes(send.channel));

describe('frequency caps over a month of messages', () => {
  it('never lets a window hold more than its limit, defers forward only, and keeps slots for higher priorities', () => {
    fc.assert(
      fc.property(
        rulesArb,
        fc.constantFrom(...zones),
        fc.constantFrom(...starts),
        fc.integer({ min: -20, max: 5 }),
        arrivalsArb,
        (rules, zone, startMs, sinceDays, arrivals) => {
          const customerSince = new Date(startMs + sinceDays * dayMs);
          const pending: Pending[] = arrivals.map((arrival, id) => ({
            id,
            dueMs: startMs + arrival.hour * hourMs,
            priority: arrival.priority,
            channel: arrival.channel,
          }));
          const sends: PastSend[] = [];
          while (pending.length > 0) {
            // Messages due at the same moment are decided in arrival order, not by priority:
            // reservations are what keep the higher ones' slots.
            pending.sort((a, b) => a.dueMs - b.dueMs || a.id - b.id);
            const next = pending.shift()!;
            const now = new Date(next.dueMs);
            const sameMoment = pending.filter((message) => message.dueMs === next.dueMs);
            const reserved = pendingReservations(sameMoment, next);
            const decision = capDecision({
              rules,
              sends,
              candidate: { ...next, at: now },
              zone,
              customerSince,
              reserved,
            });
            if (next.priority === 'transactional') expect(decision).toEqual({ fits: true });
            if (decision.fits) {
              sends.push({ at: now, priority: next.priority, channel: next.channel });
              continue;
            }
            expect(rules.map((rule) => rule.id)).toContain(decision.rule);
            if (decision.nextSlot === null) continue;
            expect(decision.nextSlot.getTime()).toBeGreaterThan(next.dueMs);
            // Deferred while a lower-priority message went at this moment: the lower ones did not
            // take its slot; it would be deferred without them too.
            const lowerNow = sends.filter(
              (send) => send.at.getTime() === next.dueMs && rank[send.priority] > rank[next.priority],
            );
            if (lowerNow.length > 0) {
              const without = sends.filter((send) => !lowerNow.includes(send));
              const alone = capDecision({
                rules,
                sends: without,
                candidate: { ...next, at: now },
                zone,
                customerSince,
                reserved,
              });
              expect(alone.fits).toBe(false);
            }
            pending.push({ ...next, dueMs: decision.nextSlot.getTime() });
          }

          const firstDay = localDayNumber(customerSince.getTime(), zone);
          const sendDays = sends.map((send) => ({ send, day: localDayNumber(send.at.getTime(), zone) }));
          if (sendDays.length === 0) return;
          const lastDay = Math.max(...sendDays.map(({ day }) => day));
          const firstSendDay = Math.min(...sendDays.map(({ day }) => day));
          for (const rule of rules) {
            for (let end = firstSendDay; end <= lastDay + rule.days; end += 1) {
              const inWindow = sendDays.filter(
                ({ send, day }) =>
                  day > end - rule.days &&
                  day <= end &&
                  countedBy(rule, send) &&
                  appliesOn(rule, day, firstDay),
              );
              expect(inWindow.length).toBeLessThanOrEqual(rule.limit);
            }
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  it('defers to the earliest local day that fits, at its DST-correct start', () => {
    const pastArb = fc.array(
      fc.record({
        hour: fc.integer({ min: 0, max: 10 * 24 }),
        priority: priorityArb,
        channel: fc.constantFrom(...channels),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(
        rulesArb,
        fc.constantFrom(...zones),
        fc.constantFrom(...starts),
        pastArb,
        fc.integer({ min: 0, max: 24 * 60 - 1 }),
        fc.constantFrom<MessagePriority>('triggered', 'promotional'),
        fc.integer({ min: -20, max: 5 }),
        (rules, zone, startMs, past, minute, priority, sinceDays) => {
          const sends = past.map((send) => ({ ...send, at: new Date(startMs + send.hour * hourMs) }));
          const now = new Date(startMs + 10 * dayMs + minute * 60_000);
          const customerSince = new Date(startMs + sinceDays * dayMs);
          const candidate = { priority, channel: 'email' as const, at: now };
          const decision = capDecision({ rules, sends, candidate, zone, customerSince, horizonDays: 60 });
          if (decision.fits || decision.nextSlot === null) return;
          const slot = decision.nextSlot;
          const slotDay = localDayNumber(slot.getTime(), zone);
          expect(slot).toEqual(startOfLocalDay(localDateOfDayNumber(slotDay), zone));
          expect(localDayNumber(slot.getTime() - 1, zone)).toBe(slotDay - 1);
          expect(
            capDecision({ rules, sends, candidate: { ...candidate, at: slot }, zone, customerSince }),
          ).toEqual({
            fits: true,
          });
          for (let day = localDayNumber(now.getTime(), zone) + 1; day < slotDay; day += 1) {
            const dayStart = startOfLocalDay(localDateOfDayNumber(day), zone);
            expect(
              capDecision({ rules, sends, candidate: { ...candidate, at: dayStart }, zone, customerSince })
                .fits,
            ).toBe(false);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never lets a lower-priority message take the slot a reserved higher one fits in', () => {
    fc.assert(
      fc.property(
        rulesArb,
        fc.constantFrom(...zones),
        fc.array(
          fc.record({
            hour: fc.integer({ min: 0, max: 8 * 24 }),
            priority: priorityArb,
            channel: fc.constantFrom(...channels),
          }),
          {
            maxLength: 10,
          },
        ),
        fc.constantFrom(...channels),
        fc.constantFrom(...channels),
        (rules, zone, past, higherChannel, lowerChannel) => {
          const startMs = starts[0]!;
          const sends = past.map((send) => ({ ...send, at: new Date(startMs + send.hour * hourMs) }));
          const now = new Date(startMs + 8 * dayMs + 12 * hourMs);
          const higher = { priority: 'triggered' as const, channel: higherChannel };
          const lower = { priority: 'promotional' as const, channel: lowerChannel };
          const base = { rules, zone, customerSince: longAgo };
          const higherFits = capDecision({ ...base, sends, candidate: { ...higher, at: now } }).fits;
          const lowerFits = capDecision({
            ...base,
            sends,
            candidate: { ...lower, at: now },
            reserved: pendingReservations([higher], lower),
          }).fits;
          if (!higherFits || !lowerFits) return;
          const afterLower = [...sends, { ...lower, at: now }];
          expect(capDecision({ ...base, sends: afterLower, candidate: { ...higher, at: now } }).fits).toBe(
            true,
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
