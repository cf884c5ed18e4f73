import type { Db } from '../../../db/connection.js';
import { findCustomerRef, resolvesAfterCustomers } from '../../customers/index.js';
import { appendEvents, type Consumer, type LoggedEvent } from '../../events/index.js';
import { orderChangeEventNames } from '../../orders/index.js';
import { addDays, mulDivFloor } from '../arithmetic.js';
import { loadPage, needsCustomer, ownEvents, rulesOf, type WorkspacePage } from './consumer-page.js';
import {
  flushPageLedger,
  forgetCustomer,
  pageMultiplierPercent,
  pageTierReached,
  planLoyaltyOrder,
  planPageEarning,
  planTierUpgrade,
  planTraits,
  tiersPlannable,
  earnPoints,
  type EarnInput,
  planRefund,
  clawBackOrder,
  refundKeyOf,
  issueStoreCredit,
  reasonText,
} from '../ledger/index.js';
import {
  awardsFor,
  idText,
  readOrderCompleted,
  readOrderRefunded,
  type OrderFacts,
  basePoints,
  applyMultiplier,
  ruleTriggerEvents,
  tierMultiplierPercent,
  upgradeTierIfQualified,
} from '../program/index.js';
import { mergeLoyalty } from './merge.js';
import {
  findTraits,
  holdEarlyRefund,
  insertLoyaltyOrder,
  lockLoyaltyOrder,
  recordOrderRefund,
  setOrderRefunded,
  takeEarlyRefunds,
} from './consumer.queries.js';

// The loyalty consumer: reacts to the log. Each event's effects commit with the consumer's cursor
// (events/consumers.ts), so they happen exactly once; idempotency keys derived from order ids and
// event ids make a duplicate order or refund, sent again under a new messageId, change nothing.

async function customerOf(tx: Db, page: WorkspacePage, event: LoggedEvent): Promise<string | null> {
  if (event.userId || event.anonymousId) return page.customers.get(event.id) ?? null;
  const ref = event.properties.customer_id;
  return typeof ref === 'string' ? findCustomerRef(tx, event.workspaceId, ref) : null;
}

/** `YYYY-MM-DD`, `MM-DD` or `--MM-DD` (vCard) → `MM-DD`. */
function birthdayMonthDay(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /(?:^\d{4}-|^--|^)(\d{2})-(\d{2})(?:$|T)/.exec(value.trim());
  if (!match) return null;
  const [month, day] = [Number(match[1]), Number(match[2])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${match[1]}-${match[2]}` : null;
}

async function identify(tx: Db, page: WorkspacePage, event: LoggedEvent): Promise<void> {
  if (Object.keys(event.traits).length === 0) return;
  const customerId = await customerOf(tx, page, event);
  if (!customerId) return;
  planTraits(page.ledger, customerId, event.traits, birthdayMonthDay(event.traits.birthday));
}

async function ruleAwards(
  tx: Db,
  page: WorkspacePage,
  event: LoggedEvent,
  customerId: string,
  order: OrderFacts | null,
  keyPrefix: string,
  pendingUntil: Date | null,
): Promise<boolean> {
  const rules = rulesOf(page, event);
  if (rules.length === 0) return false;
  const awards = await awardsFor(
    tx,
    {
      workspaceId: event.workspaceId,
      customerId,
      eventName: event.name,
      properties: event.properties,
      traits: await findTraits(tx, event.workspaceId, customerId),
      order,
      tierMultiplierPercent: await tierMultiplierPercent(tx, event.workspaceId, customerId, page.tiers),
      at: event.occurredAt,
    },
    rules,
  );
  for (const award of awards) {
    await earnPoints(tx, {
      workspaceId: event.workspaceId,
      customerId,
      points: award.points,
      kind: 'earn',
      reason: reasonText('earn_rule', {
        event: event.name ?? event.type,
        rule_id: award.ruleId,
        rule_version: award.version,
      }),
      source: order ? { type: 'order', id: order.orderId } : { type: 'event', id: event.id },
      idempotencyKey: `${keyPrefix}:rule:${award.ruleId}`,
      pendingUntil,
      at: event.occurredAt,
      rule: { id: award.ruleId, version: award.version },
      settings: page.settings,
      emitInto: page.emitted,
    });
  }
  return awards.length > 0;
}

/** An order's base-rate points: keyed by the order, so a re-sent order earns them once. */
function baseEarning(
  event: LoggedEvent,
  customerId: string,
  orderId: string,
  points: number,
  pendingUntil: Date | null,
): Omit<EarnInput, 'settings' | 'emitInto'> {
  return {
    workspaceId: event.workspaceId,
    customerId,
    points,
    kind: 'earn',
    reason: reasonText('order', { order_id: orderId }),
    source: { type: 'order', id: orderId },
    idempotencyKey: `order:${orderId}:base`,
    pendingUntil,
    at: event.occurredAt,
  };
}

async function orderCompleted(
  tx: Db,
  page: WorkspacePage,
  event: LoggedEvent,
  customerId: string,
): Promise<void> {
  forgetCustomer(page.ledger, customerId);
  const currency = page.currency;
  const order = readOrderCompleted(event.properties, currency);
  // Amounts in another currency are never converted: such an order earns nothing.
  if (!order || order.currency !== currency) return;
  const at = event.occurredAt;
  const fresh = await insertLoyaltyOrder(tx, event.workspaceId, {
    orderId: order.orderId,
    customerId,
    currency,
    totalMinor: order.totalMinor,
    refundedMinor: 0,
    completedAt: at,
  });
  if (!fresh) return;
  const settings = page.settings;
  // History brought in by CSV import counts for tiers; it earns only when the shop asks for it.
  if (event.source === 'import' && !settings.award_imported_orders) {
    await applyEarlyRefunds(tx, page, order.orderId);
    await upgradeTierIfQualified(tx, event.workspaceId, customerId, at, page);
    return;
  }
  const pendingUntil = settings.pending_days > 0 ? addDays(at, settings.pending_days) : null;
  const multiplier = await tierMultiplierPercent(tx, event.workspaceId, customerId, page.tiers);
  const base = applyMultiplier(basePoints(settings, order.totalMinor), multiplier);
  if (base > 0) {
    await earnPoints(tx, {
      ...baseEarning(event, customerId, order.orderId, base, pendingUntil),
      settings,
      emitInto: page.emitted,
    });
  }
  await ruleAwards(tx, page, event, customerId, order, `order:${order.orderId}`, pendingUntil);
  const cashbackMinor = mulDivFloor(order.totalMinor, settings.cashback_basis_points, 10_000);
  if (cashbackMinor > 0) {
    await issueStoreCredit(tx, {
      workspaceId: event.workspaceId,
      customerId,
      amountMinor: cashbackMinor,
      kind: 'cashback',
      reason: reasonText('cashback', { order_id: order.orderId }),
      source: { type: 'order', id: order.orderId },
      idempotencyKey: `order:${order.orderId}:cashback`,
      at,
    });
  }
  await applyEarlyRefunds(tx, page, order.orderId);
  await upgradeTierIfQualified(tx, event.workspaceId, customerId, at, page);
}

/** A refund of a known order claws back; one of an order not seen yet waits for it. */
async function orderRefunded(tx: Db, page: WorkspacePage, event: LoggedEvent): Promise<void> {
  // Keyed as orders are (idText): a number as written, a string trimmed.
  const orderId = idText(event.properties.order_id);
  if (!orderId) return;
  const applied = await applyRefund(tx, page, orderId, event.properties, event.id, event.occurredAt);
  if (!applied) {
    page.heldRefunds.add(orderId);
    await holdEarlyRefund(tx, event.workspaceId, orderId, event.id, event.properties, event.occurredAt);
  }
}

/** False when loyalty has not seen the order yet. */
async function applyRefund(
  tx: Db,
  page: WorkspacePage,
  orderId: string,
  properties: Record<string, unknown>,
  eventId: string,
  at: Date,
): Promise<boolean> {
  const workspaceId = page.workspaceId;
  const order = await lockLoyaltyOrder(tx, workspaceId, orderId);
  if (!order) return false;
  forgetCustomer(page.ledger, order.customerId);
  if (order.totalMinor === 0) return true;
  const refund = readOrderRefunded(properties, order);
  if (!refund || refund.amountMinor <= 0) return true;
  const refundKey = refundKeyOf(properties, eventId);
  if (!(await recordOrderRefund(tx, workspaceId, orderId, refundKey, refund.amountMinor, at))) return true;
  const refundedMinorAfter = order.refundedMinor + refund.amountMinor;
  await setOrderRefunded(tx, workspaceId, order.orderId, refundedMinorAfter);
  await clawBackOrder(
    tx,
    {
      workspaceId,
      customerId: order.customerId,
      orderId: order.orderId,
      totalMinor: order.totalMinor,
      refundedMinorAfter,
      refundKey,
      at,
    },
    page.settings,
  );
  return true;
}

/** The page knows which orders have refunds held, so most orders skip the lookup. */
async function applyEarlyRefunds(tx: Db, page: WorkspacePage, orderId: string): Promise<void> {
  if (!page.heldRefunds.delete(orderId)) return;
  for (const early of await takeEarlyRefunds(tx, page.workspaceId, orderId)) {
    await applyRefund(tx, page, orderId, early.properties, early.eventId, early.occurredAt);
  }
}

/**
 * Whether the page can plan this order in memory (page-ledger.ts); the rest go one by one.
 *
 * On PostgreSQL the in-memory path still pays, several times over: one at a time, an order is two
 * round trips (its insert, and a ledger call whose function runs seven statements in the server),
 * each with its parse, plan and executor start-up and the driver's work in Node.js; the page locks
 * and reads its customers in a few statements and writes all its orders' rows in one. `npm run bench -- consumer-profile <engine> 8000` (27,199 events, stepped as the
 * server runs the consumers), median of three alternating runs on two cores, this function as it is
 * vs returning false: on PostgreSQL 15 11,200 vs 1,560 loyalty events/s and 86 vs 524 µs of CPU an
 * event (Node.js and the backends); on the embedded PostgreSQL 18 6,900 vs 1,580 events/s and 106 vs
 * 568 µs.
 */
function plannable(page: WorkspacePage, event: LoggedEvent, order: OrderFacts): boolean {
  return (
    rulesOf(page, event).length === 0 &&
    page.settings.cashback_basis_points === 0 &&
    !page.heldRefunds.has(order.orderId) &&
    tiersPlannable(page.ledger, event.occurredAt)
  );
}

/**
 * The common order, planned in the page: what orderCompleted does for an order that earns the
 * base rate only. False when the order needs the one-at-a-time path.
 */
async function planOrder(
  tx: Db,
  page: WorkspacePage,
  event: LoggedEvent,
  customerId: string,
): Promise<boolean> {
  const { ledger, settings, currency } = page;
  const order = readOrderCompleted(event.properties, currency);
  if (!order || order.currency !== currency || ledger.knownOrders.has(order.orderId)) return true;
  if (!plannable(page, event, order)) return false;
  const at = event.occurredAt;
  await planLoyaltyOrder(tx, ledger, {
    orderId: order.orderId,
    customerId,
    currency,
    totalMinor: order.totalMinor,
    completedAt: at,
  });
  const earns = event.source !== 'import' || settings.award_imported_orders;
  const multiplier = pageMultiplierPercent(ledger, customerId);
  const base = earns ? applyMultiplier(basePoints(settings, order.totalMinor), multiplier) : 0;
  if (base > 0) {
    const pendingUntil = settings.pending_days > 0 ? addDays(at, settings.pending_days) : null;
    planPageEarning(ledger, baseEarning(event, customerId, order.orderId, base, pendingUntil), page.emitted);
  }
  const reached = pageTierReached(ledger, customerId, at);
  if (reached) planTierUpgrade(ledger, customerId, reached, at, page.emitted);
  return true;
}

async function applyEvent(tx: Db, page: WorkspacePage, event: LoggedEvent): Promise<void> {
  if (event.type === 'identify') return identify(tx, page, event);
  if (event.type !== 'track' || !event.name || ownEvents.has(event.name)) return;
  // An event no rule rewards cannot earn: it needs no customer.
  const customerId = needsCustomer(page, event) ? await customerOf(tx, page, event) : null;
  if (event.name === 'Order Completed' && customerId && (await planOrder(tx, page, event, customerId)))
    return;
  if (event.name === 'Order Refunded' && (await planRefund(tx, page.ledger, event))) return;
  if (event.name !== 'Customers Merged' && event.name !== 'Order Refunded' && !customerId) return;
  // The one-at-a-time path reads the database: it must see everything the page planned before.
  await flushPageLedger(tx, page.ledger);
  if (event.name === 'Customers Merged') {
    const { from_customer_id: from, into_customer_id: into } = event.properties;
    if (typeof from !== 'string' || typeof into !== 'string') return;
    forgetCustomer(page.ledger, from);
    forgetCustomer(page.ledger, into);
    return mergeLoyalty(tx, event.workspaceId, from, into, event.occurredAt);
  }
  if (event.name === 'Order Refunded') return orderRefunded(tx, page, event);
  if (event.name === 'Order Completed') return orderCompleted(tx, page, event, customerId!);
  forgetCustomer(page.ledger, customerId!);
  if (await ruleAwards(tx, page, event, customerId!, null, `event:${event.id}`, null)) {
    await upgradeTierIfQualified(tx, event.workspaceId, customerId!, event.occurredAt, page);
  }
}

export const loyaltyConsumer: Consumer = {
  name: 'loyalty',
  after: resolvesAfterCustomers,
  // Identify (traits), orders, refunds, merges, and the events an active rule rewards: other events
  // cannot earn and need no customer, so the cursor passes them unread.
  reads: async (tx) => ({
    types: ['identify'],
    names: [...new Set([...orderChangeEventNames, ...(await ruleTriggerEvents(tx))])].filter(
      (name) => !ownEvents.has(name),
    ),
    payload: ['properties', 'traits'],
  }),
  apply: async (tx, events) => {
    const pages = await loadPage(tx, events);
    for (const event of events) await applyEvent(tx, pages.get(event.workspaceId)!, event);
    for (const page of pages.values()) {
      await flushPageLedger(tx, page.ledger);
      await appendEvents(tx, page.workspaceId, page.emitted);
    }
  },
};
