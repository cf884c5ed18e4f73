// A workspace's pacing settings as the API takes them: quiet hours, per-channel overrides,
// frequency caps, and whether channels' legal sending windows apply.
import { z } from 'zod';
import { channelKinds } from '../channels/index.js';

export const messagePriorities = ['transactional', 'triggered', 'promotional'] as const;
/** transactional › triggered › promotional: the order in which competing messages go. */
export type MessagePriority = (typeof messagePriorities)[number];

/** Lower goes first: the dispatcher claims by it, and a higher priority reserves cap slots. */
export const priorityRank: Record<MessagePriority, number> = {
  transactional: 0,
  triggered: 1,
  promotional: 2,
};
/** The priorities caps count; transactional messages bypass caps. */
export type CappedPriority = Exclude<MessagePriority, 'transactional'>;
const cappedPriorities = ['triggered', 'promotional'] as const satisfies readonly CappedPriority[];

const timeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time of day as HH:MM, from 00:00 to 23:59' })
  .describe('Local time of day, HH:MM (24-hour clock).')
  .meta({ examples: ['21:00'] });

/** A daily window in which messages wait; start after end crosses midnight, start = end is none. */
const quietHoursSchema = z.strictObject({ start: timeOfDay, end: timeOfDay });
export type QuietHours = z.infer<typeof quietHoursSchema>;

const channelList = channelKinds.join(', ');

const capRuleSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9_]{1,40}$/, {
      error: 'must be 1 to 40 lowercase letters, digits or underscores, e.g. promotional_per_day',
    })
    .describe('Names the rule in the decision recorded on a deferred message.'),
  limit: z.number().int().min(1).max(1000).describe('At most this many messages in the window.'),
  days: z
    .number()
    .int()
    .min(1)
    .max(90)
    .describe("The window in the customer's calendar days: 1 is today, 7 is today and the 6 days before."),
  priorities: z.array(z.enum(cappedPriorities)).min(1).describe('Which messages count and are capped.'),
  channels: z
    .union([z.literal('all'), z.array(z.enum(channelKinds)).min(1)], {
      error: `must be "all" or a list of channels from ${channelList}`,
    })
    .describe('"all" counts messages on every channel together.'),
  new_customer_days: z
    .number()
    .int()
    .min(1)
    .max(365)
    .optional()
    .describe("The rule applies only in the customer's first this many calendar days."),
});
export type CapRule = z.infer<typeof capRuleSchema>;

export const pacingSettingsSchema = z.strictObject({
  quiet_hours: quietHoursSchema
    .nullable()
    .describe("In the customer's own time zone; null sends at any hour."),
  channel_quiet_hours: z
    .partialRecord(z.enum(channelKinds), quietHoursSchema.nullable(), {
      error: (issue) => {
        // zod's type leaves out the unknown-keys issue a partial record raises.
        const raised: { code: string; keys?: string[] } = issue;
        if (raised.code === 'unrecognized_keys' && raised.keys) {
          return `${raised.keys.join(', ')} is not a channel (the channels are ${channelList})`;
        }
        if (raised.code === 'invalid_type') return `must be a JSON object keyed by channel (${channelList})`;
        return undefined;
      },
    })
    .describe('Replaces quiet_hours for a channel; null turns them off on that channel.'),
  frequency_caps: z
    .array(capRuleSchema)
    .max(20)
    .refine((rules) => new Set(rules.map((rule) => rule.id)).size === rules.length, {
      error: 'must give each rule its own id',
    }),
  respect_legal_presets: z
    .boolean()
    .describe("Channels' legal sending windows (Zalo ZNS: 07:00-22:00 Vietnam time) apply on top."),
});
export type PacingSettings = z.infer<typeof pacingSettingsSchema>;

/**
 * The first seed article's advice: a new relationship is not drowned in sales messages; a
 * customer in their first 14 days gets at most one promotional message every 3 days.
 */
export const defaultCapRules: CapRule[] = [
  { id: 'promotional_per_day', limit: 2, days: 1, priorities: ['promotional'], channels: 'all' },
  { id: 'messages_per_week', limit: 4, days: 7, priorities: ['triggered', 'promotional'], channels: 'all' },
  {
    id: 'new_customer_promotional',
    limit: 1,
    days: 3,
    priorities: ['promotional'],
    channels: 'all',
    new_customer_days: 14,
  },
];

export const defaultPacingSettings: PacingSettings = {
  quiet_hours: { start: '21:00', end: '08:00' },
  channel_quiet_hours: {},
  frequency_caps: defaultCapRules,
  respect_legal_presets: true,
};
