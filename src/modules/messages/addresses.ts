// Where a message goes on each channel, from the customer's profile. Phones are sent in E.164;
// a number written the local way (0912 345 678) is read in the country of the shop's time zone,
// as shops in Vietnam, Thailand and Japan usually store them.
import { getCountriesForTimezone } from 'countries-and-timezones';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { MessageRecipient } from '../customers/index.js';
import type { ChannelKind, Recipient } from './channels/index.js';
import type { PushTarget } from './push-subscriptions.js';

/** The trait that holds a customer's LINE user id (from the shop's LINE Login or webhook). */
export const lineUserIdTrait = 'line_user_id';

const countryOfZone = new Map<string, CountryCode | undefined>();

function shopCountry(zone: string): CountryCode | undefined {
  if (!countryOfZone.has(zone)) {
    const countries = getCountriesForTimezone(zone);
    countryOfZone.set(zone, countries.length === 1 ? (countries[0]!.id as CountryCode) : undefined);
  }
  return countryOfZone.get(zone);
}

function e164(phone: string, shopZone: string): string | null {
  const parsed = parsePhoneNumberFromString(phone, shopCountry(shopZone));
  return parsed?.isValid() ? parsed.number : null;
}

export function recipientsOn(
  channel: ChannelKind,
  customer: MessageRecipient,
  push: readonly PushTarget[],
  shopZone: string,
): Recipient[] {
  switch (channel) {
    case 'email':
      return customer.email ? [{ address: customer.email.trim().toLowerCase() }] : [];
    case 'sms':
    case 'whatsapp':
    case 'zalo': {
      const phone = customer.phone ? e164(customer.phone, shopZone) : null;
      return phone ? [{ address: phone }] : [];
    }
    case 'line': {
      const lineId = customer.traits[lineUserIdTrait];
      return typeof lineId === 'string' && lineId ? [{ address: lineId }] : [];
    }
    case 'push':
      return push.map((target) => ({ address: target.endpoint, pushSubscription: target }));
    case 'webhook':
    case 'in_app':
      return [{ address: customer.id }];
  }
}
