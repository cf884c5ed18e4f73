// Examples for the OpenAPI document (/docs): one request example per body and one response example
// per success answer, so no one reads swagger-ui's own samples (an amount of 9007199254740991, an
// email of "string"). They are built from each schema, with the values a real shop would send — a
// Vietnamese coffee shop in VND and a Thai customer — chosen by field name, clamped to the field's
// bounds, and checked against the route's own zod schema. A schema may carry its own example
// (`.meta({ examples: [...] })`); it wins.

type JsonSchema = Record<string, unknown>;

const ulid = '01JF3Q8W5ZK7M2N4P6R8T0V2X4';
const at = '2026-03-14T09:30:00.000Z';

/** The id prefix of the thing an object's `object` field names. */
const idPrefixByObject: Record<string, string> = {
  workspace: 'ws',
  api_key: 'key',
  customer: 'cus',
  customer_export: 'cus',
  customer_erasure: 'cus',
  customer_predictions: 'cus',
  event: 'evt',
  order: 'ord',
  import: 'imp',
  points_transaction: 'ptx',
  earn_rule: 'ern',
  loyalty_tier: 'tier',
  loyalty_reward: 'rwd',
  loyalty_redemption: 'rdm',
  coupon: 'cpn',
  coupon_code: 'cpc',
  coupon_redemption: 'cpr',
  store_credit_transaction: 'sct',
  loyalty_challenge: 'chl',
  loyalty_badge: 'bdg',
  clv_model: 'mdl',
  dashboard_user: 'usr',
  session: 'ses',
  invitation: 'inv',
  password_reset: 'pwr',
  message: 'msg',
  template: 'tpl',
  broadcast: 'bc',
};

/** Fields that name another thing by its id. */
const idPrefixByField: Record<string, string> = {
  customer: 'cus',
  template: 'tpl',
  message_id: 'msg',
  customer_id: 'cus',
  customerId: 'cus',
  reward: 'rwd',
  reward_id: 'rwd',
  tier: 'tier',
  tier_id: 'tier',
  minimum_tier: 'tier',
  model_id: 'mdl',
  challenge: 'chl',
  rule: 'ern',
  points_entry: 'ptx',
  return_entry: 'ptx',
  related_transaction_id: 'ptx',
  redemption_id: 'rdm',
  workspaceId: 'ws',
  created_by: 'usr',
  cancelled_by: 'usr',
  actor: 'usr',
};

const nameByObject: Record<string, string> = {
  workspace: 'Cà Phê Sài Gòn',
  customer: 'Siriporn Wongsakul',
  dashboard_user: 'Nguyễn Thu Phương',
  api_key: 'Shopify sync',
  earn_rule: 'Reviews: 50 points, 3 a month',
  earn_rule_template: 'Review bonus',
  loyalty_tier: 'Gold',
  loyalty_reward: '50.000 ₫ voucher',
  loyalty_challenge: 'Three visits in March',
  loyalty_badge: 'Regular',
  coupon: 'Tết 2027: 50.000 ₫ off',
};

const descriptionByObject: Record<string, string> = {
  loyalty_reward: '50.000 ₫ off an order of 500.000 ₫ or more.',
  loyalty_challenge: 'Order coffee or tea three times within 30 days.',
  loyalty_badge: 'Three coffee orders in a month.',
  coupon: '50.000 ₫ off orders of 500.000 ₫ or more during Tết.',
};

/** CSV answers, by operation: a header line and one row. */
const csvByOperation: Record<string, string> = {
  'GET /v1/coupons/:id/codes/export':
    'code,max_redemptions,times_redeemed,voided,created\nTET2027-7KQ9,1,0,,2026-03-14T09:30:00.000Z\n',
  'GET /v1/customers/export.csv':
    'id,user_id,name,email,phone,stage,rfm_segment,tier_id,points,orders,net_revenue_minor,clv_12_months_minor,probability_alive,last_order_at,first_seen\n' +
    `cus_${ulid},user_8841,Siriporn Wongsakul,siriporn.w@example.co.th,+66 81 234 5678,active,champions,tier_${ulid},1250,3,3750000,2900000,0.91,2026-03-14T09:30:00.000Z,2025-11-02T08:15:00.000Z\n`,
};

const strings: Record<string, string> = {
  email: 'siriporn.w@example.co.th',
  phone: '+66 81 234 5678',
  first_name: 'Siriporn',
  last_name: 'Wongsakul',
  birthday: '1991-08-14',
  currency: 'VND',
  workspace_currency: 'VND',
  code: 'TET2027-7KQ9',
  coupon: 'TET2027-7KQ9',
  event: 'Order Completed',
  event_name: 'Order Completed',
  userId: 'user_8841',
  user_id: 'user_8841',
  anonymousId: '5c1f6a2e-8d4b-4c3e-9a7f-2b6d0e1c3f48',
  anonymous_id: '5c1f6a2e-8d4b-4c3e-9a7f-2b6d0e1c3f48',
  previousId: '5c1f6a2e-8d4b-4c3e-9a7f-2b6d0e1c3f48',
  previous_id: '5c1f6a2e-8d4b-4c3e-9a7f-2b6d0e1c3f48',
  groupId: 'cafe-district-1',
  messageId: 'msg_20260314_8841_01',
  message_id: 'msg_20260314_8841_01',
  writeKey: `pk_${ulid}`,
  key: `sk_${ulid}`,
  password: 'lotus-harbour-mint-42',
  current_password: 'lotus-harbour-mint-42',
  new_password: 'saffron-river-kite-77',
  setup_token: 'st_9hQ2vX7mK4pL8rN3',
  token: 'Zk4pL8rN3hQ2vX7m9sT6wY1c',
  csrf_token: 'c5Rt8Yq2Lm7Nx4Vb',
  description: 'Members earn 50 points for each product review, at most three a month.',
  reason: 'Goodwill for a late delivery',
  product_id: 'SKU-CF-250',
  sku: 'CF-ROBUSTA-250G',
  category: 'coffee & tea',
  order_id: 'VN-10428',
  image_url: 'https://shop.example.vn/images/voucher-50k.png',
  url: 'https://shop.example.vn/',
  message: 'batch[3].properties.total must be a number',
  path: 'properties.category',
  problem: 'total must be a number',
  month: '2026-03',
  cohort: '2026-03',
  definition: 'Share of the customers at the start still buying at the end, new customers not counted.',
  location: '/var/lib/retain',
  logFile: '/var/lib/retain/postgres.log',
  version: '1',
  error: 'Order VN-10428 names currency THB; the shop sells in VND',
  gamma_gamma_error: 'Too few repeat buyers to fit spend',
  timezone: 'Asia/Ho_Chi_Minh',
  locale: 'vi-VN',
  language: 'vi',
  value: 'coffee & tea',
  type: 'event',
  points_name: 'Beans',
  reward_name: '50.000 ₫ voucher',
  allowed_origin: 'https://shop.example.vn',
  redacted: 'sk_…x9Qa',
  rounding: 'down to a whole point',
  unit: 'customers',
  stage: 'at_risk',
  from_stage: 'active',
  to_stage: 'at_risk',
  source: 'api',
  segment: 'champions',
  rfm_segment: 'champions',
  next_cursor: `cus_${ulid}`,
  scoring: 'nightly',
  consumer: 'loyalty',
  shared_buffers: '128MB',
  max_connections: '100',
  synchronous_commit: 'on',
  fsync: 'on',
};

/** Nullable fields that are null on most things: an example shows them so. */
const usuallyNull = new Set([
  'erased_at',
  'archived',
  'voided',
  'cancelled',
  'cancelled_by',
  'revoked',
  'resolved_at',
  'negative_since',
  'gamma_gamma_error',
  'error',
  'next_cursor',
  'related_transaction_id',
  'return_entry',
]);

/** The field a reward or coupon of each kind needs; a request example leaves out the other kinds'. */
const fieldOfKind: Record<string, string> = {
  amount_off: 'amount_off',
  percent_off: 'percent_off',
  free_product: 'product_id',
  store_credit: 'credit_amount',
};

/** Names of text fields that hold a moment. */
const momentField =
  /(^|_)(at|created|updated|expires|archived|voided|cancelled|revoked|finished|started|onboarded|since|earned|redeemed|first_seen|last_seen|as_of|from|to|active_from|active_until|generated_at|period_end|review_at|resolved)$|At$|^timestamp$|^sentAt$|^originalTimestamp$/;

const money: Record<string, number> = {
  amount_off: 50_000,
  minimum_order: 500_000,
  credit_amount: 200_000,
  shipping_minor: 30_000,
  tax_minor: 92_593,
  discount_minor: 50_000,
  subtotal_minor: 1_250_000,
  refunded_minor: 0,
  redemption_value_minor: 10_000,
  per_amount_minor: 10_000,
  earn_per_amount_minor: 10_000,
  price_minor: 250_000,
  bin_width_minor: 250_000,
  value_minor: 50_000,
};

const numbers: Record<string, number> = {
  points: 1_250,
  bonus_points: 200,
  points_cost: 500,
  threshold: 5_000,
  earn_points: 1,
  redemption_points: 100,
  budget_points: 100_000,
  percent_off: 10,
  earn_multiplier_percent: 200,
  cashback_basis_points: 100,
  months: 12,
  tier_window_months: 12,
  clv_horizon_months: 12,
  nightly_recompute_hour: 3,
  max_redemptions: 1_000,
  max_redemptions_per_customer: 1,
  times_redeemed: 12,
  loyal_min_orders: 3,
  at_risk_gap_factor: 2,
  lapsed_gap_factor: 3,
  monthly_discount_rate: 0.01,
  at_risk_p_alive: 0.5,
  lapsed_p_alive: 0.2,
  r: 0.25,
  alpha: 4,
  a: 0.8,
  b: 2.5,
  p: 6,
  q: 4,
  gamma: 1_500,
  log_likelihood: -9_582.4,
  penalizer: 0,
  quantity: 2,
  rank: 1,
  line: 139,
  customers: 2_426,
  orders: 3,
  count: 3,
  size: 100,
  version: 3,
  progress_percent: 40,
  fit_ms: 412,
  events_required: 3,
  total_count: 2_426,
};

const moneyField = /(_minor|^amount|^order_total|^total|^price|^balance_minor)$/;
const shareField = /(rate|share|probability|progress|_p_alive)/;
const dayField = /days/;

interface Context {
  /** The `object` of the nearest object around this field, e.g. 'customer'. */
  object?: string;
}

/** An example of what the schema accepts or answers, by field name where the name says more. */
function exampleOf(schema: unknown, field = '', context: Context = {}): unknown {
  if (!isSchema(schema)) return undefined;
  const own = ownExample(schema);
  if (own !== undefined) return own;
  const nullable =
    (Array.isArray(schema.type) && schema.type.includes('null')) ||
    [schema.anyOf, schema.oneOf].some(
      (o) => Array.isArray(o) && o.some((x) => isSchema(x) && x.type === 'null'),
    );
  if (nullable && usuallyNull.has(field)) return null;
  for (const union of ['anyOf', 'oneOf'] as const) {
    const options = schema[union];
    if (Array.isArray(options)) {
      const option = options.find((o) => isSchema(o) && o.type !== 'null') ?? options[0];
      return exampleOf(option, field, context);
    }
  }
  if (Array.isArray(schema.allOf)) return exampleOf(schema.allOf[0], field, context);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return objectExample(schema, field, context);
    case 'array':
      return arrayExample(schema, field, context);
    case 'string':
      return stringExample(schema, field, context);
    case 'integer':
    case 'number':
      return numberExample(schema, field, type === 'integer');
    case 'boolean':
      return !/^(has_more|truncated|events_truncated|currency_mismatch|needs_owner|rescan)$/.test(field);
    case 'null':
      return null;
    default:
      return freeFormExample(field);
  }
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function ownExample(schema: JsonSchema): unknown {
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (schema.example !== undefined) return schema.example;
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  return undefined;
}

function objectExample(schema: JsonSchema, field: string, context: Context): unknown {
  const properties = isSchema(schema.properties) ? schema.properties : undefined;
  if (!properties) return freeFormExample(field) ?? {};
  const objectKind = isSchema(properties.object) ? properties.object.const : undefined;
  const named = [`loyalty_${field}`, field].find((kind) => nameByObject[kind]);
  const inner: Context =
    typeof objectKind === 'string' ? { object: objectKind } : named ? { object: named } : context;
  const kind = isSchema(properties.kind) ? ownExample(properties.kind) : undefined;
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const otherKinds = Object.entries(fieldOfKind)
    .filter(([name, kindField]) => name !== kind && kindField !== fieldOfKind[String(kind)])
    .map(([, kindField]) => kindField);
  const example: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(properties)) {
    if (typeof kind === 'string' && !required.has(key) && otherKinds.includes(key)) continue;
    const value = exampleOf(property, key, inner);
    if (value !== undefined) example[key] = value;
  }
  return example;
}

function arrayExample(schema: JsonSchema, field: string, context: Context): unknown[] {
  const singular = field.endsWith('s') ? field.slice(0, -1) : field;
  const item = exampleOf(schema.items, singular, context);
  const length = Math.max(1, typeof schema.minItems === 'number' ? schema.minItems : 1);
  if (Array.isArray(schema.prefixItems)) {
    return schema.prefixItems.map((prefix, i) => exampleOf(prefix, `${singular}${i}`, context));
  }
  return Array.from({ length }, () => item);
}

function stringExample(schema: JsonSchema, field: string, context: Context): string {
  const candidates = [
    schema.format === 'date-time' || momentField.test(field) ? at : undefined,
    schema.format === 'date' ? at.slice(0, 10) : undefined,
    schema.format === 'email' ? strings.email : undefined,
    field === 'id' && context.object && idPrefixByObject[context.object]
      ? `${idPrefixByObject[context.object]}_${ulid}`
      : undefined,
    idPrefixByField[field] ? `${idPrefixByField[field]}_${ulid}` : undefined,
    field === 'name' ? (nameByObject[context.object ?? ''] ?? nameByObject.workspace) : undefined,
    field === 'description' ? descriptionByObject[context.object ?? ''] : undefined,
    context.object === 'customer' && field === 'locale' ? 'th-TH' : undefined,
    context.object === 'customer' && field === 'timezone' ? 'Asia/Bangkok' : undefined,
    strings[field],
    field === 'id' ? `evt_${ulid}` : undefined,
    schema.format === 'uri' ? strings.url : undefined,
  ];
  const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern, 'u') : undefined;
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  const fits = (value: string) =>
    value.length >= min && value.length <= max && (!pattern || pattern.test(value));
  const chosen = candidates.find((value): value is string => value !== undefined && fits(value));
  if (chosen !== undefined) return chosen;
  if (pattern?.source === '^-?\\d+$') return '1250000';
  return 'x'.repeat(Math.max(min, Math.min(max, 8)));
}

function numberExample(schema: JsonSchema, field: string, integer: boolean): number {
  const base =
    money[field] ??
    numbers[field] ??
    (moneyField.test(field) ? 1_250_000 : undefined) ??
    (shareField.test(field) ? 0.35 : undefined) ??
    (dayField.test(field) ? 30 : undefined) ??
    (field.includes('points') ? 1_250 : 3);
  const low = Math.max(
    typeof schema.minimum === 'number' ? schema.minimum : -Infinity,
    typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + (integer ? 1 : 1e-6) : -Infinity,
  );
  const high = Math.min(
    typeof schema.maximum === 'number' ? schema.maximum : Infinity,
    typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum - (integer ? 1 : 1e-6) : Infinity,
  );
  const value = Math.min(high, Math.max(low, base));
  return integer ? Math.round(value) : value;
}

/** Fields whose schema says only "any JSON": what a Segment client sends there. */
function freeFormExample(field: string): unknown {
  switch (field) {
    case 'properties':
      return {
        order_id: 'VN-10428',
        total: 1_250_000,
        currency: 'VND',
        products: [
          {
            product_id: 'SKU-CF-250',
            name: 'Cà phê Robusta 250g',
            price: 250_000,
            quantity: 5,
            category: 'coffee & tea',
          },
        ],
      };
    case 'traits':
      return {
        email: strings.email,
        first_name: strings.first_name,
        last_name: strings.last_name,
        phone: strings.phone,
        birthday: strings.birthday,
      };
    case 'context':
      return { locale: 'th-TH', timezone: 'Asia/Bangkok' };
    case 'definition':
      return {
        trigger: { type: 'event', event: 'Review Submitted' },
        reward: { type: 'fixed', points: 50 },
        limits: { max_per_period: { count: 3, period: 'month' } },
      };
    default:
      return undefined;
  }
}

interface Parser {
  safeParse(value: unknown): {
    success: boolean;
    error?: { issues: { path: PropertyKey[]; message: string }[] };
  };
}

function isParser(value: unknown): value is Parser {
  return typeof (value as Parser | undefined)?.safeParse === 'function';
}

/**
 * One example checked against the route's own zod schema: an example the route would refuse (or
 * could not answer) is a bug in this file or in the schema, and fails the document's build.
 */
function checkedExample(
  jsonSchema: JsonSchema,
  zodSchema: unknown,
  where: string,
  context: Context,
): unknown {
  const example = exampleOf(jsonSchema, '', context);
  if (isParser(zodSchema)) {
    const parsed = zodSchema.safeParse(example);
    if (!parsed.success) {
      const issues = (parsed.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
      throw new Error(`The OpenAPI example of ${where} does not fit its schema: ${issues.join('; ')}`);
    }
  }
  return example;
}

function exemplify(
  jsonSchema: unknown,
  zodSchema: unknown,
  operation: string,
  where: string,
  context: Context = {},
): unknown {
  if (!isSchema(jsonSchema)) return jsonSchema;
  if (isSchema(jsonSchema.content)) {
    // A schema per media type: the example goes beside each one.
    const content = Object.fromEntries(
      Object.entries(jsonSchema.content).map(([type, media]) => {
        if (!isSchema(media) || !isSchema(media.schema) || media.example !== undefined) return [type, media];
        const example =
          (type === 'text/csv' ? csvByOperation[operation] : undefined) ??
          checkedExample(media.schema, undefined, `${where} (${type})`, context);
        return [type, { ...media, example }];
      }),
    );
    return { ...jsonSchema, content };
  }
  if (ownExample(jsonSchema) !== undefined && Array.isArray(jsonSchema.examples)) return jsonSchema;
  return { ...jsonSchema, examples: [checkedExample(jsonSchema, zodSchema, where, context)] };
}

interface RouteSchemas {
  body?: unknown;
  response?: unknown;
}

/** The route's document schema with an example of its body and of each success answer. */
export function withExamples<S extends RouteSchemas>(
  schema: S,
  zodSchemas: RouteSchemas,
  operation: string,
): S {
  const zodResponses = (zodSchemas.response ?? {}) as Record<string, unknown>;
  const response = isSchema(schema.response)
    ? Object.fromEntries(
        Object.entries(schema.response).map(([status, answer]) => [
          status,
          status.startsWith('2')
            ? exemplify(answer, zodResponses[status], operation, `${operation} ${status}`)
            : answer,
        ]),
      )
    : schema.response;
  // A body describes the thing the answer returns: a reward's name is a reward's.
  const answered = Object.entries(isSchema(schema.response) ? schema.response : {}).find(([status]) =>
    status.startsWith('2'),
  )?.[1];
  const answeredObject =
    isSchema(answered) && isSchema(answered.properties) && isSchema(answered.properties.object)
      ? answered.properties.object.const
      : undefined;
  const context: Context = typeof answeredObject === 'string' ? { object: answeredObject } : {};
  return {
    ...schema,
    ...(schema.body
      ? { body: exemplify(schema.body, zodSchemas.body, operation, `${operation} body`, context) }
      : {}),
    ...(response ? { response } : {}),
  };
}
