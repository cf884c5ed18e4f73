// What a node does to the world, each through the owning module's index and in the step's
// transaction: a message into the outbox, points into the ledger, a coupon code, a trait or an
// event into the log. Each is keyed by the run and the step's number, so a step retried after a
// crash finds its first effect instead of making a second.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/connection.js';
import { issueCoupon } from '../coupons/index.js';
import { customerIdentitiesRelation, type MessageRecipient } from '../customers/index.js';
import { appendEvents } from '../events/index.js';
import { earnPoints } from '../loyalty/index.js';
import {
  enqueueMessages,
  notifyDispatchers,
  templatesForCustomers,
  type NewMessage,
} from '../messages/index.js';
import type { Workspace } from '../workspaces/index.js';
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

const effectKey = (run: Run, seq: number) => `journey:${run.id}:${seq}`;

export async function sendMessage(
  scope: StepScope,
  run: Run,
  id: string,
  node: NodeOf<'message'>,
  seq: number,
): Promise<StepRecord> {
  const { tx, workspace, now } = scope;
  const chosen = (
    await templatesForCustomers(tx, workspace.id, node.channel, node.template, [run.customerId], now)
  ).get(run.customerId);
  if (!chosen) return { node: id, action: 'skipped', detail: { reason: 'no_template_for_language' } };
  const message: NewMessage = {
    customerId: run.customerId,
    channel: node.channel as NewMessage['channel'],
    templateId: chosen.id,
    templateVersion: chosen.version,
    data: { ...run.context, journey: { id: scope.journey.id, name: scope.journey.name } },
    priority: node.priority ?? 'triggered',
    topic: node.topic ?? null,
    producer: { kind: 'journey', id: `${run.id}:${id}` },
    dedupeKey: effectKey(run, seq),
  };
  const [enqueued] = await enqueueMessages(tx, workspace.id, [message], now);
  await notifyDispatchers(tx);
  return { node: id, action: 'sent', detail: { message_id: enqueued!.id, channel: node.channel } };
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
