import { RetainError, invalidParameter, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import {
  couponCodeDrawAttemptsMax,
  couponCodesExportPageRows,
  couponCodesPerRequestMax,
  nameLengthMax,
} from '../../core/limits.js';
import type { Db } from '../../db/connection.js';
import { findCustomerRef } from '../customers/index.js';
import { getWorkspace } from '../workspaces/index.js';
import { customCodePattern, generateCode, normaliseCode } from './codes.js';
import type { CouponKind } from './evaluate.js';
import {
  findCoupon,
  insertCodes,
  insertCoupon,
  listCodeRows,
  listCouponRows,
  updateCouponRow,
  type CodeRow,
  type CouponRow,
} from './queries.js';

export interface Coupon {
  object: 'coupon';
  id: string;
  name: string;
  kind: CouponKind;
  amount_off: number | null;
  percent_off: number | null;
  currency: string;
  product_id: string | null;
  minimum_order: number | null;
  expires_at: string | null;
  max_redemptions: number | null;
  max_redemptions_per_customer: number | null;
  times_redeemed: number;
  customer: string | null;
  source: 'api' | 'reward';
  voided: string | null;
  created: string;
}

export interface CouponCode {
  object: 'coupon_code';
  id: string;
  code: string;
  coupon: string;
  max_redemptions: number | null;
  times_redeemed: number;
  voided: string | null;
  created: string;
}

/** The terms of a new coupon, in minor units of the workspace currency. */
export interface CouponInput {
  name: string;
  kind: CouponKind;
  amount_off?: number | undefined;
  percent_off?: number | undefined;
  product_id?: string | undefined;
  minimum_order?: number | undefined;
  expires_at?: string | undefined;
  max_redemptions?: number | undefined;
  max_redemptions_per_customer?: number | undefined;
  /** `cus_…` or the shop's userId: only this customer may use it. */
  customer?: string | undefined;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function presentCoupon(row: CouponRow): Coupon {
  return {
    object: 'coupon',
    id: row.id,
    name: row.name,
    kind: row.kind,
    amount_off: row.amountOffMinor,
    percent_off: row.percentOff,
    currency: row.currency,
    product_id: row.productId,
    minimum_order: row.minimumOrderMinor,
    expires_at: iso(row.expiresAt),
    max_redemptions: row.redemptionsMax,
    max_redemptions_per_customer: row.redemptionsPerCustomerMax,
    times_redeemed: row.timesRedeemed,
    customer: row.customerId,
    source: row.source,
    voided: iso(row.voidedAt),
    created: row.createdAt.toISOString(),
  };
}

export function presentCode(row: CodeRow): CouponCode {
  return {
    object: 'coupon_code',
    id: row.id,
    code: row.code,
    coupon: row.couponId,
    max_redemptions: row.redemptionsMax,
    times_redeemed: row.timesRedeemed,
    voided: iso(row.voidedAt),
    created: row.createdAt.toISOString(),
  };
}

/** The discount fields a kind needs, and none it does not. */
export interface DiscountTerms {
  kind: CouponKind;
  amountOffMinor: number | null;
  percentOff: number | null;
  productId: string | null;
}

export function checkDiscountTerms(input: {
  kind: CouponKind;
  amount_off?: number | undefined;
  percent_off?: number | undefined;
  product_id?: string | undefined;
}): DiscountTerms {
  const terms: DiscountTerms = { kind: input.kind, amountOffMinor: null, percentOff: null, productId: null };
  if (input.kind === 'amount_off') {
    if (input.amount_off === undefined)
      throw invalidParameter('amount_off', 'amount_off (minor units) is required for kind amount_off.');
    terms.amountOffMinor = input.amount_off;
  } else if (input.amount_off !== undefined) {
    throw invalidParameter('amount_off', `amount_off applies only to kind amount_off, not ${input.kind}.`);
  }
  if (input.kind === 'percent_off') {
    if (input.percent_off === undefined)
      throw invalidParameter('percent_off', 'percent_off (1–100) is required for kind percent_off.');
    terms.percentOff = input.percent_off;
  } else if (input.percent_off !== undefined) {
    throw invalidParameter('percent_off', `percent_off applies only to kind percent_off, not ${input.kind}.`);
  }
  if (input.kind === 'free_product') {
    if (!input.product_id)
      throw invalidParameter('product_id', 'product_id is required for kind free_product.');
    terms.productId = input.product_id;
  } else if (input.product_id !== undefined) {
    throw invalidParameter('product_id', `product_id applies only to kind free_product, not ${input.kind}.`);
  }
  return terms;
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > nameLengthMax)
    throw invalidParameter('name', `name must be 1–${nameLengthMax} characters.`);
  return trimmed;
}

/** A `customer` parameter that must name a known customer. */
export async function requireCustomer(
  db: Db,
  workspaceId: string,
  ref: string,
  param: string,
): Promise<string> {
  const id = await findCustomerRef(db, workspaceId, ref);
  if (!id) throw notFound('customer', ref, param);
  return id;
}

export async function createCoupon(
  db: Db,
  workspaceId: string,
  input: CouponInput,
  at: Date,
): Promise<Coupon> {
  const terms = checkDiscountTerms(input);
  const expiresAt = input.expires_at ? new Date(input.expires_at) : null;
  if (expiresAt && expiresAt.getTime() <= at.getTime())
    throw invalidParameter('expires_at', 'expires_at must be in the future.');
  const customerId = input.customer
    ? await requireCustomer(db, workspaceId, input.customer, 'customer')
    : null;
  const { currency } = await getWorkspace(db, workspaceId);
  const row = await insertCoupon(db, {
    id: newId('coupon'),
    workspaceId,
    name: checkName(input.name),
    ...terms,
    currency,
    minimumOrderMinor: input.minimum_order ?? null,
    expiresAt,
    redemptionsMax: input.max_redemptions ?? null,
    redemptionsPerCustomerMax: input.max_redemptions_per_customer ?? null,
    customerId,
    source: 'api',
    createdAt: at,
  });
  return presentCoupon(row);
}

export async function getCoupon(db: Db, workspaceId: string, id: string): Promise<Coupon> {
  const row = await findCoupon(db, workspaceId, id);
  if (!row) throw notFound('coupon', id);
  return presentCoupon(row);
}

export async function listCoupons(
  db: Db,
  workspaceId: string,
  query: { limit: number; starting_after?: string | undefined; source?: 'api' | 'reward' | undefined },
): Promise<Coupon[]> {
  const rows = await listCouponRows(db, workspaceId, query.source ?? 'api', {
    limit: query.limit + 1,
    startingAfter: query.starting_after,
  });
  return rows.map(presentCoupon);
}

export interface CouponChanges {
  name?: string | undefined;
  expires_at?: string | null | undefined;
}

/** Name and expiry may change; the discount terms may not (codes already out keep their terms). */
export async function updateCoupon(
  db: Db,
  workspaceId: string,
  id: string,
  changes: CouponChanges,
): Promise<Coupon> {
  const set = {
    ...(changes.name !== undefined ? { name: checkName(changes.name) } : {}),
    ...(changes.expires_at !== undefined
      ? { expiresAt: changes.expires_at === null ? null : new Date(changes.expires_at) }
      : {}),
  };
  // Nothing to change answers the coupon as it is, as Stripe's updates do.
  const row =
    Object.keys(set).length > 0
      ? await updateCouponRow(db, workspaceId, id, set)
      : await findCoupon(db, workspaceId, id);
  if (!row) throw notFound('coupon', id);
  return presentCoupon(row);
}

/** Voiding stops every code of the coupon from validating or redeeming from now on. */
export async function voidCoupon(db: Db, workspaceId: string, id: string, at: Date): Promise<Coupon> {
  const existing = await findCoupon(db, workspaceId, id);
  if (!existing) throw notFound('coupon', id);
  if (existing.voidedAt) return presentCoupon(existing);
  const row = await updateCouponRow(db, workspaceId, id, { voidedAt: at });
  return presentCoupon(row!);
}

export interface CodesRequest {
  /** How many unguessable codes to draw; default 1. */
  count?: number | undefined;
  /** A code the shop chooses instead (e.g. SUMMER10); then count must be 1. */
  code?: string | undefined;
  /** Uses per code; default 1 for drawn codes, unlimited (the coupon's limits apply) for a chosen code. */
  max_redemptions?: number | null | undefined;
}

export async function createCodes(
  db: Db,
  workspaceId: string,
  couponId: string,
  request: CodesRequest,
  at: Date,
): Promise<CouponCode[]> {
  const coupon = await findCoupon(db, workspaceId, couponId);
  if (!coupon) throw notFound('coupon', couponId);
  if (request.code !== undefined) return [await createCustomCode(db, coupon, request, at)];
  const count = request.count ?? 1;
  if (count > couponCodesPerRequestMax)
    throw invalidParameter('count', `count must be at most ${couponCodesPerRequestMax}.`);
  const maximum = request.max_redemptions === undefined ? 1 : request.max_redemptions;
  const rows = await drawCodes(db, coupon, count, maximum, at);
  return rows.map(presentCode);
}

async function createCustomCode(
  db: Db,
  coupon: CouponRow,
  request: CodesRequest,
  at: Date,
): Promise<CouponCode> {
  if (request.count !== undefined && request.count !== 1)
    throw invalidParameter('count', 'A chosen code is one code: leave count out or send 1.');
  const code = normaliseCode(request.code!);
  if (!customCodePattern.test(code))
    throw invalidParameter(
      'code',
      'code must be 3–40 letters, digits or dashes, starting with a letter or digit.',
    );
  const [row] = await insertCodes(db, [
    {
      id: newId('couponCode'),
      workspaceId: coupon.workspaceId,
      couponId: coupon.id,
      code,
      redemptionsMax: request.max_redemptions ?? null,
      createdAt: at,
    },
  ]);
  if (!row)
    throw new RetainError('coupon_code_taken', `The code ${code} is already in use.`, { param: 'code' });
  return presentCode(row);
}

/**
 * Draws `count` fresh codes. A collision (two draws or an existing code alike, about one in 3·10^11
 * per code even with a million codes out) is skipped by ON CONFLICT and drawn again.
 */
export async function drawCodes(
  db: Db,
  coupon: Pick<CouponRow, 'id' | 'workspaceId'>,
  count: number,
  redemptionsMax: number | null,
  at: Date,
): Promise<CodeRow[]> {
  const made: CodeRow[] = [];
  for (let attempt = 0; made.length < count; attempt += 1) {
    if (attempt >= couponCodeDrawAttemptsMax) throw new Error('could not draw free coupon codes');
    const rows = Array.from({ length: count - made.length }, () => ({
      id: newId('couponCode'),
      workspaceId: coupon.workspaceId,
      couponId: coupon.id,
      code: generateCode(),
      redemptionsMax,
      createdAt: at,
    }));
    made.push(...(await insertCodes(db, rows)));
  }
  return made;
}

export async function listCodes(
  db: Db,
  workspaceId: string,
  couponId: string,
  query: { limit: number; starting_after?: string | undefined },
): Promise<CouponCode[]> {
  if (!(await findCoupon(db, workspaceId, couponId))) throw notFound('coupon', couponId);
  const rows = await listCodeRows(db, workspaceId, couponId, {
    limit: query.limit + 1,
    startingAfter: query.starting_after,
  });
  return rows.map(presentCode);
}

/**
 * A coupon's codes as CSV lines (header first), newest first, read a page at a time so a
 * campaign of a million codes never sits in memory. Codes are letters, digits and dashes, and
 * every other cell a number or an ISO instant, so no cell needs quoting.
 */
export async function* codesCsv(db: Db, workspaceId: string, couponId: string): AsyncGenerator<string> {
  if (!(await findCoupon(db, workspaceId, couponId))) throw notFound('coupon', couponId);
  yield 'code,max_redemptions,times_redeemed,voided,created\n';
  let startingAfter: string | undefined;
  for (;;) {
    const rows = await listCodeRows(db, workspaceId, couponId, {
      limit: couponCodesExportPageRows,
      startingAfter,
    });
    for (const code of rows.map(presentCode))
      yield `${code.code},${code.max_redemptions ?? ''},${code.times_redeemed},${code.voided ?? ''},${code.created}\n`;
    if (rows.length < couponCodesExportPageRows) return;
    startingAfter = rows[rows.length - 1]!.id;
  }
}
