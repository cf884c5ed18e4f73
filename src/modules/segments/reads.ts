import { sql } from 'drizzle-orm';
import { segmentPreviewSampleSize } from '../../core/limits.js';
import { queryOne, queryRows, type Db } from '../../db/connection.js';
import { compileDefinition } from './compile.js';
import type { Definition } from './definition.js';
import { evaluationFrame, medianClvOf, usesMedianClv, withoutJit } from './evaluate.js';
import { facts } from './facts.js';

export interface MemberRow {
  customer_id: string;
  external_id: string | null;
  email: string | null;
  name: string | null;
  entered_at: Date;
}

const displayName = sql`coalesce(c.name, nullif(trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')), ''))`;

/** A page of current members by customer id (Stripe-style cursor), one more than asked. */
export async function membersPage(
  db: Db,
  segmentId: string,
  limit: number,
  startingAfter?: string,
): Promise<MemberRow[]> {
  return queryRows<MemberRow>(
    db,
    sql`select m.customer_id, c.external_id, c.email, ${displayName} as name, m.entered_at
        from segment_memberships m
        join ${facts.customers} c on c.workspace_id = m.workspace_id and c.id = m.customer_id
        where m.segment_id = ${segmentId} and m.exited_at is null
          ${startingAfter ? sql`and m.customer_id > ${startingAfter}` : sql``}
        order by m.customer_id limit ${limit + 1}`,
  );
}

/**
 * Members at the end of each of the last `days` days in the workspace's zone, from the history:
 * the count before the first day, then each day's entries minus exits, in one pass.
 */
export async function membershipHistory(
  db: Db,
  workspaceId: string,
  segmentId: string,
  days: number,
  now: Date,
): Promise<{ date: string; members: number }[]> {
  const rows = await queryRows<{ date: string; members: number }>(
    db,
    sql`with zone as (select w.timezone as tz from ${facts.workspaces} w where w.id = ${workspaceId}),
        span as (
          select (${now.toISOString()}::timestamptz at time zone zone.tz)::date - g as day
          from zone, generate_series(0, ${days - 1}) as g),
        first_start as (select (min(day)::timestamp at time zone (select tz from zone)) as at from span),
        before as (
          select count(*)::int as n from segment_memberships m, first_start f
          where m.segment_id = ${segmentId} and m.entered_at < f.at and (m.exited_at is null or m.exited_at >= f.at)),
        moves as (
          select (m.entered_at at time zone (select tz from zone))::date as day, 1 as delta
          from segment_memberships m, first_start f where m.segment_id = ${segmentId} and m.entered_at >= f.at
          union all
          select (m.exited_at at time zone (select tz from zone))::date, -1
          from segment_memberships m, first_start f where m.segment_id = ${segmentId} and m.exited_at >= f.at)
        select to_char(s.day, 'YYYY-MM-DD') as date,
               ((select n from before) + coalesce(sum(sum(mv.delta)) over (order by s.day), 0))::int as members
        from span s left join moves mv on mv.day = s.day
        group by s.day order by s.day`,
  );
  return rows.map((row) => ({ date: row.date, members: Number(row.members) }));
}

/** The segments a customer is in now. */
export async function customerSegments(
  db: Db,
  workspaceId: string,
  customerId: string,
): Promise<{ segment_id: string; name: string; entered_at: Date }[]> {
  return queryRows(
    db,
    sql`select m.segment_id, s.name, m.entered_at from segment_memberships m
        join segments s on s.id = m.segment_id and s.deleted_at is null
        where m.workspace_id = ${workspaceId} and m.customer_id = ${customerId} and m.exited_at is null
        order by s.name, m.segment_id`,
  );
}

/** A customer's whole membership history, for their data export. */
export async function membershipRecord(db: Db, workspaceId: string, customerId: string) {
  return queryRows<{ segment_id: string; name: string; entered_at: Date; exited_at: Date | null }>(
    db,
    sql`select m.segment_id, s.name, m.entered_at, m.exited_at from segment_memberships m
        join segments s on s.id = m.segment_id
        where m.workspace_id = ${workspaceId} and m.customer_id = ${customerId} order by m.entered_at`,
  );
}

/**
 * An erased customer leaves every segment at once (no event: the person is gone), and nothing of
 * theirs is scheduled; the history keeps only the pseudonymous customer id.
 */
export async function forgetCustomer(db: Db, workspaceId: string, customerId: string, now: Date) {
  const closed = await queryRows<{ id: string }>(
    db,
    sql`update segment_memberships set exited_at = ${now.toISOString()}::timestamptz
        where workspace_id = ${workspaceId} and customer_id = ${customerId} and exited_at is null returning id`,
  );
  await db.execute(
    sql`delete from segment_timers where workspace_id = ${workspaceId} and customer_id = ${customerId}`,
  );
  return closed.length;
}

/** A draft's size and a few of its members, evaluated now over every live customer, saving nothing. */
export async function previewDefinition(
  db: Db,
  workspaceId: string,
  definition: Definition,
  now: Date,
): Promise<{ count: number; sample: { id: string; email: string | null; name: string | null }[] }> {
  const draft = { id: 'seg_preview', workspaceId, name: '', definition };
  const medianClv = usesMedianClv([draft]) ? await medianClvOf(db, workspaceId) : null;
  const compiled = compileDefinition(definition, {
    now: sql`${now.toISOString()}::timestamptz`,
    segmentId: draft.id,
    medianClv: sql`${medianClv}::numeric`,
  });
  const frame = evaluationFrame(workspaceId, compiled.joins);
  return db.transaction(async (tx) => {
    await withoutJit(tx);
    const counted = await queryOne<{ n: number }>(
      tx,
      sql`select count(*)::int as n ${frame} and coalesce(${compiled.predicate}, false)`,
    );
    const sample = await queryRows<{ id: string; email: string | null; name: string | null }>(
      tx,
      sql`select c.id, c.email, ${displayName} as name ${frame} and coalesce(${compiled.predicate}, false)
          order by c.id limit ${segmentPreviewSampleSize}`,
    );
    return { count: counted?.n ?? 0, sample };
  });
}

/** The workspace's trait names and track event names, for the builder's pickers (a recent sample). */
export async function workspaceVocabulary(db: Db, workspaceId: string) {
  const traits = await queryRows<{ key: string }>(
    db,
    sql`select distinct k.key from (select c.traits from ${facts.customers} c
          where c.workspace_id = ${workspaceId} and c.merged_into is null limit 5000) s,
        jsonb_object_keys(s.traits) as k(key) order by k.key limit 200`,
  );
  const events = await queryRows<{ name: string }>(
    db,
    sql`select distinct e.name from (select e.name from ${facts.events} e
          where e.workspace_id = ${workspaceId} and e.type = 'track' limit 20000) e
        where e.name is not null order by e.name limit 200`,
  );
  return { traits: traits.map((row) => row.key), events: events.map((row) => row.name) };
}
