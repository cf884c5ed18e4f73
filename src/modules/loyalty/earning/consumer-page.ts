import type { Db } from '../../../db/connection.js';
import { resolveCustomerIds } from '../../customers/index.js';
import type { LoggedEvent, NewEvent } from '../../events/index.js';
import { getWorkspace } from '../../workspaces/index.js';
import { ordersWithHeldRefunds } from './consumer.queries.js';
import {
  idText,
  getProgramSettings,
  type ProgramSettings,
  type RuleDefinition,
  activeEventRules,
  type RuleRow,
  listTiers,
  type TierRow,
} from '../program/index.js';
import { openPageLedger, type PageLedger } from '../ledger/index.js';

// Every statement costs a round trip and PostgreSQL's work to parse, plan and run it, so the
// consumer reads what does not change within a page once per page and workspace: the currency,
// the program, its tiers and rules, which of the page's orders have refunds waiting, and the
// customers of its events. A page's `Points Earned` go into the log in one append at its end.
// Changes made through the API while a page runs apply from the next page on, as they would to an
// event one statement later.

export interface WorkspacePage {
  workspaceId: string;
  currency: string;
  settings: ProgramSettings;
  tiers: TierRow[];
  /** Active rules by the track event that fires them, each list in id order. */
  rulesByEvent: Map<string, RuleRow[]>;
  /** Orders with refunds held for them; kept up to date as the page holds and takes refunds. */
  heldRefunds: Set<string>;
  /** Event id → the customer its userId / anonymousId resolved to, for the events that need one. */
  customers: Map<string, string>;
  /** `Points Earned` of the page, appended together when the page ends. */
  emitted: NewEvent[];
  /** The accounts, tiers and orders the page plans its common events over. */
  ledger: PageLedger;
}

/** Loyalty's own events never earn points (a rule on `Points Earned` would feed itself). */
export const ownEvents = new Set([
  'Points Earned',
  'Points Redeemed',
  'Points Expiring Soon',
  'Points Expired',
  'Tier Changed',
]);

/** The rules this event fires in its workspace (none for most events). */
export function rulesOf(page: Pick<WorkspacePage, 'rulesByEvent'>, event: LoggedEvent): RuleRow[] {
  return (event.name && page.rulesByEvent.get(event.name)) || [];
}

/** Whether applying the event needs its customer: traits to keep, an order, or a rule to try. */
export function needsCustomer(page: Pick<WorkspacePage, 'rulesByEvent'>, event: LoggedEvent): boolean {
  if (event.type === 'identify') return Object.keys(event.traits).length > 0;
  if (event.type !== 'track' || !event.name || ownEvents.has(event.name)) return false;
  if (event.name === 'Customers Merged' || event.name === 'Order Refunded') return false;
  return event.name === 'Order Completed' || rulesOf(page, event).length > 0;
}

/**
 * The customers of the page's events, resolved together in log order by the customers module's
 * batch (the same rules as one by one, in a bounded number of statements). Merges the page names
 * are already in the identities it reads: the customers consumer merged before it logged them.
 */
async function resolveCustomers(
  tx: Db,
  workspaceId: string,
  rules: Pick<WorkspacePage, 'rulesByEvent'>,
  events: LoggedEvent[],
): Promise<Map<string, string>> {
  const wanted = events.filter((e) => (e.userId || e.anonymousId) && needsCustomer(rules, e));
  if (wanted.length === 0) return new Map();
  const ids = await resolveCustomerIds(
    tx,
    workspaceId,
    wanted.map((e) => ({ userId: e.userId, anonymousId: e.anonymousId, at: e.occurredAt })),
  );
  return new Map(wanted.map((e, index) => [e.id, ids[index]!]));
}

function byEvent(rules: RuleRow[]): Map<string, RuleRow[]> {
  const map = new Map<string, RuleRow[]>();
  for (const rule of rules) {
    const trigger = (rule.definition as RuleDefinition).trigger;
    if (trigger.type !== 'event') continue;
    const list = map.get(trigger.event) ?? [];
    list.push(rule);
    map.set(trigger.event, list);
  }
  return map;
}

async function loadWorkspace(tx: Db, workspaceId: string, events: LoggedEvent[]): Promise<WorkspacePage> {
  const { currency } = await getWorkspace(tx, workspaceId);
  const orderIds = events
    .filter((e) => e.type === 'track' && e.name === 'Order Completed')
    .map((e) => idText(e.properties.order_id))
    .filter((id): id is string => id !== null);
  const rulesByEvent = byEvent(await activeEventRules(tx, workspaceId));
  const settings = await getProgramSettings(tx, workspaceId);
  const tiers = await listTiers(tx, workspaceId);
  const customers = await resolveCustomers(tx, workspaceId, { rulesByEvent }, events);
  return {
    workspaceId,
    currency,
    settings,
    tiers,
    rulesByEvent,
    heldRefunds: await ordersWithHeldRefunds(tx, workspaceId, [...new Set(orderIds)]),
    customers,
    emitted: [],
    ledger: await openPageLedger(
      tx,
      { workspaceId, settings, tiers },
      pageOrders(events, customers),
      refundedOrders(events),
    ),
  };
}

/** The page's orders whose customer is known: the accounts the page locks at its start. */
function pageOrders(events: LoggedEvent[], customers: Map<string, string>) {
  return events.flatMap((event) => {
    const customerId = customers.get(event.id);
    const orderId =
      event.type === 'track' && event.name === 'Order Completed' ? idText(event.properties.order_id) : null;
    return customerId && orderId ? [{ customerId, orderId, at: event.occurredAt }] : [];
  });
}

/** The orders the page's refunds name. */
function refundedOrders(events: LoggedEvent[]): string[] {
  return events.flatMap((event) => {
    const orderId =
      event.type === 'track' && event.name === 'Order Refunded' ? idText(event.properties.order_id) : null;
    return orderId ? [orderId] : [];
  });
}

/** The page's workspaces, each read once. */
export async function loadPage(tx: Db, events: LoggedEvent[]): Promise<Map<string, WorkspacePage>> {
  const byWorkspace = new Map<string, LoggedEvent[]>();
  for (const event of events) {
    const own = byWorkspace.get(event.workspaceId) ?? [];
    own.push(event);
    byWorkspace.set(event.workspaceId, own);
  }
  const pages = new Map<string, WorkspacePage>();
  for (const [workspaceId, own] of byWorkspace)
    pages.set(workspaceId, await loadWorkspace(tx, workspaceId, own));
  return pages;
}
