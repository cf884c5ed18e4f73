import { notFound } from '../../core/errors.js';
import type { Db } from '../../db/connection.js';
import { listPage } from '../../http/pagination.js';
import { findCustomerRef, type CustomerDataProvider } from '../customers/index.js';
import { getWorkspace } from '../workspaces/index.js';
import { linesOf, refundsOf, type OrderRow } from './queries.js';
import {
  clearOrderProperties,
  customerOrderTotals,
  findOrder,
  listOrderRows,
  listRejectionRows,
  mismatchTotals,
} from './read-queries.js';
import { presentLine, presentOrder, presentRefund, presentRejection } from './present.js';

export interface OrderListOptions {
  limit: number;
  starting_after?: string | undefined;
  customer?: string | undefined;
  status?: OrderRow['status'] | undefined;
  currency_mismatch?: boolean | undefined;
}

async function customerIdOf(db: Db, workspaceId: string, ref: string): Promise<string> {
  const id = await findCustomerRef(db, workspaceId, ref);
  if (!id) throw notFound('customer', ref, 'customer');
  return id;
}

export async function listOrders(db: Db, workspaceId: string, options: OrderListOptions) {
  const customerId = options.customer ? await customerIdOf(db, workspaceId, options.customer) : undefined;
  const filters = { customerId, status: options.status, currencyMismatch: options.currency_mismatch };
  const rows = await listOrderRows(db, workspaceId, filters, options.limit + 1, options.starting_after);
  return listPage(rows.map(presentOrder), options.limit);
}

async function withDetails(db: Db, workspaceId: string, row: OrderRow) {
  return {
    ...presentOrder(row),
    lines: (await linesOf(db, workspaceId, row.id)).map(presentLine),
    refunds: (await refundsOf(db, workspaceId, row.id)).map(presentRefund),
  };
}

export async function getOrder(db: Db, workspaceId: string, ref: string) {
  const row = await findOrder(db, workspaceId, ref);
  if (!row) throw notFound('order', ref);
  return withDetails(db, workspaceId, row);
}

/** Orders in another currency than the workspace's: kept as sent, never converted, counted here. */
export async function currencyMismatchReport(db: Db, workspaceId: string) {
  const byCurrency = await mismatchTotals(db, workspaceId);
  return {
    object: 'currency_mismatch_report' as const,
    workspace_currency: (await getWorkspace(db, workspaceId)).currency,
    orders: byCurrency.reduce((sum, row) => sum + row.orders, 0),
    by_currency: byCurrency,
  };
}

export async function listRejections(
  db: Db,
  workspaceId: string,
  page: { limit: number; starting_after?: string | undefined },
) {
  const rows = await listRejectionRows(db, workspaceId, page.limit + 1, page.starting_after);
  return listPage(rows.map(presentRejection), page.limit);
}

/** The orders module's part of a customer: summary, export and erasure. */
export const ordersCustomerData: CustomerDataProvider = {
  name: 'orders',
  summary: async (db, workspaceId, customerId) => {
    const totals = await customerOrderTotals(db, workspaceId, customerId);
    return {
      count: totals.count,
      currency: (await getWorkspace(db, workspaceId)).currency,
      revenue_minor: totals.total - totals.refunded,
      refunded_minor: totals.refunded,
      currency_mismatch_count: totals.mismatched,
    };
  },
  export: async (db, workspaceId, customerId) => {
    const rows = await listOrderRows(db, workspaceId, { customerId }, Number.MAX_SAFE_INTEGER);
    const detailed = [];
    for (const row of rows) detailed.push(await withDetails(db, workspaceId, row));
    return detailed;
  },
  erase: async (db, workspaceId, customerId) => ({
    properties_cleared: await clearOrderProperties(db, workspaceId, customerId),
  }),
};
