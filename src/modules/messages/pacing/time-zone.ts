// Which clock a customer lives by, for quiet hours and for counting caps in their calendar days:
// their `timezone` trait, else the zone their phone number's country keeps, else the workspace's.
import { getCountry, getTimezone } from 'countries-and-timezones';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { isTimeZone } from '../../../core/intl.js';
import { canonicalZonesRememberedMax } from '../../../core/limits.js';

export type ZoneSource = 'trait' | 'phone' | 'workspace';

/**
 * The IANA canonical name of a zone Intl accepts (`asia/saigon` → `Asia/Ho_Chi_Minh`), or null.
 * Intl matches names case-insensitively and resolves to CLDR's names (Asia/Saigon, Asia/Calcutta),
 * which tzdata keeps only as links; countries-and-timezones knows the links' targets.
 */
export function canonicalZone(name: string): string | null {
  // Asked for every message a dispatcher decides, of a few hundred distinct names: Intl's
  // formatter costs ~0.2 ms to build, so each name is resolved once.
  const known = canonicalZones.get(name);
  if (known !== undefined) return known;
  const found = resolveZone(name);
  if (canonicalZones.size < canonicalZonesRememberedMax) canonicalZones.set(name, found);
  return found;
}

const canonicalZones = new Map<string, string | null>();

function resolveZone(name: string): string | null {
  if (!isTimeZone(name)) return null;
  const resolved = new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  for (const candidate of [name, resolved]) {
    const known = getTimezone(candidate);
    if (!known) continue;
    const target = known.aliasOf ?? known.name;
    if (isTimeZone(target)) return target;
  }
  return resolved;
}

/**
 * The zone of a phone number's country when that country keeps one clock, else null. A country
 * whose zones all show the same offsets, summer and winter, keeps one clock; the zone chosen is the
 * one tzdata assigns to the country first (Vietnam lists Asia/Bangkok, which it shares with
 * Thailand, and its own Asia/Ho_Chi_Minh: both UTC+7, the answer is Asia/Ho_Chi_Minh). A country
 * with several clocks (+1 for the United States or Canada, Australia, Russia) answers null rather
 * than guess one of them.
 */
export function zoneOfPhone(phone: string): string | null {
  const country = parsePhoneNumberFromString(phone)?.country;
  if (!country) return null;
  const zones = (getCountry(country)?.timezones ?? []).flatMap((name) => getTimezone(name) ?? []);
  if (zones.length === 0) return null;
  const own = zones.filter((zone) => zone.countries[0] === country);
  const chosen = zones.length === 1 ? zones[0] : own.length === 1 ? own[0] : undefined;
  if (!chosen) return null;
  const oneClock = zones.every(
    (zone) => zone.utcOffset === chosen.utcOffset && zone.dstOffset === chosen.dstOffset,
  );
  return oneClock ? canonicalZone(chosen.aliasOf ?? chosen.name) : null;
}

/** The zone quiet hours and caps are read in for a customer, and where it came from. */
export function customerZone(
  customer: { timezone?: string | null; phone?: string | null },
  workspaceZone: string,
): { zone: string; source: ZoneSource } {
  const trait = customer.timezone ? canonicalZone(customer.timezone) : null;
  if (trait) return { zone: trait, source: 'trait' };
  const phone = customer.phone ? zoneOfPhone(customer.phone) : null;
  if (phone) return { zone: phone, source: 'phone' };
  return { zone: workspaceZone, source: 'workspace' };
}
