import type { Db } from '../../../db/connection.js';
import type { NewEvent } from '../../events/index.js';
import type { LoyaltyOrderRow } from './loyalty-orders.js';
import { planEarning, type EarnInput } from './ledger.js';
import type { AccountRow, EntryWrite } from './ledger.queries.js';
import {
  knownOrders,
  lockAccounts,
  ordersSince,
  tiersOf,
  writePage,
  type ProfileTraits,
  type RefundRecord,
  type SpendRecord,
  type TierHold,
} from './page-ledger.queries.js';
import {
  forgetRefundsOf,
  noteEarning,
  noteNewLot,
  openRefundBook,
  readLotsOf,
  type RefundBook,
} from './refund-book.js';
import {
  type ProgramSettings,
  qualifyingWindow,
  reviewDate,
  tierChangedEvent,
  tierFor,
  type TierRow,
} from '../program/index.js';

// The consumer's page plans the common events — an order that earns the base rate and the tier
// upgrade it brings, a refund of an order without store credit (page-refunds.ts), traits that
// arrive with identify — in memory, over the accounts it locked, and writes them in one statement
// (page-ledger.queries.ts). Anything else (merges, rules, cashback, tiers on points) goes the
// one-event-at-a-time way: the page first
// writes what it planned, so that path reads the database as if every earlier event had been
// applied alone, and the customers it touched are read again before the page plans for them.
// Same rows, same order, far fewer statements.

export interface PageLedger {
  workspaceId: string;
  settings: ProgramSettings;
  tiers: TierRow[];
  /** Locked accounts as they stand after what the page planned. */
  accounts: Map<string, AccountRow>;
  /** The tier id each loaded customer holds (null: none). */
  customerTiers: Map<string, string | null>;
  /** Each loaded customer's orders since `spendFrom`, when tiers are on spend. */
  spend: Map<string, SpendRecord[]>;
  /** Null when no spend was read: no tiers, tiers on points, or no orders at the page's start. */
  spendFrom: Date | null;
  /** Orders loyalty has recorded, in the database or planned in this page. */
  knownOrders: Set<string>;
  /** What the page's refunds need to know, as it stands after what the page planned. */
  refunds: RefundBook;
  planned: {
    orders: Map<string, LoyaltyOrderRow>;
    entries: EntryWrite[];
    accounts: Set<string>;
    profiles: Map<string, ProfileTraits>;
    tiers: Map<string, TierHold>;
    /** Lots the plan creates: a later change goes into the row before it is inserted. */
    newLots: Map<string, NonNullable<EntryWrite['lot']>>;
    /** Changes to the remaining points of lots written before, by lot. */
    lotChanges: Map<string, number>;
    refunds: RefundRecord[];
    /** The refunded amount of orders written before, by order. */
    refundedMinor: Map<string, number>;
  };
}

function emptyPlan(): PageLedger['planned'] {
  return {
    orders: new Map(),
    entries: [],
    accounts: new Set(),
    profiles: new Map(),
    tiers: new Map(),
    newLots: new Map(),
    lotChanges: new Map(),
    refunds: [],
    refundedMinor: new Map(),
  };
}

/**
 * Whether the page's memory can judge a tier upgrade at `at`: there are no tiers, or they are on
 * net spend and the page read its customers' orders from the start of that order's window (an
 * order whose customer came from properties.customer_id, say, may fall outside).
 */
export function tiersPlannable(ledger: PageLedger, at: Date): boolean {
  if (ledger.tiers.length === 0) return true;
  return ledger.spendFrom !== null && ledger.spendFrom <= qualifyingWindow(ledger.settings, at).from;
}

/**
 * Locks and reads what the page's orders need: accounts, tiers, recent spend, known orders; and
 * the orders its refunds name.
 */
export async function openPageLedger(
  tx: Db,
  setup: { workspaceId: string; settings: ProgramSettings; tiers: TierRow[] },
  orders: { customerId: string; orderId: string; at: Date }[],
  refundedOrderIds: string[],
): Promise<PageLedger> {
  const spendFrom =
    setup.tiers.length > 0 && setup.settings.tier_metric === 'spend' && orders.length > 0
      ? new Date(Math.min(...orders.map((o) => qualifyingWindow(setup.settings, o.at).from.getTime())))
      : null;
  const ledger: PageLedger = {
    ...setup,
    accounts: new Map(),
    customerTiers: new Map(),
    spend: new Map(),
    spendFrom,
    knownOrders: await knownOrders(tx, setup.workspaceId, [...new Set(orders.map((o) => o.orderId))]),
    refunds: await openRefundBook(tx, setup.workspaceId, refundedOrderIds),
    planned: emptyPlan(),
  };
  // The refunded customers are read with the page's own, and their lots before anything is planned:
  // those of orders known before the page, and those of the page's own orders it also refunds
  // (read one by one when the refund came, they were most of the page's statements).
  const refundedHere = new Set(refundedOrderIds);
  const refunded = [
    ...new Set([
      ...[...ledger.refunds.orders.values()].map((o) => o.customerId),
      ...orders.filter((o) => refundedHere.has(o.orderId)).map((o) => o.customerId),
    ]),
  ];
  await loadCustomers(tx, ledger, [...new Set([...orders.map((o) => o.customerId), ...refunded])]);
  await readLotsOf(tx, setup.workspaceId, ledger.refunds, refunded);
  return ledger;
}

/** Locks and reads the customers the page does not hold yet: accounts, tiers, recent spend. */
export async function loadCustomers(tx: Db, ledger: PageLedger, customerIds: string[]): Promise<void> {
  const missing = customerIds.filter((id) => !ledger.accounts.has(id)).sort();
  if (missing.length === 0) return;
  const { workspaceId } = ledger;
  for (const [id, account] of await lockAccounts(tx, workspaceId, missing)) ledger.accounts.set(id, account);
  if (ledger.tiers.length === 0) return;
  const held = await tiersOf(tx, workspaceId, missing);
  for (const id of missing) ledger.customerTiers.set(id, held.get(id) ?? null);
  if (ledger.spendFrom) {
    for (const [id, records] of await ordersSince(tx, workspaceId, missing, ledger.spendFrom))
      ledger.spend.set(id, records);
  }
}

/** After the one-at-a-time path changed this customer: read them again before planning for them. */
export function forgetCustomer(ledger: PageLedger, customerId: string): void {
  ledger.accounts.delete(customerId);
  ledger.customerTiers.delete(customerId);
  ledger.spend.delete(customerId);
  forgetRefundsOf(ledger.refunds, customerId);
}

/** Writes what the page planned so far; the one-at-a-time path then sees it. */
export async function flushPageLedger(tx: Db, ledger: PageLedger): Promise<void> {
  const { planned } = ledger;
  await writePage(tx, ledger.workspaceId, {
    orders: [...planned.orders.values()],
    refunds: { records: planned.refunds, refundedMinor: planned.refundedMinor },
    lotChanges: [...planned.lotChanges].map(([lotId, delta]) => ({ lotId, delta, post: false })),
    entries: planned.entries,
    accounts: new Map([...planned.accounts].map((id) => [id, ledger.accounts.get(id)!])),
    profiles: [...planned.profiles.values()],
    tiers: [...planned.tiers.values()],
  });
  ledger.planned = emptyPlan();
}

/** Later traits win key by key, as `jsonb ||` merges them; a birthday is kept until replaced. */
export function planTraits(
  ledger: PageLedger,
  customerId: string,
  traits: Record<string, unknown>,
  monthDay: string | null,
): void {
  const before = ledger.planned.profiles.get(customerId);
  ledger.planned.profiles.set(customerId, {
    customerId,
    traits: { ...before?.traits, ...traits },
    monthDay: monthDay ?? before?.monthDay ?? null,
  });
}

/** The earn multiplier of the tier the customer holds, in percent (100 without one). */
export function pageMultiplierPercent(ledger: PageLedger, customerId: string): number {
  const tierId = ledger.customerTiers.get(customerId);
  return ledger.tiers.find((t) => t.id === tierId)?.earnMultiplierPercent ?? 100;
}

/** Records a new order of a customer the page holds (reading them first when it does not). */
export async function planLoyaltyOrder(
  tx: Db,
  ledger: PageLedger,
  order: Omit<LoyaltyOrderRow, 'refundedMinor'>,
): Promise<void> {
  await loadCustomers(tx, ledger, [order.customerId]);
  ledger.knownOrders.add(order.orderId);
  const row = { ...order, refundedMinor: 0 };
  ledger.planned.orders.set(order.orderId, row);
  ledger.refunds.orders.set(order.orderId, row);
  ledger.refunds.earnings.set(order.orderId, []);
  ledger.spend.get(order.customerId)?.push({
    orderId: order.orderId,
    completedAt: order.completedAt,
    netMinor: order.totalMinor,
  });
}

/** Plans a positive earning on the account as the page holds it; `Points Earned` goes to `emitted`. */
export function planPageEarning(
  ledger: PageLedger,
  input: Omit<EarnInput, 'settings' | 'emitInto'>,
  emitted: NewEvent[],
): void {
  const account = ledger.accounts.get(input.customerId)!;
  const { write, event } = planEarning(account, input, ledger.settings);
  ledger.planned.entries.push(write);
  ledger.accounts.set(input.customerId, write.account);
  ledger.planned.accounts.add(input.customerId);
  if (write.lot) {
    ledger.planned.newLots.set(write.lot.id, write.lot);
    noteNewLot(ledger.refunds, write.entry.id, write.lot);
  }
  noteEarning(ledger.refunds, write);
  emitted.push(event);
}

/** The tier the customer's window spend reaches at `at`, when higher than the one they hold. */
export function pageTierReached(ledger: PageLedger, customerId: string, at: Date): TierRow | null {
  if (ledger.tiers.length === 0) return null;
  const { from } = qualifyingWindow(ledger.settings, at);
  // The window's end is inclusive, as in qualifyingAmount.
  const spend = (ledger.spend.get(customerId) ?? [])
    .filter((r) => r.completedAt >= from && r.completedAt <= at)
    .reduce((sum, r) => sum + r.netMinor, 0);
  const reached = tierFor(ledger.tiers, spend);
  if (!reached) return null;
  const held = ledger.customerTiers.get(customerId) ?? null;
  const heldIndex = held ? ledger.tiers.findIndex((t) => t.id === held) : -1;
  return reached.rank - 1 > heldIndex ? reached.tier : null;
}

/** Upgrades the customer at once, as upgradeTierIfQualified does: the tier, its review, its event. */
export function planTierUpgrade(
  ledger: PageLedger,
  customerId: string,
  reached: TierRow,
  at: Date,
  emitted: NewEvent[],
): void {
  const held = ledger.customerTiers.get(customerId) ?? null;
  const from = ledger.tiers.find((t) => t.id === held) ?? null;
  ledger.customerTiers.set(customerId, reached.id);
  ledger.planned.tiers.set(customerId, {
    customerId,
    tierId: reached.id,
    since: at,
    reviewAt: reviewDate(ledger.settings, at),
  });
  emitted.push(tierChangedEvent(customerId, from, reached, 'up', at));
}
