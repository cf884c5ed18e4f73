import { newId } from '../../../core/ids.js';
import { invalidParameter, notFound } from '../../../core/errors.js';
import type { Db } from '../../../db/connection.js';
import { refuseBeyondCap } from './caps.js';
import {
  archiveTier,
  countTierCustomers,
  findCustomerTier,
  insertTier,
  listTiers,
  updateTier,
  type TierRow,
} from './tiers.queries.js';

export interface CustomerTier {
  tierId: string;
  name: string;
  rank: number;
}

/** The customer's current tier (rank 1 = the lowest tier), or null when they have none. */
export async function customerTier(
  db: Db,
  workspaceId: string,
  customerId: string,
): Promise<CustomerTier | null> {
  const current = await findCustomerTier(db, workspaceId, customerId);
  if (!current) return null;
  const tiers = await listTiers(db, workspaceId);
  const index = tiers.findIndex((tier) => tier.id === current.tierId);
  if (index < 0) return null;
  return { tierId: current.tierId, name: tiers[index]!.name, rank: index + 1 };
}

export interface TierInput {
  name: string;
  threshold: number;
  earn_multiplier_percent?: number | undefined;
  free_shipping?: boolean | undefined;
}

function present(tier: TierRow, rank: number, customers: Map<string, number>) {
  return {
    object: 'loyalty_tier' as const,
    id: tier.id,
    name: tier.name,
    rank,
    threshold: tier.threshold,
    earn_multiplier_percent: tier.earnMultiplierPercent,
    free_shipping: tier.freeShipping,
    customers: customers.get(tier.id) ?? 0,
    created: tier.createdAt.toISOString(),
  };
}

async function checkThresholdFree(db: Db, workspaceId: string, threshold: number, except: string | null) {
  const clash = (await listTiers(db, workspaceId)).find((t) => t.threshold === threshold && t.id !== except);
  if (clash)
    throw invalidParameter(
      'threshold',
      `Tier ${clash.id} already has threshold ${threshold}; thresholds rank tiers.`,
    );
}

export async function listTierResources(db: Db, workspaceId: string) {
  const [tiers, customers] = await Promise.all([
    listTiers(db, workspaceId),
    countTierCustomers(db, workspaceId),
  ]);
  return {
    object: 'list' as const,
    data: tiers.map((t, i) => present(t, i + 1, customers)),
    has_more: false,
  };
}

export async function createTier(db: Db, workspaceId: string, input: TierInput, at: Date) {
  const tier: TierRow = {
    id: newId('tier'),
    name: input.name,
    threshold: input.threshold,
    earnMultiplierPercent: input.earn_multiplier_percent ?? 100,
    freeShipping: input.free_shipping ?? false,
    createdAt: at,
  };
  await db.transaction(async (tx) => {
    await refuseBeyondCap(tx, workspaceId, 'loyalty_tiers');
    await checkThresholdFree(tx, workspaceId, input.threshold, null);
    await insertTier(tx, workspaceId, tier);
  });
  return getTier(db, workspaceId, tier.id);
}

export async function getTier(db: Db, workspaceId: string, id: string) {
  const [tiers, customers] = await Promise.all([
    listTiers(db, workspaceId),
    countTierCustomers(db, workspaceId),
  ]);
  const index = tiers.findIndex((t) => t.id === id);
  if (index < 0) throw notFound('tier', id);
  return present(tiers[index]!, index + 1, customers);
}

/** Changes apply from now: customers keep their tier until their next review or upgrade. */
export async function changeTier(db: Db, workspaceId: string, id: string, input: Partial<TierInput>) {
  const current = (await listTiers(db, workspaceId)).find((t) => t.id === id);
  if (!current) throw notFound('tier', id);
  if (input.threshold !== undefined) await checkThresholdFree(db, workspaceId, input.threshold, id);
  await updateTier(db, workspaceId, {
    ...current,
    name: input.name ?? current.name,
    threshold: input.threshold ?? current.threshold,
    earnMultiplierPercent: input.earn_multiplier_percent ?? current.earnMultiplierPercent,
    freeShipping: input.free_shipping ?? current.freeShipping,
  });
  return getTier(db, workspaceId, id);
}

export async function deleteTier(db: Db, workspaceId: string, id: string, at: Date) {
  if (!(await archiveTier(db, workspaceId, id, at))) throw notFound('tier', id);
  return { object: 'loyalty_tier' as const, id, deleted: true as const };
}
