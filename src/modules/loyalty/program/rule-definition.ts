import { z } from 'zod';
import { earnRuleConditionsMax } from '../../../core/limits.js';
import { mulDivFloor } from '../arithmetic.js';
import type { OrderFacts } from './order-facts.js';
import { instant } from '../../../http/instant.js';
import { amountMinor } from '../../../http/amounts.js';

// An earn rule's definition and its pure evaluation: given an event's properties, the customer's
// traits and the order's facts, how many points it gives. Limits that need history (once per
// customer, per period, budget) are checked by the caller against the ledger.

const conditionSchema = z.object({
  source: z.enum(['property', 'trait']).describe('Read from the event properties or the customer traits.'),
  path: z
    .string()
    .min(1)
    .max(200)
    .describe('Dot path; `products[].category` matches when any product matches.'),
  operator: z.enum(['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'contains', 'exists']),
  value: z
    .union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()]))])
    .optional(),
});

export const ruleDefinitionSchema = z.object({
  trigger: z.discriminatedUnion('type', [
    z.object({
      type: z.literal('event'),
      event: z.string().min(1).max(200).describe('Any track event name, e.g. `Order Completed`.'),
    }),
    z.object({ type: z.literal('birthday') }),
  ]),
  conditions: z.array(conditionSchema).max(earnRuleConditionsMax).default([]),
  reward: z.discriminatedUnion('type', [
    z.object({ type: z.literal('fixed'), points: z.number().int().min(1).max(10_000_000) }),
    z.object({
      type: z.literal('per_amount'),
      points: z.number().int().min(1).max(1_000_000),
      per_amount_minor: amountMinor(1),
      category: z
        .string()
        .min(1)
        .optional()
        .describe('Count only the products of this category (price × quantity).'),
    }),
  ]),
  limits: z
    .object({
      once_per_customer: z.boolean().default(false),
      max_per_period: z
        .object({ count: z.number().int().min(1), period: z.enum(['day', 'week', 'month']) })
        .optional(),
      starts_at: instant.optional(),
      ends_at: instant.optional(),
      budget_points: z.number().int().min(1).optional().describe('Total points the rule may ever issue.'),
    })
    .default({ once_per_customer: false }),
  apply_tier_multiplier: z.boolean().default(true),
});

export type RuleDefinition = z.infer<typeof ruleDefinitionSchema>;
type Condition = z.infer<typeof conditionSchema>;

/** Values at a dot path; a `[]` segment fans out over an array. */
function valuesAt(root: unknown, path: string): unknown[] {
  let current: unknown[] = [root];
  for (const segment of path.split('.')) {
    const fan = segment.endsWith('[]');
    const key = fan ? segment.slice(0, -2) : segment;
    const next: unknown[] = [];
    for (const value of current) {
      if (typeof value !== 'object' || value === null) continue;
      const child = (value as Record<string, unknown>)[key];
      if (fan && Array.isArray(child)) next.push(...child);
      else if (!fan && child !== undefined) next.push(child);
    }
    current = next;
  }
  return current;
}

function compare(actual: unknown, operator: Condition['operator'], expected: Condition['value']): boolean {
  switch (operator) {
    case 'exists':
      return actual !== undefined && actual !== null;
    case 'eq':
      return String(actual) === String(expected);
    case 'neq':
      return String(actual) !== String(expected);
    case 'in':
      return Array.isArray(expected) && expected.map(String).includes(String(actual));
    case 'contains':
      return Array.isArray(actual)
        ? actual.map(String).includes(String(expected))
        : String(actual).includes(String(expected));
    default: {
      const a = Number(actual);
      const b = Number(expected);
      if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
      return operator === 'gt' ? a > b : operator === 'gte' ? a >= b : operator === 'lt' ? a < b : a <= b;
    }
  }
}

/** Every condition must hold; a path with several values (a fan-out) holds when any does. */
export function conditionsHold(
  conditions: Condition[],
  properties: Record<string, unknown>,
  traits: Record<string, unknown>,
): boolean {
  return conditions.every((condition) => {
    const values = valuesAt(condition.source === 'property' ? properties : traits, condition.path);
    if (condition.operator === 'neq') return values.every((v) => compare(v, 'neq', condition.value));
    return values.some((v) => compare(v, condition.operator, condition.value));
  });
}

export function withinDates(definition: RuleDefinition, at: Date): boolean {
  const { starts_at: startsAt, ends_at: endsAt } = definition.limits;
  return (!startsAt || at >= new Date(startsAt)) && (!endsAt || at < new Date(endsAt));
}

/** Points before tier multiplier and limits; per-amount rewards round down. */
export function rewardPoints(definition: RuleDefinition, order: OrderFacts | null): number {
  const reward = definition.reward;
  if (reward.type === 'fixed') return reward.points;
  if (!order) return 0;
  const amountMinor = reward.category
    ? order.lines
        .filter((line) => line.category === reward.category)
        .reduce((sum, line) => sum + line.priceMinor * line.quantity, 0)
    : order.totalMinor;
  return amountMinor > 0 ? mulDivFloor(amountMinor, reward.points, reward.per_amount_minor) : 0;
}

export function applyMultiplier(points: number, percent: number): number {
  return percent === 100 ? points : mulDivFloor(points, percent, 100);
}
