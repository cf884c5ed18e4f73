// Broadcasts: one template, once, to an audience (a subscription topic now, a segment later), through
// the same outbox as every other message, so consent, suppression, caps and quiet hours apply to
// each as the dispatcher decides it. Enqueuing walks the audience by customer id in pages; each
// page's messages and the broadcast's checkpoint commit in one transaction, so a crash resumes after
// the last committed page, and the dedupe key `broadcast:{id}:{customer}` makes a page enqueued
// twice one message per customer all the same (listmonk #3022 and #2070 lost or repeated
// subscribers at exactly this seam).
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { systemClock, type Clock } from '../../core/clock.js';
import { RetainError } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { dayMs, hourMs } from '../../core/time.js';
import {
  firstInstantAtOrAfterWall,
  localDateOfDayNumber,
  localDayNumber,
  type LocalDate,
} from '../../core/zoned-time.js';
import { queryRows, type Db } from '../../db/connection.js';
import { newestFirst, type KeysetPage } from '../../db/keyset.js';
import { messageRecipients } from '../customers/index.js';
import { getWorkspace, workspacesRelation } from '../workspaces/index.js';
import { messageTopics, type MessageTopic } from './consent.js';
import { enqueueMessages, notifyDispatchers, type NewMessage } from './outbox.js';
import { customerZone } from './pacing/index.js';
import type { ChannelKind } from './channels/index.js';
import { broadcasts, messageTemplates } from './schema.js';
import { templateForSending } from './template-store.js';
import {
  broadcastPollMs,
  broadcastSendAtGraceMs,
  utcOffsetAheadMaxMs,
  utcOffsetBehindMaxMs,
} from '../../core/limits.js';

type BroadcastRow = typeof broadcasts.$inferSelect;
type BroadcastStatus = BroadcastRow['status'];
type BroadcastPriority = BroadcastRow['priority'];

/** Who receives a broadcast. A segment will be the other kind of audience. */
interface BroadcastAudience {
  topic: MessageTopic;
}

export interface BroadcastInput {
  name: string;
  template: string;
  audience: BroadcastAudience;
  priority: BroadcastPriority;
  /** Absent: now. With `localTime`, its date in the workspace's zone is the day each customer gets it. */
  sendAt?: Date | undefined;
  /** HH:MM: each customer receives it when their own clock shows this time on send_at's date. */
  localTime?: string | null | undefined;
  expiresAt?: Date | null | undefined;
}

export interface Broadcast {
  id: string;
  name: string;
  templateId: string;
  templateVersion: number;
  audience: BroadcastAudience;
  priority: BroadcastPriority;
  sendAt: Date;
  localTime: string | null;
  expiresAt: Date | null;
  status: BroadcastStatus;
  enqueuedCount: number;
  createdAt: Date;
  updatedAt: Date;
}

const localTimePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

function viewOf(row: BroadcastRow): Broadcast {
  return {
    id: row.id,
    name: row.name,
    templateId: row.templateId,
    templateVersion: row.templateVersion,
    audience: { topic: row.topic as MessageTopic },
    priority: row.priority,
    sendAt: row.sendAt,
    localTime: row.localTime,
    expiresAt: row.expiresAt,
    status: row.status,
    enqueuedCount: row.enqueuedCount,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The day a local-time broadcast is received on: send_at's date on the workspace's calendar. */
function sendDate(sendAt: Date, workspaceZone: string): LocalDate {
  return localDateOfDayNumber(localDayNumber(sendAt.getTime(), workspaceZone));
}

function wallTime(date: LocalDate, localTime: string) {
  const [, hour, minute] = localTimePattern.exec(localTime)!;
  return { ...date, hour: Number(hour), minute: Number(minute) };
}

/**
 * When a customer in `zone` receives a local-time broadcast: the first instant their clock shows
 * the time on that date (a time a spring-forward skips: when the clocks jump; one a fall-back
 * repeats: its first occurrence).
 */
function localSendAfter(date: LocalDate, localTime: string, zone: string): Date {
  const wall = wallTime(date, localTime);
  const wallMs = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  return firstInstantAtOrAfterWall(wall, zone, wallMs - 2 * dayMs);
}

/** Checks the input and saves the broadcast, scheduled, with the template's current version. */
export async function createBroadcast(
  db: Db,
  workspaceId: string,
  input: BroadcastInput,
  now: Date,
): Promise<Broadcast> {
  if (!(messageTopics as readonly string[]).includes(input.audience.topic)) {
    throw new RetainError('parameter_invalid', `audience.topic must be one of ${messageTopics.join(', ')}.`, {
      param: 'audience.topic',
    });
  }
  const localTime = input.localTime ?? null;
  if (localTime !== null && !localTimePattern.test(localTime)) {
    throw new RetainError('parameter_invalid', 'local_time must be a time of day as HH:MM, 00:00 to 23:59.', {
      param: 'local_time',
    });
  }
  const sendAt = input.sendAt ?? now;
  if (sendAt.getTime() < now.getTime() - broadcastSendAtGraceMs) {
    throw new RetainError('parameter_invalid', 'send_at is in the past; give a time from now on.', {
      param: 'send_at',
    });
  }
  const expiresAt = input.expiresAt ?? null;
  if (expiresAt) {
    const workspace = await getWorkspace(db, workspaceId);
    // With a local time, the last customers to reach it are 12 hours behind UTC.
    const lastSend =
      localTime === null
        ? sendAt
        : new Date(
            localSendAfter(sendDate(sendAt, workspace.timezone), localTime, 'UTC').getTime() +
              utcOffsetBehindMaxMs,
          );
    if (expiresAt <= lastSend) {
      throw new RetainError(
        'parameter_invalid',
        `expires_at must be after the last customer's send (${lastSend.toISOString()}).`,
        { param: 'expires_at' },
      );
    }
  }
  const template = await templateForSending(db, workspaceId, input.template);
  const [row] = await db
    .insert(broadcasts)
    .values({
      id: newId('broadcast'),
      workspaceId,
      name: input.name,
      templateId: template.id,
      templateVersion: template.version,
      topic: input.audience.topic,
      priority: input.priority,
      sendAt,
      localTime,
      expiresAt,
      status: 'scheduled',
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  return viewOf(row!);
}

function broadcastMissing(): RetainError {
  return new RetainError('resource_missing', 'No broadcast of this workspace has this id.', { param: 'id' });
}

export async function getBroadcast(db: Db, workspaceId: string, id: string): Promise<Broadcast> {
  const [row] = await db
    .select()
    .from(broadcasts)
    .where(and(eq(broadcasts.workspaceId, workspaceId), eq(broadcasts.id, id)));
  if (!row) throw broadcastMissing();
  return viewOf(row);
}

/** Newest first. */
export async function listBroadcasts(db: Db, workspaceId: string, page: KeysetPage): Promise<Broadcast[]> {
  const rows = await newestFirst(
    db.select().from(broadcasts).$dynamic(),
    broadcasts.id,
    eq(broadcasts.workspaceId, workspaceId),
    page,
  );
  return rows.map(viewOf);
}

/** Only a broadcast that has not started: once its messages are in the outbox, they go their way. */
export async function cancelBroadcast(
  db: Db,
  workspaceId: string,
  id: string,
  now: Date,
): Promise<Broadcast> {
  const [row] = await db
    .update(broadcasts)
    .set({ status: 'canceled', updatedAt: now })
    .where(
      and(eq(broadcasts.workspaceId, workspaceId), eq(broadcasts.id, id), eq(broadcasts.status, 'scheduled')),
    )
    .returning();
  if (row) return viewOf(row);
  const current = await getBroadcast(db, workspaceId, id);
  if (current.status === 'canceled') return current;
  throw new RetainError(
    'broadcast_not_cancelable',
    `The broadcast is ${current.status}: its messages are already in the outbox.`,
    { param: 'id' },
  );
}

/** How many of each broadcast's messages are in each status, for a page of broadcasts at once. */
export async function broadcastMessageCounts(
  db: Db,
  workspaceId: string,
  ids: readonly string[],
): Promise<Map<string, Record<string, number>>> {
  const rows = await queryRows<{ id: string; status: string; n: number }>(
    db,
    sql`select producer_id as id, status, count(*)::int as n from messages
        where workspace_id = ${workspaceId} and producer_kind = 'broadcast'
          and producer_id = any(${sql.param([...ids])}::text[])
        group by producer_id, status`,
  );
  const counts = new Map<string, Record<string, number>>(ids.map((id) => [id, {}]));
  for (const row of rows) counts.get(row.id)![row.status] = row.n;
  return counts;
}

/**
 * Locks one due broadcast that no other process holds. A local-time broadcast is due when the
 * first zone (UTC+14) reaches its local time on its date (send_at's date on the workspace's
 * calendar), so that customer's message is in the outbox before its moment.
 */
async function claimDueBroadcast(tx: Db, now: Date): Promise<BroadcastRow | undefined> {
  const [row] = await queryRows<{ id: string }>(
    tx,
    sql`select b.id from broadcasts b join ${workspacesRelation} w on w.id = b.workspace_id
        where b.status in ('scheduled', 'enqueuing')
          and case when b.local_time is null then b.send_at <= ${now}
                   else ((b.send_at at time zone w.timezone)::date + b.local_time::time)
                        - make_interval(hours => ${utcOffsetAheadMaxMs / hourMs})
                        <= (${now}::timestamptz at time zone 'UTC') end
        order by b.send_at, b.id
        limit 1
        for update of b skip locked`,
  );
  if (!row) return undefined;
  const [broadcast] = await tx.select().from(broadcasts).where(eq(broadcasts.id, row.id));
  return broadcast;
}

/**
 * Customers (as `t.customer_id`) whose topic is subscribed on the channel and who did not
 * unsubscribe from the channel; a promotional broadcast also needs the channel itself subscribed.
 */
function audienceFrom(workspaceId: string, channel: string, topic: string, priority: BroadcastPriority): SQL {
  const channelAllows =
    priority === 'promotional' ? sql`c.status = 'subscribed'` : sql`c.status is distinct from 'unsubscribed'`;
  return sql`message_consents t
        left join message_consents c on c.workspace_id = t.workspace_id and c.customer_id = t.customer_id
          and c.channel = t.channel and c.topic = ''
        where t.workspace_id = ${workspaceId} and t.channel = ${channel}
          and t.topic = ${topic} and t.status = 'subscribed' and ${channelAllows}`;
}

/**
 * The next page of the audience after the broadcast's checkpoint, by customer id. The dispatcher
 * checks consent again when it sends, so a change after this page still counts.
 */
async function audiencePage(
  tx: Db,
  broadcast: BroadcastRow,
  channel: string,
  pageSize: number,
): Promise<string[]> {
  const rows = await queryRows<{ customerId: string }>(
    tx,
    sql`select t.customer_id as "customerId"
        from ${audienceFrom(broadcast.workspaceId, channel, broadcast.topic, broadcast.priority)}
          and (${broadcast.enqueuedThrough}::text is null or t.customer_id > ${broadcast.enqueuedThrough})
        order by t.customer_id
        limit ${pageSize}`,
  );
  return rows.map((row) => row.customerId);
}

/**
 * How many customers a broadcast of this template, topic and priority would reach if it started
 * now: what the form shows before scheduling. An estimate, since consent may change before it
 * starts, and a merged or erased profile's row is skipped only when the broadcast enqueues.
 */
export async function audienceEstimate(
  db: Db,
  workspaceId: string,
  input: { template: string; topic: MessageTopic; priority: BroadcastPriority },
): Promise<number> {
  const template = await templateForSending(db, workspaceId, input.template);
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n
        from ${audienceFrom(workspaceId, template.channel, input.topic, input.priority)}`,
  );
  return row!.n;
}

/** One page of one due broadcast, in the caller's transaction; null when none was due. */
async function enqueueNextPage(tx: Db, now: Date, pageSize: number): Promise<{ enqueued: number } | null> {
  const broadcast = await claimDueBroadcast(tx, now);
  if (!broadcast) return null;
  const workspace = await getWorkspace(tx, broadcast.workspaceId);
  const template = await templateChannel(tx, broadcast);
  const ids = await audiencePage(tx, broadcast, template.channel, pageSize);
  const recipients = await messageRecipients(tx, broadcast.workspaceId, ids);
  const date = sendDate(broadcast.sendAt, workspace.timezone);
  const batch: NewMessage[] = [];
  for (const customerId of ids) {
    const customer = recipients.get(customerId);
    // A merged profile's consent passed to the live one, which the audience has; an erased one gets nothing.
    if (!customer || customer.mergedInto || customer.erasedAt) continue;
    const sendAfter =
      broadcast.localTime === null
        ? broadcast.sendAt
        : localSendAfter(date, broadcast.localTime, customerZone(customer, workspace.timezone).zone);
    batch.push({
      customerId,
      channel: template.channel,
      templateId: broadcast.templateId,
      templateVersion: broadcast.templateVersion,
      data: {},
      priority: broadcast.priority,
      topic: broadcast.topic,
      sendAfter,
      expiresAt: broadcast.expiresAt,
      producer: { kind: 'broadcast', id: broadcast.id },
      dedupeKey: `broadcast:${broadcast.id}:${customerId}`,
    });
  }
  const enqueued = (await enqueueMessages(tx, broadcast.workspaceId, batch, now)).filter(
    (message) => message.created,
  ).length;
  const exhausted = ids.length < pageSize;
  await tx
    .update(broadcasts)
    .set({
      status: exhausted ? 'enqueued' : 'enqueuing',
      enqueuedThrough: ids.at(-1) ?? broadcast.enqueuedThrough,
      enqueuedCount: sql`${broadcasts.enqueuedCount} + ${enqueued}`,
      updatedAt: now,
    })
    .where(eq(broadcasts.id, broadcast.id));
  if (enqueued > 0) await notifyDispatchers(tx);
  return { enqueued };
}

/**
 * The broadcast's channel, from its template even when archived since it was scheduled: archiving
 * stops new sends, and this one was asked for before (canceling the broadcast stops it).
 */
async function templateChannel(tx: Db, broadcast: BroadcastRow): Promise<{ channel: ChannelKind }> {
  const [row] = await tx
    .select({ channel: messageTemplates.channel })
    .from(messageTemplates)
    .where(eq(messageTemplates.id, broadcast.templateId));
  return { channel: row!.channel as ChannelKind };
}

export interface EnqueueReport {
  pages: number;
  enqueued: number;
}

/**
 * Enqueues due broadcasts a page at a time, each page in its own transaction with the broadcast's
 * checkpoint, until none is due or `pagesMax` pages are done. Several processes may run it at once:
 * each page holds its broadcast's row, and the others take another broadcast or none.
 */
export async function enqueueDueBroadcasts(
  db: Db,
  now: Date,
  options: { pageSize?: number; pagesMax?: number } = {},
): Promise<EnqueueReport> {
  const pageSize = options.pageSize ?? 1_000;
  const pagesMax = options.pagesMax ?? 100;
  const report: EnqueueReport = { pages: 0, enqueued: 0 };
  while (report.pages < pagesMax) {
    const page = await db.transaction((tx) => enqueueNextPage(tx, now, pageSize));
    if (!page) break;
    report.pages++;
    report.enqueued += page.enqueued;
  }
  return report;
}

export interface BroadcastWorker {
  stop(): Promise<void>;
}

/** Enqueues due broadcasts in this process until stopped, every few seconds; the server starts one. */
export function startBroadcastWorker(
  db: Db,
  options: { clock?: Clock; onError?: (error: unknown) => void } = {},
): BroadcastWorker {
  const clock = options.clock ?? systemClock;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = enqueueDueBroadcasts(db, clock.now())
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, broadcastPollMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
