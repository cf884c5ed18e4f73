import { invalidParameter, notFound } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { nameLengthMax } from '../../../core/limits.js';
import type { Db } from '../../../db/connection.js';
import { checkDiscountTerms, type CouponKind, type DiscountTerms } from '../../coupons/index.js';
import { getWorkspace } from '../../workspaces/index.js';
import { refuseBeyondCap, listTiers } from '../program/index.js';
import { findReward, insertReward, listRewardRows, updateRewardRow, type RewardRow } from './queries.js';

export type RewardKind = CouponKind | 'store_credit';

export interface Reward {
  object: 'loyalty_reward';
  id: string;
  name: string;
  description: string | null;
  kind: RewardKind;
  points_cost: number;
  amount_off: number | null;
  percent_off: number | null;
  product_id: string | null;
  credit_amount: number | null;
  currency: string;
  minimum_order: number | null;
  minimum_tier: string | null;
  stock: number | null;
  active_from: string | null;
  active_until: string | null;
  coupon_expires_after_days: number | null;
  archived: string | null;
  created: string;
  updated: string;
}

/** Amounts in minor units of the workspace currency. */
export interface RewardInput {
  name: string;
  description?: string | null | undefined;
  kind: RewardKind;
  points_cost: number;
  amount_off?: number | undefined;
  percent_off?: number | undefined;
  product_id?: string | undefined;
  credit_amount?: number | undefined;
  minimum_order?: number | null | undefined;
  minimum_tier?: string | null | undefined;
  stock?: number | null | undefined;
  active_from?: string | null | undefined;
  active_until?: string | null | undefined;
  coupon_expires_after_days?: number | null | undefined;
}

export type RewardChanges = Partial<Omit<RewardInput, 'kind'>>;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function presentReward(row: RewardRow): Reward {
  return {
    object: 'loyalty_reward',
    id: row.id,
    name: row.name,
    description: row.description,
    kind: row.kind,
    points_cost: row.pointsCost,
    amount_off: row.amountOffMinor,
    percent_off: row.percentOff,
    product_id: row.productId,
    credit_amount: row.creditAmountMinor,
    currency: row.currency,
    minimum_order: row.minimumOrderMinor,
    minimum_tier: row.minimumTierId,
    stock: row.stock,
    active_from: iso(row.activeFrom),
    active_until: iso(row.activeUntil),
    coupon_expires_after_days: row.couponExpiresAfterDays,
    archived: iso(row.archivedAt),
    created: row.createdAt.toISOString(),
    updated: row.updatedAt.toISOString(),
  };
}

/** The coupon terms a reward issues, from its row (null for store credit). */
export function couponTermsOf(row: RewardRow): DiscountTerms | null {
  if (row.kind === 'store_credit') return null;
  return {
    kind: row.kind,
    amountOffMinor: row.amountOffMinor,
    percentOff: row.percentOff,
    productId: row.productId,
  };
}

interface Value {
  kind: RewardKind;
  amountOffMinor: number | null;
  percentOff: number | null;
  productId: string | null;
  creditAmountMinor: number | null;
}

function checkValue(input: RewardInput): Value {
  if (input.kind !== 'store_credit') {
    if (input.credit_amount !== undefined)
      throw invalidParameter(
        'credit_amount',
        `credit_amount applies only to kind store_credit, not ${input.kind}.`,
      );
    return { ...checkDiscountTerms({ ...input, kind: input.kind }), creditAmountMinor: null };
  }
  if (input.credit_amount === undefined)
    throw invalidParameter('credit_amount', 'credit_amount (minor units) is required for kind store_credit.');
  for (const param of ['amount_off', 'percent_off', 'product_id'] as const) {
    if (input[param] !== undefined)
      throw invalidParameter(param, `${param} does not apply to kind store_credit.`);
  }
  return {
    kind: 'store_credit',
    amountOffMinor: null,
    percentOff: null,
    productId: null,
    creditAmountMinor: input.credit_amount,
  };
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > nameLengthMax)
    throw invalidParameter('name', `name must be 1–${nameLengthMax} characters.`);
  return trimmed;
}

const toDate = (value: string | null | undefined) => (value ? new Date(value) : null);

function checkWindow(from: Date | null, until: Date | null): void {
  if (from && until && until.getTime() <= from.getTime())
    throw invalidParameter('active_until', 'active_until must be after active_from.');
}

async function checkTier(db: Db, workspaceId: string, tierId: string | null | undefined): Promise<void> {
  if (!tierId) return;
  const tiers = await listTiers(db, workspaceId);
  if (!tiers.some((tier) => tier.id === tierId)) throw notFound('tier', tierId, 'minimum_tier');
}

export async function createReward(
  db: Db,
  workspaceId: string,
  input: RewardInput,
  at: Date,
): Promise<Reward> {
  const value = checkValue(input);
  const activeFrom = toDate(input.active_from);
  const activeUntil = toDate(input.active_until);
  checkWindow(activeFrom, activeUntil);
  await checkTier(db, workspaceId, input.minimum_tier);
  const { currency } = await getWorkspace(db, workspaceId);
  const row = {
    id: newId('reward'),
    workspaceId,
    name: checkName(input.name),
    description: input.description ?? null,
    ...value,
    pointsCost: input.points_cost,
    currency,
    minimumOrderMinor: input.minimum_order ?? null,
    minimumTierId: input.minimum_tier ?? null,
    stock: input.stock ?? null,
    activeFrom,
    activeUntil,
    couponExpiresAfterDays: input.coupon_expires_after_days ?? null,
    createdAt: at,
    updatedAt: at,
  };
  const created = await db.transaction(async (tx) => {
    await refuseBeyondCap(tx, workspaceId, 'loyalty_rewards');
    return insertReward(tx, row);
  });
  return presentReward(created);
}

export async function getReward(db: Db, workspaceId: string, id: string): Promise<Reward> {
  const row = await findReward(db, workspaceId, id);
  if (!row) throw notFound('reward', id);
  return presentReward(row);
}

export async function listRewards(
  db: Db,
  workspaceId: string,
  query: { limit: number; starting_after?: string | undefined; archived?: boolean | undefined },
): Promise<Reward[]> {
  const rows = await listRewardRows(db, workspaceId, query.archived ?? false, {
    limit: query.limit + 1,
    startingAfter: query.starting_after,
  });
  return rows.map(presentReward);
}

/** Changes apply to later redemptions; coupons already issued keep their terms. */
export async function updateReward(
  db: Db,
  workspaceId: string,
  id: string,
  changes: RewardChanges,
  at: Date,
): Promise<Reward> {
  const current = await findReward(db, workspaceId, id);
  if (!current) throw notFound('reward', id);
  const merged: RewardInput = { ...inputOf(current), ...changes };
  const value = checkValue(merged);
  const activeFrom = toDate(merged.active_from);
  const activeUntil = toDate(merged.active_until);
  checkWindow(activeFrom, activeUntil);
  if (changes.minimum_tier !== undefined) await checkTier(db, workspaceId, changes.minimum_tier);
  const row = await updateRewardRow(db, workspaceId, id, {
    name: checkName(merged.name),
    description: merged.description ?? null,
    ...value,
    pointsCost: merged.points_cost,
    minimumOrderMinor: merged.minimum_order ?? null,
    minimumTierId: merged.minimum_tier ?? null,
    ...(changes.stock !== undefined ? { stock: changes.stock } : {}),
    activeFrom,
    activeUntil,
    couponExpiresAfterDays: merged.coupon_expires_after_days ?? null,
    updatedAt: at,
  });
  return presentReward(row!);
}

function inputOf(row: RewardRow): RewardInput {
  const defined = <T>(value: T | null) => (value === null ? undefined : value);
  return {
    name: row.name,
    description: row.description,
    kind: row.kind,
    points_cost: row.pointsCost,
    amount_off: defined(row.amountOffMinor),
    percent_off: defined(row.percentOff),
    product_id: defined(row.productId),
    credit_amount: defined(row.creditAmountMinor),
    minimum_order: row.minimumOrderMinor,
    minimum_tier: row.minimumTierId,
    active_from: iso(row.activeFrom),
    active_until: iso(row.activeUntil),
    coupon_expires_after_days: row.couponExpiresAfterDays,
  };
}

/** Archived rewards cannot be redeemed; their redemptions stay as they were. */
export async function archiveReward(db: Db, workspaceId: string, id: string, at: Date): Promise<Reward> {
  const current = await findReward(db, workspaceId, id);
  if (!current) throw notFound('reward', id);
  if (current.archivedAt) return presentReward(current);
  const row = await updateRewardRow(db, workspaceId, id, { archivedAt: at, updatedAt: at });
  return presentReward(row!);
}
