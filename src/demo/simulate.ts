import { currencyExponent, toMinorUnits } from '../core/money.js';
import { dayMs, hourMs, minuteMs } from '../core/time.js';
import type { NewEvent } from '../modules/events/index.js';
import { dayOf, shopCalendar, type ShopCalendar } from './calendar.js';
import { drawPerson } from './people.js';
import { shopProfiles, type DemoCurrency, type ShopProfile } from './profiles.js';
import { seededRandom, type Random } from './random.js';

// The shop's story, told as the events a real shop would have sent. Customers sign up over two
// years, more as the shop grows and around the calendar's peaks; some never buy (prospects).
// Buyers follow the BG/NBD story (Fader, Hardie & Lee 2005): each has a purchase rate
// λ ~ Gamma(r, α) and, after each repeat purchase, drops out for good with probability
// p ~ Beta(a, b); purchases are a Poisson process thinned by the seasonality, so peaks show.

export interface DemoOptions {
  customers: number;
  seed: number;
  currency: DemoCurrency;
  /** The simulation ends here: nothing happens after it. */
  today: Date;
}

interface DemoStats {
  customers: number;
  prospects: number;
  buyers: number;
  repeatBuyers: number;
  orders: number;
  fullRefunds: number;
  partialRefunds: number;
}

export interface DemoShop {
  profile: ShopProfile;
  /** Every event, in the order it happened. */
  events: NewEvent[];
  stats: DemoStats;
  /** The first and last instant of the simulated period. */
  from: Date;
  to: Date;
}

export const demoDays = 730;

/** The model's parameters, in days; chosen so a two-year shop looks like a typical web shop. */
const model = {
  prospectShare: 0.35,
  /** λ ~ Gamma(r, α): mean r/α ≈ one order every 110 days, widely spread. */
  r: 0.9,
  alphaDays: 100,
  /** p ~ Beta(a, b): a mean dropout chance of 0.2 per repeat purchase. */
  a: 0.8,
  b: 3.2,
  /** A first order in the sign-up session, else an exponential wait with this mean. */
  sameSessionShare: 0.45,
  firstOrderWaitDays: 4,
  fullRefundShare: 0.025,
  partialRefundShare: 0.03,
};

// Relative busyness of each local hour: quiet nights, a lunch bump, evening peak.
const hourWeights = [
  1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.6, 1, 1.5, 2, 2.2, 2.3, 2.6, 2.4, 2.2, 2.2, 2.3, 2.5, 2.8, 3.2, 3.6, 3.5, 2.8,
  1.8,
];

interface CatalogueItem {
  productId: string;
  sku: string;
  name: string;
  category: string;
  price: number;
  priceMinor: number;
  categoryIndex: number;
  giftable: boolean;
}

function catalogueOf(profile: ShopProfile): CatalogueItem[] {
  return profile.catalogue.flatMap((category, categoryIndex) =>
    category.products.map((product, index) => ({
      productId: `p${categoryIndex + 1}${String(index + 1).padStart(2, '0')}`,
      sku: `${profile.currency}-${categoryIndex + 1}${String(index + 1).padStart(2, '0')}`,
      name: product.name,
      category: category.name,
      price: product.price,
      priceMinor: toMinorUnits(product.price, profile.currency)!,
      categoryIndex,
      giftable: category.giftable === true,
    })),
  );
}

/** Draws sign-up days in proportion to growth × season, then a time of day. */
function signupTimes(random: Random, calendar: ShopCalendar, count: number, endMs: number): number[] {
  const cumulative = new Float64Array(demoDays);
  let total = 0;
  for (let d = 0; d < demoDays; d++) {
    total += (0.45 + (0.55 * d) / demoDays) * calendar.season[d]!;
    cumulative[d] = total;
  }
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const target = random.next() * total;
    let low = 0;
    let high = demoDays - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    const dayStart = calendar.dayStartsMs[low]!;
    // Today is not over: its sign-ups fall before now.
    const at = dayStart + timeOfDayMs(random);
    times.push(at <= endMs ? at : dayStart + random.next() * (endMs - dayStart));
  }
  return times.sort((x, y) => x - y);
}

function timeOfDayMs(random: Random): number {
  return random.weighted(hourWeights) * hourMs + Math.floor(random.next() * hourMs);
}

interface Shopper {
  /** Preference per category; gifts rise with the peaks. */
  categoryWeights: number[];
  /** How strongly cheaper items are preferred (negative: drawn to dearer ones). */
  priceSensitivity: number;
}

interface DraftOrder {
  userId: string;
  at: number;
  lines: { item: CatalogueItem; quantity: number }[];
  subtotalMinor: number;
  shippingMinor: number;
  refund: { kind: 'full' | 'partial'; at: number; line: number } | null;
}

function drawBasket(random: Random, shopper: Shopper, catalogue: CatalogueItem[], peak: number) {
  const count = 1 + random.weighted([55, 28, 12, 5]);
  const weights = catalogue.map(
    (item) =>
      shopper.categoryWeights[item.categoryIndex]! *
      (item.giftable ? 0.15 + 3 * peak : 1) *
      (item.priceMinor / catalogue[0]!.priceMinor) ** -shopper.priceSensitivity,
  );
  const lines: DraftOrder['lines'] = [];
  for (let k = 0; k < count; k++) {
    const item = catalogue[random.weighted(weights)]!;
    const existing = lines.find((line) => line.item === item);
    if (existing) existing.quantity += 1;
    else lines.push({ item, quantity: 1 + random.weighted([85, 12, 3]) });
  }
  return lines;
}

function purchaseTimes(random: Random, calendar: ShopCalendar, firstAt: number, endMs: number): number[] {
  const rate = random.gamma(model.r) / model.alphaDays;
  const dropout = random.beta(model.a, model.b);
  const times = [firstAt];
  let at = firstAt;
  for (;;) {
    at += random.exponential(1 / (rate * calendar.seasonMax)) * dayMs;
    if (at > endMs) break;
    if (!random.chance(calendar.season[dayOf(calendar, at)]! / calendar.seasonMax)) continue;
    times.push(at);
    if (random.chance(dropout)) break;
  }
  return times;
}

function drawRefund(random: Random, order: DraftOrder, endMs: number): DraftOrder['refund'] {
  const roll = random.next();
  const at = order.at + (2 + random.next() * 19) * dayMs;
  if (roll >= model.fullRefundShare + model.partialRefundShare || at > endMs) return null;
  // Giving back the one unit of a one-unit order is a full refund, whatever it is called.
  const units = order.lines.reduce((sum, line) => sum + line.quantity, 0);
  const kind = roll < model.fullRefundShare || units === 1 ? 'full' : 'partial';
  return { kind, at, line: Math.floor(random.next() * order.lines.length) };
}

/** Simulates the shop; the same options always give the same events. */
export function simulateShop(options: DemoOptions): DemoShop {
  const profile = shopProfiles[options.currency];
  const random = seededRandom(options.seed);
  const calendar = shopCalendar(profile, options.today, demoDays);
  const catalogue = catalogueOf(profile);
  const endMs = options.today.getTime();
  const shippingMinor = toMinorUnits(profile.shippingMajor, profile.currency)!;
  const freeShippingMinor = toMinorUnits(profile.freeShippingFromMajor, profile.currency)!;
  const stats: DemoStats = {
    customers: 0,
    prospects: 0,
    buyers: 0,
    repeatBuyers: 0,
    orders: 0,
    fullRefunds: 0,
    partialRefunds: 0,
  };
  const events: { at: number; event: NewEvent }[] = [];
  const orders: DraftOrder[] = [];

  signupTimes(random, calendar, options.customers, endMs).forEach((signupAt, index) => {
    const userId = `cust-${String(index + 1).padStart(6, '0')}`;
    const person = drawPerson(random, profile, index + 1);
    const traits: Record<string, unknown> = {
      email: person.email,
      name: person.name,
      firstName: person.firstName,
      lastName: person.lastName,
      createdAt: new Date(signupAt).toISOString(),
      locale: random.chance(0.08) ? 'en' : profile.locale,
      acquisition_channel: random.pick(profile.channels),
    };
    if (person.birthday) traits.birthday = person.birthday;
    events.push({ at: signupAt, event: identify(userId, traits, signupAt) });
    stats.customers += 1;

    const shopper: Shopper = {
      categoryWeights: profile.catalogue.map(() => random.gamma(0.7)),
      priceSensitivity: 0.4 + 0.5 * random.normal(),
    };
    const firstAt = random.chance(model.sameSessionShare)
      ? signupAt + (5 + random.next() * 35) * minuteMs
      : signupAt + random.exponential(model.firstOrderWaitDays) * dayMs;
    if (random.chance(model.prospectShare) || firstAt > endMs) {
      stats.prospects += 1;
      return;
    }
    const times = purchaseTimes(random, calendar, firstAt, endMs);
    stats.buyers += 1;
    if (times.length > 1) stats.repeatBuyers += 1;
    for (const at of times) {
      const lines = drawBasket(random, shopper, catalogue, calendar.peak[dayOf(calendar, at)]!);
      const subtotalMinor = lines.reduce((sum, line) => sum + line.item.priceMinor * line.quantity, 0);
      const order: DraftOrder = {
        userId,
        at,
        lines,
        subtotalMinor,
        shippingMinor: subtotalMinor >= freeShippingMinor ? 0 : shippingMinor,
        refund: null,
      };
      order.refund = drawRefund(random, order, endMs);
      orders.push(order);
    }
  });

  orders.sort((x, y) => x.at - y.at);
  // Intl answers the exponent slowly; ask once. Integer minor / 10^e is the nearest double to the
  // decimal amount, so it prints as written (469000, 29.33).
  const minorPerMajor = 10 ** currencyExponent(profile.currency);
  const major = (minor: number) => minor / minorPerMajor;
  orders.forEach((order, index) => {
    const orderId = String(100_001 + index);
    events.push({ at: order.at, event: orderCompleted(order, orderId, profile.currency, major) });
    stats.orders += 1;
    if (!order.refund) return;
    if (order.refund.kind === 'full') stats.fullRefunds += 1;
    else stats.partialRefunds += 1;
    events.push({ at: order.refund.at, event: orderRefunded(order, orderId, profile.currency) });
  });
  events.sort((x, y) => x.at - y.at);
  return {
    profile,
    events: events.map((entry) => entry.event),
    stats,
    from: new Date(calendar.startMs),
    to: options.today,
  };
}

const demoContext = { library: { name: 'retain-demo' } };

function identify(userId: string, traits: Record<string, unknown>, at: number): NewEvent {
  return {
    messageId: `demo:identify:${userId}`,
    type: 'identify',
    userId,
    traits,
    context: demoContext,
    occurredAt: new Date(at),
    receivedAt: new Date(at),
    source: 'demo',
  };
}

function orderCompleted(
  order: DraftOrder,
  orderId: string,
  currency: string,
  major: (minor: number) => number,
): NewEvent {
  return {
    messageId: `demo:order:${orderId}`,
    type: 'track',
    name: 'Order Completed',
    userId: order.userId,
    properties: {
      order_id: orderId,
      total: major(order.subtotalMinor + order.shippingMinor),
      subtotal: major(order.subtotalMinor),
      shipping: major(order.shippingMinor),
      currency,
      products: order.lines.map(({ item, quantity }) => ({
        product_id: item.productId,
        sku: item.sku,
        name: item.name,
        category: item.category,
        price: item.price,
        quantity,
      })),
    },
    context: demoContext,
    occurredAt: new Date(order.at),
    receivedAt: new Date(order.at),
    source: 'demo',
  };
}

/** A full refund names only the order; a partial one gives back one unit of one line. */
function orderRefunded(order: DraftOrder, orderId: string, currency: string): NewEvent {
  const refund = order.refund!;
  const line = order.lines[refund.line]!;
  const properties: Record<string, unknown> =
    refund.kind === 'full'
      ? { order_id: orderId, currency }
      : {
          order_id: orderId,
          currency,
          total: line.item.price,
          products: [{ product_id: line.item.productId, sku: line.item.sku, quantity: 1 }],
        };
  return {
    messageId: `demo:refund:${orderId}`,
    type: 'track',
    name: 'Order Refunded',
    userId: order.userId,
    properties,
    context: demoContext,
    occurredAt: new Date(refund.at),
    receivedAt: new Date(refund.at),
    source: 'demo',
  };
}
