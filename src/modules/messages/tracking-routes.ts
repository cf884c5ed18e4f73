import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { recordEngagement } from './tracking.js';

// A transparent 1×1 GIF, the open pixel's answer.
const pixel = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

const linkParams = z.object({
  workspaceId: z.string().max(64),
  messageId: z.string().max(64),
  token: z.string().max(40),
});

/** Customers' mail clients call these, without a key; the links' signatures are the check. */
export const messageTrackingRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const config = { auth: 'none' as const, budget: 'ingestion' as const };
  app.get(
    '/m/o/:workspaceId/:messageId/:token',
    { config, schema: { hide: true, params: linkParams } },
    async (request, reply) => {
      const token = request.params.token.replace(/\.gif$/, '');
      // An unknown or altered pixel still answers a pixel: a mail client shows nothing broken.
      await recordEngagement(ctx.db, 'open', { ...request.params, token }, ctx.clock.now()).catch(
        () => undefined,
      );
      return reply.header('cache-control', 'no-store').type('image/gif').send(pixel);
    },
  );
  app.get(
    '/m/c/:workspaceId/:messageId/:token',
    {
      config,
      schema: {
        hide: true,
        params: linkParams,
        querystring: z.object({ url: z.url({ protocol: /^https?$/ }).max(4_000) }),
      },
    },
    async (request, reply) => {
      // The target is part of the signature: a link retain did not sign answers 404, never a redirect.
      await recordEngagement(ctx.db, 'click', { ...request.params, url: request.query.url }, ctx.clock.now());
      return reply.header('cache-control', 'no-store').redirect(request.query.url, 302);
    },
  );
};
