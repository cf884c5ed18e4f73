// The dispatcher's one question, after consent and suppression: may this message go now, and if
// not, why and when. Caps and quiet hours can push each other (a slot that opens at midnight is in
// quiet hours; quiet hours read in Vietnam time can end on the customer's next calendar day), so
// the answer is the first instant both allow.
import { assert } from '../../../core/assert.js';
import { dayMs } from '../../../core/time.js';
import type { ChannelKind } from '../channels/index.js';
import { capDecision, type PastSend, type Reservation } from './frequency-caps.js';
import { effectiveQuietHours, isQuiet, quietHoursOver, type ZonedQuietHours } from './quiet-hours.js';
import type { MessagePriority, PacingSettings } from './settings.js';
import { messagePacingHorizonDays } from '../../../core/limits.js';

export type PacingDecision =
  | { send: true }
  | { send: false; reason: 'frequency_cap'; rule: string; until: Date | null }
  | { send: false; reason: 'quiet_hours'; window: ZonedQuietHours['source']; until: Date | null };

export interface PacingInput {
  candidate: { priority: MessagePriority; channel: ChannelKind; at: Date };
  /** The customer's zone (customerZone). */
  zone: string;
  settings: PacingSettings;
  sends: readonly PastSend[];
  reserved?: readonly Reservation[];
  customerSince: Date;
  /** How far ahead a free moment is looked for; past it `until` is null. */
  horizonDays?: number;
}

/**
 * `send: true`, or the reason that holds the message at `at` (caps first, as the dispatcher checks
 * them first) with `until`, the first instant at which both caps and quiet hours let it go, or
 * null when none comes within the horizon.
 */
export function pacingDecision(input: PacingInput): PacingDecision {
  const { candidate, zone } = input;
  const windows = effectiveQuietHours(candidate.channel, candidate.priority, input.settings);
  const horizonDays = input.horizonDays ?? messagePacingHorizonDays;
  const horizonMs = candidate.at.getTime() + horizonDays * dayMs;
  let held: Exclude<PacingDecision, { send: true }> | undefined;
  let at = candidate.at;
  while (at.getTime() <= horizonMs) {
    const caps = capDecision({
      rules: input.settings.frequency_caps,
      sends: input.sends,
      candidate: { ...candidate, at },
      zone,
      customerSince: input.customerSince,
      horizonDays,
      reserved: input.reserved,
    });
    if (!caps.fits) {
      held ??= { send: false, reason: 'frequency_cap', rule: caps.rule, until: null };
      if (!caps.nextSlot) break;
      at = caps.nextSlot;
      continue;
    }
    const open = quietHoursOver(at, zone, windows);
    if (open?.getTime() === at.getTime()) return held ? { ...held, until: at } : { send: true };
    if (!held) {
      const holding = windows.find((window) => isQuiet(at, window.zone ?? zone, window.quiet));
      assert(holding, `a quiet window holds ${at.toISOString()}`);
      held = { send: false, reason: 'quiet_hours', window: holding.source, until: null };
    }
    if (!open) break;
    at = open;
  }
  assert(held, 'the first pass decides or holds');
  return held;
}
