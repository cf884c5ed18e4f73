import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RetainError } from '../../core/errors.js';
import { identityLengthMax, suppressionImportBytesMax } from '../../core/limits.js';
import type { AppContext } from '../../http/context.js';
import { listPage, listSchema, paginationQuery } from '../../http/pagination.js';
import { principal } from '../../http/principal.js';
import { parseBounceNotification, type DeliveryReceipt } from './channels/index.js';
import {
  checkInboundToken,
  confirmSnsSubscription,
  importSuppressions,
  inboundEmailUrl,
  listSuppressions,
  recordBounce,
  type InboundNotice,
  suppressByHand,
  suppressibleChannel,
  suppressibleChannels,
  suppressionReasons,
  unsuppress,
} from './suppressions.js';
import { receiptRoutes } from './receipt-routes.js';
import { recordReceipt } from './receipts.js';

const tags = ['suppressions'];

/** SES's Delivery notice as a receipt: the message is the one its Message-ID names. */
function emailReceipt(notice: InboundNotice): DeliveryReceipt {
  return {
    providerMessageId: notice.messageId ?? '',
    status: 'delivered',
    detail: null,
    param: 'Message.mail.messageId',
  };
}
const channel = z.enum(suppressibleChannels);
const suppressionSchema = z.object({
  object: z.literal('suppression'),
  id: z
    .string()
    .meta({ examples: ['email:somchai.k@example.co.th'] })
    .describe('`channel:address`; lists take it as `starting_after`.'),
  channel,
  address: z
    .string()
    .meta({ examples: ['somchai.k@example.co.th'] })
    .describe('Lower-cased email, E.164 phone or LINE user id.'),
  reason: z.enum(suppressionReasons),
  source: z
    .string()
    .meta({ examples: ['ses'] })
    .describe('api · dashboard · import · ses · inbound · provider'),
  detail: z
    .string()
    .nullable()
    .meta({ examples: ['Permanent/General: smtp; 550 5.1.1 user unknown'] }),
  created_at: z.string(),
});
const deletedSchema = z.object({
  object: z.literal('suppression'),
  id: z.string().meta({ examples: ['email:somchai.k@example.co.th'] }),
  channel,
  address: z.string().meta({ examples: ['somchai.k@example.co.th'] }),
  deleted: z.literal(true),
});
const importReportSchema = z.object({
  object: z.literal('suppression_import'),
  applied: z.boolean().describe('true: every row was valid and applied; false: nothing changed.'),
  rows: z.number(),
  suppressed: z.number().describe('Addresses newly suppressed.'),
  unchanged: z.number().describe('Addresses already suppressed (or repeated in the file).'),
  errors: z.array(z.object({ line: z.number(), param: z.string(), reason: z.string() })),
  errors_omitted: z.number().describe('Bad rows beyond the first 1,000, not listed in errors.'),
});
const inboundResultSchema = z.object({
  object: z.literal('inbound_email'),
  notices: z.number().describe('Bounces and complaints read from the notification.'),
  suppressed: z.number().describe('Addresses suppressed by them (hard bounces and complaints).'),
  delivered: z
    .number()
    .describe(
      'Messages that SES Delivery notifications marked delivered (a late or repeated one marks none).',
    ),
  subscription_confirmed: z.boolean(),
});

const listQuery = paginationQuery.extend({
  channel: channel.optional(),
  reason: z.enum(suppressionReasons).optional(),
});
const createBody = z
  .object({
    channel,
    address: z
      .string()
      .min(1)
      .max(identityLengthMax)
      .meta({ examples: ['Somchai.K@example.co.th'] })
      .describe(
        'An email (stored lower-cased), a phone in international form (+66 81 234 5678) or a LINE user id.',
      ),
    reason: z
      .literal('manual')
      .optional()
      .describe('Bounces and complaints are suppressed by the inbound webhook.'),
  })
  .strict();
const addressParams = z.object({ channel: z.string(), address: z.string() });
const inboundParams = z.object({ workspaceId: z.string(), token: z.string() });

/** The shop's suppression list: read, add, lift and import. */
const suppressionListRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/v1/suppressions',
    {
      schema: {
        tags,
        summary: 'List suppressed addresses, newest first',
        querystring: listQuery,
        response: { 200: listSchema(suppressionSchema) },
      },
    },
    async (request) =>
      listPage(
        await listSuppressions(ctx.db, principal(request).workspaceId, request.query),
        request.query.limit,
      ),
  );
  app.post(
    '/v1/suppressions',
    {
      schema: {
        tags,
        summary: 'Suppress an address: nothing is sent to it on that channel',
        description: 'An address already suppressed is answered as it is stored, with 200.',
        body: createBody,
        response: { 200: suppressionSchema, 201: suppressionSchema },
      },
    },
    async (request, reply) => {
      const by = principal(request);
      const { suppression, created } = await suppressByHand(ctx.db, {
        workspaceId: by.workspaceId,
        channel: request.body.channel,
        address: request.body.address,
        reason: 'manual',
        source: by.session ? 'dashboard' : 'api',
        detail: null,
        at: ctx.clock.now(),
      });
      return reply.status(created ? 201 : 200).send(suppression);
    },
  );
  app.delete(
    '/v1/suppressions/:channel/:address',
    {
      schema: {
        tags,
        summary: 'Lift a suppression: the address may be sent to again',
        params: addressParams,
        response: { 200: deletedSchema },
      },
    },
    async (request) =>
      unsuppress(
        ctx.db,
        principal(request).workspaceId,
        suppressibleChannel(request.params.channel),
        request.params.address,
      ),
  );
};

/** CSV bodies are read whole as text: the import is checked entirely before anything is written. */
const suppressionImportRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string' }, (_request, body, done) =>
    done(null, body),
  );
  app.post(
    '/v1/suppressions/import',
    {
      bodyLimit: suppressionImportBytesMax,
      config: { errors: ['payload_too_large', 'unsupported_media_type'] },
      schema: {
        tags,
        summary: 'Suppress the addresses of a CSV (the request body, text/csv), all or none',
        description:
          'Columns `channel`, `address` and optionally `reason` (`manual` by default). Every row is checked first: ' +
          'if any is invalid nothing is written and `errors` lists each bad row by line; otherwise all rows are ' +
          'applied in one transaction. Importing the same file again changes nothing.',
        response: { 200: importReportSchema },
      },
    },
    async (request) =>
      importSuppressions(ctx.db, principal(request).workspaceId, String(request.body ?? ''), ctx.clock.now()),
  );
};

/**
 * Bounces and complaints from the email provider. Amazon SNS posts its JSON as text/plain, so this
 * scope reads JSON under either type. No API key: the URL's token is the credential.
 */
const inboundRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    ['application/json', 'text/plain'],
    { parseAs: 'string' },
    (_request, body, done) => {
      try {
        done(null, JSON.parse(String(body)));
      } catch {
        done(new RetainError('body_invalid', 'The body is not valid JSON.'));
      }
    },
  );
  app.post(
    '/v1/inbound/email/:workspaceId/:token',
    {
      config: { auth: 'none', budget: 'ingestion', errors: ['link_invalid', 'resource_missing'] },
      schema: {
        tags,
        summary: 'Inbound bounce and complaint webhook (Amazon SES over SNS, or the generic JSON shape)',
        description:
          'Hard bounces and complaints suppress the address; a hard bounce fails the message it answers and logs ' +
          '`Message Bounced`, a complaint logs `Message Complained`; soft bounces are recorded on the message. ' +
          'A Delivery notification marks its message `delivered` and logs `Message Delivered`, once; one for a ' +
          'message retain does not know answers 404 and nothing of the notification is recorded. ' +
          'An SNS SubscriptionConfirmation is confirmed. The URL is given by `GET /v1/inbound/email/url`.',
        params: inboundParams,
        response: { 200: inboundResultSchema },
      },
    },
    async (request) => {
      const { workspaceId, token } = request.params;
      await checkInboundToken(ctx.db, workspaceId, token);
      const parsed = parseBounceNotification(request.body);
      if ('subscribeUrl' in parsed) {
        await confirmSnsSubscription(parsed.subscribeUrl);
        return {
          object: 'inbound_email' as const,
          notices: 0,
          suppressed: 0,
          delivered: 0,
          subscription_confirmed: true,
        };
      }
      const at = ctx.clock.now();
      const outcomes = await ctx.db.transaction(async (tx) => {
        const done = { notices: 0, suppressed: 0, delivered: 0 };
        for (const notice of parsed.notices) {
          done.notices++;
          if (notice.kind === 'delivery') {
            const receipt = await recordReceipt(tx, workspaceId, 'email', emailReceipt(notice), at);
            if (receipt.changed) done.delivered++;
          } else if ((await recordBounce(tx, workspaceId, notice, parsed.source, at)).suppressed) {
            done.suppressed++;
          }
        }
        return done;
      });
      ctx.wakeConsumers();
      return { object: 'inbound_email' as const, ...outcomes, subscription_confirmed: false };
    },
  );
};

export const suppressionRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  await app.register(suppressionListRoutes, ctx);
  await app.register(suppressionImportRoutes, ctx);
  await app.register(inboundRoutes, ctx);
  await app.register(receiptRoutes, ctx);
  app.get(
    '/v1/inbound/email/url',
    {
      schema: {
        tags,
        summary: 'The URL to give the email provider for bounces and complaints (SNS topic subscription)',
        description:
          'Under the workspace’s public URL when one is configured, else under the address this request reached.',
        response: {
          200: z.object({
            object: z.literal('inbound_email_url'),
            url: z.string().meta({
              examples: [
                'https://retain.shop.example/v1/inbound/email/ws_01JF3Q8W5ZK7M2N4P6R8T0V2X4/q3Vn0cWb8mXo2T1yHk5sLA',
              ],
            }),
          }),
        },
      },
    },
    async (request) => ({
      object: 'inbound_email_url' as const,
      url: await inboundEmailUrl(
        ctx.db,
        principal(request).workspaceId,
        `${request.protocol}://${request.host}`,
        ctx.clock.now(),
      ),
    }),
  );
};
