import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { principal } from '../../http/principal.js';
import { createApiKey, listApiKeys, revokeApiKey } from './api-keys.js';
import { apiKeyListSchema, apiKeySchema, createdApiKeySchema } from './route-schemas.js';

export const apiKeyRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/v1/api_keys',
    {
      schema: { tags: ['keys'], summary: 'List API keys (redacted)', response: { 200: apiKeyListSchema } },
    },
    async (request) => ({
      object: 'list' as const,
      data: await listApiKeys(ctx.db, principal(request).workspaceId),
      has_more: false,
    }),
  );
  app.post(
    '/v1/api_keys',
    {
      schema: {
        tags: ['keys'],
        summary: 'Create an API key; the key is in this answer only',
        body: z
          .object({ kind: z.enum(['secret', 'publishable']).default('secret'), name: z.string().optional() })
          .strict(),
        response: { 201: createdApiKeySchema },
      },
      config: { secretFields: ['key'] },
    },
    async (request, reply) =>
      reply.status(201).send(await createApiKey(ctx.db, principal(request).workspaceId, request.body)),
  );
  app.delete(
    '/v1/api_keys/:id',
    {
      schema: {
        tags: ['keys'],
        summary: 'Revoke an API key',
        params: z.object({ id: z.string() }),
        response: { 200: apiKeySchema },
      },
    },
    async (request) => revokeApiKey(ctx.db, principal(request).workspaceId, request.params.id),
  );
};
