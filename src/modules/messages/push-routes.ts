import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RetainError } from '../../core/errors.js';
import { corsPreflightMaxAgeSeconds, identityLengthMax } from '../../core/limits.js';
import type { AppContext } from '../../http/context.js';
import { listPage, listSchema, paginationQuery } from '../../http/pagination.js';
import { principal } from '../../http/principal.js';
import { someWorkspaceAllowsOrigin, workspaceAllowsOrigin } from '../workspaces/index.js';
import { deletePushSubscription, listPushSubscriptions, savePushSubscription } from './push-subscriptions.js';

const tags = ['push subscriptions'];

const endpointExample = 'https://fcm.googleapis.com/fcm/send/dQk8Zf3uR1s:APA91bHq7xY2Lm0';
const endpoint = z.string().meta({ examples: [endpointExample] });
const subscriptionSchema = z.object({
  object: z.literal('push_subscription'),
  endpoint,
  customer: z.string(),
  created_at: z.string(),
});
const subscribeBody = z
  .object({
    customer: z.string().min(1).max(identityLengthMax).describe('`cus_…` or the shop’s userId.'),
    subscription: z
      .object({
        endpoint: z
          .string()
          .min(1)
          .meta({ examples: [endpointExample] }),
        keys: z.object({
          p256dh: z
            .string()
            .min(1)
            .meta({
              examples: [
                'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM',
              ],
            }),
          auth: z
            .string()
            .min(1)
            .meta({ examples: ['tBHItJI5svbpez7KI4CCXg'] }),
        }),
      })
      .describe('The browser’s PushSubscription, as its toJSON() gives it (expirationTime is ignored).'),
  })
  .strict();
const unsubscribeBody = z
  .object({
    endpoint: z
      .string()
      .min(1)
      .meta({ examples: [endpointExample] }),
  })
  .strict();
const deletedSchema = z.object({
  object: z.literal('push_subscription'),
  endpoint,
  deleted: z.literal(true),
});

// A browser unsubscribes with the storefront's publishable key: it names an endpoint only that
// browser knows. Every role may, as with events.
const browserConfig = { auth: 'public', minRole: 'analyst' } as const;
// Subscribing names a customer: with a publishable key anyone could tie their browser to any
// userId and receive that customer's pushes. Until a signed customer identity exists, only the
// shop's server (a secret key, any role) may.
const serverConfig = { minRole: 'analyst' } as const;

/**
 * A publishable key is public, so a browser may use it from the workspace's allowed origins only
 * (as with events), and may read the answer (CORS) from those only. Servers send no Origin.
 */
async function checkOrigin(ctx: AppContext, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const by = principal(request);
  const origin = request.headers.origin;
  if (by.kind !== 'publishable' || origin === undefined) return;
  if (!(await workspaceAllowsOrigin(ctx.db, by.workspaceId, origin))) {
    throw new RetainError(
      'origin_not_allowed',
      `The publishable key may not be used from ${origin}: add it to the workspace's allowed_origins.`,
    );
  }
  reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
}

export const pushRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.post(
    '/v1/push_subscriptions',
    {
      config: { ...serverConfig, errors: ['resource_missing'] },
      schema: {
        tags,
        summary: 'Save a browser’s web-push subscription for a customer (secret key)',
        description: 'Saving the same endpoint again replaces it (new keys, or another customer signed in).',
        body: subscribeBody,
        response: { 200: subscriptionSchema },
      },
    },
    async (request) =>
      savePushSubscription(ctx.db, principal(request).workspaceId, request.body, ctx.clock.now()),
  );
  app.delete(
    '/v1/push_subscriptions',
    {
      config: { ...browserConfig, errors: ['resource_missing', 'origin_not_allowed'] },
      schema: {
        tags,
        summary: 'Delete a browser’s web-push subscription by its endpoint (publishable or secret key)',
        body: unsubscribeBody,
        response: { 200: deletedSchema },
      },
    },
    async (request, reply) => {
      await checkOrigin(ctx, request, reply);
      return deletePushSubscription(ctx.db, principal(request).workspaceId, request.body.endpoint);
    },
  );
  // A preflight carries no key, so it names no workspace: answered for an origin some workspace
  // allows, bare otherwise; the real request is checked against its own key's workspace.
  app.options(
    '/v1/push_subscriptions',
    { config: { auth: 'none' }, schema: { hide: true } },
    async (request, reply) => {
      const origin = request.headers.origin;
      reply.header('vary', 'Origin').code(204);
      if (origin === undefined || !(await someWorkspaceAllowsOrigin(ctx.db, origin))) return reply.send();
      return reply
        .headers({
          'access-control-allow-origin': origin,
          'access-control-allow-methods': 'DELETE',
          'access-control-allow-headers': 'Content-Type, Authorization',
          'access-control-max-age': String(corsPreflightMaxAgeSeconds),
        })
        .send();
    },
  );
  app.get(
    '/v1/customers/:id/push_subscriptions',
    {
      schema: {
        tags,
        summary: 'A customer’s web-push subscriptions (one per browser)',
        params: z.object({ id: z.string() }),
        querystring: paginationQuery,
        response: { 200: listSchema(subscriptionSchema) },
      },
    },
    async (request) =>
      listPage(
        await listPushSubscriptions(ctx.db, principal(request).workspaceId, request.params.id, request.query),
        request.query.limit,
      ),
  );
};
