import { canonicalLocale, isTimeZone } from '../../core/intl.js';
import { nameLengthMax, traitsBytesMax } from '../../core/limits.js';

/** Traits kept in their own columns (indexed, validated); every other trait is free-form. */
export const standardTraits = [
  'email',
  'phone',
  'name',
  'firstName',
  'lastName',
  'timezone',
  'locale',
  'birthday',
] as const;
type StandardTrait = (typeof standardTraits)[number];

/** Segment's snake_case spellings of the same traits. */
const aliases: Record<string, StandardTrait> = { first_name: 'firstName', last_name: 'lastName' };

export interface ParsedTraits {
  /** null clears the trait; an absent key leaves it alone. */
  standard: Partial<Record<StandardTrait, string | null>>;
  free: Record<string, unknown>;
}

const isStandard = (key: string): key is StandardTrait => (standardTraits as readonly string[]).includes(key);

const emailPattern = /^[^\s@]+@[^\s@]+$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})/;

function text(value: unknown, lengthMax = nameLengthMax): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const trimmed = String(value).trim();
  return trimmed && trimmed.length <= lengthMax ? trimmed : undefined;
}

function birthday(value: unknown): string | undefined {
  const match = typeof value === 'string' ? datePattern.exec(value.trim()) : null;
  if (!match) return undefined;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day)
    ? `${year}-${month}-${day}`
    : undefined;
}

/** Each standard trait's check: the normalised value, or undefined when it is invalid (ignored). */
const normalisers: Record<StandardTrait, (value: unknown) => string | undefined> = {
  email: (value) => {
    const email = text(value, 320)?.toLowerCase();
    return email && emailPattern.test(email) ? email : undefined;
  },
  phone: (value) => text(value, 40),
  name: (value) => text(value),
  firstName: (value) => text(value),
  lastName: (value) => text(value),
  timezone: (value) => (typeof value === 'string' && isTimeZone(value) ? value : undefined),
  locale: (value) => (typeof value === 'string' ? (canonicalLocale(value) ?? undefined) : undefined),
  birthday,
};

/** Splits an identify's traits into validated standard traits and free ones. Invalid values are dropped. */
export function parseTraits(traits: Record<string, unknown>): ParsedTraits {
  const parsed: ParsedTraits = { standard: {}, free: {} };
  for (const [key, value] of Object.entries(traits)) {
    const trait = aliases[key] ?? (isStandard(key) ? key : null);
    if (!trait) {
      parsed.free[key] = value;
      continue;
    }
    if (value === null) parsed.standard[trait] = null;
    else {
      const normalised = normalisers[trait](value);
      if (normalised !== undefined) parsed.standard[trait] = normalised;
    }
  }
  return parsed;
}

/** The lower-cased full name that prefix search matches. */
export function searchName(profile: {
  name: string | null;
  firstName: string | null;
  lastName: string | null;
}): string | null {
  const full = profile.name ?? [profile.firstName, profile.lastName].filter(Boolean).join(' ');
  return full ? full.toLowerCase() : null;
}

export type StandardColumns = Record<StandardTrait, string | null>;

export interface TraitState {
  columns: StandardColumns;
  traits: Record<string, unknown>;
  /** Per trait, the occurredAt (ISO) of the event that last set it. */
  traitTimes: Record<string, string>;
}

/**
 * Applies an identify's traits as of `at`: each trait takes the new value unless a newer event
 * already set it (events can arrive out of order, e.g. a CSV backfill after live traffic).
 * Free traits merge shallowly; a merge that would outgrow `traitsBytesMax` keeps the old ones.
 */
export function applyTraits(state: TraitState, parsed: ParsedTraits, at: Date): TraitState {
  const stamp = at.toISOString();
  const newer = (key: string) => !state.traitTimes[key] || state.traitTimes[key] <= stamp;
  const next: TraitState = {
    columns: { ...state.columns },
    traits: { ...state.traits },
    traitTimes: { ...state.traitTimes },
  };
  for (const [key, value] of Object.entries(parsed.standard) as [StandardTrait, string | null][]) {
    if (!newer(key)) continue;
    next.columns[key] = value;
    next.traitTimes[key] = stamp;
  }
  for (const [key, value] of Object.entries(parsed.free)) {
    if (!newer(key)) continue;
    next.traits[key] = value;
    next.traitTimes[key] = stamp;
  }
  if (Buffer.byteLength(JSON.stringify(next.traits)) > traitsBytesMax) {
    next.traits = state.traits;
    for (const key of Object.keys(parsed.free)) {
      if (state.traitTimes[key]) next.traitTimes[key] = state.traitTimes[key];
      else delete next.traitTimes[key];
    }
  }
  return next;
}
