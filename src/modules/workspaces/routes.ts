import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { allowedOriginsMax } from '../../core/limits.js';
import { principal } from '../../http/principal.js';
import { hasOrders } from '../orders/index.js';
import type { Db } from '../../db/connection.js';
import { getWorkspace, updateWorkspace, type Workspace } from './workspaces.js';

const workspaceSchema = z.object({
  object: z.literal('workspace'),
  id: z.string(),
  name: z.string(),
  currency: z.string().describe('ISO 4217 code; amounts are integer minor units of it.'),
  timezone: z.string().describe('IANA time zone in which dates and periods are read.'),
  locale: z.string().describe('BCP 47 locale for numbers, dates and messages.'),
  allowed_origins: z
    .array(z.string())
    .describe('Browser origins the publishable key may send events from (CORS), e.g. https://shop.example.'),
  settings: z.record(z.string(), z.unknown()),
  onboarded: z
    .string()
    .nullable()
    .describe(
      'When the currency, time zone or locale was first set; null on a new shop, whose first run asks the owner.',
    ),
  currency_locked: z
    .boolean()
    .describe('True once the workspace has orders: the currency can no longer change (422 currency_locked).'),
  created: z.string(),
  updated: z.string(),
});

const workspaceChanges = z
  .object({
    name: z.string().optional(),
    currency: z.string().length(3).optional().describe('Can change only while the workspace has no orders.'),
    timezone: z.string().optional(),
    locale: z.string().optional(),
    allowed_origins: z
      .array(z.string())
      .optional()
      .describe(
        `Replaces the list: each scheme://host[:port], https except localhost, at most ${allowedOriginsMax}.`,
      ),
  })
  .strict();

async function withCurrencyLock(db: Db, workspace: Workspace) {
  return { ...workspace, currency_locked: await hasOrders(db, workspace.id) };
}

export const workspaceRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/v1/workspace',
    {
      schema: {
        tags: ['workspace'],
        summary: 'The workspace: name, currency, time zone, locale',
        response: { 200: workspaceSchema },
      },
    },
    async (request) => withCurrencyLock(ctx.db, await getWorkspace(ctx.db, principal(request).workspaceId)),
  );
  app.patch(
    '/v1/workspace',
    {
      schema: {
        tags: ['workspace'],
        summary: 'Change the workspace settings',
        body: workspaceChanges,
        response: { 200: workspaceSchema },
      },
      config: { errors: ['currency_locked'] },
    },
    async (request) => {
      const { allowed_origins: allowedOrigins, ...fields } = request.body;
      const workspace = await updateWorkspace(
        ctx.db,
        principal(request).workspaceId,
        { ...fields, allowedOrigins },
        hasOrders,
      );
      return withCurrencyLock(ctx.db, workspace);
    },
  );
};
