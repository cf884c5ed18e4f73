// The data a template sees. The dispatcher gathers it per message (profile, loyalty status,
// predictions, the triggering event, the producer's data); the engine adds the sender and the
// formatting filters. Money is integer minor units in the shop's currency unless a value says
// otherwise (`{{ order.total | money: order.currency }}`); instants are ISO 8601 strings.

interface TemplateCustomer {
  id: string;
  external_id: string | null;
  email: string | null;
  phone: string | null;
  first_name: string | null;
  last_name: string | null;
  /** The display name: first and last name, else whatever the shop sent as `name`. */
  name: string | null;
  locale: string | null;
  timezone: string | null;
  /** A calendar date, `YYYY-MM-DD`. */
  birthday: string | null;
  traits: Record<string, unknown>;
}

interface TemplateShop {
  name: string;
  /** ISO 4217. */
  currency: string;
  locale: string;
  timezone: string;
}

interface PointsExpiring {
  amount: number;
  /** When they expire, an ISO instant. */
  at: string;
}

interface TemplateLoyalty {
  points: number;
  tier: { name: string } | null;
  /** Minor units of the shop's currency. */
  store_credit: number;
  points_expiring: PointsExpiring | null;
}

export interface TemplatePredictions {
  stage: string | null;
  p_alive: number | null;
  /** Minor units of the shop's currency. */
  predicted_clv: number | null;
  expected_purchases: number | null;
}

interface TemplateLinks {
  unsubscribe: string;
  preferences: string;
  /** Double opt-in's confirmation of the customer's email subscription (the confirmation email's button). */
  confirm: string;
}

export interface TemplateContext {
  customer: TemplateCustomer;
  shop: TemplateShop;
  loyalty: TemplateLoyalty;
  predictions: TemplatePredictions;
  /** The triggering event's properties, or null when no event triggered the message. */
  event: Record<string, unknown> | null;
  /** The producer's data (a journey's, an API call's `data`): `{{ data.order.total }}` or `{{ order.total }}`. */
  data: Record<string, unknown>;
  links: TemplateLinks;
}

/** The sender as a template shows it (`{{ sender.name }}`). */
export interface TemplateSender {
  name: string;
  address: string | null;
  reply_to: string | null;
  signature: string | null;
  photo_url: string | null;
}

/**
 * Names the engine puts at the top level. A key of `data` with one of these names stays reachable
 * as `data.<key>` only, so a producer can never shadow the customer or the unsubscribe link.
 */
export const reservedNames: ReadonlySet<string> = new Set([
  'customer',
  'shop',
  'loyalty',
  'points_expiring',
  'predictions',
  'event',
  'data',
  'links',
  'sender',
  'sender_block',
]);

/**
 * The scope a template renders against: the context, `points_expiring` at the top level (the
 * issue writes `{{ points_expiring.amount }}`), data's own keys at the top level where they do not
 * collide (`{{ order.total | money }}`, `{{ coupon.code }}`), and the sender.
 */
export function templateScope(
  context: TemplateContext,
  sender: TemplateSender,
  senderBlock: string,
): Record<string, unknown> {
  const scope: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(context.data)) {
    if (!reservedNames.has(key)) scope[key] = value;
  }
  scope.customer = context.customer;
  scope.shop = context.shop;
  scope.loyalty = context.loyalty;
  scope.points_expiring = context.loyalty.points_expiring;
  scope.predictions = context.predictions;
  scope.event = context.event;
  scope.data = context.data;
  scope.links = context.links;
  scope.sender = sender;
  scope.sender_block = senderBlock;
  return scope;
}
