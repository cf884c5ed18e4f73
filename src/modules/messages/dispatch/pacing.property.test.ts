import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../core/clock.js';
import { localDayNumber } from '../../../core/zoned-time.js';
import { queryRows } from '../../../db/connection.js';
import {
  createTestShop,
  sendIdentify,
  testSecretKey,
  useTestApp,
  type TestShop,
} from '../../../testing/index.js';
import { findCustomerRef } from '../../customers/index.js';
import { ChannelAdapters } from '../channel-store.js';
import { isQuiet } from '../pacing/index.js';
import { Dispatcher } from './dispatcher.js';

// The dispatcher over random sequences of messages, priorities, caps, quiet hours and unsubscribes,
// on the real database with a moving clock: whatever arrives when, no customer gets more than a
// cap allows in their own calendar days, nothing promotional or triggered goes out in their quiet
// hours, nothing non-transactional goes out after their unsubscribe committed, and a message a
// cap holds never loses its slot to a lower-priority one due at the same moment.
const clock = fixedClock(new Date('2026-03-06T00:00:00Z'));
const getApp = useTestApp({ clock, privateDatabase: true });
const db = () => getApp().ctx.db;
const adapters = new ChannelAdapters(testSecretKey);
afterAll(() => adapters.close());

const people = [
  // New York changes to daylight time on 2026-03-08, inside the runs.
  {
    userId: 'ny',
    traits: { email: 'ny@example.com', phone: '+12125550100', timezone: 'America/New_York' },
    zone: 'America/New_York',
  },
  // No zone: read from the +84 number.
  { userId: 'vn', traits: { email: 'vn@example.com', phone: '+84912345678' }, zone: 'Asia/Ho_Chi_Minh' },
  {
    userId: 'jp',
    traits: { email: 'jp@example.com', phone: '+819012345678', timezone: 'Asia/Tokyo' },
    zone: 'Asia/Tokyo',
  },
];
const priorities = ['transactional', 'triggered', 'promotional'] as const;
const rank = { transactional: 0, triggered: 1, promotional: 2 };

const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 30))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const rule = fc.record({
  limit: fc.integer({ min: 1, max: 3 }),
  days: fc.integer({ min: 1, max: 4 }),
  priorities: fc.constantFrom(['promotional'], ['triggered', 'promotional']),
});
const step = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('send' as const),
      person: fc.nat(2),
      priority: fc.constantFrom(...priorities),
      channel: fc.constantFrom('email', 'sms'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unsubscribe' as const), person: fc.nat(2) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('wait' as const),
      minutes: fc.integer({ min: 1, max: 18 * 60 }),
    }),
  },
);

interface Sent {
  customer: string;
  priority: keyof typeof rank;
  channel: string;
  handed: Date;
  decisions: { decision: string; reason?: string; at: string }[];
}

async function dispatchDue() {
  const dispatcher = new Dispatcher(db(), adapters, { clock, publicUrl: 'https://retain.test' });
  while ((await dispatcher.dispatchOnce()).claimed > 0);
}

async function setUp(
  shop: TestShop,
  quiet: { start: string; end: string } | null,
  rules: { limit: number; days: number; priorities: readonly string[] }[],
) {
  const ids: string[] = [];
  for (const person of people) {
    await sendIdentify(db(), shop.workspace.id, person.userId, person.traits, clock.now());
    ids.push((await findCustomerRef(db(), shop.workspace.id, person.userId))!);
    for (const channel of ['email', 'sms']) {
      await shop.request({
        method: 'PUT',
        url: `/v1/customers/${person.userId}/consent`,
        payload: { channel, status: 'subscribed' },
      });
    }
  }
  const caps = rules.map((r, i) => ({ id: `rule_${i}`, ...r, channels: 'all' }));
  const settings = await shop.request({
    method: 'PATCH',
    url: '/v1/messaging/settings',
    payload: { pacing: { quiet_hours: quiet, frequency_caps: caps, respect_legal_presets: true } },
  });
  expect(settings.statusCode, settings.body).toBe(200);
  const templates: Record<string, string> = {};
  for (const channel of ['email', 'sms']) {
    const made = await shop.request({
      method: 'POST',
      url: '/v1/templates',
      payload: {
        name: channel,
        channel,
        subject: 'Hi',
        body:
          channel === 'email'
            ? '<p>Hi {{ customer.first_name | default: "there" }} <a href="{{ links.unsubscribe }}">x</a></p>'
            : 'Hi',
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    templates[channel] = made.json<{ id: string }>().id;
  }
  return { ids, templates };
}

describe('pacing under random traffic', () => {
  it('keeps caps, quiet hours, unsubscribes and priorities', async () => {
    // What the runs went through, so a run that exercised nothing cannot pass for a proof.
    const seen = { handed: 0, capped: 0, quiet: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.option(fc.record({ start: hhmm, end: hhmm }), { nil: null }),
        fc.array(rule, { minLength: 1, maxLength: 2 }),
        fc.array(step, { minLength: 10, maxLength: 30 }),
        async (quiet, rules, steps) => {
          clock.set(new Date('2026-03-06T00:00:00Z'));
          const shop = await createTestShop(getApp(), { timezone: 'UTC' });
          const { ids, templates } = await setUp(shop, quiet, rules);
          const unsubscribedAt = new Map<string, Date>();
          for (const action of steps) {
            if (action.kind === 'wait') clock.set(new Date(clock.now().getTime() + action.minutes * 60_000));
            if (action.kind === 'send') {
              // A second between messages: what was handed before a message existed never competed with it.
              clock.set(new Date(clock.now().getTime() + 1000));
              const response = await shop.request({
                method: 'POST',
                url: '/v1/messages',
                payload: {
                  customer: people[action.person]!.userId,
                  template: templates[action.channel],
                  priority: action.priority,
                },
              });
              expect(response.statusCode, response.body).toBe(201);
            }
            if (action.kind === 'unsubscribe' && !unsubscribedAt.has(ids[action.person]!)) {
              await shop.request({
                method: 'PUT',
                url: `/v1/customers/${people[action.person]!.userId}/consent`,
                payload: { channel: 'email', status: 'unsubscribed' },
              });
              unsubscribedAt.set(ids[action.person]!, clock.now());
            }
            await dispatchDue();
          }
          // Let every deferred message come due: the clock goes to each next send_after.
          for (;;) {
            const [next] = await queryRows<{ at: Date | null }>(
              db(),
              sql`select min(send_after) as at from messages where workspace_id = ${shop.workspace.id} and status = 'queued'`,
            );
            if (!next?.at) break;
            clock.set(new Date(Math.max(clock.now().getTime(), new Date(next.at).getTime())));
            await dispatchDue();
          }
          const sent = await queryRows<Sent>(
            db(),
            sql`select customer_id as customer, priority, channel, handed_at as handed, decisions from messages
                where workspace_id = ${shop.workspace.id} and handed_at is not null`,
          );
          const [{ waiting }] = (await queryRows<{ waiting: number }>(
            db(),
            sql`select count(*)::int as waiting from messages where workspace_id = ${shop.workspace.id} and status in ('queued', 'sending')`,
          )) as [{ waiting: number }];
          expect(waiting).toBe(0);
          seen.handed += sent.length;
          for (const message of sent) {
            seen.capped += message.decisions.filter((d) => d.reason === 'frequency_cap').length;
            seen.quiet += message.decisions.filter((d) => d.reason === 'quiet_hours').length;
            const zone = people[ids.indexOf(message.customer)]!.zone;
            const handed = new Date(message.handed);
            if (message.priority !== 'transactional' && quiet)
              expect(isQuiet(handed, zone, quiet)).toBe(false);
            const unsubscribed = unsubscribedAt.get(message.customer);
            if (message.priority !== 'transactional' && message.channel === 'email' && unsubscribed) {
              expect(handed.getTime()).toBeLessThanOrEqual(unsubscribed.getTime());
            }
          }
          for (const [i, customer] of ids.entries()) {
            const zone = people[i]!.zone;
            const days = sent
              .filter((m) => m.customer === customer)
              .map((m) => ({
                day: localDayNumber(new Date(m.handed).getTime(), zone),
                priority: m.priority,
              }));
            for (const r of rules) {
              const counted = days.filter((d) => (r.priorities as readonly string[]).includes(d.priority));
              for (const { day } of counted) {
                for (let end = day; end < day + r.days; end++) {
                  const inWindow = counted.filter((d) => d.day > end - r.days && d.day <= end).length;
                  expect(inWindow).toBeLessThanOrEqual(r.limit);
                }
              }
            }
            // A cap deferred a message at a moment: nothing of lower priority was handed then.
            for (const held of sent.filter((m) => m.customer === customer)) {
              for (const decision of held.decisions) {
                if (decision.decision !== 'deferred' || decision.reason !== 'frequency_cap') continue;
                const lower = sent.filter(
                  (m) =>
                    m.customer === customer &&
                    rank[m.priority] > rank[held.priority] &&
                    new Date(m.handed).toISOString() === decision.at,
                );
                expect(lower).toEqual([]);
              }
            }
          }
        },
      ),
      { numRuns: 20 },
    );
    expect(seen.handed).toBeGreaterThan(50);
    expect(seen.capped).toBeGreaterThan(0);
    expect(seen.quiet).toBeGreaterThan(0);
  }, 300_000);
});
