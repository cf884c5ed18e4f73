import type { Random } from './random.js';
import type { ShopProfile } from './profiles.js';

export interface Person {
  name: string;
  firstName: string;
  lastName: string;
  email: string;
  birthday: string | null;
}

/** Latin letters and digits only: "Nguyễn Đức" → "nguyenduc". */
function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

// The reserved example domains (RFC 2606): demo addresses look real but can never reach anyone,
// even if a journey or a channel is switched on against the demo shop.
const emailDomains = ['example.com', 'example.net', 'example.org'];

/** A plausible customer of the shop's country; `number` keeps each email address unique. */
export function drawPerson(random: Random, profile: ShopProfile, number: number): Person {
  const familyIndex = profile.familyWeights
    ? random.weighted(profile.familyWeights)
    : Math.floor(random.next() * profile.familyNames.length);
  const [family, familyRoman] = profile.familyNames[familyIndex]!;
  const [given, givenRoman] = random.pick(profile.givenNames);
  const middle = profile.middleNames ? random.pick(profile.middleNames)[0] : null;
  const lastName = middle ? `${family} ${middle}` : family;
  const name = profile.familyFirst ? `${lastName} ${given}` : `${given} ${family}`;
  const local = [
    `${asciiFold(givenRoman)}.${asciiFold(familyRoman)}${number}`,
    `${asciiFold(familyRoman)}${asciiFold(givenRoman)}${number}`,
    `${asciiFold(givenRoman)[0]}${asciiFold(familyRoman)}${number}`,
  ][random.weighted([5, 3, 2])]!;
  const birthday = random.chance(0.45)
    ? `${random.int(1965, 2006)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`
    : null;
  return {
    name,
    firstName: given,
    lastName,
    email: `${local}@${random.pick(emailDomains)}`,
    birthday,
  };
}
