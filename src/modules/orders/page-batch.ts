import { newId } from '../../core/ids.js';
import type { Db } from '../../db/connection.js';
import { resolveCustomerIds } from '../customers/index.js';
import type { LoggedEvent } from '../events/index.js';
import {
  orderIdOf,
  parseOrderCompleted,
  parseOrderRefunded,
  type OrderInput,
  type RejectionReason,
} from './order-event.js';
import {
  addRefundedQuantities,
  insertManyLines,
  insertOrders,
  insertRefunds,
  insertRejections,
  lockOrdersByOrderIds,
  pendingRefundsOf,
  resolveRejections,
  setOrdersRefunded,
  type OrderLineRow,
  type OrderRow,
} from './queries.js';
import { planRefund } from './refund.js';

/** What a refund needs of its event; also rebuilt from a rejection kept until the order arrives. */
interface RefundEvent {
  workspaceId: string;
  id: string;
  name: string | null;
  properties: Record<string, unknown>;
  occurredAt: Date;
}

interface Rejection {
  reason: RejectionReason;
  message: string;
}

interface Completion {
  event: LoggedEvent;
  input: OrderInput;
  id: string;
}

type Step = { completion: Completion } | { refund: LoggedEvent };

const keyOf = (workspaceId: string, orderId: string) => `${workspaceId}\u0000${orderId}`;

/** What a segment of the log does to orders, kept in memory and written at the end. */
class Effects {
  rejections = new Map<string, Parameters<typeof insertRejections>[1][number]>();
  refunds: Parameters<typeof insertRefunds>[1] = [];
  lineDeltas = new Map<string, { w: string; id: string; q: number }>();
  refunded = new Map<string, OrderRow>();
  resolved: { w: string; id: string; at: string }[] = [];
  /** Orders that exist at this point of the segment, by workspace and shop order_id. */
  live = new Map<string, { row: OrderRow; lines: OrderLineRow[] }>();
  /** Refunds waiting for their order, oldest first once sorted. */
  pending = new Map<string, RefundEvent[]>();

  /** Records a rejection unless the event has one (insert … on conflict do nothing): answers whether it is new. */
  reject(event: RefundEvent, failure: Rejection): boolean {
    const key = keyOf(event.workspaceId, event.id);
    if (this.rejections.has(key)) return false;
    this.rejections.set(key, {
      workspaceId: event.workspaceId,
      eventId: event.id,
      eventName: event.name ?? '',
      orderId: orderIdOf(event.properties),
      reason: failure.reason,
      message: failure.message,
      properties: failure.reason === 'order_unknown' ? event.properties : {},
      occurredAt: event.occurredAt,
    });
    return true;
  }

  /** `refundOrder`, against the orders as they stand at this point of the segment. */
  refund(event: RefundEvent): void {
    const orderId = orderIdOf(event.properties);
    if (!orderId) {
      this.reject(event, { reason: 'order_id_missing', message: 'Order Refunded needs an order_id.' });
      return;
    }
    const key = keyOf(event.workspaceId, orderId);
    const order = this.live.get(key);
    if (!order) {
      const message = `No order '${orderId}' yet; the refund is applied if the order arrives.`;
      if (this.reject(event, { reason: 'order_unknown', message }))
        this.pending.set(key, [...(this.pending.get(key) ?? []), event]);
      return;
    }
    const parsed = parseOrderRefunded(event.properties, order.row.currency);
    if (!parsed.ok) {
      this.reject(event, parsed);
      return;
    }
    const plan = planRefund(order.row, order.lines, parsed.value);
    this.refunds.push({
      id: newId('refund'),
      workspaceId: event.workspaceId,
      orderId: order.row.id,
      amountMinor: plan.amountMinor,
      requestedMinor: plan.requestedMinor,
      reason: typeof event.properties.reason === 'string' ? event.properties.reason : null,
      sourceEventId: event.id,
      refundedAt: event.occurredAt,
    });
    for (const { id, quantity } of plan.lines) {
      order.lines.find((line) => line.id === id)!.refundedQuantity += quantity;
      const delta = this.lineDeltas.get(id) ?? { w: event.workspaceId, id, q: 0 };
      delta.q += quantity;
      this.lineDeltas.set(id, delta);
    }
    order.row.refundedMinor = plan.refundedMinor;
    order.row.status = plan.status;
    this.refunded.set(order.row.id, order.row);
  }

  /** A new order arrives: the refunds that came before it are applied, oldest first. */
  arrive(completion: Completion, order: { row: OrderRow; lines: OrderLineRow[] } | undefined): void {
    if (!order) return;
    const key = keyOf(completion.event.workspaceId, completion.input.orderId);
    this.live.set(key, order);
    const waiting = (this.pending.get(key) ?? []).sort(
      (a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    this.pending.delete(key);
    for (const refund of waiting) {
      this.refund(refund);
      this.resolved.push({
        w: refund.workspaceId,
        id: refund.id,
        at: completion.event.receivedAt.toISOString(),
      });
    }
  }

  async write(tx: Db): Promise<void> {
    await insertRejections(tx, [...this.rejections.values()]);
    await insertRefunds(tx, this.refunds);
    await addRefundedQuantities(tx, [...this.lineDeltas.values()]);
    await setOrdersRefunded(
      tx,
      [...this.refunded.values()].map((row) => ({
        w: row.workspaceId,
        id: row.id,
        refunded: row.refundedMinor,
        status: row.status,
      })),
    );
    await resolveRejections(tx, this.resolved);
  }
}

/** Parses the segment: completions and refunds in log order; events that cannot be orders are rejected. */
async function readSteps(
  events: LoggedEvent[],
  effects: Effects,
  currencyOf: (w: string) => Promise<string>,
) {
  const steps: Step[] = [];
  for (const event of events) {
    if (event.name === 'Order Refunded') steps.push({ refund: event });
    else if (!event.userId && !event.anonymousId) {
      const message = 'Order Completed needs a userId or an anonymousId.';
      effects.reject(event, { reason: 'customer_missing', message });
    } else {
      const parsed = parseOrderCompleted(event.properties, await currencyOf(event.workspaceId));
      if (!parsed.ok) effects.reject(event, parsed);
      else steps.push({ completion: { event, input: parsed.value, id: newId('order') } });
    }
  }
  return steps;
}

/** Each completion's customer, resolved in log order with one batch per workspace. */
async function customersOf(tx: Db, completions: Completion[]): Promise<Map<Completion, string>> {
  const byWorkspace = new Map<string, Completion[]>();
  for (const completion of completions) {
    const list = byWorkspace.get(completion.event.workspaceId) ?? [];
    byWorkspace.set(completion.event.workspaceId, [...list, completion]);
  }
  const customers = new Map<Completion, string>();
  for (const [workspaceId, list] of byWorkspace) {
    const ids = await resolveCustomerIds(
      tx,
      workspaceId,
      list.map(({ event }) => ({
        userId: event.userId,
        anonymousId: event.anonymousId,
        at: event.occurredAt,
      })),
    );
    list.forEach((completion, index) => customers.set(completion, ids[index]!));
  }
  return customers;
}

/** Inserts the segment's new orders and their lines: answers the ids of the orders created. */
async function insertNewOrders(
  tx: Db,
  completions: Completion[],
  currencyOf: (w: string) => Promise<string>,
): Promise<Set<string>> {
  const customers = await customersOf(tx, completions);
  const firsts = new Map<string, Completion>();
  for (const c of completions) {
    const key = keyOf(c.event.workspaceId, c.input.orderId);
    if (!firsts.has(key)) firsts.set(key, c);
  }
  const rows = [];
  for (const first of firsts.values()) {
    const { event, input, id } = first;
    const workspaceCurrency = await currencyOf(event.workspaceId);
    rows.push({
      id,
      workspaceId: event.workspaceId,
      customerId: customers.get(first)!,
      orderId: input.orderId,
      placedAt: event.occurredAt,
      currency: input.currency,
      totalMinor: input.totalMinor,
      subtotalMinor: input.subtotalMinor,
      discountMinor: input.discountMinor,
      shippingMinor: input.shippingMinor,
      taxMinor: input.taxMinor,
      currencyMismatch: input.currency !== workspaceCurrency,
      couponCode: input.couponCode,
      properties: input.properties,
      sourceEventId: event.id,
    });
  }
  const created = await insertOrders(tx, rows);
  await insertManyLines(
    tx,
    [...firsts.values()]
      .filter((c) => created.has(c.id))
      .flatMap((c) =>
        c.input.lines.map((line) => ({
          ...line,
          id: newId('orderLine'),
          workspaceId: c.event.workspaceId,
          orderId: c.id,
        })),
      ),
  );
  return created;
}

/**
 * `Order Completed` and `Order Refunded` events (no `Customers Merged` among them) in a bounded
 * number of statements, with the effects of applying them one by one in log order.
 */
export async function applyOrderEvents(
  tx: Db,
  events: LoggedEvent[],
  currencyOf: (workspaceId: string) => Promise<string>,
): Promise<void> {
  if (!events.length) return;
  const effects = new Effects();
  const steps = await readSteps(events, effects, currencyOf);
  const completions = steps.flatMap((step) => ('completion' in step ? [step.completion] : []));
  const created = await insertNewOrders(tx, completions, currencyOf);
  const createdKeys = completions
    .filter((c) => created.has(c.id))
    .map((c) => ({ workspaceId: c.event.workspaceId, orderId: c.input.orderId }));
  const waiting = await pendingRefundsOf(tx, createdKeys);
  const refundKeys = steps.flatMap((step) => {
    if (!('refund' in step)) return [];
    const orderId = orderIdOf(step.refund.properties);
    return orderId ? [{ workspaceId: step.refund.workspaceId, orderId }] : [];
  });
  const locked = await lockOrdersByOrderIds(tx, [
    ...refundKeys,
    ...waiting.map((row) => ({ workspaceId: row.workspaceId, orderId: row.orderId! })),
  ]);
  const loaded = new Map(locked.orders.map((row) => [row.id, { row, lines: [] as OrderLineRow[] }]));
  for (const line of locked.lines) loaded.get(line.orderId)?.lines.push(line);
  for (const { row, lines } of loaded.values())
    if (!created.has(row.id)) effects.live.set(keyOf(row.workspaceId, row.orderId), { row, lines });
  for (const row of waiting) {
    const key = keyOf(row.workspaceId, row.orderId!);
    const event = { ...row, id: row.eventId, name: row.eventName };
    effects.pending.set(key, [...(effects.pending.get(key) ?? []), event]);
  }
  for (const step of steps) {
    if ('refund' in step) effects.refund(step.refund);
    else if (created.has(step.completion.id)) effects.arrive(step.completion, loaded.get(step.completion.id));
  }
  await effects.write(tx);
}
