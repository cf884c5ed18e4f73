import { describe, expect, it } from 'vitest';
import {
  readsFirstSeen,
  segmentTriggers,
  triggeredBy,
  type SegmentTriggers,
  type TriggeringEvent,
} from './triggers.js';
import type { Definition } from './definition.js';

const identify = (traits: Record<string, unknown>): TriggeringEvent => ({
  type: 'identify',
  name: null,
  traits,
});
const none = () => undefined;

describe('segmentTriggers and triggeredBy', () => {
  it('re-evaluates a segment of traits only for an identify carrying a trait it reads', () => {
    const definition: Definition = {
      any: [
        { field: 'traits.plan', op: 'eq', value: 'pro' },
        { field: 'traits.address.city', op: 'eq', value: 'Hanoi' },
      ],
    };
    const triggers = segmentTriggers(definition, none);
    expect(triggers).toMatchObject({ identify: false, traitKeys: ['address', 'plan'] });
    expect(triggeredBy(triggers, identify({ plan: 'basic' }))).toBe(true);
    expect(triggeredBy(triggers, identify({ address: { city: 'Hue' } }))).toBe(true);
    // A trait set to null is a change too.
    expect(triggeredBy(triggers, identify({ plan: null }))).toBe(true);
    expect(triggeredBy(triggers, identify({ last_visit_page: '/p/1' }))).toBe(false);
    expect(triggeredBy(triggers, identify({}))).toBe(false);
  });

  it('re-evaluates a segment of profile fields or consent for every identify', () => {
    for (const definition of [
      { field: 'profile.email', op: 'exists' },
      { field: 'messages.subscribed', op: 'eq', value: 'email' },
    ] as Definition[]) {
      const triggers = segmentTriggers(definition, none);
      expect(triggers.identify).toBe(true);
      expect(triggeredBy(triggers, identify({ anything: 1 }))).toBe(true);
    }
  });

  it('gives a segment the trait keys of the segments it names', () => {
    const named = segmentTriggers({ field: 'traits.country', op: 'eq', value: 'VN' }, none);
    const naming = segmentTriggers(
      { all: [{ segment: 'seg_named' }, { field: 'traits.plan', op: 'eq', value: 'pro' }] },
      (id) => (id === 'seg_named' ? named : undefined),
    );
    expect(naming).toMatchObject({
      identify: false,
      traitKeys: ['country', 'plan'],
      segments: ['seg_named'],
    });
    expect(triggeredBy(naming, identify({ country: 'TH' }))).toBe(true);
  });

  it('tells the definitions that read when a customer was first seen', () => {
    const absence: Definition = {
      event: 'Order Completed',
      count: { op: 'eq', value: 0 },
      within: { last_days: 60 },
    };
    const definitions: Definition[] = [
      absence,
      { ...absence, include_newer_customers: true },
      { not: { field: 'profile.first_seen_at', op: 'more_than_days_ago', value: 90 } },
      { field: 'profile.email', op: 'exists' },
    ];
    expect(definitions.map(readsFirstSeen)).toEqual([true, false, true, false]);
  });

  it('keeps triggers saved before trait keys re-evaluating on every identify', () => {
    const saved: SegmentTriggers = { names: [], identify: true, segments: [] };
    expect(triggeredBy(saved, identify({ last_visit_page: '/p/1' }))).toBe(true);
  });

  it('answers track events by name, whatever their traits', () => {
    const triggers = segmentTriggers(
      { event: 'Product Viewed', count: { op: 'gte', value: 1 }, within: { last_days: 7 } },
      none,
    );
    expect(triggeredBy(triggers, { type: 'track', name: 'Product Viewed', traits: {} })).toBe(true);
    expect(triggeredBy(triggers, { type: 'track', name: 'Order Completed', traits: {} })).toBe(false);
    expect(triggeredBy(triggers, identify({ plan: 'pro' }))).toBe(false);
  });
});
