import { newId } from '../../../core/ids.js';
import { invalidParameter, notFound } from '../../../core/errors.js';
import { firstIssueError } from '../../../core/validation-messages.js';
import type { Db } from '../../../db/connection.js';
import { listPage, type ListPage } from '../../../http/pagination.js';
import { addDays } from '../arithmetic.js';
import { refuseBeyondCap } from './caps.js';
import type { OrderFacts } from './order-facts.js';
import {
  applyMultiplier,
  conditionsHold,
  rewardPoints,
  ruleDefinitionSchema,
  withinDates,
  type RuleDefinition,
} from './rule-definition.js';
import {
  activeRulesFor,
  archiveRule,
  findRule,
  insertRuleVersion,
  listRules,
  ruleAwardsSince,
  ruleIssuedPoints,
  type RuleRow,
} from './rules.queries.js';

export interface EarnRule extends RuleDefinition {
  object: 'earn_rule';
  id: string;
  name: string;
  active: boolean;
  version: number;
  created: string;
  updated: string;
}

export interface RuleInput {
  name: string;
  active?: boolean | undefined;
  definition: unknown;
}

function present(row: RuleRow): EarnRule {
  return {
    object: 'earn_rule',
    id: row.id,
    name: row.name,
    active: row.active,
    version: row.version,
    ...(row.definition as RuleDefinition),
    created: row.createdAt.toISOString(),
    updated: row.updatedAt.toISOString(),
  };
}

export function parseDefinition(raw: unknown): RuleDefinition {
  const parsed = ruleDefinitionSchema.safeParse(raw);
  if (!parsed.success) throw firstIssueError(parsed.error, ['definition']);
  const { starts_at: startsAt, ends_at: endsAt } = parsed.data.limits;
  if (startsAt && endsAt && new Date(endsAt) <= new Date(startsAt))
    throw invalidParameter('definition.limits.ends_at', 'ends_at must be after starts_at.');
  return parsed.data;
}

export async function createRule(db: Db, workspaceId: string, input: RuleInput, at: Date): Promise<EarnRule> {
  const definition = parseDefinition(input.definition);
  const row = {
    id: newId('earnRule'),
    name: input.name,
    // A new rule is a draft: it earns nothing until switched on, after its backtest.
    active: input.active ?? false,
    version: 1,
    definition,
    updatedAt: at,
  };
  await db.transaction(async (tx) => {
    await refuseBeyondCap(tx, workspaceId, 'earn_rules');
    await insertRuleVersion(tx, workspaceId, row, true);
  });
  return present({ ...row, createdAt: at });
}

/** Every change is a new version; entries already earned keep naming the version that made them. */
export async function updateRule(
  db: Db,
  workspaceId: string,
  id: string,
  input: Partial<RuleInput>,
  at: Date,
): Promise<EarnRule> {
  return db.transaction(async (tx) => {
    const current = await findRule(tx, workspaceId, id, true);
    if (!current) throw notFound('earn rule', id);
    const definition =
      input.definition === undefined ? current.definition : parseDefinition(input.definition);
    const next = {
      id,
      name: input.name ?? current.name,
      active: input.active ?? current.active,
      version: current.version + 1,
      definition,
      updatedAt: at,
    };
    await insertRuleVersion(tx, workspaceId, next, false);
    return present({ ...next, createdAt: current.createdAt });
  });
}

export async function getRule(db: Db, workspaceId: string, id: string): Promise<EarnRule> {
  const row = await findRule(db, workspaceId, id);
  if (!row) throw notFound('earn rule', id);
  return present(row);
}

export async function listEarnRules(
  db: Db,
  workspaceId: string,
  page: { limit: number; starting_after?: string | undefined },
): Promise<ListPage<EarnRule>> {
  const rows = await listRules(db, workspaceId, page.limit, page.starting_after);
  return listPage(rows.map(present), page.limit);
}

export async function deleteRule(
  db: Db,
  workspaceId: string,
  id: string,
  at: Date,
): Promise<{ object: 'earn_rule'; id: string; deleted: true }> {
  if (!(await archiveRule(db, workspaceId, id, at))) throw notFound('earn rule', id);
  return { object: 'earn_rule', id, deleted: true };
}

export interface Award {
  ruleId: string;
  version: number;
  points: number;
}

/** Start of the limit window containing `at` (UTC day, ISO week from Monday, calendar month). */
export function periodStart(period: 'day' | 'week' | 'month', at: Date): Date {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  if (period === 'day') return day;
  if (period === 'week') return addDays(day, -((day.getUTCDay() + 6) % 7));
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
}

/** Whether the ledger's history still lets this rule reward this customer now; the points it may give. */
async function withinLimits(
  tx: Db,
  workspaceId: string,
  rule: RuleRow,
  definition: RuleDefinition,
  customerId: string,
  points: number,
  at: Date,
): Promise<number> {
  const limits = definition.limits;
  if (limits.once_per_customer && (await ruleAwardsSince(tx, workspaceId, rule.id, customerId, null)) > 0)
    return 0;
  if (limits.max_per_period) {
    const since = periodStart(limits.max_per_period.period, at);
    if ((await ruleAwardsSince(tx, workspaceId, rule.id, customerId, since)) >= limits.max_per_period.count)
      return 0;
  }
  if (limits.budget_points !== undefined) {
    const left = limits.budget_points - (await ruleIssuedPoints(tx, workspaceId, rule.id));
    return Math.max(0, Math.min(points, left));
  }
  return points;
}

export interface RuleContext {
  workspaceId: string;
  customerId: string;
  eventName: string | null;
  properties: Record<string, unknown>;
  traits: Record<string, unknown>;
  order: OrderFacts | null;
  tierMultiplierPercent: number;
  at: Date;
}

/**
 * The points each active rule gives for one event (or for a birthday when eventName is null).
 * `rules`, when given, are the active rules of this trigger already read (the consumer's page).
 */
export async function awardsFor(tx: Db, context: RuleContext, rules?: RuleRow[]): Promise<Award[]> {
  const awards: Award[] = [];
  for (const rule of rules ?? (await activeRulesFor(tx, context.workspaceId, context.eventName))) {
    const definition = rule.definition as RuleDefinition;
    if (!withinDates(definition, context.at)) continue;
    if (!conditionsHold(definition.conditions, context.properties, context.traits)) continue;
    const base = rewardPoints(definition, context.order);
    const multiplied = definition.apply_tier_multiplier
      ? applyMultiplier(base, context.tierMultiplierPercent)
      : base;
    if (multiplied <= 0) continue;
    const points = await withinLimits(
      tx,
      context.workspaceId,
      rule,
      definition,
      context.customerId,
      multiplied,
      context.at,
    );
    if (points > 0) awards.push({ ruleId: rule.id, version: rule.version, points });
  }
  return awards;
}
