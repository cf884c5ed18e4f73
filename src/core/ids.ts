import { monotonicFactory } from 'ulidx';

// Prefixed, time-sortable ids like Stripe's (`cus_01J…`): the prefix says what a thing is,
// the ULID sorts by creation so cursor pagination can use the id itself.
const nextUlid = monotonicFactory();

export const idPrefixes = {
  workspace: 'ws',
  apiKey: 'key',
  customer: 'cus',
  event: 'evt',
  order: 'ord',
  orderLine: 'oli',
  refund: 'ref',
  import: 'imp',
  pointsTransaction: 'ptx',
  pointsLot: 'lot',
  earnRule: 'ern',
  tier: 'tier',
  reward: 'rwd',
  redemption: 'rdm',
  coupon: 'cpn',
  couponCode: 'cpc',
  couponRedemption: 'cpr',
  storeCreditTransaction: 'sct',
  challenge: 'chl',
  badge: 'bdg',
  model: 'mdl',
  stageChange: 'stg',
  user: 'usr',
  session: 'ses',
  invitation: 'inv',
} as const;

export type IdKind = keyof typeof idPrefixes;

export function newId(kind: IdKind): string {
  return `${idPrefixes[kind]}_${nextUlid()}`;
}

export function hasPrefix(id: string, kind: IdKind): boolean {
  return id.startsWith(`${idPrefixes[kind]}_`);
}
