// The simulation's engine: the journey's runs walked in memory over past events, on simulated time.
// It mirrors the real one (walk.ts, consumer.ts, entries.ts) step for step — the same re-entry rule,
// holdout hash, split hash, lateness rule, goal and exit tests — but its effects are counters: a run
// here is an object, a timer an entry in a heap, a message one more on its channel's count.
import { journeyStepNodesMax } from '../../core/limits.js';
import { dayMs, minuteMs } from '../../core/time.js';
import type { LoggedEvent } from '../events/index.js';
import type { CatalogJourney } from './catalog.js';
import type { StepScope } from './effects.js';
import { heldOut, type Entrant } from './entries.js';
import { entrantOf } from './entry-match.js';
import {
  defaultHoldoutPercent,
  defaultLateAfterMinutes,
  type JourneyGraph,
  type JourneyNode,
} from './graph.js';
import { matchesWhere, valueAt } from './match.js';
import { after, atDateOffset, eligibleAgainAt, nextLocalTime } from './timing.js';
import { stableHundredth, zoneOf } from './walk.js';

type Outcome = 'completed' | 'converted' | 'exited';

interface SimRun {
  id: string;
  /** Creation order: timers due at the same instant fire in it, as the worker's `order by wake_at, id`. */
  order: number;
  customerId: string;
  entryKey: string;
  node: string | null;
  state: 'active' | 'waiting' | 'ended';
  /** The next timer is a held start (walk from `node` arriving) rather than a delay's end or a wait's timeout. */
  arriving: boolean;
  wakeAt: Date | null;
  holdout: boolean;
  enteredAt: Date;
  goalUntil: Date | null;
  convertedAt: Date | null;
  outcome: Outcome | null;
}

type Refusal = 'already_in' | 'reentry_never' | 'reentry_period';

/** What the simulated runs did: the counts the answer reports. */
export interface SimulationTally {
  entered: number;
  customers: Set<string>;
  refused: Record<Refusal, number>;
  /** Entry events without the entry key's property: the engine cannot tell their runs apart. */
  missingEntryKey: number;
  holdout: number;
  /** Runs that reached the goal, whether that ended them or (with `continue`) not. */
  conversions: number;
  messages: Record<string, number>;
  heldOutMessages: number;
  lateMessages: number;
  points: number;
  coupons: number;
  runs: SimRun[];
}

export interface SimulationWorld {
  journey: CatalogJourney;
  /** The step scope for a customer at a moment: zones and date traits come from the person in it. */
  scopeFor(customerId: string, now: Date): StepScope;
  /** For each branch node, the customers its condition matches at the simulation's now. */
  branchYes: ReadonlyMap<string, ReadonlySet<string>>;
  /** The simulation's end: timers due by then fire, later ones leave their runs where they wait. */
  now: Date;
}

/** A binary min-heap of timers by (due, run order); a run's stale timers are skipped when popped. */
class Timers {
  private heap: { at: number; order: number; run: SimRun; wakeAt: Date }[] = [];

  push(run: SimRun, wakeAt: Date): void {
    this.heap.push({ at: wakeAt.getTime(), order: run.order, run, wakeAt });
    let child = this.heap.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.before(child, parent)) break;
      this.swap(child, parent);
      child = parent;
    }
  }

  /** The earliest live timer due at or before `until`, removed; null when none is. */
  popDue(until: number): SimRun | null {
    while (this.heap.length > 0 && this.heap[0]!.at <= until) {
      const top = this.heap[0]!;
      const last = this.heap.pop()!;
      if (this.heap.length > 0) {
        this.heap[0] = last;
        this.sink(0);
      }
      if (top.run.state !== 'ended' && top.run.wakeAt === top.wakeAt) return top.run;
    }
    return null;
  }

  private sink(index: number): void {
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let least = index;
      if (left < this.heap.length && this.before(left, least)) least = left;
      if (right < this.heap.length && this.before(right, least)) least = right;
      if (least === index) return;
      this.swap(index, least);
      index = least;
    }
  }

  private before(a: number, b: number): boolean {
    const x = this.heap[a]!;
    const y = this.heap[b]!;
    return x.at < y.at || (x.at === y.at && x.order < y.order);
  }

  private swap(a: number, b: number): void {
    [this.heap[a], this.heap[b]] = [this.heap[b]!, this.heap[a]!];
  }
}

/** Replays the events, in the order the log received them, through the journey; answers the tally. */
export function simulateRuns(
  world: SimulationWorld,
  events: { event: LoggedEvent; customerId: string | null }[],
): SimulationTally {
  const tally: SimulationTally = {
    entered: 0,
    customers: new Set(),
    refused: { already_in: 0, reentry_never: 0, reentry_period: 0 },
    missingEntryKey: 0,
    holdout: 0,
    conversions: 0,
    messages: {},
    heldOutMessages: 0,
    lateMessages: 0,
    points: 0,
    coupons: 0,
    runs: [],
  };
  const walker = new Walker(world, tally);
  for (const { event, customerId } of events) {
    const at = new Date(event.receivedAt);
    walker.fireTimersUntil(at);
    if (customerId) walker.react(event, customerId, at);
  }
  walker.fireTimersUntil(world.now);
  return tally;
}

class Walker {
  private readonly timers = new Timers();
  private readonly byCustomer = new Map<string, SimRun[]>();
  /** The last run of each (customer, entry key): the re-entry rule looks at it. */
  private readonly lastRun = new Map<string, SimRun>();
  private readonly graph: JourneyGraph;

  constructor(
    private readonly world: SimulationWorld,
    private readonly tally: SimulationTally,
  ) {
    this.graph = world.journey.graph;
  }

  fireTimersUntil(until: Date): void {
    for (let run = this.timers.popDue(until.getTime()); run; run = this.timers.popDue(until.getTime())) {
      const dueAt = run.wakeAt!;
      this.walk(run, { node: run.node, woken: !run.arriving, dueAt }, dueAt);
    }
  }

  /** One event for one customer: their runs first (goal, exits, waits), then a new entry, as the consumer. */
  react(event: LoggedEvent, customerId: string, at: Date): void {
    for (const run of this.byCustomer.get(customerId) ?? []) this.reactRun(run, event, at);
    const scope = this.world.scopeFor(customerId, at);
    const entrant = entrantOf(this.world.journey, event, customerId, scope);
    if (entrant) this.enter(entrant, scope);
    else if (this.lacksEntryKey(event)) this.tally.missingEntryKey++;
  }

  private lacksEntryKey(event: LoggedEvent): boolean {
    const { entry, entry_key: key } = this.graph;
    if (entry.kind !== 'event' || !key || event.name !== entry.event) return false;
    const value = valueAt(event.properties, key);
    return (
      (value === undefined || value === null || value === '') &&
      matchesWhere(entry.where, event.properties, new Date(event.receivedAt))
    );
  }

  private enter(entrant: Entrant, scope: StepScope): void {
    const refused = this.refusal(entrant, scope);
    if (refused) {
      this.tally.refused[refused]++;
      return;
    }
    const graph = this.graph;
    const startAt = entrant.startAt && entrant.startAt > entrant.at ? entrant.startAt : null;
    const run: SimRun = {
      id: `simulated:${this.tally.runs.length}:${entrant.customerId}`,
      order: this.tally.runs.length,
      customerId: entrant.customerId,
      entryKey: entrant.entryKey,
      node: graph.start,
      state: 'active',
      arriving: true,
      wakeAt: startAt,
      holdout: heldOut(
        this.world.journey.journeyId,
        entrant.customerId,
        graph.holdout_percent ?? defaultHoldoutPercent,
      ),
      enteredAt: entrant.at,
      goalUntil: graph.goal ? new Date(entrant.at.getTime() + graph.goal.within_days * dayMs) : null,
      convertedAt: null,
      outcome: null,
    };
    this.tally.runs.push(run);
    this.tally.entered++;
    this.tally.customers.add(run.customerId);
    if (run.holdout) this.tally.holdout++;
    const theirs = this.byCustomer.get(run.customerId);
    if (theirs) theirs.push(run);
    else this.byCustomer.set(run.customerId, [run]);
    this.lastRun.set(`${run.customerId}\u0000${run.entryKey}`, run);
    if (startAt) this.timers.push(run, startAt);
    else this.walk(run, { node: graph.start, woken: false, dueAt: entrant.at }, entrant.at);
  }

  /** entries.ts' reentryRefusal, on the simulated runs (the journey's real past runs are not counted). */
  private refusal(entrant: Entrant, scope: StepScope): Refusal | null {
    const last = this.lastRun.get(`${entrant.customerId}\u0000${entrant.entryKey}`);
    if (!last) return null;
    if (last.state !== 'ended') return 'already_in';
    const reentry = this.graph.reentry;
    if (reentry.mode === 'never') return 'reentry_never';
    if (
      reentry.mode === 'once_per' &&
      entrant.at < eligibleAgainAt(last.enteredAt, reentry.period, zoneOf(scope))
    ) {
      return 'reentry_period';
    }
    return null;
  }

  /** consumer.ts' reactTo: the goal, then the exits, then the wait the event may answer. */
  private reactRun(run: SimRun, event: LoggedEvent, at: Date): void {
    const graph = this.graph;
    if (this.reachesGoal(run, event, at)) {
      run.convertedAt = at;
      this.tally.conversions++;
      if (run.state !== 'ended' && !graph.goal!.continue) this.end(run, 'converted');
    }
    if (run.state === 'ended') return;
    if (this.exitMatched(event, at)) {
      this.end(run, 'exited');
      return;
    }
    const node = run.node ? graph.nodes[run.node] : undefined;
    if (run.state !== 'waiting' || node?.type !== 'wait' || event.name !== node.event) return;
    if (!matchesWhere(node.where, event.properties, at)) return;
    if (node.same_entry_key && String(valueAt(event.properties, graph.entry_key!) ?? '') !== run.entryKey)
      return;
    this.walk(run, { node: node.next ?? null, woken: false, dueAt: at }, at);
  }

  private reachesGoal(run: SimRun, event: LoggedEvent, at: Date): boolean {
    const goal = this.graph.goal;
    if (!goal || run.convertedAt || event.type !== 'track' || event.name !== goal.event) return false;
    if (at <= run.enteredAt || (run.goalUntil && at > run.goalUntil)) return false;
    return matchesWhere(goal.where, event.properties, at);
  }

  private exitMatched(event: LoggedEvent, at: Date): boolean {
    return (this.graph.exits ?? []).some((exit) => {
      if ('segment' in exit) {
        const name = exit.on === 'entered' ? 'Segment Entered' : 'Segment Exited';
        return (
          event.source === 'retain' && event.name === name && event.properties.segment_id === exit.segment
        );
      }
      return (
        event.type === 'track' && event.name === exit.event && matchesWhere(exit.where, event.properties, at)
      );
    });
  }

  private end(run: SimRun, outcome: Outcome): void {
    run.state = 'ended';
    run.arriving = false;
    run.wakeAt = null;
    run.outcome = outcome;
  }

  /** walk.ts' walkRun: through the nodes that act at once to the next wait, or the end. */
  private walk(run: SimRun, start: { node: string | null; woken: boolean; dueAt: Date }, now: Date): void {
    let { node: at, woken, dueAt } = start;
    for (let walked = 0; ; walked++) {
      const node = at === null ? undefined : this.graph.nodes[at];
      if (!node || walked >= journeyStepNodesMax) {
        this.end(run, 'completed');
        return;
      }
      const moved = this.act(run, at!, node, { woken, dueAt }, now);
      if (moved.wait) {
        Object.assign(run, { node: at, arriving: false, state: moved.wait.state, wakeAt: moved.wait.until });
        this.timers.push(run, moved.wait.until);
        return;
      }
      if (moved.ended) {
        this.end(run, 'completed');
        return;
      }
      at = moved.next ?? null;
      woken = false;
      dueAt = moved.dueAt ?? dueAt;
    }
  }

  private act(
    run: SimRun,
    id: string,
    node: JourneyNode,
    how: { woken: boolean; dueAt: Date },
    now: Date,
  ): {
    next?: string | undefined;
    wait?: { state: 'active' | 'waiting'; until: Date };
    ended?: boolean;
    dueAt?: Date;
  } {
    switch (node.type) {
      case 'delay':
        if (how.woken) return { next: node.next, dueAt: run.wakeAt ?? how.dueAt };
        return this.delayUntil(run, node, how.dueAt, now);
      case 'wait':
        if (how.woken) return { next: node.timeout_next, dueAt: run.wakeAt ?? how.dueAt };
        return { wait: { state: 'waiting', until: after(how.dueAt, node.timeout) } };
      case 'message':
        this.countMessage(run, node, how.dueAt, now);
        return { next: node.next };
      case 'branch': {
        const yes = this.world.branchYes.get(id)?.has(run.customerId) ?? false;
        return { next: yes ? node.yes : node.no };
      }
      case 'split': {
        const roll = stableHundredth(`${run.id}:${id}`);
        let below = 0;
        return { next: node.paths.find((path) => roll < (below += path.percent))?.next };
      }
      case 'points':
        if (!run.holdout) this.tally.points += node.points;
        return { next: node.next };
      case 'coupon':
        if (!run.holdout) this.tally.coupons++;
        return { next: node.next };
      case 'trait':
      case 'event':
        return { next: node.next };
      case 'exit':
        return { ended: true };
    }
  }

  /** walk.ts' lateness rule first, then the holdout: a late message is skipped for everyone. */
  private countMessage(
    run: SimRun,
    node: Extract<JourneyNode, { type: 'message' }>,
    dueAt: Date,
    now: Date,
  ): void {
    const late = now.getTime() - dueAt.getTime();
    if (late > (node.late_after_minutes ?? defaultLateAfterMinutes) * minuteMs) this.tally.lateMessages++;
    else if (run.holdout) this.tally.heldOutMessages++;
    else this.tally.messages[node.channel] = (this.tally.messages[node.channel] ?? 0) + 1;
  }

  private delayUntil(
    run: SimRun,
    node: Extract<JourneyNode, { type: 'delay' }>,
    from: Date,
    now: Date,
  ): { next?: string | undefined; wait?: { state: 'active'; until: Date } } {
    const scope = this.world.scopeFor(run.customerId, now);
    const zone = zoneOf(scope);
    if (node.for) return { wait: { state: 'active', until: after(from, node.for) } };
    if (node.until_time)
      return {
        wait: {
          state: 'active',
          until: nextLocalTime(from, node.until_time.at, zone, node.until_time.weekdays),
        },
      };
    const spec = node.until_date!;
    const until = atDateOffset(dateValue(scope, spec.field), spec.offset_days, spec.at, zone);
    // A date already behind the run (or missing) does not hold it: it goes on at once.
    if (!until || until.getTime() < from.getTime()) return { next: node.next };
    return { wait: { state: 'active', until } };
  }
}

/** walk.ts' date of a delay `until_date`: the profile's birthday or a trait. */
function dateValue(scope: StepScope, field: string): unknown {
  if (field === 'profile.birthday') return scope.person?.birthday ?? null;
  if (field.startsWith('traits.')) return valueAt(scope.person?.traits ?? {}, field.slice('traits.'.length));
  return null;
}
