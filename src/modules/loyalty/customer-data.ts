import { customerExportEventsMax, loyaltyExportPageEntries } from '../../core/limits.js';
import type { CustomerDataProvider } from '../customers/index.js';
import { listRedemptions } from './rewards/index.js';
import { clearLoyaltyProfile } from './privacy.queries.js';
import { entriesPage, presentEntry } from './ledger/index.js';
import { loyaltyStatus } from './status.js';

async function everyEntry(
  db: Parameters<CustomerDataProvider['export']>[0],
  workspaceId: string,
  customerId: string,
) {
  const entries: ReturnType<typeof presentEntry>[] = [];
  let startingAfter: string | undefined;
  while (entries.length < customerExportEventsMax) {
    const rows = await entriesPage(db, workspaceId, customerId, loyaltyExportPageEntries, startingAfter);
    entries.push(...rows.slice(0, loyaltyExportPageEntries).map(presentEntry));
    if (rows.length <= loyaltyExportPageEntries) break;
    startingAfter = rows[loyaltyExportPageEntries - 1]!.id;
  }
  return entries;
}

/**
 * Loyalty's part of a customer (src/server/customer-data.ts lists it): points and tier on the
 * profile; status, the whole points ledger and redemptions in the export. Erasure forgets
 * loyalty's copy of the person's traits (birthday included); the ledger keeps its amounts, which
 * name no one once the profile is erased, so the program's liability stays right.
 */
export const loyaltyCustomerData: CustomerDataProvider = {
  name: 'loyalty',
  summary: async (db, workspaceId, customerId) => {
    const status = await loyaltyStatus(db, workspaceId, customerId, new Date());
    return { points: status.points.balance, pending: status.points.pending, tier: status.tier?.name ?? null };
  },
  export: async (db, workspaceId, customerId) => ({
    status: await loyaltyStatus(db, workspaceId, customerId, new Date()),
    points_transactions: await everyEntry(db, workspaceId, customerId),
    redemptions: await listRedemptions(db, workspaceId, customerId, { limit: customerExportEventsMax }),
  }),
  erase: async (db, workspaceId, customerId) => ({
    profiles_cleared: await clearLoyaltyProfile(db, workspaceId, customerId),
  }),
};
