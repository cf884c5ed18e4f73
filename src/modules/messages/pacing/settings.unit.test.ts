import { describe, expect, it } from 'vitest';
import { paramOf } from '../../../core/errors.js';
import { zodIssueMessage } from '../../../core/validation-messages.js';
import { defaultPacingSettings, pacingSettingsSchema } from './settings.js';

/** What the API would answer for a body, issue by issue, naming each field as the API does. */
function problems(body: unknown): string[] {
  const parsed = pacingSettingsSchema.safeParse(body);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => zodIssueMessage(paramOf(issue.path), issue));
}

describe('pacing settings', () => {
  it('accepts the defaults: 21:00-08:00, two promotional a day, four a week, gentle with new customers', () => {
    expect(pacingSettingsSchema.parse(defaultPacingSettings)).toEqual(defaultPacingSettings);
    expect(defaultPacingSettings.quiet_hours).toEqual({ start: '21:00', end: '08:00' });
    expect(defaultPacingSettings.frequency_caps.map((rule) => [rule.id, rule.limit, rule.days])).toEqual([
      ['promotional_per_day', 2, 1],
      ['messages_per_week', 4, 7],
      ['new_customer_promotional', 1, 3],
    ]);
  });

  it('names the field and the HH:MM form of a bad time of day', () => {
    expect(problems({ ...defaultPacingSettings, quiet_hours: { start: '9:00', end: '24:00' } })).toEqual([
      'quiet_hours.start: must be a time of day as HH:MM, from 00:00 to 23:59',
      'quiet_hours.end: must be a time of day as HH:MM, from 00:00 to 23:59',
    ]);
  });

  it('names an unknown channel and lists the channels', () => {
    expect(problems({ ...defaultPacingSettings, channel_quiet_hours: { fax: null, email: null } })).toEqual([
      'channel_quiet_hours: fax is not a channel (the channels are email, sms, line, zalo, whatsapp, push, webhook, in_app)',
    ]);
  });

  it('bounds cap rules and refuses two rules with one id', () => {
    const rule = { id: 'daily', limit: 0, days: 91, priorities: ['transactional'], channels: ['email'] };
    expect(problems({ ...defaultPacingSettings, frequency_caps: [rule] })).toEqual([
      'frequency_caps[0].limit must be at least 1',
      'frequency_caps[0].days must be at most 90',
      'frequency_caps[0].priorities[0] must be one of "triggered", "promotional"',
    ]);
    const valid = { id: 'daily', limit: 1, days: 1, priorities: ['promotional'], channels: 'all' };
    expect(problems({ ...defaultPacingSettings, frequency_caps: [valid, valid] })).toEqual([
      'frequency_caps: must give each rule its own id',
    ]);
    expect(problems({ ...defaultPacingSettings, frequency_caps: [{ ...valid, channels: ['fax'] }] })).toEqual(
      [
        'frequency_caps[0].channels: must be "all" or a list of channels from email, sms, line, zalo, whatsapp, push, webhook, in_app',
      ],
    );
  });
});
