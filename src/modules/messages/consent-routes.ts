import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../core/errors.js';
import type { Db } from '../../db/connection.js';
import type { AppContext } from '../../http/context.js';
import { instant } from '../../http/instant.js';
import { listPage, listSchema, paginationQuery } from '../../http/pagination.js';
import { principal } from '../../http/principal.js';
import { findCustomerRef } from '../customers/index.js';
import { channelKinds } from './channels/index.js';
import {
  consentHistory,
  consentOf,
  messageTopics,
  retainConsentSources,
  setConsent,
  type ChannelConsent,
  type ConsentChangeRecord,
  type CustomerConsent,
} from './consent.js';

const state = z.enum(['subscribed', 'unsubscribed', 'pending', 'never_asked']);

const channelConsentSchema = z.object({
  status: state,
  source: z.string().nullable().describe('Where the newest statement of this status came from.'),
  changed_at: instant
    .nullable()
    .describe('When the newest statement of this status was made; the history has each change.'),
  topics: z.object(
    Object.fromEntries(messageTopics.map((topic) => [topic, state])) as Record<
      (typeof messageTopics)[number],
      typeof state
    >,
  ),
});

const consentSchema = z.object({
  object: z.literal('consent'),
  customer: z.string(),
  channels: z.object(
    Object.fromEntries(channelKinds.map((channel) => [channel, channelConsentSchema])) as Record<
      (typeof channelKinds)[number],
      typeof channelConsentSchema
    >,
  ),
});

const consentChangeSchema = z.object({
  object: z.literal('consent_change'),
  id: z.string(),
  channel: z.string(),
  topic: z.string().nullable().describe('null: the channel itself.'),
  status: z.enum(['subscribed', 'unsubscribed', 'pending']),
  source: z.string(),
  detail: z.record(z.string(), z.unknown()),
  changed_at: instant,
});

const consentBody = z
  .object({
    channel: z.enum(channelKinds),
    topic: z.enum(messageTopics).optional().describe('A subscription topic; absent: the whole channel.'),
    status: z
      .enum(['subscribed', 'unsubscribed'])
      .describe('With double opt-in, an email subscription is `pending` until the customer confirms.'),
    source: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,39}$/, 'source must be lower-case letters, digits and _, at most 40')
      .refine((source) => !(retainConsentSources as readonly string[]).includes(source), {
        message: `source may not be one retain records itself (${retainConsentSources.join(', ')})`,
      })
      .optional()
      .describe(
        'Where the customer gave or withdrew consent (checkout, pos…); api by default, dashboard from the dashboard.',
      ),
  })
  .strict();

const idParams = z.object({ id: z.string().min(1).max(255).describe('cus_… or the shop’s own userId') });

function presentChannel(channel: ChannelConsent) {
  return {
    status: channel.status,
    source: channel.source,
    changed_at: channel.changedAt?.toISOString() ?? null,
    topics: channel.topics,
  };
}

function presentConsent(customerId: string, consent: CustomerConsent) {
  return {
    object: 'consent' as const,
    customer: customerId,
    channels: Object.fromEntries(
      channelKinds.map((channel) => [channel, presentChannel(consent[channel])]),
    ) as Record<(typeof channelKinds)[number], ReturnType<typeof presentChannel>>,
  };
}

function presentChange(change: ConsentChangeRecord) {
  return {
    object: 'consent_change' as const,
    id: change.id,
    channel: change.channel,
    topic: change.topic || null,
    status: change.status as 'subscribed' | 'unsubscribed' | 'pending',
    source: change.source,
    detail: change.detail,
    changed_at: change.changedAt.toISOString(),
  };
}

async function requireCustomer(db: Db, workspaceId: string, ref: string): Promise<string> {
  const customerId = await findCustomerRef(db, workspaceId, ref);
  if (!customerId) throw notFound('customer', ref);
  return customerId;
}

async function customerConsent(db: Db, workspaceId: string, customerId: string) {
  return presentConsent(customerId, (await consentOf(db, workspaceId, [customerId])).get(customerId)!);
}

/** A customer's consent per channel and topic, and its legal record. */
export const messageConsentRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const tags = ['consent'];
  app.get(
    '/v1/customers/:id/consent',
    {
      schema: {
        tags,
        summary: 'A customer’s consent on every channel and subscription topic',
        params: idParams,
        response: { 200: consentSchema },
      },
    },
    async (request) => {
      const { workspaceId } = principal(request);
      return customerConsent(
        ctx.db,
        workspaceId,
        await requireCustomer(ctx.db, workspaceId, request.params.id),
      );
    },
  );
  app.put(
    '/v1/customers/:id/consent',
    {
      schema: {
        tags,
        summary: 'Subscribe or unsubscribe a customer on a channel or one of its topics',
        params: idParams,
        body: consentBody,
        response: { 200: consentSchema },
      },
    },
    async (request) => {
      const who = principal(request);
      const customerId = await requireCustomer(ctx.db, who.workspaceId, request.params.id);
      const { channel, topic, status, source } = request.body;
      await ctx.db.transaction((tx) =>
        setConsent(tx, {
          workspaceId: who.workspaceId,
          customerId,
          channel,
          topic: topic ?? '',
          status,
          source: source ?? (who.session ? 'dashboard' : 'api'),
          detail: who.session ? { user_id: who.userId } : { key_id: who.keyId },
          at: ctx.clock.now(),
        }),
      );
      return customerConsent(ctx.db, who.workspaceId, customerId);
    },
  );
  app.get(
    '/v1/customers/:id/consent/history',
    {
      schema: {
        tags,
        summary: 'Every change of a customer’s consent, with its source and time, newest recorded first',
        params: idParams,
        querystring: paginationQuery,
        response: { 200: listSchema(consentChangeSchema) },
      },
    },
    async (request) => {
      const { workspaceId } = principal(request);
      const customerId = await requireCustomer(ctx.db, workspaceId, request.params.id);
      const changes = await consentHistory(ctx.db, workspaceId, customerId, {
        limit: request.query.limit + 1,
        startingAfter: request.query.starting_after,
      });
      return listPage(changes.map(presentChange), request.query.limit);
    },
  );
};
