// One step of a run: from the node it is at, through every node that acts at once (messages,
// branches, points…), to the next place it waits (a delay, a wait for an event) or its end. The run's
// new state, its history and every effect commit in the caller's transaction, so a crash repeats a
// whole step or none of it, and the effects' keys (run + step number) make the repeat harmless.
import { createHash } from 'node:crypto';
import { journeyStepNodesMax } from '../../core/limits.js';
import { minuteMs } from '../../core/time.js';
import { customersMatching } from '../segments/index.js';
import { customerZone } from '../messages/index.js';
import { emitForCustomer, giveCoupon, givePoints, sendMessage, type StepScope } from './effects.js';
import { defaultLateAfterMinutes, type JourneyGraph, type JourneyNode } from './graph.js';
import { recordSteps, saveRun, type Run, type StepRecord } from './runs.js';
import { after, atDateOffset, nextLocalTime } from './timing.js';

/** Where the walk starts: at a node reached by an edge, or woken at the node it waited on. */
export interface WalkStart {
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

/** Walks the run from `start` and saves it; answers the steps it recorded. */
export async function walkRun(
  scope: StepScope,
  graph: JourneyGraph,
  run: Run,
  start: WalkStart,
): Promise<StepRecord[]> {
  const firstSeq = run.steps + 1;
  const steps: StepRecord[] = [];
  let { node: at, woken, dueAt } = start;
  for (let walked = 0; ; walked++) {
    if (at === null) {
      end(run, 'completed', 'reached_end');
      break;
    }
    const node = graph.nodes[at];
    if (!node || walked >= journeyStepNodesMax) {
      end(run, 'completed', node ? 'step_limit' : 'missing_node');
      break;
    }
    run.steps++;
    const moved = await actAt(scope, graph, run, at, node, { woken, dueAt });
    steps.push(moved.record);
    if (moved.wait) {
      run.node = at;
      run.arriving = false;
      run.state = moved.wait.state;
      run.wakeAt = moved.wait.until;
      break;
    }
    if (moved.ended) {
      end(run, 'completed', 'exit_node');
      break;
    }
    at = moved.next ?? null;
    woken = false;
    dueAt = moved.dueAt ?? dueAt;
  }
  await recordSteps(scope.tx, run, firstSeq, steps, scope.now);
  await saveRun(scope.tx, run, scope.now);
  return steps;
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

async function actAt(
  scope: StepScope,
  graph: JourneyGraph,
  run: Run,
  id: string,
  node: JourneyNode,
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
    case 'message': {
      const late = scope.now.getTime() - how.dueAt.getTime();
      const limit = (node.late_after_minutes ?? defaultLateAfterMinutes) * minuteMs;
      if (late > limit) {
        return {
          record: {
            node: id,
            action: 'skipped',
            detail: { reason: 'late', late_minutes: Math.floor(late / minuteMs) },
          },
          next: node.next,
        };
      }
      if (run.holdout) return { record: { node: id, action: 'held_out' }, next: node.next };
      return { record: await sendMessage(scope, run, id, node, run.steps), next: node.next };
    }
    case 'branch': {
      const matched = await customersMatching(
        scope.tx,
        scope.workspace.id,
        node.condition,
        [run.customerId],
        scope.now,
        `${run.journeyId}:${id}`,
      );
      const yes = matched.has(run.customerId);
      return { record: { node: id, action: yes ? 'yes' : 'no' }, next: yes ? node.yes : node.no };
    }
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
