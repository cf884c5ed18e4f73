// One step of a run: from the node it is at, through every node that acts at once (messages,
// branches, points…), to the next place it waits (a delay, a wait for an event) or its end. The run's
// new state, its history and every effect commit in the caller's transaction, so a crash repeats a
// whole step or none of it, and the effects' keys (run + step number) make the repeat harmless.
import { createHash } from 'node:crypto';
import { journeyStepNodesMax } from '../../core/limits.js';
import { minuteMs } from '../../core/time.js';
import { customersMatching } from '../segments/index.js';
import { customerZone, notifyDispatchers } from '../messages/index.js';
import {
  emitForCustomer,
  giveCoupon,
  givePoints,
  sendMessages,
  stepScopeOf,
  type StepScope,
  type WalkScope,
} from './effects.js';
import { defaultLateAfterMinutes, type JourneyGraph, type JourneyNode } from './graph.js';
import { recordManySteps, saveRuns, type Run, type RunSteps, type StepRecord } from './runs.js';
import { after, atDateOffset, nextLocalTime } from './timing.js';

/** Where the walk starts: at a node reached by an edge, or woken at the node it waited on. */
interface WalkStart {
  node: string | null;
  /** true: the run's delay ended or its wait timed out at this node; false: it arrives here. */
  woken: boolean;
  /** The moment the run was due here: lateness and the next delay count from it, not from now. */
  dueAt: Date;
}

/** A stable number in [0, 100) from a key: holdouts and splits (sticky across replays). */
export function stableHundredth(key: string): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0) % 100;
}

export function zoneOf(scope: StepScope): string {
  return customerZone(
    { timezone: scope.person?.timezone ?? null, phone: scope.person?.phone ?? null },
    scope.workspace.timezone,
  ).zone;
}

/** A run and where its walk starts. */
export interface Walker {
  run: Run;
  start: WalkStart;
}

interface Walking {
  run: Run;
  at: string | null;
  woken: boolean;
  dueAt: Date;
  firstSeq: number;
  steps: StepRecord[];
  walked: number;
  done: boolean;
}

/** What a walk did: each run's new steps, and whether it put any message in the outbox. */
export interface Walked {
  steps: RunSteps[];
  sent: boolean;
}

/**
 * Walks many runs of one journey version together and saves them: each round groups the runs by
 * the node they are at and acts on each group at once (one template lookup and one outbox insert
 * for a message node, one segment query for a branch), so a page of entries or a claim of timers
 * costs statements per node visited, not per run. Each run's walk is the same as alone.
 */
export async function walkRuns(
  walk: WalkScope,
  graph: JourneyGraph,
  walkers: readonly Walker[],
): Promise<void> {
  const walked = await advanceRuns(walk, graph, walkers);
  await recordManySteps(walk.tx, walk.workspace.id, walked.steps, walk.now);
  await saveRuns(
    walk.tx,
    walkers.map(({ run }) => run),
    walk.now,
  );
  if (walked.sent) await notifyDispatchers(walk.tx);
}

/**
 * The walk without saving: the runs move in memory and their effects are made; the caller records
 * the steps and stores the runs (new runs are inserted once, in their state after the walk).
 */
export async function advanceRuns(
  walk: WalkScope,
  graph: JourneyGraph,
  walkers: readonly Walker[],
): Promise<Walked> {
  const walking: Walking[] = walkers.map(({ run, start }) => ({
    run,
    at: start.node,
    woken: start.woken,
    dueAt: start.dueAt,
    firstSeq: run.steps + 1,
    steps: [],
    walked: 0,
    done: false,
  }));
  let sent = false;
  for (let round = walking; round.length > 0; round = round.filter((one) => !one.done)) {
    const atNode = new Map<string, Walking[]>();
    for (const one of round) {
      const node = one.at === null ? undefined : graph.nodes[one.at];
      if (one.at === null) stop(one, 'reached_end');
      else if (!node || one.walked >= journeyStepNodesMax) stop(one, node ? 'step_limit' : 'missing_node');
      else {
        const group = atNode.get(one.at);
        if (group) group.push(one);
        else atNode.set(one.at, [one]);
      }
    }
    for (const [id, group] of atNode) {
      for (const one of group) one.run.steps++;
      const moves = await actTogether(walk, id, graph.nodes[id]!, group);
      group.forEach((one, index) => {
        const moved = moves[index]!;
        sent ||= moved.record.action === 'sent';
        follow(one, id, moved);
      });
    }
  }
  return { steps: walking.map(({ run, firstSeq, steps }) => ({ run, firstSeq, steps })), sent };
}

function stop(one: Walking, reason: string): void {
  end(one.run, 'completed', reason);
  one.done = true;
}

function follow(one: Walking, id: string, moved: Moved): void {
  one.steps.push(moved.record);
  one.walked++;
  if (moved.wait) {
    Object.assign(one.run, { node: id, arriving: false, state: moved.wait.state, wakeAt: moved.wait.until });
    one.done = true;
  } else if (moved.ended) stop(one, 'exit_node');
  else {
    one.at = moved.next ?? null;
    one.woken = false;
    one.dueAt = moved.dueAt ?? one.dueAt;
  }
}

export function end(
  run: Run,
  outcome: 'completed' | 'converted' | 'exited' | 'archived' | 'erased',
  reason: string,
): void {
  run.state = 'ended';
  run.arriving = false;
  run.wakeAt = null;
  run.outcome = outcome;
  run.outcomeReason = reason;
}

interface Moved {
  record: StepRecord;
  next?: string | undefined;
  /** The run stops here until then (a delay's end, a wait's timeout). */
  wait?: { state: 'active' | 'waiting'; until: Date };
  ended?: boolean;
  /** A new due moment for what follows (a delay that ended at its own time). */
  dueAt?: Date;
}

/** What each run of a group at one node does there, in the group's order. */
async function actTogether(
  walk: WalkScope,
  id: string,
  node: JourneyNode,
  group: readonly Walking[],
): Promise<Moved[]> {
  if (node.type === 'message') return messageTogether(walk, id, node, group);
  if (node.type === 'branch') {
    const matched = await customersMatching(
      walk.tx,
      walk.workspace.id,
      node.condition,
      [...new Set(group.map(({ run }) => run.customerId))],
      walk.now,
      `${walk.journey.id}:${id}`,
    );
    return group.map(({ run }) => {
      const yes = matched.has(run.customerId);
      return { record: { node: id, action: yes ? 'yes' : 'no' }, next: yes ? node.yes : node.no };
    });
  }
  if (needsPeople(node, group)) await walk.readPeople(group.map(({ run }) => run.customerId));
  const moves: Moved[] = [];
  for (const one of group)
    moves.push(await actAt(stepScopeOf(walk, one.run.customerId), one.run, id, node, one));
  return moves;
}

/**
 * Whether acting at the node reads the customers' profiles: a delay begun (its zone, a date trait)
 * and a trait or an event (the customer's ids). A delay ending, a wait, a split, points and coupons
 * do not.
 */
function needsPeople(node: JourneyNode, group: readonly Walking[]): boolean {
  if (node.type === 'delay') return group.some(({ woken }) => !woken);
  return node.type === 'trait' || node.type === 'event';
}

/** A message node: late visits are skipped, held-out runs pass, the rest are sent together. */
async function messageTogether(
  walk: WalkScope,
  id: string,
  node: Extract<JourneyNode, { type: 'message' }>,
  group: readonly Walking[],
): Promise<Moved[]> {
  const limit = (node.late_after_minutes ?? defaultLateAfterMinutes) * minuteMs;
  const moves = group.map(({ run, dueAt }): Moved | null => {
    const late = walk.now.getTime() - dueAt.getTime();
    if (late > limit) {
      const detail = { reason: 'late', late_minutes: Math.floor(late / minuteMs) };
      return { record: { node: id, action: 'skipped', detail }, next: node.next };
    }
    return run.holdout ? { record: { node: id, action: 'held_out' }, next: node.next } : null;
  });
  const visits = group.filter((_, index) => !moves[index]).map(({ run }) => ({ run, seq: run.steps }));
  const records = await sendMessages(walk, id, node, visits);
  return group.map(({ run }, index) => moves[index] ?? { record: records.get(run.id)!, next: node.next });
}

async function actAt(
  scope: StepScope,
  run: Run,
  id: string,
  node: Exclude<JourneyNode, { type: 'message' | 'branch' }>,
  how: { woken: boolean; dueAt: Date },
): Promise<Moved> {
  switch (node.type) {
    case 'delay':
      if (how.woken)
        return {
          record: { node: id, action: 'delay_ended' },
          next: node.next,
          dueAt: run.wakeAt ?? how.dueAt,
        };
      return delayUntil(scope, run, id, node, how.dueAt);
    case 'wait':
      if (how.woken) {
        return {
          record: { node: id, action: 'timed_out' },
          next: node.timeout_next,
          dueAt: run.wakeAt ?? how.dueAt,
        };
      }
      return {
        record: { node: id, action: 'waiting', detail: { event: node.event } },
        wait: { state: 'waiting', until: after(how.dueAt, node.timeout) },
      };
    case 'split': {
      const roll = stableHundredth(`${run.id}:${id}`);
      let below = 0;
      const index = node.paths.findIndex((path) => roll < (below += path.percent));
      return { record: { node: id, action: 'path', detail: { path: index } }, next: node.paths[index]?.next };
    }
    case 'points':
      if (run.holdout) return { record: { node: id, action: 'held_out' }, next: node.next };
      return { record: await givePoints(scope, run, id, node, run.steps), next: node.next };
    case 'coupon':
      if (run.holdout) return { record: { node: id, action: 'held_out' }, next: node.next };
      return { record: await giveCoupon(scope, run, id, node), next: node.next };
    case 'trait':
    case 'event':
      return { record: await emitForCustomer(scope, run, id, node, run.steps), next: node.next };
    case 'exit':
      return { record: { node: id, action: 'exit' }, ended: true };
  }
}

function delayUntil(
  scope: StepScope,
  run: Run,
  id: string,
  node: Extract<JourneyNode, { type: 'delay' }>,
  from: Date,
): Moved {
  const zone = zoneOf(scope);
  let until: Date | null;
  if (node.for) until = after(from, node.for);
  else if (node.until_time) until = nextLocalTime(from, node.until_time.at, zone, node.until_time.weekdays);
  else {
    const spec = node.until_date!;
    until = atDateOffset(dateValue(scope, spec.field), spec.offset_days, spec.at, zone);
    // A date already behind the run (or missing) does not hold it: it goes on at once.
    if (!until || until.getTime() < from.getTime()) {
      return {
        record: { node: id, action: 'delay_skipped', detail: { reason: until ? 'date_passed' : 'no_date' } },
        next: node.next,
      };
    }
  }
  return {
    record: { node: id, action: 'delaying', detail: { until: until.toISOString(), zone } },
    wait: { state: 'active', until },
  };
}

function dateValue(scope: StepScope, field: string): unknown {
  if (field === 'profile.birthday') return scope.person?.birthday ?? null;
  if (field.startsWith('traits.')) {
    return field
      .slice('traits.'.length)
      .split('.')
      .reduce<unknown>(
        (value, key) =>
          value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
        scope.person?.traits,
      );
  }
  return null;
}
