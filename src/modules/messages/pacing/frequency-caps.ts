// Frequency caps counted in the customer's own calendar days. A capped message is deferred to the
// first moment every rule lets it through, never dropped: the dispatcher stores that moment as the
// message's next attempt, and the message expires only by its own `expires_at`.
import { localDateOfDayNumber, localDayNumber, startOfLocalDay } from '../../../core/zoned-time.js';
import type { ChannelKind } from '../channels/index.js';
import { priorityRank, type CapRule, type MessagePriority } from './settings.js';
import { messagePacingHorizonDays } from '../../../core/limits.js';

/** A message handed, or being handed, to a provider; transactional ones are not counted. */
export interface PastSend {
  at: Date;
  priority: MessagePriority;
  channel: ChannelKind;
}

/** A message of higher priority due at the same moment, which goes first. */
export interface Reservation {
  priority: MessagePriority;
  channel: ChannelKind;
}

export type CapDecision = { fits: true } | { fits: false; rule: string; nextSlot: Date | null };

export interface CapInput {
  rules: readonly CapRule[];
  sends: readonly PastSend[];
  candidate: { priority: MessagePriority; channel: ChannelKind; at: Date };
  /** The customer's zone, whose calendar days the windows count. */
  zone: string;
  /** When the customer's relationship began: the first of their calendar days. */
  customerSince: Date;
  /** How many days ahead a slot is looked for. */
  horizonDays?: number;
  /** Higher-priority messages due at the same moment: they count as sent at the candidate's time. */
  reserved?: readonly Reservation[];
}

/**
 * The messages that go before `candidate` among those due at the same moment and not yet decided:
 * the ones of higher priority (transactional › triggered › promotional). Passed as `reserved`, they
 * keep a promotional message from taking the last slot a triggered one needs.
 */
export function pendingReservations<Message extends Reservation>(
  undecided: readonly Message[],
  candidate: Reservation,
): Reservation[] {
  return undecided
    .filter((message) => priorityRank[message.priority] < priorityRank[candidate.priority])
    .map(({ priority, channel }) => ({ priority, channel }));
}

function counts(rule: CapRule, message: Reservation): boolean {
  if (message.priority === 'transactional' || !rule.priorities.includes(message.priority)) return false;
  return rule.channels === 'all' || rule.channels.includes(message.channel);
}

/** How many of the sorted day numbers fall in [first, last]. */
function countInDays(sortedDays: readonly number[], first: number, last: number): number {
  const firstAtOrAfter = (day: number) => {
    let low = 0;
    let high = sortedDays.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sortedDays[middle]! < day) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return firstAtOrAfter(last + 1) - firstAtOrAfter(first);
}

/**
 * Whether the candidate fits every rule now, and if not, the first rule it breaks and the earliest
 * instant it would fit: `at` itself or the start of one of the customer's later days (a window of N
 * days is the calendar day of the send and the N-1 days before, so only a new day frees a slot).
 * The candidate joins every window that contains its day, not only the one ending on it, so sends
 * already placed on later days are respected too. A rule with `new_customer_days` applies on the
 * customer's first N calendar days (the day of `customerSince` is the first). Transactional
 * messages always fit.
 */
export function capDecision(input: CapInput): CapDecision {
  const { rules, candidate, zone } = input;
  if (candidate.priority === 'transactional') return { fits: true };
  const atMs = candidate.at.getTime();
  const today = localDayNumber(atMs, zone);
  const firstDay = localDayNumber(input.customerSince.getTime(), zone);
  const counted = [
    ...input.sends.map((send) => ({ ...send, day: localDayNumber(send.at.getTime(), zone) })),
    ...(input.reserved ?? []).map((reservation) => ({ ...reservation, day: today })),
  ];
  const applicable = rules
    .filter((rule) => counts(rule, candidate))
    .map((rule) => ({
      rule,
      days: counted
        .filter((message) => counts(rule, message))
        .map((message) => message.day)
        .sort((a, b) => a - b),
    }));

  const brokenOn = (day: number): CapRule | undefined => {
    for (const { rule, days } of applicable) {
      if (rule.new_customer_days !== undefined && day - firstDay >= rule.new_customer_days) continue;
      for (let last = day; last < day + rule.days; last += 1) {
        if (countInDays(days, last - rule.days + 1, last) + 1 > rule.limit) return rule;
      }
    }
    return undefined;
  };

  const broken = brokenOn(today);
  if (!broken) return { fits: true };
  const horizonDays = input.horizonDays ?? messagePacingHorizonDays;
  for (let day = today + 1; day <= today + horizonDays; day += 1) {
    if (brokenOn(day)) continue;
    const start = startOfLocalDay(localDateOfDayNumber(day), zone);
    // Where clocks turn back across midnight, a later date can begin before `at`.
    if (start.getTime() > atMs) return { fits: false, rule: broken.id, nextSlot: start };
  }
  return { fits: false, rule: broken.id, nextSlot: null };
}
