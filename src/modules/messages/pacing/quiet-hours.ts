// Quiet hours: daily windows of local wall time in which a message waits. A window is read on the
// clocks of a zone (the customer's, or a channel's legal zone), so a DST change moves it with the
// clocks: New York's 21:00-08:00 ends at 08:00 EDT in summer and 08:00 EST in winter.
import { assert } from '../../../core/assert.js';
import { dayMs, minuteMs } from '../../../core/time.js';
import {
  firstInstantAtOrAfterWall,
  localDateOfDayNumber,
  offsetChangeBetween,
  zoneOffsetMs,
} from '../../../core/zoned-time.js';
import type { ChannelKind } from '../channels/index.js';
import type { CappedPriority, MessagePriority, PacingSettings, QuietHours } from './settings.js';
import { quietHoursSearchMs } from '../../../core/limits.js';

function minutesOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** The zone's calendar day of an instant and how far into it the clocks are. */
function localClock(instantMs: number, zone: string): { dayNumber: number; msOfDay: number } {
  const wallMs = instantMs + zoneOffsetMs(zone, instantMs);
  const dayNumber = Math.floor(wallMs / dayMs);
  return { dayNumber, msOfDay: wallMs - dayNumber * dayMs };
}

function insideWindow(msOfDay: number, quiet: QuietHours): boolean {
  const start = minutesOfDay(quiet.start) * minuteMs;
  const end = minutesOfDay(quiet.end) * minuteMs;
  if (start === end) return false;
  return start < end ? msOfDay >= start && msOfDay < end : msOfDay >= start || msOfDay < end;
}

/** Whether the zone's clocks show a time inside the window at the instant. */
export function isQuiet(at: Date, zone: string, quiet: QuietHours): boolean {
  return insideWindow(localClock(at.getTime(), zone).msOfDay, quiet);
}

/**
 * When the window is over: null when `at` is outside it, else the first instant after `at` whose
 * wall time is outside it. That is where the clocks reach the window's end, or earlier where they
 * jump out of it: a spring-forward that skips the end (22:00-02:30 in New York on the day 02:xx
 * does not exist → 03:00 EDT) or a fall-back that turns them back before its start (01:30-03:00 at
 * 01:45 EDT on the day New York falls back → 01:00 EST, the moment the clocks show 01:00 again).
 */
export function quietHoursEnd(at: Date, zone: string, quiet: QuietHours): Date | null {
  const quietAt = (instantMs: number) => insideWindow(localClock(instantMs, zone).msOfDay, quiet);
  let fromMs = at.getTime();
  if (!quietAt(fromMs)) return null;
  const startMs = minutesOfDay(quiet.start) * minuteMs;
  const endMinutes = minutesOfDay(quiet.end);
  const endCrossesMidnight = startMs > endMinutes * minuteMs;
  // Each pass leaves the window unless a clock change lands back inside it, which needs a window
  // open for less time than the change (an hour) and happens at most twice a year.
  for (let pass = 0; pass < 4; pass += 1) {
    const { dayNumber, msOfDay } = localClock(fromMs, zone);
    const endDay = endCrossesMidnight && msOfDay >= startMs ? dayNumber + 1 : dayNumber;
    const endWall = {
      ...localDateOfDayNumber(endDay),
      hour: Math.floor(endMinutes / 60),
      minute: endMinutes % 60,
    };
    let endsMs = firstInstantAtOrAfterWall(endWall, zone, fromMs).getTime();
    const change = offsetChangeBetween(zone, fromMs, endsMs);
    if (change !== null && change < endsMs && !quietAt(change)) endsMs = change;
    if (!quietAt(endsMs)) return new Date(endsMs);
    fromMs = endsMs;
  }
  assert(false, `quiet hours ${quiet.start}-${quiet.end} in ${zone} end after ${at.toISOString()}`);
}

/** A window on a zone's clocks: the customer's (zone null) or a channel's legal zone. */
export interface ZonedQuietHours {
  quiet: QuietHours;
  zone: string | null;
  source: 'workspace' | 'channel' | 'legal';
}

/** A channel's legal sending window, in the zone the rule is written for. */
interface LegalPreset {
  channel: ChannelKind;
  zone: string;
  allowed: { start: string; end: string };
  priorities: readonly CappedPriority[];
}

/**
 * Zalo ZNS templates tagged customer care (Tag 2) or promotion (Tag 3) may be sent from 07:00 to
 * 22:00 Vietnam time; transaction templates (Tag 1) round the clock, and a night send of the others
 * is refused with error -133. Source: Zalo Business reference, "check_sending_rules"
 * (https://glama.ai/mcp/connectors/vn.since98/zalo-business-reference/tools/check_sending_rules),
 * which notes that Zalo's announcements disagree on the date this took effect. Triggered messages
 * (review requests, at-risk nudges, points expiring) go out as Tag 2 or 3, so both are held.
 */
const legalQuietHours: readonly LegalPreset[] = [
  {
    channel: 'zalo',
    zone: 'Asia/Ho_Chi_Minh',
    allowed: { start: '07:00', end: '22:00' },
    priorities: ['triggered', 'promotional'],
  },
];

/**
 * The windows a message waits out, by channel and priority. Transactional messages (receipts,
 * password resets) wait for nothing: not the workspace's quiet hours, and not the legal windows,
 * which exempt transactions (Zalo's Tag 1). Triggered and promotional messages wait for the
 * channel's own quiet hours when the workspace set them (null: none on that channel), else the
 * workspace's, in the customer's zone; and for the channel's legal window in its own zone.
 */
export function effectiveQuietHours(
  channel: ChannelKind,
  priority: MessagePriority,
  settings: PacingSettings,
): ZonedQuietHours[] {
  if (priority === 'transactional') return [];
  const windows: ZonedQuietHours[] = [];
  const override = settings.channel_quiet_hours[channel];
  const own = override === undefined ? settings.quiet_hours : override;
  if (own) windows.push({ quiet: own, zone: null, source: override === undefined ? 'workspace' : 'channel' });
  if (settings.respect_legal_presets) {
    for (const preset of legalQuietHours) {
      if (preset.channel !== channel || !preset.priorities.includes(priority)) continue;
      windows.push({
        quiet: { start: preset.allowed.end, end: preset.allowed.start },
        zone: preset.zone,
        source: 'legal',
      });
    }
  }
  return windows;
}

/**
 * The first instant at or after `at` outside every window (`at` itself when none holds it), or null
 * when they cover every hour. Every instant before the latest end among the windows holding `at` is
 * inside one of them, so jumping there skips no free instant.
 */
export function quietHoursOver(
  at: Date,
  customerZone: string,
  windows: readonly ZonedQuietHours[],
): Date | null {
  let fromMs = at.getTime();
  while (fromMs - at.getTime() <= quietHoursSearchMs) {
    let latestMs = fromMs;
    for (const window of windows) {
      const ends = quietHoursEnd(new Date(fromMs), window.zone ?? customerZone, window.quiet);
      if (ends) latestMs = Math.max(latestMs, ends.getTime());
    }
    if (latestMs === fromMs) return new Date(fromMs);
    fromMs = latestMs;
  }
  return null;
}
