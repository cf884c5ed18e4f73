import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { principal } from '../../http/principal.js';
import { roles } from '../../http/principal.js';
import { createApiKeyAs, listApiKeys, revokeApiKey } from './api-keys.js';
import { apiKeyListSchema, apiKeySchema, createdApiKeySchema } from './route-schemas.js';

export const apiKeyRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/v1/api_keys',
    {
      schema: { tags: ['keys'], summary: 'List API keys (redacted)', response: { 200: apiKeyListSchema } },
      config: { minRole: 'admin' },
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
          .object({
            kind: z.enum(['secret', 'publishable']).default('secret'),
            name: z.string().optional(),
            role: z
              .enum(roles)
              .optional()
              .describe(
                'The key’s rights, at most your role (default: your role; at most admin when a key ' +
                  'makes the key). An owner key needs a signed-in owner.',
              ),
          })
          .strict(),
        response: { 201: createdApiKeySchema },
      },
      // An analyst may make a read-only key of their own; the rights check is createApiKeyAs's.
      config: { secretFields: ['key'], minRole: 'analyst', errors: ['role_forbidden', 'session_required'] },
    },
    async (request, reply) =>
      reply.status(201).send(await createApiKeyAs(ctx.db, principal(request), request.body)),
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
