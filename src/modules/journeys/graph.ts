/**
 * A journey's definition: how customers enter, the graph of nodes a run walks, the goal that ends
 * it as converted and the exits that end it wherever it is. Stored and returned as the JSON the
 * marketer (or the API) wrote; validate.ts checks it and names the node of the first problem.
 * Publishing freezes a copy as a version; a run walks the version it entered with.
 */
import type { Definition, PropertyCondition } from '../segments/index.js';

export type Period = 'day' | 'week' | 'month' | 'year';
export type Duration = { days?: number; hours?: number; minutes?: number };
/** `HH:MM` on a 24-hour clock, in the customer's zone. */
export type LocalTime = string;

export type Entry =
  /** Each matching event starts a run (an order of at least 500.000 ₫, a checkout). */
  | { kind: 'event'; event: string; where?: PropertyCondition[] }
  /** Entering (or leaving) a segment. */
  | { kind: 'segment'; segment: string; on: 'entered' | 'exited' }
  /** The customer's lifecycle stage turns to this one (analytics' stages). */
  | { kind: 'lifecycle'; stage: string }
  /** A date's anniversary (birthday, first order), `days_before` it, at a local time of day. */
  | { kind: 'date'; field: string; days_before?: number; at: LocalTime }
  /** Only `POST /v1/journeys/{id}/entries` starts runs. */
  | { kind: 'api' };

type Reentry =
  | { mode: 'never' }
  | { mode: 'after_end' }
  /** At most once per calendar period in the customer's zone: "monthly" is Feb 15 → Mar 15. */
  | { mode: 'once_per'; period: Period };

interface Goal {
  event: string;
  where?: PropertyCondition[];
  within_days: number;
  /** Reaching the goal ends the run as converted unless the journey says to go on. */
  continue?: boolean;
}

type ExitCriterion =
  { event: string; where?: PropertyCondition[] } | { segment: string; on: 'entered' | 'exited' };

type TemplateChoice =
  /** The library's lifecycle template, in each customer's language (the workspace's copy). */
  | { library: string }
  /** The workspace's own templates, one per language; a customer's language falls back to the shop's. */
  | { by_language: Partial<Record<string, string>> };

interface Step {
  /** The node that follows; absent: the run ends here, completed. */
  next?: string;
}

export type JourneyNode =
  | (Step & {
      type: 'message';
      channel: string;
      template: TemplateChoice;
      priority?: 'transactional' | 'triggered' | 'promotional';
      topic?: string;
      /** A message reached this long after its moment (a server down, a late timer) is skipped. */
      late_after_minutes?: number;
    })
  | (Step & {
      type: 'delay';
      for?: Duration;
      /** The next time of day `at` in the customer's zone, on one of `weekdays` (1 = Monday … 7). */
      until_time?: { at: LocalTime; weekdays?: number[] };
      /** A date trait ± days, at a local time (the day before a booking). */
      until_date?: { field: string; offset_days: number; at: LocalTime };
    })
  | {
      type: 'wait';
      event: string;
      where?: PropertyCondition[];
      /** Only an event whose entry-key property equals the run's (the same cart). */
      same_entry_key?: boolean;
      timeout: Duration;
      next?: string;
      timeout_next?: string;
    }
  | { type: 'branch'; condition: Definition; yes?: string; no?: string }
  | { type: 'split'; paths: { percent: number; next?: string }[] }
  | (Step & { type: 'points'; points: number; reason?: string })
  | (Step & {
      type: 'coupon';
      name: string;
      kind: 'amount_off' | 'percent_off' | 'free_shipping';
      amount_off_minor?: number;
      percent_off?: number;
      minimum_order_minor?: number;
      expires_in_days: number;
    })
  | (Step & { type: 'trait'; trait: string; value: string | number | boolean | null })
  | (Step & { type: 'event'; event: string; properties?: Record<string, unknown> })
  | { type: 'exit' };

export interface JourneyGraph {
  entry: Entry;
  /** An event property (e.g. `cart_id`): one run per customer and key at a time. */
  entry_key?: string | null;
  reentry: Reentry;
  goal?: Goal | null;
  exits?: ExitCriterion[];
  /** Share of entrants who walk the journey without its messages and incentives (default 10). */
  holdout_percent?: number;
  start: string;
  nodes: Record<string, JourneyNode>;
}

export const defaultHoldoutPercent = 10;
export const defaultLateAfterMinutes = 360;

/** The nodes a node leads to, each with the name of the field that says so (errors name it). */
export function edgesOf(node: JourneyNode): { field: string; to: string }[] {
  switch (node.type) {
    case 'branch':
      return [
        ...(node.yes ? [{ field: 'yes', to: node.yes }] : []),
        ...(node.no ? [{ field: 'no', to: node.no }] : []),
      ];
    case 'split':
      return node.paths.flatMap((path, index) =>
        path.next ? [{ field: `paths[${index}].next`, to: path.next }] : [],
      );
    case 'wait':
      return [
        ...(node.next ? [{ field: 'next', to: node.next }] : []),
        ...(node.timeout_next ? [{ field: 'timeout_next', to: node.timeout_next }] : []),
      ];
    case 'exit':
      return [];
    default:
      return node.next ? [{ field: 'next', to: node.next }] : [];
  }
}

/** Nodes where a run stops and waits for time or an event: a cycle must pass through one. */
export const waitsHere = (node: JourneyNode) => node.type === 'delay' || node.type === 'wait';

export const durationMs = (duration: Duration) =>
  ((duration.days ?? 0) * 24 * 60 + (duration.hours ?? 0) * 60 + (duration.minutes ?? 0)) * 60_000;
