import { newId } from '../../core/ids.js';
import { RetainError, invalidParameter, notFound } from '../../core/errors.js';
import { canonicalLocale, isTimeZone } from '../../core/intl.js';
import { isCurrency } from '../../core/money.js';
import { allowedOriginsMax, nameLengthMax } from '../../core/limits.js';
import type { Db } from '../../db/connection.js';
import {
  findFirstWorkspace,
  anyWorkspaceSetting,
  findWorkspace,
  insertWorkspace,
  lockWorkspace,
  updateWorkspaceRow,
  type WorkspaceRow,
} from './queries.js';

export interface Workspace {
  object: 'workspace';
  id: string;
  name: string;
  currency: string;
  timezone: string;
  locale: string;
  /** The browser origins a publishable key may send events from (CORS). */
  allowed_origins: string[];
  settings: Record<string, unknown>;
  /** When the currency, time zone and locale were first chosen; null until then (the first run asks). */
  onboarded: string | null;
  created: string;
  updated: string;
}

export interface WorkspaceChanges {
  name?: string | undefined;
  currency?: string | undefined;
  timezone?: string | undefined;
  locale?: string | undefined;
  allowedOrigins?: string[] | undefined;
}

// Kept in `settings` like other module settings, but answered and changed as a field of its own.
const allowedOriginsKey = 'allowed_origins';

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * An origin exactly as a browser's `Origin` header spells it (`scheme://host[:port]`, lower-case,
 * no default port, no path), so the check is a string comparison. https only: a page served over
 * http can be changed on the way, key and all, except on the developer's own machine.
 */
function validOrigin(value: string, param: string): string {
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // Reported below with the rule it breaks.
  }
  if (!url || url.origin !== value) {
    throw invalidParameter(param, `'${value}' is not an origin: scheme://host[:port], no path or slash.`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && localHosts.has(url.hostname))) {
    throw invalidParameter(param, `'${value}' must be https (http only for localhost).`);
  }
  return value;
}

function validAllowedOrigins(origins: string[]): string[] {
  if (origins.length > allowedOriginsMax) {
    throw invalidParameter('allowed_origins', `allowed_origins holds at most ${allowedOriginsMax} origins.`);
  }
  return [...new Set(origins.map((origin, index) => validOrigin(origin, `allowed_origins[${index}]`)))];
}

const knownLanguages = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });

/** A well-formed locale whose language the runtime's ICU data knows (`xx-YY` is well-formed but no language). */
function knownLocale(value: string): string | null {
  const locale = canonicalLocale(value);
  return locale && knownLanguages.of(new Intl.Locale(locale).language) ? locale : null;
}

const workspaceDefaults = { name: 'My shop', currency: 'USD', timezone: 'UTC', locale: 'en' } as const;

/** Checks every field and answers the normalised changes, or throws naming the first bad field. */
function validateWorkspaceChanges(changes: WorkspaceChanges): WorkspaceChanges {
  const valid: WorkspaceChanges = {};
  if (changes.name !== undefined) {
    const name = changes.name.trim();
    if (!name || name.length > nameLengthMax)
      throw invalidParameter('name', `name must be 1–${nameLengthMax} characters.`);
    valid.name = name;
  }
  if (changes.currency !== undefined) {
    const currency = changes.currency.toUpperCase();
    if (!isCurrency(currency))
      throw invalidParameter('currency', `'${changes.currency}' is not an ISO 4217 currency code.`);
    valid.currency = currency;
  }
  if (changes.timezone !== undefined) {
    if (!isTimeZone(changes.timezone))
      throw invalidParameter(
        'timezone',
        `'${changes.timezone}' is not an IANA time zone (e.g. Asia/Ho_Chi_Minh).`,
      );
    valid.timezone = changes.timezone;
  }
  if (changes.locale !== undefined) {
    const locale = knownLocale(changes.locale);
    if (!locale)
      throw invalidParameter(
        'locale',
        `'${changes.locale}' is not a BCP 47 locale of a known language (e.g. vi-VN).`,
      );
    valid.locale = locale;
  }
  if (changes.allowedOrigins !== undefined)
    valid.allowedOrigins = validAllowedOrigins(changes.allowedOrigins);
  return valid;
}

function allowedOriginsOf(settings: Record<string, unknown>): string[] {
  return (settings[allowedOriginsKey] as string[] | undefined) ?? [];
}

function presentWorkspace(row: WorkspaceRow): Workspace {
  const { [allowedOriginsKey]: _, ...settings } = row.settings;
  return {
    object: 'workspace',
    id: row.id,
    name: row.name,
    currency: row.currency,
    timezone: row.timezone,
    locale: row.locale,
    allowed_origins: allowedOriginsOf(row.settings),
    settings,
    onboarded: row.onboardedAt?.toISOString() ?? null,
    created: row.createdAt.toISOString(),
    updated: row.updatedAt.toISOString(),
  };
}

/**
 * A new workspace. Made by code (tests, benches), its settings are the caller's choice and it is
 * onboarded; the shop's first start makes it with guesses for the owner to confirm (`onboarded: false`).
 */
export async function createWorkspace(
  db: Db,
  fields: WorkspaceChanges = {},
  { onboarded = true }: { onboarded?: boolean } = {},
): Promise<Workspace> {
  const valid = validateWorkspaceChanges({ ...workspaceDefaults, ...fields });
  const row = await insertWorkspace(db, {
    id: newId('workspace'),
    name: valid.name!,
    currency: valid.currency!,
    timezone: valid.timezone!,
    locale: valid.locale!,
    onboardedAt: onboarded ? new Date() : null,
  });
  return presentWorkspace(row);
}

/** The first start creates the shop's workspace, for the owner's first run to set up; later starts find it. */
export async function ensureDefaultWorkspace(db: Db): Promise<Workspace> {
  const existing = await findFirstWorkspace(db);
  return existing ? presentWorkspace(existing) : createWorkspace(db, {}, { onboarded: false });
}

export async function getWorkspace(db: Db, id: string): Promise<Workspace> {
  const row = await findWorkspace(db, id);
  if (!row) throw notFound('workspace', id);
  return presentWorkspace(row);
}

export async function updateWorkspace(
  db: Db,
  id: string,
  changes: WorkspaceChanges,
  hasOrders: (db: Db, workspaceId: string) => Promise<boolean>,
): Promise<Workspace> {
  const valid = validateWorkspaceChanges(changes);
  return db.transaction(async (tx) => {
    const current = await lockWorkspace(tx, id);
    if (!current) throw notFound('workspace', id);
    if (valid.currency && valid.currency !== current.currency && (await hasOrders(tx, id))) {
      throw new RetainError(
        'currency_locked',
        `The currency is ${current.currency} and the workspace has orders; it can change only while there are none.`,
        { param: 'currency' },
      );
    }
    const { allowedOrigins, ...fields } = valid;
    const settings = allowedOrigins && { ...current.settings, [allowedOriginsKey]: allowedOrigins };
    // Whoever sets the currency, time zone or locale (the first run, settings, the API, the demo)
    // has made the choice the first run would ask for.
    const chosen = fields.currency ?? fields.timezone ?? fields.locale;
    const onboardedAt = current.onboardedAt ?? (chosen ? new Date() : null);
    const row = await updateWorkspaceRow(tx, id, {
      ...fields,
      ...(settings ? { settings } : {}),
      onboardedAt,
    });
    return presentWorkspace(row!);
  });
}

export async function updateWorkspaceSettings(
  db: Db,
  id: string,
  key: string,
  value: unknown,
): Promise<Workspace> {
  return db.transaction(async (tx) => {
    const current = await lockWorkspace(tx, id);
    if (!current) throw notFound('workspace', id);
    const row = await updateWorkspaceRow(tx, id, { settings: { ...current.settings, [key]: value } });
    return presentWorkspace(row!);
  });
}

/**
 * Whether a browser on `origin` may send events with the workspace's publishable key. Read per
 * request, not cached: a shop that removes an origin stops it at once.
 */
export async function workspaceAllowsOrigin(db: Db, id: string, origin: string): Promise<boolean> {
  const row = await findWorkspace(db, id);
  return row ? allowedOriginsOf(row.settings).includes(origin) : false;
}

/** Whether any workspace allows the origin: a CORS preflight names no key, so no workspace. */
export function someWorkspaceAllowsOrigin(db: Db, origin: string): Promise<boolean> {
  return anyWorkspaceSetting(db, allowedOriginsKey, origin);
}
