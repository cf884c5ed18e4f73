// The outbox rows as the dispatcher reads and writes them, in bulk: a batch is claimed, decided and
// recorded in a few statements (jsonb_to_recordset), not one per message, so the dispatcher's cost
// in PostgreSQL stays a small part of a message's.
import { sql } from 'drizzle-orm';
import { pgArray } from '../../../db/arrays.js';
import { queryRows, type Db } from '../../../db/connection.js';
import { customersRelation } from '../../customers/index.js';
import type { ChannelKind } from '../channels/index.js';
import type { MessagePriority } from '../pacing/index.js';

export interface OutboxRow {
  id: string;
  workspaceId: string;
  customerId: string;
  channel: ChannelKind;
  templateId: string;
  templateVersion: number;
  data: Record<string, unknown>;
  priority: MessagePriority;
  topic: string | null;
  status: string;
  reason: string | null;
  sendAfter: Date;
  expiresAt: Date | null;
  producerKind: string;
  producerId: string | null;
  attempts: number;
  leaseUntil: Date | null;
  handedAt: Date | null;
  address: string | null;
  provider: string | null;
  providerMessageId: string | null;
  decisions: Record<string, unknown>[];
  content: Record<string, unknown> | null;
  subject: string | null;
  sentAt: Date | null;
  createdAt: Date;
}

const columnList = `id, workspace_id as "workspaceId", customer_id as "customerId", channel, template_id as "templateId", template_version as "templateVersion", data, priority, topic, status, reason, send_after as "sendAfter", expires_at as "expiresAt", producer_kind as "producerKind", producer_id as "producerId", attempts, lease_until as "leaseUntil", handed_at as "handedAt", address, provider, provider_message_id as "providerMessageId", decisions, content, subject, sent_at as "sentAt", created_at as "createdAt"`;
/** The row's columns as OutboxRow names them, qualified by `alias` where a statement joins. */
const columnsOf = (alias: string) =>
  sql.raw(
    columnList
      .split(', ')
      .map((column) => `${alias}.${column}`)
      .join(', '),
  );
const columns = columnsOf('messages');

function withDates(row: OutboxRow): OutboxRow {
  const date = (value: Date | string | null) => (value === null ? null : new Date(value));
  return {
    ...row,
    sendAfter: date(row.sendAfter)!,
    expiresAt: date(row.expiresAt),
    leaseUntil: date(row.leaseUntil),
    handedAt: date(row.handedAt),
    sentAt: date(row.sentAt),
    createdAt: date(row.createdAt)!,
  };
}

/**
 * Claims up to `limit` due messages, highest priority first, for `leaseMs`: other dispatchers skip
 * them (SKIP LOCKED while claiming, the lease after), and a dispatcher that dies lets its claim
 * lapse instead of holding the messages.
 */
export async function claimDue(db: Db, now: Date, limit: number, leaseMs: number): Promise<OutboxRow[]> {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const rows = await queryRows<OutboxRow>(
    db,
    sql`with due as (
          select id from messages
          where status = 'queued' and send_after <= ${now} and (lease_until is null or lease_until < ${now})
          order by priority_rank, send_after
          limit ${limit}
          for update skip locked)
        update messages m set lease_until = ${leaseUntil}
        from due where m.id = due.id
        returning ${columnsOf('m')}`,
  );
  return rows.map(withDates);
}

/**
 * A claimed message whose customer has since merged into another profile goes to the survivor: a
 * merge says they are the same person, whose address, consent (which follows merges) and caps now
 * live on the surviving profile. The move is written among the message's decisions. A merge points
 * every earlier tombstone at the new survivor too, so one hop reaches a live profile.
 */
export async function followMerges(
  tx: Db,
  ids: readonly string[],
  leaseUntil: Date,
  now: Date,
): Promise<void> {
  await tx.execute(
    sql`update messages m
        set customer_id = c.merged_into,
            decisions = m.decisions || jsonb_build_array(jsonb_build_object(
              'at', ${now.toISOString()}::text, 'decision', 'followed_merge', 'from', m.customer_id, 'to', c.merged_into))
        from ${customersRelation} c
        where m.id = any(${pgArray(ids, 'text')}) and m.status = 'queued' and m.lease_until = ${leaseUntil}
          and c.workspace_id = m.workspace_id and c.id = m.customer_id and c.merged_into is not null`,
  );
}

/** The customers of a claim: locked before its rows, the order every consent change follows too. */
export async function claimedCustomers(tx: Db, ids: readonly string[], leaseUntil: Date): Promise<string[]> {
  const rows = await queryRows<{ customerId: string }>(
    tx,
    sql`select distinct customer_id as "customerId" from messages
        where id = any(${pgArray(ids, 'text')}) and status = 'queued' and lease_until = ${leaseUntil}`,
  );
  return rows.map((row) => row.customerId);
}

/** The claimed rows, locked, that are still this claim's (a lapsed lease may have passed them on). */
export async function lockClaimed(tx: Db, ids: readonly string[], leaseUntil: Date): Promise<OutboxRow[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<OutboxRow>(
    tx,
    sql`select ${columns} from messages
        where id = any(${pgArray(ids, 'text')}) and status = 'queued' and lease_until = ${leaseUntil}
        order by priority_rank, send_after, id
        for update`,
  );
  return rows.map(withDates);
}

/** Messages whose send was handed over and never recorded: the process died, or took too long. */
export async function lapsedSends(tx: Db, now: Date, limit: number): Promise<OutboxRow[]> {
  const rows = await queryRows<OutboxRow>(
    tx,
    sql`select ${columns} from messages
        where status = 'sending' and lease_until < ${now}
        order by lease_until limit ${limit}
        for update skip locked`,
  );
  return rows.map(withDates);
}

/** What a decision or a provider's answer makes of a row: every column the dispatcher owns. */
export interface RowChange {
  id: string;
  status: string;
  reason: string | null;
  sendAfter: Date;
  leaseUntil: Date | null;
  handedAt: Date | null;
  attempts: number;
  address: string | null;
  provider: string | null;
  providerMessageId: string | null;
  decisions: Record<string, unknown>[];
  content: Record<string, unknown> | null;
  subject: string | null;
  sentAt: Date | null;
  /** The row is changed only while it is still in this state with this many attempts. */
  expect: { status: string; attempts: number };
}

/** Writes the changes in one statement; answers the ids it changed (a row that moved on is left). */
export async function writeChanges(tx: Db, changes: readonly RowChange[], now: Date): Promise<Set<string>> {
  if (changes.length === 0) return new Set();
  const records = changes.map((change) => ({
    id: change.id,
    status: change.status,
    reason: change.reason,
    send_after: change.sendAfter.toISOString(),
    lease_until: change.leaseUntil?.toISOString() ?? null,
    handed_at: change.handedAt?.toISOString() ?? null,
    attempts: change.attempts,
    address: change.address,
    provider: change.provider,
    provider_message_id: change.providerMessageId,
    decisions: change.decisions,
    content: change.content,
    subject: change.subject,
    sent_at: change.sentAt?.toISOString() ?? null,
    expect_status: change.expect.status,
    expect_attempts: change.expect.attempts,
  }));
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`update messages m set
          status = v.status, reason = v.reason, send_after = v.send_after, lease_until = v.lease_until,
          handed_at = v.handed_at, attempts = v.attempts, address = v.address, provider = v.provider,
          provider_message_id = v.provider_message_id, decisions = v.decisions, content = v.content,
          subject = v.subject, sent_at = v.sent_at, updated_at = ${now}
        from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as v(
          id text, status text, reason text, send_after timestamptz, lease_until timestamptz,
          handed_at timestamptz, attempts int, address text, provider text, provider_message_id text,
          decisions jsonb, content jsonb, subject text, sent_at timestamptz, expect_status text,
          expect_attempts int)
        where m.id = v.id and m.status = v.expect_status and m.attempts = v.expect_attempts
        returning m.id`,
  );
  return new Set(rows.map((row) => row.id));
}

export interface AttemptRecord {
  workspaceId: string;
  messageId: string;
  attempt: number;
  startedAt: Date;
  finishedAt: Date | null;
  outcome: string | null;
  detail: string | null;
}

/** Inserts attempts, or finishes them (same message and attempt number). */
export async function writeAttempts(tx: Db, attempts: readonly AttemptRecord[]): Promise<void> {
  if (attempts.length === 0) return;
  const records = attempts.map((attempt) => ({
    workspace_id: attempt.workspaceId,
    message_id: attempt.messageId,
    attempt: attempt.attempt,
    started_at: attempt.startedAt.toISOString(),
    finished_at: attempt.finishedAt?.toISOString() ?? null,
    outcome: attempt.outcome,
    detail: attempt.detail,
  }));
  await tx.execute(
    sql`insert into message_attempts (workspace_id, message_id, attempt, started_at, finished_at, outcome, detail)
        select workspace_id, message_id, attempt, started_at, finished_at, outcome, detail
        from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as v(workspace_id text, message_id text,
          attempt int, started_at timestamptz, finished_at timestamptz, outcome text, detail text)
        on conflict (message_id, attempt) do update
        set finished_at = excluded.finished_at, outcome = excluded.outcome, detail = excluded.detail`,
  );
}

/** Non-transactional messages handed to a provider since `since`: what the frequency caps count. */
export async function pastSends(
  tx: Db,
  workspaceId: string,
  customerIds: readonly string[],
  since: Date,
): Promise<{ customerId: string; priority: MessagePriority; channel: ChannelKind; handedAt: Date }[]> {
  const rows = await queryRows<{
    customerId: string;
    priority: MessagePriority;
    channel: ChannelKind;
    handedAt: string;
  }>(
    tx,
    sql`select customer_id as "customerId", priority, channel, handed_at as "handedAt" from messages
        where workspace_id = ${workspaceId} and customer_id = any(${pgArray(customerIds, 'text')})
          and handed_at >= ${since} and priority <> 'transactional'
          and status in ('sending', 'sent', 'delivered', 'outcome_unknown')`,
  );
  return rows.map((row) => ({ ...row, handedAt: new Date(row.handedAt) }));
}

/** Other due messages of these customers that this batch does not hold: higher ones reserve slots. */
export async function waitingBeside(
  tx: Db,
  workspaceId: string,
  customerIds: readonly string[],
  heldIds: readonly string[],
  now: Date,
): Promise<{ customerId: string; priority: MessagePriority; channel: ChannelKind }[]> {
  return queryRows(
    tx,
    sql`select customer_id as "customerId", priority, channel from messages
        where workspace_id = ${workspaceId} and customer_id = any(${pgArray(customerIds, 'text')})
          and status = 'queued' and send_after <= ${now} and id <> all(${pgArray(heldIds, 'text')})`,
  );
}
