import { orderEventNames } from '../orders/index.js';
import { isEvent, isField, isSegment, knownForDays, walkConditions, type Definition } from './definition.js';
import { fieldSpec, type FieldFamily } from './fields.js';
import type { LoggedEvent } from '../events/index.js';

/**
 * What can change a customer's answer for a segment: the log's events that change the facts its
 * conditions read. The segments consumer re-evaluates a customer only for the segments an event of
 * theirs can change (DESIGN.md, "Acting on customers"); time alone is the timers' part (next.ts).
 */
export interface SegmentTriggers {
  /** Track event names. */
  names: string[];
  /** Every identify call (profile fields, consent traits). */
  identify: boolean;
  /**
   * Identify calls that carry one of these traits (the top-level key a `traits.<key>` condition
   * reads; the customers projection writes a free trait only under the key it came with). Absent
   * in triggers saved before it, where `identify` stood for traits too.
   */
  traitKeys?: string[];
  /** Segments it names: their `Segment Entered` / `Segment Exited` change it. */
  segments: string[];
}

const loyaltyEvents = [
  'Points Earned',
  'Points Redeemed',
  'Points Expired',
  'Tier Changed',
  'Reward Redeemed',
];

/** The events that change each family of facts, as their owners announce them in the log. */
const familyEvents: Record<FieldFamily, { names: readonly string[]; identify?: boolean }> = {
  profile: { names: [], identify: true },
  // By trait (traitKeys): an identify re-evaluates a segment of traits only when it carries one.
  traits: { names: [] },
  orders: { names: orderEventNames },
  // Scores move with orders (analytics rescoring them) and with stage changes; a recompute that
  // moves everyone's scores without events is followed by a full rebuild (worker.ts).
  scores: { names: [...orderEventNames, 'Lifecycle Stage Changed'] },
  // Cashback (store credit) and earning follow orders.
  loyalty: { names: [...orderEventNames, ...loyaltyEvents] },
  badges: { names: ['Badge Earned'] },
  consent: { names: ['Unsubscribed'], identify: true },
};

/**
 * A definition's triggers; membership conditions add the triggers of the segments they name
 * (`triggersOf` looks them up, already transitive since each saved segment stores its own), so a
 * customer's event re-evaluates both in one pass; a rebuild of the named one reaches this one
 * through its `Segment Entered` / `Segment Exited`.
 */
export function segmentTriggers(
  definition: Definition,
  triggersOf: (segmentId: string) => SegmentTriggers | undefined,
): SegmentTriggers {
  const names = new Set<string>();
  const segments = new Set<string>();
  const traitKeys = new Set<string>();
  let identify = false;
  for (const { condition } of walkConditions(definition)) {
    if (isField(condition)) {
      const family = fieldSpec(condition.field, condition.op, condition.value)?.family;
      if (!family) continue;
      familyEvents[family].names.forEach((name) => names.add(name));
      identify ||= familyEvents[family].identify === true;
      if (family === 'traits') traitKeys.add(traitKeyOf(condition.field));
    } else if (isEvent(condition)) {
      names.add(condition.event);
      if (condition.not_followed_by) names.add(condition.not_followed_by.event);
    } else if (isSegment(condition)) {
      segments.add(condition.segment);
      const other = triggersOf(condition.segment);
      other?.names.forEach((name) => names.add(name));
      other?.traitKeys?.forEach((key) => traitKeys.add(key));
      identify ||= other?.identify === true;
    }
  }
  return {
    names: [...names].sort(),
    identify,
    traitKeys: [...traitKeys].sort(),
    segments: [...segments].sort(),
  };
}

/** `traits.plan.tier` reads the trait `plan` (compile.ts follows the rest as a JSON path). */
const traitKeyOf = (field: string) => field.slice('traits.'.length).split('.')[0]!;

/** What of an event decides which segments it can change. */
export type TriggeringEvent = Pick<LoggedEvent, 'type' | 'name' | 'traits'>;

/**
 * Does this event change anything this segment reads? An identify of traits no condition reads
 * changes none (the segments bench at 1,000,000 customers: a fifth of its events, each evaluated
 * for every segment of traits).
 */
export function triggeredBy(triggers: SegmentTriggers, event: TriggeringEvent): boolean {
  if (event.type === 'identify') {
    return triggers.identify || (triggers.traitKeys ?? []).some((key) => Object.hasOwn(event.traits, key));
  }
  return event.type === 'track' && event.name !== null && triggers.names.includes(event.name);
}

/**
 * Does the definition read when a customer was first seen (`profile.first_seen_at`, or "no X in the
 * last N days" that waits for customers known N days)? Any event of theirs from before everything
 * else known of them moves it back. Asked of the definition itself, not stored with the triggers,
 * so segments saved before it are kept right too; a segment naming one follows through its
 * `Segment Entered` / `Exited`.
 */
export function readsFirstSeen(definition: Definition): boolean {
  for (const { condition } of walkConditions(definition)) {
    if (isField(condition) && condition.field === 'profile.first_seen_at') return true;
    if (isEvent(condition) && knownForDays(condition) !== null) return true;
  }
  return false;
}
