import { sql, type SQL } from 'drizzle-orm';
import { pgArray } from '../../db/arrays.js';
import {
  isAll,
  isAny,
  isEvent,
  isField,
  isNot,
  isSample,
  knownForDays,
  walkConditions,
  type Condition,
  type EventCondition,
  type FieldCondition,
  type PropertyCondition,
} from './definition.js';
import { fieldSpec, setFields, type FieldType } from './fields.js';
import { facts } from './facts.js';
import { changesAt, instantExpression, type TimeBoundaries } from './next-change.js';

/**
 * A definition compiled to one SQL predicate over a customer row `c` (the profiles relation) and
 * its workspace `w`, with the facts it reads joined beside them (`joins`), and the instants at which
 * the answer can next change with time alone (`next`). The statement evaluates a page of customers
 * at `now`, a parameter, so tests move the clock and a rebuild sees one instant throughout.
 */
export interface CompiledSegment {
  predicate: SQL;
  /** The earliest instant after now at which the answer may change without an event; null: never. */
  next: SQL;
  joins: Set<FactJoin>;
}

export type FactJoin = 'orders' | 'scores' | 'points' | 'tier' | 'credit' | 'identities';

export interface CompileContext {
  now: SQL;
  /** The segment being evaluated (the sample's hash). */
  segmentId: string;
  /** The workspace's median predicted 12-month CLV, read once per evaluation (null: none yet). */
  medianClv: SQL;
  /** A rebuild's range: its event conditions are aggregated once for all its customers. */
  grouped?: GroupedEvents;
}

/**
 * Event conditions evaluated for a range of customers at once: each is one aggregate over the log
 * joined to the range's identities, grouped by owner, rather than the log looked up per customer
 * (at 1,000,000 customers the per-customer lookups were most of a range's 4 s).
 */
export interface GroupedEvents {
  workspaceId: string;
  /** `(owner, kind, value)`: the range's profiles' identities and their merged-away profiles'. */
  identities: SQL;
  /** One `left join (…) evN on evN.owner = c.id` per aggregated condition, for the frame. */
  joins: SQL[];
}

export function compileDefinition(definition: Condition, context: CompileContext): CompiledSegment {
  const joins = new Set<FactJoin>();
  const times: TimeBoundaries = [];
  const predicate = compileCondition(definition, { ...context, joins, times });
  return { predicate, next: changesAt(times, context.now), joins };
}

interface Compiling extends CompileContext {
  joins: Set<FactJoin>;
  times: TimeBoundaries;
}

function compileCondition(condition: Condition, at: Compiling): SQL {
  if (isAll(condition)) return compileGroup(condition.all, ' and ', at);
  if (isAny(condition)) return compileGroup(condition.any, ' or ', at);
  if (isNot(condition)) return sql`not coalesce(${compileCondition(condition.not, at)}, false)`;
  if (isField(condition)) return compileField(condition, at);
  if (isEvent(condition)) return compileEvent(condition, at);
  if (isSample(condition)) {
    // A stable share: the customer's place in [0, 10000) by a hash of (segment, customer).
    const basisPoints = Math.round(condition.sample.percent * 100);
    return sql`(mod(abs(hashtextextended(${at.segmentId} || ':' || c.id, 0)), 10000) < ${basisPoints})`;
  }
  // Looked up per customer by segment_memberships_current_idx: `offset 0` keeps the planner from
  // hashing the named segment's current members instead, which it chose for a consumer page of
  // 1,000 customers and which reads every member on each page (the segments bench at 1,000,000
  // customers: 107,690 Champions read, 600 of a page's 700 ms; 10,000 at 100,000).
  return sql`exists (select 1 from segment_memberships m
                     where m.segment_id = ${condition.segment} and m.customer_id = c.id and m.exited_at is null
                     offset 0)`;
}

/**
 * `all` / `any` of the children. A child that names no boundary keeps its answer until an event
 * re-evaluates the customer (its triggers); while such a child decides the group (false under
 * `all`, true under `any`), the group's answer cannot change with time alone, so the others'
 * boundaries are not the group's: a timer then would only evaluate the customer to the same answer
 * (the segments bench's five conditions at 1,000,000 customers: a timer for 678,473 customers,
 * 378,839 of them members). Only children read from the joined rows decide so: asking them a
 * second time in the boundary costs nothing, where an event count or a membership would be looked
 * up twice.
 */
function compileGroup(children: Condition[], joiner: ' and ' | ' or ', at: Compiling): SQL {
  const compiled = children.map((child) => {
    const times: TimeBoundaries = [];
    return { child, times, predicate: compileCondition(child, { ...at, times }) };
  });
  const times = compiled.flatMap((part) => part.times);
  const deciding = compiled
    .filter((part) => part.times.length === 0 && readsJoinedRowsOnly(part.child))
    .map((part) => sql`coalesce(${part.predicate}, false)`);
  if (deciding.length === 0 || times.length === 0) at.times.push(...times);
  else {
    const open =
      joiner === ' and ' ? sql.join(deciding, sql` and `) : sql`not (${sql.join(deciding, sql` or `)})`;
    at.times.push(sql`(case when ${open} then ${changesAt(times, at.now)} end)`);
  }
  return group(
    compiled.map((part) => part.predicate),
    joiner,
  );
}

/** Fields of the customer's row and the one-row facts joined to it, and groups of them. */
const readsJoinedRowsOnly = (condition: Condition): boolean =>
  [...walkConditions(condition)].every(
    ({ condition: inner }) =>
      isAll(inner) ||
      isAny(inner) ||
      isNot(inner) ||
      isSample(inner) ||
      (isField(inner) && !setFields.has(inner.field)),
  );

const group = (parts: SQL[], joiner: string) =>
  sql`(${sql.join(
    parts.map((part) => sql`coalesce(${part}, false)`),
    sql.raw(joiner),
  )})`;

function compileField(condition: FieldCondition, at: Compiling): SQL {
  const spec = fieldSpec(condition.field, condition.op, condition.value)!;
  if (setFields.has(condition.field)) return compileSetField(condition);
  const value = fieldValue(condition, spec.type, at);
  return compareValue(value, spec.type, condition, at);
}

/** The SQL of the field's value for customer `c`; null where the customer has none. */
function fieldValue(condition: FieldCondition, type: FieldType, at: Compiling): SQL {
  const { field } = condition;
  if (field.startsWith('traits.'))
    return jsonValue(sql`c.traits`, field.slice('traits.'.length), type, 'jsonb');
  const profile: Record<string, SQL> = {
    'profile.email': sql`c.email`,
    'profile.phone': sql`c.phone`,
    'profile.first_name': sql`c.first_name`,
    'profile.last_name': sql`c.last_name`,
    'profile.external_id': sql`c.external_id`,
    'profile.locale': sql`c.locale`,
    'profile.timezone': sql`c.timezone`,
    'profile.birthday': sql`segments_instant(c.birthday, coalesce(c.timezone, w.timezone))`,
    'profile.first_seen_at': sql`c.first_seen_at`,
  };
  if (profile[field]) return profile[field];
  const joined = joinedValue(field, condition, at);
  if (joined) return joined;
  throw new Error(`no SQL for field ${field}`);
}

function joinedValue(field: string, condition: FieldCondition, at: Compiling): SQL | undefined {
  const uses = (join: FactJoin, value: SQL) => {
    at.joins.add(join);
    return value;
  };
  switch (field) {
    case 'orders.count':
      return uses('orders', sql`od.orders`);
    case 'orders.net_revenue':
      return uses('orders', sql`od.net_revenue_minor`);
    case 'orders.average_order_value':
      return uses(
        'orders',
        sql`(case when od.orders > 0 then round(od.net_revenue_minor::numeric / od.orders) end)`,
      );
    case 'orders.first_order_at':
      return uses('orders', sql`od.first_order_at`);
    case 'orders.last_order_at':
      return uses('orders', sql`od.last_order_at`);
    case 'lifecycle.stage':
      return uses('scores', sql`coalesce(sc.stage, 'prospect')`);
    case 'rfm.segment':
      return uses('scores', sql`sc.segment`);
    case 'rfm.r_score':
      return uses('scores', sql`sc.r_score`);
    case 'rfm.f_score':
      return uses('scores', sql`sc.f_score`);
    case 'rfm.m_score':
      return uses('scores', sql`sc.m_score`);
    case 'predictions.probability_alive':
      return uses('scores', sql`sc.probability_alive`);
    case 'predictions.clv_12_months':
      return uses('scores', sql`sc.clv_12_months_minor`);
    case 'predictions.clv_above_median':
      return uses('scores', sql`(sc.clv_12_months_minor > ${at.medianClv})`);
    case 'loyalty.tier':
      return uses('tier', sql`ct.tier_id`);
    case 'loyalty.points_balance':
      return uses('points', sql`coalesce(pa.balance, 0)`);
    case 'loyalty.store_credit':
      return uses('credit', sql`coalesce(scr.balance_minor, 0)`);
    case 'loyalty.points_expiring':
      return pointsExpiring(condition.within_days!, at);
  }
  return undefined;
}

function pointsExpiring(days: number, at: Compiling): SQL {
  const lots = sql`from ${facts.pointsLots} l
    where l.workspace_id = c.workspace_id and l.customer_id = c.id and l.remaining > 0`;
  const horizon = sql`${at.now} + make_interval(days => ${days})`;
  // A lot enters the window `days` before it expires and leaves when it does; pending lots post.
  at.times.push(sql`(select min(case when l.state = 'pending' then l.pending_until
                                  when l.expires_at - make_interval(days => ${days}) > ${at.now}
                                    then l.expires_at - make_interval(days => ${days})
                                  else l.expires_at end)
                     ${lots} and (l.state = 'pending' or l.expires_at > ${at.now}))`);
  return sql`(select coalesce(sum(l.remaining), 0) ${lots} and l.state = 'posted'
              and l.expires_at > ${at.now} and l.expires_at <= ${horizon})`;
}

/** orders.product, orders.category, loyalty.badge, messages.subscribed: "has one of". */
function compileSetField(condition: FieldCondition): SQL {
  const values = (Array.isArray(condition.value) ? condition.value : [condition.value]).map(String);
  const has = setMembership(condition.field, values);
  return condition.op === 'neq' || condition.op === 'not_in' ? sql`not ${has}` : has;
}

function setMembership(field: string, values: string[]): SQL {
  const list = pgArray(values, 'text');
  if (field === 'orders.product' || field === 'orders.category') {
    const column = field === 'orders.product' ? sql`coalesce(ol.product_id, ol.sku)` : sql`ol.category`;
    // A lookup of the customer's own orders, then of each order's lines: `offset 0` keeps each
    // EXISTS from being turned into a hash of every order line of the product in the shop, built
    // for each page (at 1,000,000 customers 62 ms of a 121 ms evaluation of 100 customers, growing
    // with the product's buyers); as one join per customer, planned on stale statistics of the
    // lines, it walked every order by its primary key (200 ms a customer).
    return sql`exists (select 1 from ${facts.orders} o
                       where o.workspace_id = c.workspace_id and o.customer_id = c.id
                       and exists (select 1 from ${facts.orderLines} ol
                                   where ol.workspace_id = o.workspace_id and ol.order_id = o.id
                                   and ${column} = any(${list}) offset 0)
                       offset 0)`;
  }
  if (field === 'loyalty.badge') {
    return sql`exists (select 1 from ${facts.badges} b where b.workspace_id = c.workspace_id
                       and b.customer_id = c.id and (b.challenge_id = any(${list}) or b.name = any(${list})))`;
  }
  // messages.subscribed: `email` (the channel) or `email:offers` (a topic, which needs the channel too).
  const wanted = values.map((value) => {
    const [channel, topic = ''] = value.split(':');
    return sql`(exists (select 1 from ${facts.consents} k where k.workspace_id = c.workspace_id and k.customer_id = c.id
                 and k.channel = ${channel} and k.topic = '' and k.status = 'subscribed')
               ${
                 topic
                   ? sql`and exists (select 1 from ${facts.consents} k where k.workspace_id = c.workspace_id
                 and k.customer_id = c.id and k.channel = ${channel} and k.topic = ${topic} and k.status = 'subscribed')`
                   : sql``
               })`;
  });
  return sql`(${sql.join(wanted, sql` or `)})`;
}

/** A JSON value at a dotted path, typed; null where absent or of another type (no cast errors). */
function jsonValue(json: SQL, dotted: string, type: FieldType, kind: 'json' | 'jsonb'): SQL {
  const path = `{${dotted
    .split('.')
    .map((part) => `"${part.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`)
    .join(',')}}`;
  const raw = sql`(${json} #> ${path}::text[])`;
  const text = sql`(${json} #>> ${path}::text[])`;
  const typeOf = kind === 'jsonb' ? sql`jsonb_typeof(${raw})` : sql`json_typeof(${raw})`;
  switch (type) {
    case 'number':
    case 'money':
      return sql`(case when ${typeOf} = 'number' then ${text}::numeric end)`;
    case 'boolean':
      return sql`(case when ${typeOf} = 'boolean' then ${text}::boolean end)`;
    case 'date':
      return sql`(case when ${typeOf} = 'string' then segments_instant(${text}, coalesce(c.timezone, w.timezone)) end)`;
    case 'text':
      return sql`(case when ${typeOf} in ('string', 'number', 'boolean') then ${text} end)`;
  }
}

/** The comparison of a value with the condition's operator and value(s). */
function compareValue(
  value: SQL,
  type: FieldType,
  condition: FieldCondition | PropertyCondition,
  at: Compiling,
): SQL {
  const { op } = condition;
  const literal = (item: unknown) => typedLiteral(item, type);
  switch (op) {
    case 'exists':
      return sql`(${value} is not null)`;
    case 'not_exists':
      return sql`(${value} is null)`;
    case 'eq':
      return sql`(${value} = ${literal(condition.value)})`;
    case 'neq':
      return sql`(${value} is distinct from ${literal(condition.value)})`;
    case 'gt':
      return sql`(${value} > ${literal(condition.value)})`;
    case 'gte':
      return sql`(${value} >= ${literal(condition.value)})`;
    case 'lt':
      return sql`(${value} < ${literal(condition.value)})`;
    case 'lte':
      return sql`(${value} <= ${literal(condition.value)})`;
    case 'between': {
      const [from, to] = condition.value as unknown[];
      return sql`(${value} between ${literal(from)} and ${literal(to)})`;
    }
    case 'in':
      return sql`(${value} in (${sql.join((condition.value as unknown[]).map(literal), sql`, `)}))`;
    case 'not_in':
      return sql`(${value} is null or ${value} not in (${sql.join((condition.value as unknown[]).map(literal), sql`, `)}))`;
    case 'contains':
      return sql`(strpos(lower(${value}), lower(${String(condition.value)})) > 0)`;
    case 'starts_with':
      return sql`(left(lower(${value}), ${String(condition.value).length}) = lower(${String(condition.value)}))`;
    default:
      return relativeDate(value, condition, at);
  }
}

function typedLiteral(value: unknown, type: FieldType): SQL {
  switch (type) {
    case 'number':
    case 'money':
      return sql`${String(value)}::numeric`;
    case 'boolean':
      return sql`${String(value)}::boolean`;
    case 'date':
      return instantExpression(String(value));
    case 'text':
      return sql`${String(value)}::text`;
  }
}

/** "within the last N days", "more than N days ago", anniversaries: they move with the clock. */
function relativeDate(value: SQL, condition: FieldCondition | PropertyCondition, at: Compiling): SQL {
  const days = Number(condition.value ?? 0);
  const zone = sql`coalesce(c.timezone, w.timezone)`;
  const today = sql`(${at.now} at time zone ${zone})::date`;
  const localMidnight = (date: SQL) => sql`((${date})::timestamp at time zone ${zone})`;
  const day = sql`(${value} at time zone ${zone})::date`;
  switch (condition.op) {
    case 'within_last_days':
      at.times.push(sql`(case when ${value} > ${at.now} then ${value}
                          else ${value} + make_interval(days => ${days}) end)`);
      return sql`(${value} <= ${at.now} and ${value} > ${at.now} - make_interval(days => ${days}))`;
    case 'more_than_days_ago':
      at.times.push(sql`(${value} + make_interval(days => ${days}))`);
      return sql`(${value} <= ${at.now} - make_interval(days => ${days}))`;
    case 'anniversary_within_days': {
      const next = sql`segments_next_anniversary(${day}, ${today})`;
      const matches = sql`(${next} - ${today} <= ${days})`;
      // It stops matching the day after the anniversary, and starts `days` before the next one.
      at.times
        .push(sql`(case when ${value} is null then null when ${matches} then ${localMidnight(sql`${next} + 1`)}
                          else ${localMidnight(sql`${next} - ${days}::int`)} end)`);
      return matches;
    }
    default: {
      const sameMonth = sql`(extract(month from ${day}) = extract(month from ${today}))`;
      const nextMonth = sql`(date_trunc('month', ${today}) + interval '1 month')::date`;
      const anniversaryMonth = sql`date_trunc('month', segments_next_anniversary(${day}, ${today}))::date`;
      at.times
        .push(sql`(case when ${value} is null then null when ${sameMonth} then ${localMidnight(nextMonth)}
                          else ${localMidnight(anniversaryMonth)} end)`);
      return sameMonth;
    }
  }
}

/** Behaviour: the customer's track events of one name (theirs and their merged profiles'). */
function compileEvent(condition: EventCondition, at: Compiling): SQL {
  const measured =
    at.grouped && groupable(condition)
      ? groupedMeasure(condition, at, at.grouped)
      : correlatedMeasure(condition, at);
  const comparison = comparisonOf(condition);
  const operators = { eq: '=', neq: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;
  const compared = sql`(${measured} ${sql.raw(operators[comparison.op])} ${comparison.value})`;
  return absenceGuard(condition, compared, at);
}

/** The count or sum of the customer's matching events, looked up for customer `c`. */
function correlatedMeasure(condition: EventCondition, at: Compiling): SQL {
  const events = customerEvents(condition.event, condition.where ?? [], at);
  const window = eventWindow(condition, at);
  let matching = sql`${events} and ${window}`;
  const then = condition.not_followed_by;
  if (then) {
    const followers = customerEvents(then.event, then.where ?? [], at, 'f');
    const within = sql`make_interval(days => ${then.within_days})`;
    // Only once the N days are over is "not followed" known; until then the event is pending.
    at.times.push(sql`(select min(e.occurred_at + ${within}) ${events} and ${window}
                       and e.occurred_at + ${within} > ${at.now})`);
    matching = sql`${matching} and e.occurred_at + ${within} <= ${at.now}
      and not exists (select 1 ${followers} and f.occurred_at >= e.occurred_at and f.occurred_at <= e.occurred_at + ${within})`;
  }
  if ('last_days' in (condition.within ?? {})) {
    const days = (condition.within as { last_days: number }).last_days;
    at.times.push(
      sql`(select ${windowChange(condition, days, at)} ${events} and e.occurred_at > ${at.now} - make_interval(days => ${days}))`,
    );
  }
  return condition.sum
    ? sql`(select coalesce(sum(${sumValue(condition.sum.property)}), 0) ${matching})`
    : sql`(select count(*) ${matching})`;
}

const sumValue = (property: string) => jsonValue(sql`e.properties`, property, 'number', 'json');

/** Property operators whose SQL reads nothing but the event (dates read the customer's zone). */
const eventOnlyOperators = new Set([
  'exists',
  'not_exists',
  'eq',
  'neq',
  'gt',
  'gte',
  'lt',
  'lte',
  'between',
  'in',
  'not_in',
  'contains',
  'starts_with',
]);

/**
 * Aggregated per range: conditions over the last N days or ever, whose property conditions read
 * only the event. "Not followed by" pairs events and dated windows read the customer's zone: those
 * stay looked up per customer.
 */
function groupable(condition: EventCondition): boolean {
  const within = condition.within;
  return (
    !condition.not_followed_by &&
    (!within || 'ever' in within || 'last_days' in within) &&
    (condition.where ?? []).every((item) => eventOnlyOperators.has(item.op) && propertyType(item) !== 'date')
  );
}

/**
 * The count or sum as one aggregate over the range's identities joined to the log, grouped by
 * owner: the same events customerEvents reads (user ids; anonymous ids for events without a user id;
 * merged-away profiles' ids counting for the survivor), each identity being one profile's.
 */
function groupedMeasure(condition: EventCondition, at: Compiling, grouped: GroupedEvents): SQL {
  const alias = sql.raw(`ev${grouped.joins.length}`);
  const within = condition.within;
  const days = within && 'last_days' in within ? within.last_days : null;
  // Within the last N days, both the count and the next change read only events after now - N days.
  const since = days === null ? sql`true` : sql`x.occurred_at > ${at.now} - make_interval(days => ${days})`;
  const named = sql`x.workspace_id = ${grouped.workspaceId} and x.type = 'track' and x.name = ${condition.event} and ${since}`;
  const measure = condition.sum
    ? sql`sum(${sumValue(condition.sum.property)}) filter (where ${eventWindow(condition, at)})`
    : sql`count(*) filter (where ${eventWindow(condition, at)})`;
  const next = days === null ? sql`null::timestamptz` : windowChange(condition, days, at);
  // Each identity's events probed by events_user_idx / events_anonymous_idx (`offset 0` keeps the
  // lateral lookup from being flattened): joined by hash, every range read the whole log of the
  // workspace, whatever the event's name (1,364,890 rows a range at 1,000,000 customers, and more
  // as the log grows), where the probes read only the range's customers' events.
  const eventsOf = (match: SQL) =>
    sql`cross join lateral (select x.occurred_at, x.properties from ${facts.events} x
      where ${named} and ${match} offset 0) x`;
  grouped.joins.push(sql`left join (
      select e.owner, ${measure} as measured, ${next} as next from (
        select i.owner, x.occurred_at, x.properties from ${grouped.identities} i
        ${eventsOf(sql`x.user_id = i.value`)} where i.kind = 'user_id'
        union all
        select i.owner, x.occurred_at, x.properties from ${grouped.identities} i
        ${eventsOf(sql`x.user_id is null and x.anonymous_id = i.value`)} where i.kind = 'anonymous_id'
      ) e where ${propertyFilters(condition.where ?? [], at, 'e')} group by e.owner
    ) ${alias} on ${alias}.owner = c.id`);
  if (days !== null) at.times.push(sql`${alias}.next`);
  return sql`coalesce(${alias}.measured, 0)`;
}

/**
 * When a window of the last `days` days can next change the answer, as an aggregate over the
 * customer's matching events since now − days: the first event to enter it (dated after now) or to
 * leave it. With no event dated after now, time only lowers the count, so a count below what `gte`,
 * `gt` and `eq` ask stays false and one within `lte` and `lt` (or below a `neq`) stays true: no change
 * is due, and no timer set for it ("browsed twice in 30 days" at 1,000,000 customers: 464,005 timers
 * for 16,130 members). A sum may fall or rise (a property may be negative), and "not followed by"
 * counts other than the window's events: those change at every boundary.
 */
function windowChange(condition: EventCondition, days: number, at: Compiling): SQL {
  const boundary = sql`min(case when e.occurred_at > ${at.now} then e.occurred_at
                              else e.occurred_at + make_interval(days => ${days}) end)`;
  if (condition.sum || condition.not_followed_by) return boundary;
  const { op, value } = comparisonOf(condition);
  const count = sql`count(*) filter (where e.occurred_at <= ${at.now})`;
  const settled = op === 'gt' || op === 'lte' ? sql`${count} <= ${value}` : sql`${count} < ${value}`;
  const dated = sql`coalesce(bool_or(e.occurred_at > ${at.now}), false)`;
  return sql`(case when ${dated} or not (${settled}) then ${boundary} end)`;
}

/** What an event condition compares: its sum or count, by default "at least once". */
const comparisonOf = (condition: EventCondition) =>
  condition.sum ?? condition.count ?? { op: 'gte' as const, value: 1 };

/** A condition zero events satisfy, over the last N days, needs a customer known for N days. */
function absenceGuard(condition: EventCondition, compared: SQL, at: Compiling): SQL {
  const days = knownForDays(condition);
  if (days === null) return compared;
  const comparison = comparisonOf(condition);
  const zeroPasses = {
    eq: 0 === comparison.value,
    neq: comparison.value !== 0,
    gt: 0 > comparison.value,
    gte: 0 >= comparison.value,
    lt: 0 < comparison.value,
    lte: 0 <= comparison.value,
  }[comparison.op];
  if (!zeroPasses) return compared;
  const age = sql`make_interval(days => ${days})`;
  at.times.push(sql`(c.first_seen_at + ${age})`);
  return sql`(${compared} and c.first_seen_at <= ${at.now} - ${age})`;
}

function eventWindow(condition: EventCondition, at: Compiling): SQL {
  const within = condition.within;
  if (!within || 'ever' in within) return sql`true`;
  if ('last_days' in within) {
    return sql`e.occurred_at <= ${at.now} and e.occurred_at > ${at.now} - make_interval(days => ${within.last_days})`;
  }
  return sql`e.occurred_at >= ${instantExpression(within.from)} and e.occurred_at < ${instantExpression(within.to)}`;
}

/**
 * `from … where …` over the log for the customer's track events of a name: by their user ids, and
 * by their anonymous ids for events without a user id (as identity resolution reads them), their
 * merged-away profiles' included. The alias is `e` (or the one given); callers append conditions.
 */
function customerEvents(name: string, where: PropertyCondition[], at: Compiling, alias = 'e'): SQL {
  const e = sql.raw(alias);
  // The ids are arrays read once per customer (`ids`, evaluate.ts), not `in (subquery)` or an `or`
  // of owners: the planner then probes the log by user id and anonymous id through their indexes.
  // The subquery forms became hashed subplans over a seq scan of the workspace's identities and
  // events, per customer (the segments bench: 3.3 s for 100 customers of 20,000, 36 ms with arrays).
  at.joins.add('identities');
  const anonymousIds = sql`ids.anonymous_ids`;
  const filters = propertyFilters(where, at, alias);
  const named = sql`x.workspace_id = c.workspace_id and x.type = 'track' and x.name = ${name}`;
  // Two branches, each on its own index: with an `or`, the anonymous side was planned on the
  // user-id index (`user_id is null`), reading every anonymous event of the workspace per customer
  // (17,000 rows per customer in the bench). A customer without anonymous ids skips it at once.
  return sql`from (
      select x.occurred_at, x.properties from ${facts.events} x where ${named} and x.user_id = any(ids.user_ids)
      union all
      select x.occurred_at, x.properties from ${facts.events} x
      where cardinality(${anonymousIds}) > 0 and ${named} and x.user_id is null and x.anonymous_id = any(${anonymousIds})
    ) ${e}
    where ${filters}`;
}

/** The event's property conditions over alias `alias`, joined by `and`. */
function propertyFilters(where: PropertyCondition[], at: Compiling, alias: string): SQL {
  const properties = where.map((item) => {
    const type = propertyType(item);
    const value = jsonValue(
      sql`${sql.raw(alias)}.properties`,
      item.field.slice('properties.'.length),
      type,
      'json',
    );
    return compareValue(value, type, item, at);
  });
  return sql.join([sql`true`, ...properties], sql` and `);
}

function propertyType(item: PropertyCondition): FieldType {
  if (item.op === 'exists' || item.op === 'not_exists') return 'text';
  return fieldSpec(`traits.${item.field}`, item.op, item.value)!.type;
}
