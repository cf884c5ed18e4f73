import { orderEventNames } from '../orders/index.js';
import { isEvent, isField, isSegment, walkConditions, type Definition } from './definition.js';
import { fieldSpec, type FieldFamily } from './fields.js';

/**
 * What can change a customer's answer for a segment: the log's events that change the facts its
 * conditions read. The segments consumer re-evaluates a customer only for the segments an event of
 * theirs can change (DESIGN.md, "Acting on customers"); time alone is the timers' part (next.ts).
 */
export interface SegmentTriggers {
  /** Track event names. */
  names: string[];
  /** identify calls (traits, profile fields, consent traits). */
  identify: boolean;
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
  traits: { names: [], identify: true },
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
  let identify = false;
  for (const { condition } of walkConditions(definition)) {
    if (isField(condition)) {
      const family = fieldSpec(condition.field, condition.op, condition.value)?.family;
      if (!family) continue;
      familyEvents[family].names.forEach((name) => names.add(name));
      identify ||= familyEvents[family].identify === true;
    } else if (isEvent(condition)) {
      names.add(condition.event);
      if (condition.not_followed_by) names.add(condition.not_followed_by.event);
    } else if (isSegment(condition)) {
      segments.add(condition.segment);
      const other = triggersOf(condition.segment);
      other?.names.forEach((name) => names.add(name));
      identify ||= other?.identify === true;
    }
  }
  return { names: [...names].sort(), identify, segments: [...segments].sort() };
}

/** Does an event of this type and name change anything this segment reads? */
export function triggeredBy(triggers: SegmentTriggers, type: string, name: string | null): boolean {
  if (type === 'identify') return triggers.identify;
  return type === 'track' && name !== null && triggers.names.includes(name);
}
