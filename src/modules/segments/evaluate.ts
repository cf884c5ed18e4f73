import { sql, type SQL } from 'drizzle-orm';
import { newId } from '../../core/ids.js';
import { pgArray } from '../../db/arrays.js';
import { queryRows, type Db } from '../../db/connection.js';
import { recomputedMedianClv } from '../analytics/index.js';
import { appendEvents, type NewEvent } from '../events/index.js';
import { compileDefinition, type FactJoin, type GroupedEvents } from './compile.js';
import { referencedSegments, walkConditions, isField, type Definition } from './definition.js';
import { facts } from './facts.js';
import { pairKey, storedFor, type StoredPair } from './stored.js';

/** A segment as evaluation needs it. */
export interface EvaluatedSegment {
  id: string;
  workspaceId: string;
  name: string;
  definition: Definition;
}

export interface EvaluationResult {
  entered: number;
  exited: number;
}

/**
 * The segments to evaluate for each customer, by customer id; absent, every segment given for every
 * customer. A segment not wanted for a customer is neither evaluated nor written for them.
 */
export type WantedSegments = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Evaluates customers against segments at `now` and writes what changed: memberships opened and
 * closed with `Segment Entered` / `Segment Exited` in the log, in the caller's transaction, and
 * each (segment, customer)'s next time-only change as a timer. Customers who are not live
 * profiles (merged away, erased, unknown) leave every segment given. Each customer is locked for
 * the transaction, so the consumer, the timers and a rebuild never write one customer's answer
 * from two snapshots.
 */
export async function evaluateCustomers(
  tx: Db,
  workspaceId: string,
  segments: readonly EvaluatedSegment[],
  customerIds: readonly string[],
  now: Date,
  wanted?: WantedSegments,
): Promise<EvaluationResult> {
  const total = { entered: 0, exited: 0 };
  if (segments.length === 0 || customerIds.length === 0) return total;
  const ids = [...new Set(customerIds)].sort();
  await lockCustomers(tx, workspaceId, ids);
  await withoutJit(tx);
  const medianClv = usesMedianClv(segments) ? await medianClvOf(tx, workspaceId) : null;
  for (const level of dependencyLevels(segments)) {
    const result = await evaluateLevel(tx, workspaceId, level, ids, now, medianClv, wanted);
    total.entered += result.entered;
    total.exited += result.exited;
  }
  return total;
}

/**
 * An evaluation statement is large (a predicate per segment) and its cost estimate high, so
 * PostgreSQL compiles it with JIT: most of a page's time for a statement that runs in milliseconds
 * (the segments bench: 2.9 s of a 3.3 s page of 1,000 customers; 0.6 s without). For the rest of the
 * transaction only.
 */
export async function withoutJit(tx: Db): Promise<void> {
  await tx.execute(sql`set local jit = off`);
}

export async function lockCustomers(tx: Db, workspaceId: string, ids: readonly string[]): Promise<void> {
  // Sorted, so two evaluators of overlapping pages never wait on each other in a cycle.
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended('segments:' || ${workspaceId} || ':' || id, 0))
        from (select id from unnest(${pgArray([...ids], 'text')}) as id order by id) as locked`,
  );
}

export const usesMedianClv = (segments: readonly EvaluatedSegment[]) =>
  segments.some((segment) =>
    [...walkConditions(segment.definition)].some(
      ({ condition }) => isField(condition) && condition.field === 'predictions.clv_above_median',
    ),
  );

/**
 * The median predicted CLV "above the median" compares with: the one analytics' last recompute
 * took over the scores it wrote. Not aggregated here: over every score of the workspace that took
 * 88 ms a page at 100,000 customers (the segments bench), and one stored number keeps the consumer,
 * rebuilds and previews comparing with the same median.
 */
export const medianClvOf = (db: Db, workspaceId: string) => recomputedMedianClv(db, workspaceId);

/** Segments that name others come after them, so one pass sees the memberships it just wrote. */
function dependencyLevels(segments: readonly EvaluatedSegment[]): EvaluatedSegment[][] {
  const given = new Map(segments.map((segment) => [segment.id, segment]));
  const level = new Map<string, number>();
  const levelOf = (segment: EvaluatedSegment, seen: Set<string>): number => {
    const known = level.get(segment.id);
    if (known !== undefined) return known;
    if (seen.has(segment.id)) return 0;
    seen.add(segment.id);
    const depth = Math.max(
      -1,
      ...referencedSegments(segment.definition).map((id) =>
        given.has(id) ? levelOf(given.get(id)!, seen) : -1,
      ),
    );
    level.set(segment.id, depth + 1);
    return depth + 1;
  };
  const levels: EvaluatedSegment[][] = [];
  for (const segment of segments) (levels[levelOf(segment, new Set())] ??= []).push(segment);
  return levels.filter(Boolean);
}

interface Answer {
  customer_id: string;
  [column: string]: unknown;
}

async function evaluateLevel(
  tx: Db,
  workspaceId: string,
  segments: EvaluatedSegment[],
  allIds: string[],
  now: Date,
  medianClv: number | null,
  wanted?: WantedSegments,
): Promise<EvaluationResult> {
  const asks = (customerId: string, segment: EvaluatedSegment) =>
    !wanted || (wanted.get(customerId)?.has(segment.id) ?? false);
  const ids = wanted ? allIds.filter((id) => segments.some((segment) => asks(id, segment))) : allIds;
  if (ids.length === 0) return { entered: 0, exited: 0 };
  const askedBy = wanted
    ? segments.map((segment) => ids.filter((id) => asks(id, segment)))
    : segments.map(() => ids);
  const { columns, joins } = answerColumns(segments, now, medianClv, (index) =>
    askedBy[index]!.length === ids.length ? null : sql`c.id = any(${pgArray(askedBy[index]!, 'text')})`,
  );
  // A building segment's evaluated customers are noted in the same statement, so under one
  // snapshot with the facts: a rebuild that read these customers' answers earlier evaluates them
  // again rather than write its older answer over this one (writeRebuildAnswers). A segment whose
  // rebuild began after this snapshot reads it as live: the rebuild's answers are then the later.
  const answers = await queryRows<Answer>(
    tx,
    sql`with touched as (
          insert into segment_rebuild_touches (segment_id, customer_id)
          select s.id, x.id from segments s cross join unnest(${pgArray(ids, 'text')}) as x(id)
          where s.id = any(${pgArray(
            segments.map((segment) => segment.id),
            'text',
          )}) and s.status = 'building'
          on conflict do nothing)
        select c.id as customer_id, ${columns}
        ${evaluationFrame(workspaceId, joins)} and c.id = any(${pgArray(ids, 'text')})`,
  );
  return recordAnswers(tx, workspaceId, segments, ids, answers, now, asks);
}

/** A customer's answer for one segment as a rebuild's range read it. */
export interface RangeAnswer {
  customerId: string;
  matches: boolean;
  next: Date | string | null;
}

/**
 * Writes a rebuild's answers for one segment, read earlier without locks, under the customers'
 * locks: a customer the consumer or the timers evaluated for the segment since it began building
 * (segment_rebuild_touches) is evaluated again, as their stored answer may be fresher than the
 * range's; the others' answers are written as read (a profile no longer live matches nothing). An
 * evaluator that comes later waits for these locks and writes its own answer after. Only the
 * touched customers are evaluated again: a rebuild of the segments bench's five conditions at
 * 100,000 customers spent 1.4 s of 5.3 s evaluating every changed customer again.
 */
export async function writeRebuildAnswers(
  tx: Db,
  segment: EvaluatedSegment,
  answers: readonly RangeAnswer[],
  now: Date,
): Promise<void> {
  if (answers.length === 0) return;
  const { workspaceId } = segment;
  const ids = answers.map((answer) => answer.customerId);
  await lockCustomers(tx, workspaceId, ids);
  // All by key, in one statement: whether each customer is live (customers_pkey) and touched (the
  // touches' primary key), and their current membership and timer for this segment. As `exists` per
  // id, the customers' was planned as a hash of every customer of the workspace (0.68 s a batch at
  // 100,000 customers). The membership and timer are looked up per id (`limit 1`), not as one
  // `any(…)` filter a new segment's empty statistics would plan as a scan of all its members. The
  // segment's id is a subquery's, unknown to the planner, which then prices a segment as an average
  // one and takes the unique (segment, customer) index: given the id, statistics that had never seen
  // the new segment priced it at one row and planned each lookup as a walk of all its members by
  // segment_memberships_segment_idx, quadratic over the rebuild (16 s a batch of 2,000 by the second
  // range at 1,000,000 customers). By the customer's rows instead, each lookup visited the table for
  // every membership the customer has (the 19 rebuilds of the bench at 100,000: 37 s against 28 s).
  const rows = await queryRows<{
    id: string;
    kind: 'live' | 'touched' | 'stored';
    membership_id: string | null;
    due_at: Date | string | null;
  }>(
    tx,
    sql`select c.id, 'live' as kind, null as membership_id, null::timestamptz as due_at
        from ${facts.customers} c
        where c.workspace_id = ${workspaceId} and c.id = any(${pgArray(ids, 'text')})
          and c.merged_into is null and c.erased_at is null
        union all
        select t.customer_id, 'touched', null, null from segment_rebuild_touches t
        where t.segment_id = ${segment.id} and t.customer_id = any(${pgArray(ids, 'text')})
        union all
        select x.id, 'stored', m.id, t.due_at from unnest(${pgArray(ids, 'text')}) as x(id)
        left join lateral (select m.id from segment_memberships m
          where m.segment_id = (select ${segment.id}::text) and m.customer_id = x.id and m.exited_at is null
          limit 1) m on true
        left join lateral (select t.due_at from segment_timers t
          where t.segment_id = ${segment.id} and t.customer_id = x.id limit 1) t on true
        where m.id is not null or t.due_at is not null`,
  );
  const of = (kind: string) => rows.filter((row) => row.kind === kind);
  const touched = new Set(of('touched').map((row) => row.id));
  const live = new Set(of('live').map((row) => row.id));
  if (touched.size > 0) await evaluateCustomers(tx, workspaceId, [segment], [...touched], now);
  const asked = answers
    .filter((answer) => !touched.has(answer.customerId))
    .map((answer) => {
      const isLive = live.has(answer.customerId);
      return {
        segment,
        customerId: answer.customerId,
        matches: isLive && answer.matches,
        next: isLive && answer.next ? new Date(answer.next).toISOString() : null,
      };
    });
  const stored = new Map(
    of('stored').map((row) => [
      pairKey(segment.id, row.id),
      { segment_id: segment.id, customer_id: row.id, membership_id: row.membership_id, due_at: row.due_at },
    ]),
  );
  await writeAsked(tx, workspaceId, asked, now, stored);
}

/**
 * Each segment's answer (`m0`, `m1`, …) and next time-only change (`n0`, …), and the facts they read.
 * With `askedOnly`, a segment whose condition it answers is evaluated only for the customers that
 * condition admits (null otherwise): a consumer page's customers each ask for the segments their own
 * events can change, in one statement rather than one per set of segments.
 */
export function answerColumns(
  segments: readonly EvaluatedSegment[],
  now: Date,
  medianClv: number | null,
  askedOnly: (index: number) => SQL | null = () => null,
  grouped?: GroupedEvents,
): { columns: SQL; joins: Set<FactJoin> } {
  const at = sql`${now.toISOString()}::timestamptz`;
  const joins = new Set<FactJoin>();
  const columns: SQL[] = [];
  segments.forEach((segment, index) => {
    const compiled = compileDefinition(segment.definition, {
      now: at,
      segmentId: segment.id,
      medianClv: sql`${medianClv}::numeric`,
      grouped,
    });
    compiled.joins.forEach((join) => joins.add(join));
    const asked = askedOnly(index);
    const answer = sql`coalesce(${compiled.predicate}, false)`;
    columns.push(
      sql`${asked ? sql`case when ${asked} then ${answer} end` : answer} as ${sql.raw(`m${index}`)}`,
    );
    columns.push(
      sql`${asked ? sql`case when ${asked} then ${compiled.next} end` : compiled.next} as ${sql.raw(`n${index}`)}`,
    );
  });
  return { columns: sql.join(columns, sql`, `), joins };
}

/**
 * A range of customer ids (after `after`, up to and including `upto`) whose facts one statement
 * reads for all of them at once, grouped by customer in hash tables, rather than looked up one
 * customer at a time: a rebuild's. Per customer, the lookups cost the segments bench's five
 * conditions 13.4 s over 100,000 customers, against 1.7 s grouped.
 */
export interface CustomerRange {
  after: string | null;
  upto: string;
}

/**
 * The segments' answer columns over a range of customers and the frame they read, event conditions
 * aggregated once for the range (compile.ts, GroupedEvents).
 */
export function rangeAnswers(
  workspaceId: string,
  segments: readonly EvaluatedSegment[],
  now: Date,
  medianClv: number | null,
  range: CustomerRange,
): { columns: SQL; frame: SQL } {
  const events: GroupedEvents = { workspaceId, identities: rangeIdentities(workspaceId, range), joins: [] };
  const { columns, joins } = answerColumns(segments, now, medianClv, undefined, events);
  return { columns, frame: evaluationFrame(workspaceId, joins, range, events.joins) };
}

/**
 * `from … where …` over the workspace's live customers `c`, their workspace `w` and the facts
 * joined; with `range`, only those customers, their facts read grouped (and `eventJoins`, the
 * range's event aggregates).
 */
export function evaluationFrame(
  workspaceId: string,
  joins: Set<FactJoin>,
  range?: CustomerRange,
  eventJoins: SQL[] = [],
): SQL {
  return sql`from ${facts.customers} c
    join ${facts.workspaces} w on w.id = c.workspace_id
    ${range ? groupedFactJoins(workspaceId, joins, range) : factJoins(joins)}
    ${sql.join(eventJoins, sql` `)}
    where c.workspace_id = ${workspaceId} and c.merged_into is null and c.erased_at is null
    ${range ? sql`and ${inRange(sql`c.id`, range)}` : sql``}`;
}

function inRange(column: SQL, range: CustomerRange): SQL {
  const from = range.after === null ? sql`` : sql`${column} > ${range.after} and `;
  return sql`(${from}${column} <= ${range.upto})`;
}

/** A customer's orders summed: by `o`'s rows of one customer or of a set, grouped. */
const orderTotals = sql`count(*) filter (where o.status <> 'refunded') as orders,
  coalesce(sum(o.total_minor - o.refunded_minor) filter (where not o.currency_mismatch), 0) as net_revenue_minor,
  min(o.placed_at) as first_order_at, max(o.placed_at) as last_order_at`;

/** A customer's user ids and anonymous ids, their merged-away profiles' included, as two arrays. */
const identityArrays = sql`coalesce(array_agg(i.value) filter (where i.kind = 'user_id'), '{}') as user_ids,
  coalesce(array_agg(i.value) filter (where i.kind = 'anonymous_id'), '{}') as anonymous_ids`;

function factJoins(joins: Set<FactJoin>): SQL {
  const parts: SQL[] = [];
  if (joins.has('orders')) {
    parts.push(sql`left join lateral (select ${orderTotals}
      from ${facts.orders} o where o.workspace_id = c.workspace_id and o.customer_id = c.id) od on true`);
  }
  if (joins.has('scores')) {
    // `limit 1` keeps the lookup per customer: flattened, the relation's join became a hash join
    // over every score of the workspace for each page (20,000 rows read to answer 1,000).
    parts.push(sql`left join lateral (select * from ${facts.scores} s
      where s.workspace_id = c.workspace_id and s.customer_id = c.id limit 1) sc on true`);
  }
  if (joins.has('identities')) {
    // Once per customer, however many event conditions read them.
    parts.push(sql`left join lateral (select ${identityArrays} from ${facts.identities} i
      where i.workspace_id = c.workspace_id and i.customer_id = any(array(
        select c.id union all select m.id from ${facts.customers} m
        where m.workspace_id = c.workspace_id and m.merged_into = c.id))) ids on true`);
  }
  parts.push(accountJoins(joins));
  return sql.join(parts, sql` `);
}

function groupedFactJoins(workspaceId: string, joins: Set<FactJoin>, range: CustomerRange): SQL {
  const parts: SQL[] = [];
  if (joins.has('orders')) {
    // A customer without orders has a count and revenue of 0, as the per-customer aggregate says.
    parts.push(sql`left join (select o.customer_id, ${orderTotals} from ${facts.orders} o
      where o.workspace_id = ${workspaceId} and ${inRange(sql`o.customer_id`, range)}
      group by o.customer_id) odg on odg.customer_id = c.id
      cross join lateral (select coalesce(odg.orders, 0) as orders,
        coalesce(odg.net_revenue_minor, 0) as net_revenue_minor,
        odg.first_order_at, odg.last_order_at) od`);
  }
  if (joins.has('scores')) {
    parts.push(sql`left join (select * from ${facts.scores} s
      where s.workspace_id = ${workspaceId} and ${inRange(sql`s.customer_id`, range)}) sc on sc.customer_id = c.id`);
  }
  if (joins.has('identities')) {
    parts.push(sql`left join (select i.owner, ${identityArrays} from ${rangeIdentities(workspaceId, range)} i
      group by 1) idg on idg.owner = c.id
      cross join lateral (select coalesce(idg.user_ids, '{}') as user_ids,
        coalesce(idg.anonymous_ids, '{}') as anonymous_ids) ids`);
  }
  parts.push(accountJoins(joins));
  return sql.join(parts, sql` `);
}

/**
 * `(owner, kind, value)`: the range's profiles' own ids, and those of the profiles merged into them
 * (their `merged_into`). Own ids are read by customer_identities_customer_idx over the range; as a
 * join of every profile that is in the range or merged into it, the plan read all of the
 * workspace's identities for each range (1,000,000 rows, ~0.2 s a range at 1,000,000 customers).
 */
function rangeIdentities(workspaceId: string, range: CustomerRange): SQL {
  return sql`(select i.customer_id as owner, i.kind, i.value from ${facts.identities} i
    where i.workspace_id = ${workspaceId} and ${inRange(sql`i.customer_id`, range)}
    union all
    select p.merged_into as owner, i.kind, i.value from ${facts.customers} p
    join ${facts.identities} i on i.workspace_id = ${workspaceId} and i.customer_id = p.id
    where p.workspace_id = ${workspaceId} and ${inRange(sql`p.merged_into`, range)})`;
}

/** One row per customer at most: joined as they are. */
function accountJoins(joins: Set<FactJoin>): SQL {
  const parts: SQL[] = [];
  if (joins.has('points')) {
    parts.push(
      sql`left join ${facts.points} pa on pa.workspace_id = c.workspace_id and pa.customer_id = c.id`,
    );
  }
  if (joins.has('tier')) {
    parts.push(
      sql`left join ${facts.tiers} ct on ct.workspace_id = c.workspace_id and ct.customer_id = c.id`,
    );
  }
  if (joins.has('credit')) {
    parts.push(
      sql`left join ${facts.credit} scr on scr.workspace_id = c.workspace_id and scr.customer_id = c.id`,
    );
  }
  return sql.join(parts, sql` `);
}

/** A (segment, customer) pair asked, its answer and what is stored for it. */
interface Asked {
  segment: EvaluatedSegment;
  customerId: string;
  matches: boolean;
  next: string | null;
}

async function recordAnswers(
  tx: Db,
  workspaceId: string,
  segments: EvaluatedSegment[],
  ids: string[],
  answers: Answer[],
  now: Date,
  asks: (customerId: string, segment: EvaluatedSegment) => boolean,
): Promise<EvaluationResult> {
  const answered = new Map(answers.map((answer) => [answer.customer_id, answer]));
  const asked: Asked[] = [];
  for (const customerId of ids) {
    const answer = answered.get(customerId);
    segments.forEach((segment, index) => {
      if (!asks(customerId, segment)) return;
      const next = answer?.[`n${index}`];
      asked.push({
        segment,
        customerId,
        matches: answer?.[`m${index}`] === true,
        next: next ? new Date(next as string).toISOString() : null,
      });
    });
  }
  return writeAsked(tx, workspaceId, asked, now);
}

/**
 * Opens and closes the memberships and writes the timers the asked pairs' answers call for, against
 * what is stored for them (read here unless the caller read it with its own).
 */
async function writeAsked(
  tx: Db,
  workspaceId: string,
  asked: Asked[],
  now: Date,
  known?: Map<string, StoredPair>,
): Promise<EvaluationResult> {
  const stored =
    known ??
    (await storedFor(
      tx,
      workspaceId,
      asked.map((pair) => ({ segmentId: pair.segment.id, customerId: pair.customerId })),
    ));
  const enters: { id: string; segment: EvaluatedSegment; customerId: string }[] = [];
  const exits: { id: string; segment: EvaluatedSegment; customerId: string }[] = [];
  const timers: { s: string; c: string; d: string | null }[] = [];
  for (const pair of asked) {
    const { segment, customerId, matches, next } = pair;
    const row = stored.get(pairKey(segment.id, customerId));
    if (matches && !row?.membership_id) enters.push({ id: newId('segmentMembership'), segment, customerId });
    if (!matches && row?.membership_id) exits.push({ id: row.membership_id, segment, customerId });
    const due = row?.due_at ? new Date(row.due_at).toISOString() : null;
    if (due !== next) timers.push({ s: segment.id, c: customerId, d: next });
  }
  await writeMemberships(tx, workspaceId, enters, exits, now);
  await writeTimers(tx, workspaceId, timers);
  return { entered: enters.length, exited: exits.length };
}

async function writeMemberships(
  tx: Db,
  workspaceId: string,
  enters: { id: string; segment: EvaluatedSegment; customerId: string }[],
  exits: { id: string; segment: EvaluatedSegment; customerId: string }[],
  now: Date,
): Promise<void> {
  if (enters.length > 0) {
    await tx.execute(
      sql`insert into segment_memberships (id, workspace_id, segment_id, customer_id, entered_at)
          select id, ${workspaceId}, segment_id, customer_id, ${now.toISOString()}::timestamptz
          from unnest(${pgArray(
            enters.map((e) => e.id),
            'text',
          )}, ${pgArray(
            enters.map((e) => e.segment.id),
            'text',
          )},
                      ${pgArray(
                        enters.map((e) => e.customerId),
                        'text',
                      )}) as x(id, segment_id, customer_id)`,
    );
  }
  if (exits.length > 0) {
    await tx.execute(
      sql`update segment_memberships set exited_at = ${now.toISOString()}::timestamptz
          where id = any(${pgArray(
            exits.map((e) => e.id),
            'text',
          )})`,
    );
  }
  const changes = [
    ...enters.map((change) => membershipEvent('Segment Entered', change, now)),
    ...exits.map((change) => membershipEvent('Segment Exited', change, now)),
  ];
  if (changes.length > 0) await appendEvents(tx, workspaceId, changes);
}

/** Named by the membership row, so each enter and exit is in the log exactly once. */
function membershipEvent(
  name: 'Segment Entered' | 'Segment Exited',
  change: { id: string; segment: EvaluatedSegment; customerId: string },
  at: Date,
): NewEvent {
  const slug = name === 'Segment Entered' ? 'segment-entered' : 'segment-exited';
  return {
    messageId: `retain:${slug}:${change.id}`,
    type: 'track',
    name,
    properties: {
      customer_id: change.customerId,
      segment_id: change.segment.id,
      segment_name: change.segment.name,
      membership_id: change.id,
    },
    occurredAt: at,
    receivedAt: at,
    source: 'retain',
  };
}

async function writeTimers(
  tx: Db,
  workspaceId: string,
  timers: { s: string; c: string; d: string | null }[],
) {
  if (timers.length === 0) return;
  const due = timers.filter((timer) => timer.d !== null);
  const none = timers.filter((timer) => timer.d === null);
  if (due.length > 0) {
    await tx.execute(
      sql`insert into segment_timers (workspace_id, segment_id, customer_id, due_at)
          select ${workspaceId}, s, c, d from unnest(${pgArray(
            due.map((t) => t.s),
            'text',
          )},
            ${pgArray(
              due.map((t) => t.c),
              'text',
            )}, ${pgArray(
              due.map((t) => t.d),
              'timestamptz',
            )}) as x(s, c, d)
          on conflict (segment_id, customer_id) do update set due_at = excluded.due_at
          where segment_timers.due_at is distinct from excluded.due_at`,
    );
  }
  if (none.length > 0) {
    await tx.execute(
      sql`delete from segment_timers t using unnest(${pgArray(
        none.map((t) => t.s),
        'text',
      )},
            ${pgArray(
              none.map((t) => t.c),
              'text',
            )}) as x(s, c)
          where t.segment_id = x.s and t.customer_id = x.c`,
    );
  }
}
