import { commonErrors, type CatalogEntry, type ErrorType } from '../core/errors.js';
import { analyticsErrors } from '../modules/analytics/index.js';
import { authErrors } from '../modules/auth/index.js';
import { couponErrors } from '../modules/coupons/index.js';
import { eventErrors } from '../modules/events/index.js';
import { importErrors } from '../modules/imports/index.js';
import { challengeErrors, loyaltyErrors, rewardErrors } from '../modules/loyalty/index.js';
import { messageErrors } from '../modules/messages/index.js';
import { segmentErrors } from '../modules/segments/index.js';
import { journeyErrors } from '../modules/journeys/index.js';
import { userErrors } from '../modules/users/index.js';
import { workspaceErrors } from '../modules/workspaces/index.js';
import { httpErrors } from './http-errors.js';

/**
 * Every code a client can see, one catalog per module, in the order docs/errors.md shows them.
 * A catalog joins by being named here: nothing registers itself on import, so this list is the
 * whole catalog whatever the process has loaded.
 */
export const errorCatalogs = [
  { title: 'Requests', catalog: commonErrors },
  { title: 'HTTP', catalog: httpErrors },
  { title: 'API keys and idempotency', catalog: authErrors },
  { title: 'Dashboard users', catalog: userErrors },
  { title: 'Workspace', catalog: workspaceErrors },
  { title: 'Ingestion', catalog: eventErrors },
  { title: 'Imports', catalog: importErrors },
  { title: 'Coupons', catalog: couponErrors },
  { title: 'Loyalty', catalog: loyaltyErrors },
  { title: 'Rewards', catalog: rewardErrors },
  { title: 'Challenges', catalog: challengeErrors },
  { title: 'Analytics', catalog: analyticsErrors },
  { title: 'Messages', catalog: messageErrors },
  { title: 'Segments', catalog: segmentErrors },
  { title: 'Journeys', catalog: journeyErrors },
] as const;

type CodesOf<Catalog> = Catalog extends unknown ? keyof Catalog & string : never;
export type ErrorCode = CodesOf<(typeof errorCatalogs)[number]['catalog']>;

function byCode(): Map<string, CatalogEntry> {
  const entries = new Map<string, CatalogEntry>();
  for (const { catalog } of errorCatalogs) {
    for (const [code, entry] of Object.entries(catalog)) {
      if (entries.has(code)) throw new Error(`error code ${code} is in two catalogs`);
      entries.set(code, entry);
    }
  }
  return entries;
}

const entries = byCode();

/** The catalog's entry for a code; undefined for a code no catalog lists (a bug). */
export function catalogEntry(code: string): CatalogEntry | undefined {
  return entries.get(code);
}

export function catalogCodes(): string[] {
  return [...entries.keys()];
}

// Stripe's statuses for its error types; business_rule_error is retain's 422.
export const statusOfType: Record<ErrorType, number> = {
  invalid_request_error: 400,
  authentication_error: 401,
  permission_error: 403,
  not_found_error: 404,
  conflict_error: 409,
  business_rule_error: 422,
  rate_limit_error: 429,
  api_error: 500,
};

export function statusOf(entry: CatalogEntry): number {
  return entry.status ?? statusOfType[entry.type];
}
