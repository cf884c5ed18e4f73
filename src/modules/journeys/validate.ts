import { z } from 'zod';
import { RetainError, paramOf } from '../../core/errors.js';
import {
  journeyDurationDaysMax,
  journeyExitsMax,
  journeyGoalDaysMax,
  journeyHoldoutPercentMax,
  journeyNodesMax,
  journeySplitPathsMax,
  pointsAmountMax,
} from '../../core/limits.js';
import { lifecycleStages } from '../analytics/index.js';
import { validateDefinition, type Definition } from '../segments/index.js';
import { edgesOf, waitsHere, type JourneyGraph, type JourneyNode } from './graph.js';

const name = z.string().trim().min(1).max(200);
const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day, HH:MM (24-hour).');
const nodeId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a node id: 1–64 letters, digits, _ or -.');
const dateField = z
  .string()
  .regex(/^(profile\.birthday|orders\.first_order_at|traits\.[A-Za-z0-9_.]{1,100})$/, {
    message: 'must be profile.birthday, orders.first_order_at or traits.<a date trait>.',
  });
// Property conditions are the segments module's: checked by its validator below, shape only here.
const where = z.array(z.object({ field: z.string(), op: z.string(), value: z.unknown().optional() })).max(10);
const duration = z
  .object({
    days: z.number().int().min(0).max(journeyDurationDaysMax).optional(),
    hours: z
      .number()
      .int()
      .min(0)
      .max(24 * 366)
      .optional(),
    minutes: z
      .number()
      .int()
      .min(0)
      .max(60 * 24 * 366)
      .optional(),
  })
  .strict()
  .refine((d) => (d.days ?? 0) + (d.hours ?? 0) + (d.minutes ?? 0) > 0, 'must last at least a minute.');
const next = nodeId.optional();

const entry = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('event'), event: name, where: where.optional() }).strict(),
  z
    .object({
      kind: z.literal('segment'),
      segment: z.string().startsWith('seg_'),
      on: z.enum(['entered', 'exited']),
    })
    .strict(),
  z.object({ kind: z.literal('lifecycle'), stage: z.enum(lifecycleStages) }).strict(),
  z
    .object({
      kind: z.literal('date'),
      field: dateField,
      days_before: z.number().int().min(0).max(60).optional(),
      at: localTime,
    })
    .strict(),
  z.object({ kind: z.literal('api') }).strict(),
]);

const reentry = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('never') }).strict(),
  z.object({ mode: z.literal('after_end') }).strict(),
  z.object({ mode: z.literal('once_per'), period: z.enum(['day', 'week', 'month', 'year']) }).strict(),
]);

const template = z.union(
  [
    z.object({ library: z.string() }).strict(),
    z
      .object({
        by_language: z
          .partialRecord(z.enum(['en', 'vi', 'th', 'ja']), z.string().startsWith('tpl_'))
          .refine((map) => Object.keys(map).length > 0, 'must name a template for at least one language.'),
      })
      .strict(),
  ],
  { error: 'must be {library: "<lifecycle key>"} or {by_language: {en|vi|th|ja: "tpl_…"}}.' },
);

const node = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('message'),
      channel: z.string(),
      template,
      priority: z.enum(['transactional', 'triggered', 'promotional']).optional(),
      topic: z.string().min(1).max(100).optional(),
      late_after_minutes: z
        .number()
        .int()
        .min(1)
        .max(60 * 24 * 30)
        .optional(),
      next,
    })
    .strict(),
  z
    .object({
      type: z.literal('delay'),
      for: duration.optional(),
      until_time: z
        .object({ at: localTime, weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7).optional() })
        .strict()
        .optional(),
      until_date: z
        .object({ field: dateField, offset_days: z.number().int().min(-366).max(366), at: localTime })
        .strict()
        .optional(),
      next,
    })
    .strict()
    .refine(
      (d) => [d.for, d.until_time, d.until_date].filter(Boolean).length === 1,
      'must say how long: exactly one of for, until_time or until_date.',
    ),
  z
    .object({
      type: z.literal('wait'),
      event: name,
      where: where.optional(),
      same_entry_key: z.boolean().optional(),
      timeout: duration,
      next,
      timeout_next: next,
    })
    .strict(),
  z.object({ type: z.literal('branch'), condition: z.unknown(), yes: next, no: next }).strict(),
  z
    .object({
      type: z.literal('split'),
      paths: z
        .array(z.object({ percent: z.number().int().min(1).max(100), next }).strict())
        .min(2)
        .max(journeySplitPathsMax)
        .refine(
          (paths) => paths.reduce((sum, path) => sum + path.percent, 0) === 100,
          'must add up to 100 percent.',
        ),
    })
    .strict(),
  z
    .object({
      type: z.literal('points'),
      points: z.number().int().min(1).max(pointsAmountMax),
      reason: z.string().max(200).optional(),
      next,
    })
    .strict(),
  z
    .object({
      type: z.literal('coupon'),
      name,
      kind: z.enum(['amount_off', 'percent_off', 'free_shipping']),
      amount_off_minor: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
      percent_off: z.number().int().min(1).max(100).optional(),
      minimum_order_minor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
      expires_in_days: z.number().int().min(1).max(366),
      next,
    })
    .strict()
    .refine((c) => c.kind !== 'amount_off' || c.amount_off_minor !== undefined, {
      message: 'an amount_off coupon needs amount_off_minor.',
      path: ['amount_off_minor'],
    })
    .refine((c) => c.kind !== 'percent_off' || c.percent_off !== undefined, {
      message: 'a percent_off coupon needs percent_off.',
      path: ['percent_off'],
    }),
  z
    .object({
      type: z.literal('trait'),
      trait: z.string().regex(/^[A-Za-z0-9_]{1,100}$/, 'must be a trait name: letters, digits and _.'),
      value: z.union([z.string().max(1000), z.number(), z.boolean(), z.null()]),
      next,
    })
    .strict(),
  z
    .object({
      type: z.literal('event'),
      event: name,
      properties: z.record(z.string(), z.unknown()).optional(),
      next,
    })
    .strict(),
  z.object({ type: z.literal('exit') }).strict(),
]);

const exit = z.union([
  z.object({ event: name, where: where.optional() }).strict(),
  z.object({ segment: z.string().startsWith('seg_'), on: z.enum(['entered', 'exited']) }).strict(),
]);

const graphSchema = z
  .object({
    entry,
    entry_key: z
      .string()
      .regex(/^[A-Za-z0-9_.]{1,100}$/, 'must be an event property name (cart_id).')
      .nullable()
      .optional(),
    reentry,
    goal: z
      .object({
        event: name,
        where: where.optional(),
        within_days: z.number().int().min(1).max(journeyGoalDaysMax),
        continue: z.boolean().optional(),
      })
      .strict()
      .nullable()
      .optional(),
    exits: z.array(exit).max(journeyExitsMax).optional(),
    holdout_percent: z.number().int().min(0).max(journeyHoldoutPercentMax).optional(),
    start: nodeId,
    nodes: z
      .record(nodeId, node)
      .refine(
        (nodes) => Object.keys(nodes).length <= journeyNodesMax,
        `has more than ${journeyNodesMax} nodes.`,
      ),
  })
  .strict();

function fail(param: string, message: string): never {
  throw new RetainError('parameter_invalid', `${param} ${message}`, { param });
}

/**
 * Checks a journey graph as written: its shape (each problem named by its path, `graph.nodes.wait_cart.timeout`),
 * the segment conditions and property filters it carries (the segments module's own checks), and
 * the walk itself: every edge names a node, every node is reachable from the start, and every cycle
 * passes a delay or a wait (a run cannot loop within one step). Templates, channels and segments
 * are checked against the workspace by the caller, which can read them.
 */
export function validateGraph(input: unknown, at = 'graph'): JourneyGraph {
  const parsed = graphSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const param = paramOf([at, ...(issue.path as PropertyKey[])]);
    fail(param, issue.message.startsWith('must') ? issue.message : `is invalid: ${issue.message}`);
  }
  const graph = JSON.parse(JSON.stringify(input)) as JourneyGraph;
  checkConditions(graph, at);
  checkWalk(graph, at);
  return graph;
}

/** Segment conditions and property filters, re-pathed under the node or field that holds them. */
function checkConditions(graph: JourneyGraph, at: string): void {
  const underPath = (prefix: string, check: () => unknown) => {
    try {
      check();
    } catch (error) {
      if (!(error instanceof RetainError) || !error.param) throw error;
      const inner = error.param.startsWith('definition')
        ? error.param.slice('definition'.length)
        : `.${error.param}`;
      fail(`${prefix}${inner}`, error.message.slice(error.param.length + 1));
    }
  };
  const filter = (prefix: string, event: string, where: unknown) => {
    if (where) underPath(prefix, () => validateDefinition({ event, where }));
  };
  if (graph.entry.kind === 'event') filter(`${at}.entry`, graph.entry.event, graph.entry.where);
  if (graph.goal) filter(`${at}.goal`, graph.goal.event, graph.goal.where);
  graph.exits?.forEach((exit, index) => {
    if ('event' in exit) filter(`${at}.exits[${index}]`, exit.event, exit.where);
  });
  for (const [id, node] of Object.entries(graph.nodes)) {
    if (node.type === 'wait') filter(`${at}.nodes.${id}`, node.event, node.where);
    if (node.type === 'branch') {
      underPath(`${at}.nodes.${id}.condition`, () => validateDefinition(node.condition as Definition));
    }
  }
  if (graph.entry_key && graph.entry.kind !== 'event' && graph.entry.kind !== 'api') {
    fail(`${at}.entry_key`, 'needs an entry by event or API: the key is a property of the entering event.');
  }
  for (const [id, node] of Object.entries(graph.nodes)) {
    if (node.type === 'wait' && node.same_entry_key && !graph.entry_key) {
      fail(`${at}.nodes.${id}.same_entry_key`, 'needs the journey to have an entry_key.');
    }
  }
}

function checkWalk(graph: JourneyGraph, at: string): void {
  const nodes = graph.nodes;
  if (!nodes[graph.start]) fail(`${at}.start`, `names no node of the journey ('${graph.start}').`);
  for (const [id, node] of Object.entries(nodes)) {
    for (const edge of edgesOf(node)) {
      if (!nodes[edge.to])
        fail(`${at}.nodes.${id}.${edge.field}`, `names no node of the journey ('${edge.to}').`);
    }
  }
  const reached = new Set<string>();
  const visit = (id: string) => {
    if (reached.has(id)) return;
    reached.add(id);
    edgesOf(nodes[id]!).forEach((edge) => visit(edge.to));
  };
  visit(graph.start);
  const unreachable = Object.keys(nodes).find((id) => !reached.has(id));
  if (unreachable) fail(`${at}.nodes.${unreachable}`, 'cannot be reached from the start.');
  const instant = instantCycle(nodes);
  if (instant) {
    fail(`${at}.nodes.${instant}`, 'is on a cycle without a delay or a wait: a run would loop without end.');
  }
}

/** A node on a cycle that passes no delay or wait, if any (depth-first over the instant edges). */
function instantCycle(nodes: Record<string, JourneyNode>): string | null {
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string): string | null => {
    if (state.get(id) === 'open') return id;
    if (state.get(id) === 'done') return null;
    state.set(id, 'open');
    const node = nodes[id]!;
    if (!waitsHere(node)) {
      for (const edge of edgesOf(node)) {
        const found = visit(edge.to);
        if (found) return found;
      }
    }
    state.set(id, 'done');
    return null;
  };
  for (const id of Object.keys(nodes)) {
    const found = visit(id);
    if (found) return found;
  }
  return null;
}
