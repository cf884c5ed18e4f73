import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../db/connection.js';
import { typed } from '../rows.js';

// What the loyalty sweep finds due. Each reads a partial index on the due column, so a sweep
// costs the rows that are due, not the size of the ledger.

/** Restricts a sweep to one workspace (tests, and a workspace's own `retain` command). */
const only = (workspaceId: string | null) => (workspaceId ? sql`and workspace_id = ${workspaceId}` : sql``);

export interface DueLot {
  workspaceId: string;
  customerId: string;
  lotId: string;
}

export async function duePendingLots(
  db: Db,
  now: Date,
  limit: number,
  workspaceId: string | null,
): Promise<DueLot[]> {
  return queryRows<DueLot>(
    db,
    sql`select workspace_id as "workspaceId", customer_id as "customerId", id as "lotId" from points_lots
        where state = 'pending' and remaining > 0 and pending_until <= ${now} ${only(workspaceId)}
        order by pending_until limit ${limit}`,
  );
}

export async function dueExpiringLots(
  db: Db,
  now: Date,
  limit: number,
  workspaceId: string | null,
): Promise<DueLot[]> {
  return queryRows<DueLot>(
    db,
    sql`select workspace_id as "workspaceId", customer_id as "customerId", id as "lotId" from points_lots
        where state = 'posted' and remaining > 0 and expires_at <= ${now} ${only(workspaceId)}
        order by expires_at limit ${limit}`,
  );
}

export interface ExpiringLot extends DueLot {
  remaining: number;
  expiresAt: Date;
}

/** Lots of one workspace expiring by `until` that have not been announced yet. */
export async function unannouncedLots(
  db: Db,
  workspaceId: string,
  until: Date,
  limit: number,
): Promise<ExpiringLot[]> {
  const rows = await queryRows(
    db,
    sql`select workspace_id as "workspaceId", customer_id as "customerId", id as "lotId", remaining,
          expires_at as "expiresAt"
        from points_lots
        where workspace_id = ${workspaceId} and state = 'posted' and remaining > 0 and warned_at is null
          and expires_at <= ${until}
        order by expires_at limit ${limit}`,
  );
  return typed<ExpiringLot>(rows, { ints: ['remaining'], dates: ['expiresAt'] });
}

/** Workspaces whose program uses an expiry policy, with the policy's settings. */
export async function programsWithExpiry(
  db: Db,
  workspaceId: string | null,
): Promise<{ workspaceId: string; settings: Record<string, unknown> }[]> {
  const rows = await queryRows<{ workspaceId: string; settings: Record<string, unknown> | string }>(
    db,
    sql`select workspace_id as "workspaceId", settings from loyalty_programs
        where settings->'expiry'->>'policy' in ('per_lot', 'inactivity') ${only(workspaceId)}`,
  );
  return rows.map((r) => ({
    workspaceId: r.workspaceId,
    settings:
      typeof r.settings === 'string' ? (JSON.parse(r.settings) as Record<string, unknown>) : r.settings,
  }));
}

export interface InactiveAccount {
  customerId: string;
  balance: number;
  lastActivityAt: Date;
}

/** Accounts with posted points whose last activity was at or before `before`. */
/**
 * Members with points whose last activity is before `warnBefore`, oldest first: those past
 * `expireBefore` are due to expire; the rest are due a warning unless one went out since their
 * last activity.
 */
export async function inactiveAccounts(
  db: Db,
  workspaceId: string,
  warnBefore: Date,
  expireBefore: Date,
  limit: number,
): Promise<InactiveAccount[]> {
  const rows = await queryRows(
    db,
    sql`select customer_id as "customerId", balance, coalesce(last_activity_at, updated_at) as "lastActivityAt"
        from points_accounts
        where workspace_id = ${workspaceId} and balance > 0 and coalesce(last_activity_at, updated_at) <= ${warnBefore}
          and (coalesce(last_activity_at, updated_at) <= ${expireBefore} or expiry_warned_at is null
               or expiry_warned_at < coalesce(last_activity_at, updated_at))
        order by coalesce(last_activity_at, updated_at) limit ${limit}`,
  );
  return typed<InactiveAccount>(rows, { ints: ['balance'], dates: ['lastActivityAt'] });
}

export interface BirthdayCandidate {
  workspaceId: string;
  customerId: string;
  monthDay: string;
  /** The `timezone` trait as identify sent it; unchecked. */
  timeZone: string | null;
}

/**
 * Profiles whose birthday (`MM-DD`) is one of these days, a page at a time in (workspace,
 * customer) order after `after`. The sweep asks for the days around today in UTC and keeps those
 * whose own time zone says it is their birthday.
 */
export async function birthdayCandidates(
  db: Db,
  monthDays: string[],
  after: { workspaceId: string; customerId: string } | null,
  limit: number,
  workspaceId: string | null,
): Promise<BirthdayCandidate[]> {
  return queryRows<BirthdayCandidate>(
    db,
    sql`select workspace_id as "workspaceId", customer_id as "customerId", month_day as "monthDay",
          traits->>'timezone' as "timeZone"
        from loyalty_profiles
        where month_day in (${sql.join(
          monthDays.map((d) => sql`${d}`),
          sql`, `,
        )}) ${only(workspaceId)}
          ${after ? sql`and (workspace_id, customer_id) > (${after.workspaceId}, ${after.customerId})` : sql``}
        order by workspace_id, customer_id limit ${limit}`,
  );
}
