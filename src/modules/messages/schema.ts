import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/**
 * A channel as the workspace set it up. The secrets (SMTP password, API tokens, VAPID private key)
 * are one AES-256-GCM box keyed from the environment (secret-box.ts); the rest is shown as is.
 */
export const messageChannels = pgTable(
  'message_channels',
  {
    workspaceId: text('workspace_id').notNull(),
    kind: text('kind').notNull(),
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
    secretsBox: text('secrets_box').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.kind] })],
);

/** A named template for one channel; its content lives in versions, a sent message keeps its own. */
export const messageTemplates = pgTable(
  'message_templates',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    name: text('name').notNull(),
    channel: text('channel').notNull(),
    /** The library template it was made from (welcome, win_back…) and its language, if any. */
    libraryKey: text('library_key'),
    language: text('language'),
    currentVersion: integer('current_version').notNull(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('message_templates_workspace_idx').on(t.workspaceId, t.id)],
);

/** One saved version: the source as written and the email HTML MJML compiled it to, once. */
export const messageTemplateVersions = pgTable(
  'message_template_versions',
  {
    workspaceId: text('workspace_id').notNull(),
    templateId: text('template_id').notNull(),
    version: integer('version').notNull(),
    source: jsonb('source').$type<Record<string, unknown>>().notNull(),
    compiledHtml: text('compiled_html'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.templateId, t.version] })],
);

/**
 * The outbox: every message any producer intends, and what became of it. `dedupe_key` is unique
 * per workspace, so a producer that inserts twice (a retried request, a replayed journey step)
 * makes one message. `priority_rank` orders the dispatcher's claims (0 transactional, 1 triggered,
 * 2 promotional); `handed_at` is when the dispatcher decided to hand it to the provider — the
 * frequency caps count those.
 */
export const messages = pgTable(
  'messages',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    customerId: text('customer_id').notNull(),
    channel: text('channel').notNull(),
    templateId: text('template_id').notNull(),
    templateVersion: integer('template_version').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    priority: text('priority', { enum: ['transactional', 'triggered', 'promotional'] }).notNull(),
    priorityRank: smallint('priority_rank').notNull(),
    /** Subscription topic a promotional or triggered message belongs to (newsletter, offers…). */
    topic: text('topic'),
    status: text('status', {
      enum: ['queued', 'sending', 'sent', 'delivered', 'failed', 'suppressed', 'expired', 'outcome_unknown'],
    }).notNull(),
    reason: text('reason'),
    sendAfter: timestamp('send_after', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    /** api · journey · broadcast · survey · referral · test */
    producerKind: text('producer_kind').notNull(),
    producerId: text('producer_id'),
    dedupeKey: text('dedupe_key').notNull(),
    attempts: integer('attempts').notNull().default(0),
    /** A dispatcher's claim, or (while sending) when an unfinished send counts as outcome_unknown. */
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    handedAt: timestamp('handed_at', { withTimezone: true }),
    address: text('address'),
    /** The provider that took it: smtp, twilio, line…, or development_outbox. */
    provider: text('provider'),
    providerMessageId: text('provider_message_id'),
    /** Every decision the dispatcher took on it (deferred by a cap, by quiet hours, retried…). */
    decisions: jsonb('decisions').$type<Record<string, unknown>[]>().notNull().default([]),
    /** The rendered message, kept for the in-app inbox and the development outbox. */
    content: jsonb('content').$type<Record<string, unknown>>(),
    subject: text('subject'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    clickedAt: timestamp('clicked_at', { withTimezone: true }),
    readAt: timestamp('read_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('messages_dedupe_idx').on(t.workspaceId, t.dedupeKey),
    index('messages_due_idx')
      .on(t.priorityRank, t.sendAfter)
      .where(sql`status = 'queued'`),
    index('messages_sending_idx')
      .on(t.leaseUntil)
      .where(sql`status = 'sending'`),
    index('messages_customer_idx').on(t.workspaceId, t.customerId, t.id),
    index('messages_handed_idx')
      .on(t.workspaceId, t.customerId, t.handedAt)
      .where(sql`handed_at is not null`),
    // Partial: a message enqueued has neither yet, and every outbox insert (a journey step's, a
    // broadcast's) wrote a null entry into each. Lookups by a provider's id or a sent time are
    // strict comparisons, which imply `is not null`, so they still use these.
    index('messages_provider_id_idx')
      .on(t.workspaceId, t.providerMessageId)
      .where(sql`provider_message_id is not null`),
    index('messages_sent_idx')
      .on(t.workspaceId, t.sentAt)
      .where(sql`sent_at is not null`),
    index('messages_producer_idx').on(t.workspaceId, t.producerKind, t.producerId),
  ],
);

/** Each time the dispatcher handed a message to a provider, and the answer. */
export const messageAttempts = pgTable(
  'message_attempts',
  {
    workspaceId: text('workspace_id').notNull(),
    messageId: text('message_id').notNull(),
    attempt: integer('attempt').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** sent · retry · unknown · failed · undeliverable · lost (the process died mid-send). */
    outcome: text('outcome'),
    detail: text('detail'),
  },
  (t) => [primaryKey({ columns: [t.messageId, t.attempt] })],
);

/**
 * A delivery receipt that came before its message's provider id was recorded: Twilio can post a
 * status callback before the send's answer is committed, and never posts it again. Applied, then
 * removed, when the dispatcher records that id; one no send ever claims is removed after a day.
 */
export const messagePendingReceipts = pgTable(
  'message_pending_receipts',
  {
    workspaceId: text('workspace_id').notNull(),
    channel: text('channel').notNull(),
    providerMessageId: text('provider_message_id').notNull(),
    status: text('status', { enum: ['delivered', 'failed'] }).notNull(),
    detail: text('detail'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.channel, t.providerMessageId] })],
);

/**
 * A customer's consent per channel and per topic (topic '' is the channel itself). No row means
 * never asked. `consent_changes` keeps every change with its source: the legal record.
 */
export const messageConsents = pgTable(
  'message_consents',
  {
    workspaceId: text('workspace_id').notNull(),
    customerId: text('customer_id').notNull(),
    channel: text('channel').notNull(),
    topic: text('topic').notNull(),
    /** subscribed · unsubscribed · pending (double opt-in mail sent, not yet confirmed) */
    status: text('status', { enum: ['subscribed', 'unsubscribed', 'pending'] }).notNull(),
    source: text('source').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.customerId, t.channel, t.topic] })],
);

export const consentChanges = pgTable(
  'consent_changes',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    customerId: text('customer_id').notNull(),
    channel: text('channel').notNull(),
    topic: text('topic').notNull(),
    status: text('status').notNull(),
    /** api · identify · preference_page · one_click · bounce · complaint · import · dashboard */
    source: text('source').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('consent_changes_customer_idx').on(t.workspaceId, t.customerId, t.id)],
);

/** Addresses nothing is sent to: hard bounces and complaints (automatic) and the shop's own list. */
export const suppressions = pgTable(
  'suppressions',
  {
    workspaceId: text('workspace_id').notNull(),
    channel: text('channel').notNull(),
    /** Lower-cased email, E.164 phone, or the channel's own id. */
    address: text('address').notNull(),
    reason: text('reason', { enum: ['hard_bounce', 'complaint', 'manual'] }).notNull(),
    source: text('source').notNull(),
    detail: text('detail'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.channel, t.address] })],
);

/** A browser's web-push subscription; the push service's 404/410 deletes it. */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    workspaceId: text('workspace_id').notNull(),
    endpoint: text('endpoint').notNull(),
    customerId: text('customer_id').notNull(),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.endpoint] }),
    index('push_subscriptions_customer_idx').on(t.workspaceId, t.customerId),
  ],
);

/**
 * How the workspace paces and tracks its messages. `link_secret` signs unsubscribe, preference and
 * tracking links (HMAC), so no link can be forged or turned into an open redirect.
 */
export const messagingSettings = pgTable('messaging_settings', {
  workspaceId: text('workspace_id').primaryKey(),
  pacing: jsonb('pacing').$type<Record<string, unknown>>().notNull(),
  trackOpens: boolean('track_opens').notNull().default(true),
  trackClicks: boolean('track_clicks').notNull().default(true),
  doubleOptIn: boolean('double_opt_in').notNull().default(false),
  /** The identify traits that carry consent (Segment `email_opt_in`, `sms_opt_in` by default). */
  consentTraits: jsonb('consent_traits').$type<Record<string, string>>().notNull(),
  /** Where customers reach retain's public pages (unsubscribe, preferences, tracking). */
  publicUrl: text('public_url'),
  /** The shop's storefront: where messages' "visit the shop" links go (`shop_url` in templates). */
  shopUrl: text('shop_url'),
  linkSecret: text('link_secret').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** A one-off send of a template to an audience, through the same outbox, caps and quiet hours. */
export const broadcasts = pgTable(
  'broadcasts',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    name: text('name').notNull(),
    templateId: text('template_id').notNull(),
    templateVersion: integer('template_version').notNull(),
    topic: text('topic').notNull(),
    priority: text('priority', { enum: ['triggered', 'promotional'] }).notNull(),
    /** When to send; with local_time, the date whose local_time each customer receives it at. */
    sendAt: timestamp('send_at', { withTimezone: true }).notNull(),
    localTime: text('local_time'),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    status: text('status', { enum: ['scheduled', 'enqueuing', 'enqueued', 'canceled'] }).notNull(),
    /** The last customer id enqueued: enqueuing resumes after it. */
    enqueuedThrough: text('enqueued_through'),
    enqueuedCount: integer('enqueued_count').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('broadcasts_workspace_idx').on(t.workspaceId, t.id)],
);
