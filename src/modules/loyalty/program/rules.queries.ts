import { sql } from 'drizzle-orm';
import { queryOne, queryRows, type Db } from '../../../db/connection.js';
import { int, typed } from '../rows.js';

export interface RuleRow {
  id: string;
  name: string;
  active: boolean;
  version: number;
  definition: Record<string, unknown>;
  createdAt: Date;
  updatedAt: Date;
}

const ruleColumns = sql`id, name, active, version, definition, created_at as "createdAt", updated_at as "updatedAt"`;
const ruleFields = { ints: ['version'], dates: ['createdAt', 'updatedAt'] } as const;

export async function insertRuleVersion(
  tx: Db,
  workspaceId: string,
  rule: Omit<RuleRow, 'createdAt'>,
  isNew: boolean,
): Promise<void> {
  if (isNew) {
    await tx.execute(
      sql`insert into earn_rules (id, workspace_id, name, active, version, definition, created_at, updated_at)
          values (${rule.id}, ${workspaceId}, ${rule.name}, ${rule.active}, ${rule.version},
            ${JSON.stringify(rule.definition)}::jsonb, ${rule.updatedAt}, ${rule.updatedAt})`,
    );
  } else {
    await tx.execute(
      sql`update earn_rules set name = ${rule.name}, active = ${rule.active}, version = ${rule.version},
            definition = ${JSON.stringify(rule.definition)}::jsonb, updated_at = ${rule.updatedAt}
          where workspace_id = ${workspaceId} and id = ${rule.id}`,
    );
  }
  await tx.execute(
    sql`insert into earn_rule_versions (rule_id, version, workspace_id, definition, created_at)
        values (${rule.id}, ${rule.version}, ${workspaceId}, ${JSON.stringify(rule.definition)}::jsonb,
          ${rule.updatedAt})`,
  );
}

export async function findRule(
  db: Db,
  workspaceId: string,
  id: string,
  lock = false,
): Promise<RuleRow | undefined> {
  const rows = await queryRows(
    db,
    sql`select ${ruleColumns} from earn_rules
        where workspace_id = ${workspaceId} and id = ${id} and archived_at is null
        ${lock ? sql`for update` : sql``}`,
  );
  return typed<RuleRow>(rows, ruleFields)[0];
}

export async function listRules(
  db: Db,
  workspaceId: string,
  limit: number,
  startingAfter: string | undefined,
): Promise<RuleRow[]> {
  const rows = await queryRows(
    db,
    sql`select ${ruleColumns} from earn_rules
        where workspace_id = ${workspaceId} and archived_at is null
          ${startingAfter ? sql`and id > ${startingAfter}` : sql``}
        order by id limit ${limit + 1}`,
  );
  return typed<RuleRow>(rows, ruleFields);
}

/** Active rules fired by an event name (or by the birthday trigger when `eventName` is null). */
export async function activeRulesFor(
  db: Db,
  workspaceId: string,
  eventName: string | null,
): Promise<RuleRow[]> {
  const rows = await queryRows(
    db,
    sql`select ${ruleColumns} from earn_rules
        where workspace_id = ${workspaceId} and active and archived_at is null
          and ${
            eventName === null
              ? sql`definition->'trigger'->>'type' = 'birthday'`
              : sql`definition->'trigger'->>'event' = ${eventName}`
          }
        order by id`,
  );
  return typed<RuleRow>(rows, ruleFields);
}

/** An active rule a track event fires: what the loyalty consumer reads events and rules by. */
const firedByEvent = sql`active and archived_at is null and definition->'trigger'->>'type' = 'event'`;

/** Every active rule fired by a track event, in id order (the consumer reads them once per page). */
export async function activeEventRules(db: Db, workspaceId: string): Promise<RuleRow[]> {
  const rows = await queryRows(
    db,
    sql`select ${ruleColumns} from earn_rules
        where workspace_id = ${workspaceId} and ${firedByEvent}
        order by id`,
  );
  return typed<RuleRow>(rows, ruleFields);
}

/** The track events some workspace's active rule fires on: all the loyalty consumer must read of them. */
export async function ruleTriggerEvents(db: Db): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`select distinct definition->'trigger'->>'event' as name from earn_rules where ${firedByEvent}`,
  );
  return rows.map((row) => row.name);
}

export async function archiveRule(db: Db, workspaceId: string, id: string, at: Date): Promise<boolean> {
  const rows = await queryRows(
    db,
    sql`update earn_rules set archived_at = ${at}, active = false
        where workspace_id = ${workspaceId} and id = ${id} and archived_at is null returning id`,
  );
  return rows.length > 0;
}

/** Points a rule has issued in all (its budget counts issues, not later clawbacks). */
export async function ruleIssuedPoints(db: Db, workspaceId: string, ruleId: string): Promise<number> {
  const row = await queryOne<{ total: unknown }>(
    db,
    sql`select coalesce(sum(points + pending_points), 0)::bigint as total from points_entries
        where workspace_id = ${workspaceId} and rule_id = ${ruleId} and kind in ('earn', 'bonus')`,
  );
  return int(row?.total ?? 0);
}

/** How many times a rule rewarded a customer since a moment (or ever). */
export async function ruleAwardsSince(
  db: Db,
  workspaceId: string,
  ruleId: string,
  customerId: string,
  since: Date | null,
): Promise<number> {
  const row = await queryOne<{ n: unknown }>(
    db,
    sql`select count(*)::int as n from points_entries
        where workspace_id = ${workspaceId} and rule_id = ${ruleId} and customer_id = ${customerId}
          and kind in ('earn', 'bonus') ${since ? sql`and occurred_at >= ${since}` : sql``}`,
  );
  return int(row?.n ?? 0);
}
