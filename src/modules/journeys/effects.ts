// What a node does to the world, each through the owning module's index and in the step's
// transaction: a message into the outbox, points into the ledger, a coupon code, a trait or an
// event into the log. Each is keyed by the run and the step's number, so a step retried after a
// crash finds its first effect instead of making a second.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/connection.js';
import { issueCoupon } from '../coupons/index.js';
import { customerIdentitiesRelation, messageRecipients, type MessageRecipient } from '../customers/index.js';
import { appendEvents } from '../events/index.js';
import { earnPoints } from '../loyalty/index.js';
import { enqueueMessages, templatesForCustomers, type NewMessage } from '../messages/index.js';
import { getWorkspace, type Workspace } from '../workspaces/index.js';
import { dayMs } from '../../core/time.js';
import type { JourneyNode } from './graph.js';
import type { Run, StepRecord } from './runs.js';

type NodeOf<T extends JourneyNode['type']> = Extract<JourneyNode, { type: T }>;

/** What a step needs besides the run: the transaction, the shop, the moment, the customer. */
export interface StepScope {
  tx: Db;
  workspace: Workspace;
  journey: { id: string; name: string };
  now: Date;
  person: MessageRecipient | undefined;
}

/** What a walk of many runs of one journey shares: a step's scope, with the profiles read so far. */
export interface WalkScope extends Omit<StepScope, 'person'> {
  people: ReadonlyMap<string, MessageRecipient>;
  /** Reads the profiles of those customers not read yet (a node about to use them). */
  readPeople(customerIds: readonly string[]): Promise<void>;
}

export const stepScopeOf = (walk: WalkScope, customerId: string): StepScope => ({
  tx: walk.tx,
  workspace: walk.workspace,
  journey: walk.journey,
  now: walk.now,
  person: walk.people.get(customerId),
});

/**
 * Reads what walks in this transaction need once for a page or a claim (the workspace, and the
 * profiles of `customerIds`) and answers the walk scope of each journey. Other customers' profiles
 * are read when a node needs them: a claim of timers that only branches and sends (the journeys
 * bench) reads none, where reading its 1,000 profiles up front took 5.4 ms of each claim's ~100.
 */
export async function openWalkScopes(
  tx: Db,
  workspaceId: string,
  customerIds: readonly string[],
  now: Date,
): Promise<(journey: { id: string; name: string }) => WalkScope> {
  const workspace = await getWorkspace(tx, workspaceId);
  const people = new Map<string, MessageRecipient>();
  const read = new Set<string>();
  const readPeople = async (ids: readonly string[]) => {
    const unread = [...new Set(ids)].filter((id) => !read.has(id));
    for (const [id, person] of await messageRecipients(tx, workspaceId, unread)) people.set(id, person);
    for (const id of unread) read.add(id);
  };
  await readPeople(customerIds);
  return (journey) => ({ tx, workspace, journey, now, people, readPeople });
}

const effectKey = (run: Run, seq: number) => `journey:${run.id}:${seq}`;

/** One run's visit of a message node: the run and its step's number. */
export interface MessageVisit {
  run: Run;
  seq: number;
}

/**
 * Sends a message node's message to every run visiting it at once: the template in each customer's
 * language in one lookup, the messages into the outbox in one insert. Answers each run's
 * step record by run id. The caller wakes the dispatchers once, after its walk.
 */
export async function sendMessages(
  walk: WalkScope,
  id: string,
  node: NodeOf<'message'>,
  visits: readonly MessageVisit[],
): Promise<Map<string, StepRecord>> {
  const { tx, workspace, now } = walk;
  const chosen = await templatesForCustomers(
    tx,
    workspace.id,
    node.channel,
    node.template,
    [...new Set(visits.map(({ run }) => run.customerId))],
    now,
  );
  const records = new Map<string, StepRecord>();
  const sending: { run: Run; message: NewMessage }[] = [];
  for (const { run, seq } of visits) {
    const template = chosen.get(run.customerId);
    if (!template) {
      records.set(run.id, { node: id, action: 'skipped', detail: { reason: 'no_template_for_language' } });
      continue;
    }
    sending.push({
      run,
      message: {
        customerId: run.customerId,
        channel: node.channel as NewMessage['channel'],
        templateId: template.id,
        templateVersion: template.version,
        data: { ...run.context, journey: walk.journey },
        priority: node.priority ?? 'triggered',
        topic: node.topic ?? null,
        producer: { kind: 'journey', id: `${run.id}:${id}` },
        dedupeKey: effectKey(run, seq),
      },
    });
  }
  const enqueued = await enqueueMessages(
    tx,
    workspace.id,
    sending.map(({ message }) => message),
    now,
  );
  sending.forEach(({ run }, index) =>
    records.set(run.id, {
      node: id,
      action: 'sent',
      detail: { message_id: enqueued[index]!.id, channel: node.channel },
    }),
  );
  return records;
}

export async function givePoints(
  scope: StepScope,
  run: Run,
  id: string,
  node: NodeOf<'points'>,
  seq: number,
): Promise<StepRecord> {
  const { entryId } = await earnPoints(scope.tx, {
    workspaceId: scope.workspace.id,
    customerId: run.customerId,
    points: node.points,
    kind: 'bonus',
    reason: node.reason ?? scope.journey.name,
    source: { type: 'journey', id: run.id },
    idempotencyKey: effectKey(run, seq),
    at: scope.now,
  });
  return { node: id, action: 'points', detail: { points: node.points, transaction_id: entryId } };
}

export async function giveCoupon(
  scope: StepScope,
  run: Run,
  id: string,
  node: NodeOf<'coupon'>,
): Promise<StepRecord> {
  const expiresAt = new Date(scope.now.getTime() + node.expires_in_days * dayMs);
  const issued = await issueCoupon(
    scope.tx,
    scope.workspace.id,
    {
      name: node.name,
      kind: node.kind,
      amountOffMinor: node.amount_off_minor ?? null,
      percentOff: node.percent_off ?? null,
      productId: null,
      currency: scope.workspace.currency,
      customerId: run.customerId,
      minimumOrderMinor: node.minimum_order_minor ?? null,
      expiresAt,
    },
    scope.now,
  );
  run.context = { ...run.context, coupon: { code: issued.code, expires_at: expiresAt.toISOString() } };
  return { node: id, action: 'coupon', detail: { code: issued.code, coupon_id: issued.couponId } };
}

/**
 * A trait or an event goes into the log like the shop's own, under the customer's user id (else one
 * of their anonymous ids), so the customers projection, segments and other journeys see it. The
 * message id is the effect's key: appended twice, it is in the log once.
 */
export async function emitForCustomer(
  scope: StepScope,
  run: Run,
  id: string,
  node: NodeOf<'trait'> | NodeOf<'event'>,
  seq: number,
): Promise<StepRecord> {
  const ids = await personIds(scope, run.customerId);
  if (!ids) return { node: id, action: 'skipped', detail: { reason: 'no_identity' } };
  const common = {
    ...ids,
    messageId: effectKey(run, seq),
    occurredAt: scope.now,
    receivedAt: scope.now,
    source: 'journeys',
  };
  if (node.type === 'trait') {
    await appendEvents(scope.tx, scope.workspace.id, [
      { ...common, type: 'identify', traits: { [node.trait]: node.value } },
    ]);
    return { node: id, action: 'trait', detail: { trait: node.trait, value: node.value } };
  }
  const properties = { ...(node.properties ?? {}), journey_id: scope.journey.id, run_id: run.id };
  await appendEvents(scope.tx, scope.workspace.id, [
    { ...common, type: 'track', name: node.event, properties },
  ]);
  return { node: id, action: 'event', detail: { event: node.event } };
}

async function personIds(
  scope: StepScope,
  customerId: string,
): Promise<{ userId: string } | { anonymousId: string } | null> {
  if (scope.person?.externalId) return { userId: scope.person.externalId };
  const [anonymous] = await queryRows<{ value: string }>(
    scope.tx,
    sql`select value from ${customerIdentitiesRelation}
        where workspace_id = ${scope.workspace.id} and customer_id = ${customerId} and kind = 'anonymous_id'
        order by value limit 1`,
  );
  return anonymous ? { anonymousId: anonymous.value } : null;
}
