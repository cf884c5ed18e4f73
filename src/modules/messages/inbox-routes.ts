import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { paginationQuery } from '../../http/pagination.js';
import { principal } from '../../http/principal.js';
import { customerInbox, markInboxRead } from './inbox.js';

const tags = ['inbox'];
const inboxMessageSchema = z.object({
  object: z.literal('inbox_message'),
  id: z.string(),
  title: z
    .string()
    .nullable()
    .meta({ examples: ['Your points expire on 31 December'] }),
  text: z
    .string()
    .nullable()
    .meta({ examples: ['1,250 points expire soon: treat yourself to a free drink before they go.'] }),
  url: z
    .string()
    .nullable()
    .meta({ examples: ['https://shop.example/rewards'] }),
  sent_at: z.string().nullable(),
  read_at: z.string().nullable(),
});
const inboxSchema = z.object({
  object: z.literal('list'),
  data: z.array(inboxMessageSchema),
  has_more: z.boolean(),
  unread_count: z.number().describe('Unread messages in the whole inbox, not only this page.'),
});
const inboxQuery = paginationQuery.extend({
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true')
    .describe('true: only the messages not yet read.'),
});

// The storefront will read the inbox with the publishable key once a customer's identity can be
// signed (a publishable key alone would show anyone's inbox); until then, secret keys only.
export const inboxRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/v1/customers/:id/inbox',
    {
      schema: {
        tags,
        summary: 'A customer’s in-app inbox, newest first, with the unread count',
        params: z.object({ id: z.string() }),
        querystring: inboxQuery,
        response: { 200: inboxSchema },
      },
    },
    async (request) =>
      customerInbox(ctx.db, principal(request).workspaceId, request.params.id, request.query),
  );
  app.post(
    '/v1/customers/:id/inbox/:messageId/read',
    {
      schema: {
        tags,
        summary: 'Mark an inbox message read (logs Message Opened the first time)',
        params: z.object({ id: z.string(), messageId: z.string() }),
        response: { 200: inboxMessageSchema },
      },
    },
    async (request) => {
      const read = await markInboxRead(
        ctx.db,
        principal(request).workspaceId,
        request.params.id,
        request.params.messageId,
        ctx.clock.now(),
      );
      ctx.wakeConsumers();
      return read;
    },
  );
};
