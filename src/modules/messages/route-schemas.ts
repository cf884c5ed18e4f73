import { z } from 'zod';
import { instant } from '../../http/instant.js';
import { listSchema } from '../../http/pagination.js';
import { channelKinds } from './channels/index.js';
import { messagePriorities, pacingSettingsSchema } from './pacing/index.js';

const json = z.record(z.string(), z.unknown());

export const messageSchema = z.object({
  object: z.literal('message'),
  id: z.string(),
  customer: z.string(),
  channel: z.string(),
  template: z.string(),
  template_version: z.number(),
  priority: z.enum(messagePriorities),
  topic: z.string().nullable(),
  status: z.enum([
    'queued',
    'sending',
    'sent',
    'delivered',
    'failed',
    'suppressed',
    'expired',
    'outcome_unknown',
  ]),
  reason: z.string().nullable(),
  send_after: z.string(),
  expires_at: z.string().nullable(),
  producer: z.object({ kind: z.string(), id: z.string().nullable() }),
  dedupe_key: z.string(),
  attempts: z.number(),
  address: z.string().nullable(),
  provider: z.string().nullable(),
  provider_message_id: z.string().nullable(),
  subject: z.string().nullable(),
  decisions: z.array(json),
  content: json.nullable(),
  created: z.string(),
  sent_at: z.string().nullable(),
  delivered_at: z.string().nullable(),
  opened_at: z.string().nullable(),
  clicked_at: z.string().nullable(),
});
export const messageListSchema = listSchema(messageSchema);

export const sendBody = z
  .object({
    customer: z.string().min(1).max(255).describe('`cus_…` or the shop’s userId.'),
    template: z.string().min(1).max(64),
    priority: z.enum(messagePriorities),
    data: json
      .optional()
      .describe('What the template may name besides the customer: `{{ order.total | money }}`.'),
    topic: z.enum(['newsletter', 'offers', 'loyalty_updates', 'surveys']).nullable().optional(),
    send_at: instant
      .optional()
      .describe('Not before this instant (quiet hours and caps may hold it longer).'),
    expires_at: instant.optional().describe('Not after: a message still waiting then ends `expired`.'),
    dedupe_key: z
      .string()
      .min(1)
      .max(255)
      .optional()
      .describe('The same key twice makes one message (default: the Idempotency-Key).'),
  })
  .strict();

const sender = z
  .object({
    name: z.string().min(1).max(120),
    address: z.email().max(254).nullable().optional(),
    reply_to: z.email().max(254).nullable().optional(),
    signature: z.string().max(2_000).nullable().optional(),
    photo_url: z
      .url({ protocol: /^https$/ })
      .max(2_000)
      .nullable()
      .optional(),
  })
  .strict();

const templateFields = {
  subject: z.string().max(500).optional(),
  preheader: z.string().max(500).optional(),
  body: z.string().min(1).max(500_000),
  text_body: z.string().max(200_000).optional(),
  title: z.string().max(500).optional(),
  url: z.string().max(2_000).optional(),
  provider_template: z.string().max(200).optional(),
  provider_language: z.string().max(20).optional(),
  provider_params: z.record(z.string(), z.string().max(2_000)).optional(),
  sender: sender.optional(),
  format: z
    .enum(['mjml', 'html', 'text'])
    .optional()
    .describe('Email: mjml (default when the body starts with <mjml>) or html; other channels: text.'),
};

export const templateBody = z
  .object({
    name: z.string().min(1).max(200),
    channel: z.enum(channelKinds),
    language: z.string().min(2).max(20).optional(),
    ...templateFields,
  })
  .strict();

export const templateChanges = z
  .object({
    name: z.string().min(1).max(200).optional(),
    ...templateFields,
    body: templateFields.body.optional(),
  })
  .strict();

export const templateSchema = z.object({
  object: z.literal('template'),
  id: z.string(),
  name: z.string(),
  channel: z.string(),
  version: z.number(),
  language: z.string().nullable(),
  library_key: z.string().nullable(),
  source: json,
  archived: z.boolean(),
  created: z.string(),
  updated: z.string(),
});
export const templateListSchema = listSchema(templateSchema);

export const previewBody = z
  .object({
    customer: z
      .string()
      .min(1)
      .max(255)
      .optional()
      .describe('Render with this customer’s data (else a sample customer).'),
    data: json.optional(),
    locale: z.string().min(2).max(20).optional(),
    draft: templateChanges
      .omit({ name: true })
      .optional()
      .describe(
        'An unsaved edit, checked as a save would check it: the fields given replace the saved version’s, and nothing is saved.',
      ),
  })
  .strict();

export const testSendBody = z
  .object({
    to: z
      .string()
      .min(1)
      .max(2_000)
      .describe('The address to send the test to (an email, a phone, a LINE id…).'),
    customer: z.string().min(1).max(255).optional(),
    data: json.optional(),
  })
  .strict();

export const renderedSchema = z.object({
  object: z.literal('rendered_message'),
  channel: z.string(),
  content: json,
});

export const channelSchema = z.object({
  object: z.literal('channel'),
  kind: z.string(),
  settings: json,
  updated: z.string(),
});
export const channelListSchema = z.object({
  object: z.literal('list'),
  data: z.array(channelSchema),
  has_more: z.boolean(),
});

export const messagingSettingsSchema = z.object({
  object: z.literal('messaging_settings'),
  pacing: pacingSettingsSchema,
  track_opens: z.boolean(),
  track_clicks: z.boolean(),
  double_opt_in: z.boolean(),
  consent_traits: z.record(z.string(), z.string()),
  public_url: z.string().nullable(),
  shop_url: z.string().nullable().describe('The storefront, where `{{ shop_url }}` in templates points.'),
});

export const messagingSettingsChanges = z
  .object({
    pacing: pacingSettingsSchema.partial().optional(),
    track_opens: z.boolean().optional(),
    track_clicks: z.boolean().optional(),
    double_opt_in: z.boolean().optional(),
    consent_traits: z
      .partialRecord(z.enum(['email', 'sms', 'line', 'zalo', 'whatsapp', 'push']), z.string().min(1).max(100))
      .optional(),
    public_url: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .nullable()
      .optional(),
    shop_url: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .nullable()
      .optional(),
  })
  .strict();

export const libraryListSchema = z.object({
  object: z.literal('list'),
  data: z.array(
    z.object({
      object: z.literal('library_template'),
      key: z.string(),
      language: z.string(),
      channel: z.string(),
      name: z.string(),
      subject: z.string().nullable(),
      preheader: z.string().nullable(),
      body: z.string(),
      text_body: z.string().nullable(),
      format: z.string(),
      requires: z.array(z.string()).describe('What the producer’s `data` must hold for it to render.'),
    }),
  ),
  has_more: z.boolean(),
});

export const libraryChoice = z
  .object({
    key: z.string().min(1).max(64),
    language: z.enum(['en', 'vi', 'th', 'ja']),
    channel: z.enum(['email', 'sms', 'line']),
  })
  .strict();
