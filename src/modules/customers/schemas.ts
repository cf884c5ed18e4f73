import { z } from 'zod';

const text = z.string().nullable();
const json = z.record(z.string(), z.unknown());

const customerSchema = z.object({
  object: z.literal('customer'),
  id: z.string(),
  user_id: text.describe('The shop’s own id for the person (Segment userId).'),
  email: text,
  phone: text,
  name: text,
  first_name: text,
  last_name: text,
  timezone: text.describe('IANA time zone.'),
  locale: text.describe('BCP 47 locale.'),
  birthday: text.describe('YYYY-MM-DD.'),
  traits: json.describe('Free-form traits, merged shallowly; newer events win per trait.'),
  first_seen: z.string(),
  last_seen: z.string(),
  erased_at: text,
  created: z.string(),
});

export const customerDetailSchema = customerSchema
  .extend({ identities: z.object({ userIds: z.array(z.string()), anonymousIds: z.array(z.string()) }) })
  .catchall(z.unknown())
  .describe('Plus one summary per module under its name, e.g. `orders: {count, revenue_minor, …}`.');

const list = <Item extends z.ZodType>(item: Item) =>
  z.object({ object: z.literal('list'), data: z.array(item), has_more: z.boolean() });

const listFactsSchema = z.object({
  stage: z.string().describe('Lifecycle stage; `prospect` until the first order.'),
  rfm_segment: text.describe('RFM segment; null before the first order.'),
  tier_id: text.describe('Current loyalty tier; null without one.'),
  points: z.number().int().describe('Posted points balance.'),
  orders: z.number().int(),
  net_revenue_minor: z.number().describe('Σ (total − refunded), minor units of the workspace currency.'),
  clv_12_months_minor: z.number().nullable().describe('Predicted 12-month value; null without a model.'),
  probability_alive: z.number().nullable().describe('P(alive); null before the first order.'),
  last_order_at: text,
});

export const customerListSchema = list(customerSchema.extend({ facts: listFactsSchema })).extend({
  total_count: z.number().int().describe('Customers matching the filters, across every page.'),
  next_cursor: text.describe('Pass as `cursor` for the next page (same filters and sort); null on the last.'),
});

const eventSchema = z.object({
  object: z.literal('event'),
  id: z.string(),
  message_id: z.string(),
  type: z.string(),
  name: text,
  user_id: text,
  anonymous_id: text,
  previous_id: text,
  properties: json,
  traits: json,
  context: json,
  occurred_at: z.string(),
  received_at: z.string(),
  source: z.string(),
});

export const eventListSchema = list(eventSchema);

export const erasureSchema = z.object({
  object: z.literal('customer_erasure'),
  customer: z.string(),
  erased_at: z.string(),
  erased: z
    .record(z.string(), z.number())
    .describe('What this call changed, per kind: 0 everywhere on a repeat.'),
});

export const exportSchema = z.object({
  object: z.literal('customer_export'),
  generated_at: z.string(),
  customer: customerSchema,
  identities: z.array(z.object({ type: z.string(), value: z.string(), created: z.string() })),
  events: z.array(eventSchema),
  events_truncated: z.boolean(),
  modules: json.describe('Each module’s data about the person, under its name.'),
});
