import { localDateOfDayNumber, localDayNumber } from '../../core/zoned-time.js';
import type { LoggedEvent } from '../events/index.js';
import type { CatalogJourney } from './catalog.js';
import type { StepScope } from './effects.js';
import type { Entrant } from './entries.js';
import { matchesWhere, valueAt } from './match.js';
import { atLocalTime } from './timing.js';
import { zoneOf } from './walk.js';

/**
 * Whether an event starts a run of this journey for its customer, and with what: the entry key's
 * value, the event's properties for messages (an order's as `order`), and for a date entry the
 * local time of day its first step waits for.
 */
export function entrantOf(
  journey: CatalogJourney,
  event: LoggedEvent,
  customerId: string,
  scope: StepScope,
): Entrant | null {
  const entry = journey.graph.entry;
  const at = new Date(event.receivedAt);
  const segmentChange = event.source === 'retain' ? event.properties.segment_id : undefined;
  switch (entry.kind) {
    case 'event': {
      // retain's own events start runs too (loyalty's `Tier Changed`, messages' `Message Opened`).
      if (event.type !== 'track' || event.name !== entry.event) return null;
      if (!matchesWhere(entry.where, event.properties, at)) return null;
      const key = journey.graph.entry_key ? valueAt(event.properties, journey.graph.entry_key) : '';
      // An event without the key the journey runs per cannot be told apart from the next one.
      if (journey.graph.entry_key && (key === undefined || key === null || key === '')) return null;
      return { customerId, entryKey: String(key), context: contextOf(event), at };
    }
    case 'segment': {
      const name = entry.on === 'entered' ? 'Segment Entered' : 'Segment Exited';
      if (event.name !== name || segmentChange !== entry.segment) return null;
      return { customerId, entryKey: '', context: {}, at };
    }
    case 'lifecycle':
      if (event.name !== 'Segment Entered' || segmentChange !== journey.entrySegmentId) return null;
      return { customerId, entryKey: '', context: { lifecycle_stage: entry.stage }, at };
    case 'date': {
      if (event.name !== 'Segment Entered' || segmentChange !== journey.entrySegmentId) return null;
      const zone = zoneOf(scope);
      const today = localDateOfDayNumber(localDayNumber(at.getTime(), zone));
      return { customerId, entryKey: '', context: {}, at, startAt: atLocalTime(today, entry.at, zone) };
    }
    case 'api':
      return null;
  }
}

/**
 * What a message may read of the entering event: its properties; an order's (any event naming an
 * `order_id`: completed, delivered) as `order`, with its page and review links when the shop sends
 * them (Segment's e-commerce spec has `url` for products only, so these are the shop's own).
 */
function contextOf(event: LoggedEvent): Record<string, unknown> {
  const properties = event.properties;
  const context: Record<string, unknown> = { event: { name: event.name, properties } };
  const number = properties.order_id ?? properties.orderId;
  if (number !== undefined && number !== null) {
    context.order = {
      number,
      total: properties.total ?? properties.revenue ?? null,
      currency: properties.currency ?? null,
      url: properties.order_url ?? properties.url ?? null,
    };
    context.review_url = properties.review_url ?? null;
  }
  return context;
}
