// Delivery receipts from the providers that send them: Twilio's status callback (the URL given
// with each SMS) and the WhatsApp Cloud API's webhook. No API key: each is signed by the provider
// with a credential of the workspace's channel, checked before anything is read. Meta also checks
// the webhook's URL before it posts there: a GET the channel's verify token answers.
import crypto from 'node:crypto';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RetainError } from '../../core/errors.js';
import type { Db } from '../../db/connection.js';
import type { AppContext } from '../../http/context.js';
import { storedSettings } from './channel-store.js';
import {
  hubSignatureValid,
  twilioReceipt,
  twilioSignatureValid,
  whatsAppReceipts,
  type DeliveryReceipt,
} from './channels/index.js';
import { receiptUrl, recordReceipt } from './receipts.js';
import { messagingSettingsOf } from './settings.js';

const tags = ['messages'];
const params = z.object({ workspaceId: z.string() });
const resultSchema = z.object({
  object: z.literal('receipts'),
  receipts: z.number().describe('Receipts in the request that are outcomes (delivered or failed).'),
  changed: z.number().describe('Messages they gave an outcome; a late or repeated receipt changes none.'),
  pending: z
    .number()
    .describe(
      'Receipts kept until their message’s send is recorded: Twilio can call back before the send’s answer is saved (SMS only).',
    ),
});
const config = {
  auth: 'none',
  budget: 'ingestion',
  errors: ['receipt_signature_invalid', 'resource_missing', 'unsupported_media_type'],
} as const;

function signatureInvalid(what: string): RetainError {
  return new RetainError('receipt_signature_invalid', `${what} does not verify: nothing was recorded.`);
}

async function recordAll(
  db: Db,
  workspaceId: string,
  channel: 'sms' | 'whatsapp',
  receipts: readonly DeliveryReceipt[],
  now: Date,
) {
  const counts = await db.transaction(async (tx) => {
    const count = { changed: 0, pending: 0 };
    for (const receipt of receipts) {
      const outcome = await recordReceipt(tx, workspaceId, channel, receipt, now);
      if (outcome.changed) count.changed++;
      if (outcome.pending) count.pending++;
    }
    return count;
  });
  return { object: 'receipts' as const, receipts: receipts.length, ...counts };
}

/** A string setting of the workspace's channel (its auth token, its app secret), or undefined. */
async function channelSecret(ctx: AppContext, workspaceId: string, kind: 'sms' | 'whatsapp', name: string) {
  const settings = await storedSettings(ctx.db, ctx.secretKey, workspaceId, kind);
  const value = settings?.[name];
  return typeof value === 'string' && value ? value : undefined;
}

const twilioRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );
  app.post(
    '/v1/inbound/sms/:workspaceId',
    {
      config,
      schema: {
        tags,
        summary: 'Twilio status callback: delivery receipts of SMS (form-encoded, X-Twilio-Signature)',
        description:
          'The URL is sent as each SMS’s StatusCallback. `MessageStatus` delivered marks the message `delivered` ' +
          'and logs `Message Delivered`; undelivered or failed marks it `failed` with the error code and logs ' +
          '`Message Failed`; other statuses change nothing. The signature is checked with the channel’s auth token ' +
          'over the URL under the workspace’s public URL. A callback for a message whose send’s answer is not yet ' +
          'recorded (while one of the workspace’s SMS is being sent) is kept and applied when it is; one for a ' +
          'message retain does not know otherwise is a 404 naming `MessageSid`.',
        params,
        response: { 200: resultSchema },
      },
    },
    async (request) => {
      const { workspaceId } = request.params;
      const form = (request.body ?? {}) as Record<string, string>;
      const authToken = await channelSecret(ctx, workspaceId, 'sms', 'auth_token');
      const settings = authToken ? await messagingSettingsOf(ctx.db, workspaceId, ctx.clock.now()) : null;
      const publicUrl = settings?.publicUrl ?? ctx.publicUrl ?? 'http://localhost:4280';
      // Twilio signs the URL it was given, query included; behind a proxy that is the public URL.
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      const url = receiptUrl(publicUrl, workspaceId, 'sms') + query;
      const given = request.headers['x-twilio-signature'];
      if (
        !authToken ||
        !twilioSignatureValid(authToken, url, form, typeof given === 'string' ? given : undefined)
      )
        throw signatureInvalid('X-Twilio-Signature');
      const receipt = twilioReceipt(form);
      const result = await recordAll(ctx.db, workspaceId, 'sms', receipt ? [receipt] : [], ctx.clock.now());
      ctx.wakeConsumers();
      return result;
    },
  );
};

const verification = z.object({
  'hub.mode': z.string().optional().describe('`subscribe`'),
  'hub.verify_token': z.string().optional().describe('The token typed in the Meta app’s webhook settings.'),
  'hub.challenge': z.string().min(1).max(200).describe('What the answer must be, for Meta to take the URL.'),
});

/** Compares the token Meta sends with the channel's in constant time, by their digests' bytes. */
function sameToken(given: string, expected: string): boolean {
  const digest = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest();
  return crypto.timingSafeEqual(digest(given), digest(expected));
}

const whatsAppRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/v1/inbound/whatsapp/:workspaceId',
    {
      config: {
        auth: 'none',
        budget: 'ingestion',
        errors: ['webhook_verify_token_invalid', 'resource_missing'],
      },
      schema: {
        tags,
        summary: 'WhatsApp Cloud API webhook: Meta’s verification of the URL (hub.challenge)',
        description:
          'Meta calls this once when the URL is given as the Meta app’s webhook. When `hub.mode` is `subscribe` and ' +
          '`hub.verify_token` is the channel’s `verify_token`, the answer is `hub.challenge` as text; otherwise 403. ' +
          'Changes nothing.',
        params,
        querystring: verification,
        response: {
          200: {
            description: 'The challenge, as Meta sent it.',
            content: { 'text/plain': { schema: z.string().meta({ examples: ['1158201444'] }) } },
          },
        },
      },
    },
    async (request, reply) => {
      const { workspaceId } = request.params;
      const settings = await storedSettings(ctx.db, ctx.secretKey, workspaceId, 'whatsapp');
      if (!settings)
        throw new RetainError(
          'resource_missing',
          `Workspace '${workspaceId}' has no WhatsApp channel set up.`,
          {
            param: 'workspaceId',
          },
        );
      const expected = typeof settings.verify_token === 'string' ? settings.verify_token : undefined;
      const query = request.query;
      if (
        query['hub.mode'] !== 'subscribe' ||
        !expected ||
        !sameToken(query['hub.verify_token'] ?? '', expected)
      )
        throw new RetainError(
          'webhook_verify_token_invalid',
          expected
            ? 'hub.mode is not subscribe or hub.verify_token is not the WhatsApp channel’s verify_token.'
            : 'The WhatsApp channel has no verify_token: set one, and the same in the Meta app’s webhook settings.',
        );
      return reply.type('text/plain; charset=utf-8').send(query['hub.challenge']);
    },
  );

  // The signature is over the body's bytes as sent, so the body is kept as text and parsed after.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) =>
    done(null, String(body)),
  );
  app.post(
    '/v1/inbound/whatsapp/:workspaceId',
    {
      config,
      schema: {
        tags,
        summary: 'WhatsApp Cloud API webhook: delivery receipts (statuses[], X-Hub-Signature-256)',
        description:
          'Give this URL as the Meta app’s webhook for the messages field. A `delivered` status marks its message ' +
          '`delivered` and logs `Message Delivered`; `failed` marks it `failed` and logs `Message Failed`; sent and ' +
          'read change nothing. The signature is checked with the channel’s `app_secret`.',
        params,
        response: { 200: resultSchema },
      },
    },
    async (request) => {
      const { workspaceId } = request.params;
      const raw = String(request.body ?? '');
      const appSecret = await channelSecret(ctx, workspaceId, 'whatsapp', 'app_secret');
      const given = request.headers['x-hub-signature-256'];
      if (!appSecret || !hubSignatureValid(appSecret, raw, typeof given === 'string' ? given : undefined))
        throw signatureInvalid('X-Hub-Signature-256');
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        throw new RetainError('body_invalid', 'The body is not valid JSON.');
      }
      const result = await recordAll(
        ctx.db,
        workspaceId,
        'whatsapp',
        whatsAppReceipts(body),
        ctx.clock.now(),
      );
      ctx.wakeConsumers();
      return result;
    },
  );
};

export const receiptRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  await app.register(twilioRoutes, ctx);
  await app.register(whatsAppRoutes, ctx);
};
