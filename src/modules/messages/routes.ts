import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { listPage, paginationQuery } from '../../http/pagination.js';
import { principal } from '../../http/principal.js';
import { listChannels, putChannel, removeChannel, type ChannelView } from './channel-store.js';
import { channelKinds } from './channels/index.js';
import { getMessage, listMessages, sendMessage } from './messages.js';
import { pacingOf } from './dispatch/index.js';
import * as schemas from './route-schemas.js';
import { messagingSettingsOf, updateMessagingSettings, type MessagingSettings } from './settings.js';
import { renderPreview, sendTest } from './template-preview.js';
import {
  archiveTemplate,
  createFromLibrary,
  createTemplate,
  libraryTemplates,
  getTemplate,
  listTemplates,
  updateTemplate,
  type TemplateView,
} from './template-store.js';
import type { TemplateSource } from './templates/index.js';

const idParams = z.object({ id: z.string() });
const kindParams = z.object({
  kind: z.enum(channelKinds.filter((kind) => kind !== 'in_app') as [string, ...string[]]),
});

function presentTemplate(view: TemplateView) {
  return {
    object: 'template' as const,
    id: view.id,
    name: view.name,
    channel: view.channel,
    version: view.version,
    language: view.language,
    library_key: view.libraryKey,
    source: view.source as unknown as Record<string, unknown>,
    archived: view.archivedAt !== null,
    created: view.createdAt.toISOString(),
    updated: view.updatedAt.toISOString(),
  };
}

function presentChannel(view: ChannelView) {
  return {
    object: 'channel' as const,
    kind: view.kind,
    settings: view.settings,
    updated: view.updatedAt.toISOString(),
  };
}

function presentSettings(settings: MessagingSettings) {
  return {
    object: 'messaging_settings' as const,
    pacing: pacingOf(settings.pacing),
    track_opens: settings.trackOpens,
    track_clicks: settings.trackClicks,
    double_opt_in: settings.doubleOptIn,
    consent_traits: settings.consentTraits,
    public_url: settings.publicUrl,
    shop_url: settings.shopUrl,
  };
}

type TemplateFields = Omit<z.infer<typeof schemas.templateChanges>, 'name'>;

/** The API's fields as a stored source; the format follows the body when not given. */
function sourceOf(
  channel: TemplateSource['channel'],
  fields: TemplateFields & { body: string },
): TemplateSource {
  const { format, ...rest } = fields;
  const guessed = channel !== 'email' ? 'text' : /^\s*<mjml[\s>]/i.test(fields.body) ? 'mjml' : 'html';
  return { ...rest, channel, format: format ?? guessed } as TemplateSource;
}

/** The saved source with an edit's fields over it, as a PATCH saves it and a preview renders it. */
function editedSource(current: TemplateView, fields: TemplateFields): TemplateSource {
  const { channel: _channel, ...kept } = current.source;
  return sourceOf(current.channel, {
    ...kept,
    ...fields,
    body: fields.body ?? kept.body,
  } as TemplateFields & { body: string });
}

const publicUrlOf = (ctx: AppContext) => ctx.publicUrl ?? 'http://localhost:4280';

export const messageRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const tags = ['messages'];
  app.post(
    '/v1/messages',
    {
      config: { errors: ['resource_missing', 'template_archived'] },
      schema: {
        tags,
        summary: 'Send a message to a customer (through the outbox: consent, caps and quiet hours apply)',
        body: schemas.sendBody,
        response: { 200: schemas.messageSchema, 201: schemas.messageSchema },
      },
    },
    async (request, reply) => {
      const { message, created } = await sendMessage(ctx.db, principal(request).workspaceId, request.body, {
        now: ctx.clock.now(),
        idempotencyKey: request.idempotencyKey ?? undefined,
      });
      ctx.wakeDispatcher?.();
      return reply.status(created ? 201 : 200).send(message);
    },
  );
  app.get(
    '/v1/messages/:id',
    {
      schema: {
        tags,
        summary: 'A message, its status and why',
        params: idParams,
        response: { 200: schemas.messageSchema },
      },
    },
    async (request) => getMessage(ctx.db, principal(request).workspaceId, request.params.id),
  );
  app.get(
    '/v1/messages',
    {
      schema: {
        tags,
        summary: 'Messages, newest first (provider=development_outbox: the development outbox)',
        querystring: paginationQuery.extend({
          status: schemas.messageSchema.shape.status.optional(),
          provider: z.string().max(40).optional(),
          channel: z.enum(channelKinds).optional(),
        }),
        response: { 200: schemas.messageListSchema },
      },
    },
    async (request) =>
      listPage(
        await listMessages(ctx.db, principal(request).workspaceId, request.query),
        request.query.limit,
      ),
  );
  app.get(
    '/v1/customers/:id/messages',
    {
      schema: {
        tags,
        summary: 'A customer’s messages, newest first, each with its outcome and why',
        params: idParams,
        querystring: paginationQuery,
        response: { 200: schemas.messageListSchema },
      },
    },
    async (request) =>
      listPage(
        await listMessages(ctx.db, principal(request).workspaceId, {
          ...request.query,
          customerRef: request.params.id,
        }),
        request.query.limit,
      ),
  );

  app.post(
    '/v1/templates',
    {
      schema: {
        tags,
        summary: 'Create a template (compiled now: a template that does not compile is refused)',
        body: schemas.templateBody,
        response: { 201: schemas.templateSchema },
      },
    },
    async (request, reply) => {
      const { name, channel, language, ...fields } = request.body;
      const view = await createTemplate(
        ctx.db,
        principal(request).workspaceId,
        { name, channel, language: language ?? null, source: sourceOf(channel, fields) },
        ctx.clock.now(),
      );
      return reply.status(201).send(presentTemplate(view));
    },
  );
  app.get(
    '/v1/templates',
    {
      schema: {
        tags,
        summary: 'Templates, newest first',
        querystring: paginationQuery.extend({ include_archived: z.enum(['true', 'false']).optional() }),
        response: { 200: schemas.templateListSchema },
      },
    },
    async (request) => {
      const { limit, starting_after, include_archived } = request.query;
      const views = await listTemplates(ctx.db, principal(request).workspaceId, {
        limit: limit + 1,
        startingAfter: starting_after,
        includeArchived: include_archived === 'true',
      });
      return listPage(views.map(presentTemplate), limit);
    },
  );
  app.get(
    '/v1/templates/library',
    {
      schema: {
        tags,
        summary:
          'The ready-made lifecycle templates (welcome, thank-you, win-back…) in English, Vietnamese, Thai and Japanese',
        querystring: z.object({
          language: z.enum(['en', 'vi', 'th', 'ja']).optional(),
          channel: z.enum(['email', 'sms', 'line']).optional(),
        }),
        response: { 200: schemas.libraryListSchema },
      },
    },
    async (request) => ({
      object: 'list' as const,
      data: libraryTemplates(request.query).map((entry) => ({
        object: 'library_template' as const,
        ...entry,
      })),
      has_more: false,
    }),
  );
  app.post(
    '/v1/templates/library',
    {
      config: { errors: ['resource_missing'] },
      schema: {
        tags,
        summary: 'Make a template of your own from a ready-made one',
        body: schemas.libraryChoice,
        response: { 201: schemas.templateSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentTemplate(
            await createFromLibrary(ctx.db, principal(request).workspaceId, request.body, ctx.clock.now()),
          ),
        ),
  );
  app.get(
    '/v1/templates/:id',
    {
      schema: {
        tags,
        summary: 'A template (its current version, or ?version=N)',
        params: idParams,
        querystring: z.object({ version: z.coerce.number().int().min(1).optional() }),
        response: { 200: schemas.templateSchema },
      },
    },
    async (request) =>
      presentTemplate(
        await getTemplate(ctx.db, principal(request).workspaceId, request.params.id, request.query.version),
      ),
  );
  app.patch(
    '/v1/templates/:id',
    {
      schema: {
        tags,
        summary: 'Change a template: a new version (messages already made keep theirs)',
        params: idParams,
        body: schemas.templateChanges,
        response: { 200: schemas.templateSchema },
      },
    },
    async (request) => {
      const workspaceId = principal(request).workspaceId;
      const { name, ...fields } = request.body;
      const changesSource = Object.keys(fields).length > 0;
      const source = changesSource
        ? editedSource(await getTemplate(ctx.db, workspaceId, request.params.id), fields)
        : undefined;
      return presentTemplate(
        await updateTemplate(ctx.db, workspaceId, request.params.id, { name, source }, ctx.clock.now()),
      );
    },
  );
  app.post(
    '/v1/templates/:id/archive',
    {
      schema: {
        tags,
        summary: 'Archive a template: nothing new is sent with it',
        params: idParams,
        response: { 200: schemas.templateSchema },
      },
    },
    async (request) =>
      presentTemplate(
        await archiveTemplate(ctx.db, principal(request).workspaceId, request.params.id, ctx.clock.now()),
      ),
  );
  app.post(
    '/v1/templates/:id/preview',
    {
      config: { minRole: 'analyst' },
      schema: {
        tags,
        summary:
          'Render a template, or an unsaved draft of it, with a customer’s data (or a sample customer)',
        params: idParams,
        body: schemas.previewBody,
        response: { 200: schemas.renderedSchema },
      },
    },
    async (request) => {
      const workspaceId = principal(request).workspaceId;
      const { draft, ...rest } = request.body;
      const template = await getTemplate(ctx.db, workspaceId, request.params.id);
      const rendered = await renderPreview(
        ctx.db,
        workspaceId,
        template,
        { ...rest, draft: draft ? editedSource(template, draft) : undefined },
        {
          now: ctx.clock.now(),
          publicUrl: publicUrlOf(ctx),
        },
      );
      return {
        object: 'rendered_message' as const,
        channel: rendered.channel,
        content: { ...rendered.content },
      };
    },
  );
  app.post(
    '/v1/templates/:id/test',
    {
      schema: {
        tags,
        summary: 'Send a template once to an address of yours, through the channel',
        params: idParams,
        body: schemas.testSendBody,
        response: {
          200: z.object({
            object: z.literal('test_send'),
            outcome: z.string(),
            reason: z.string().nullable(),
            content: z.record(z.string(), z.unknown()),
          }),
        },
      },
    },
    async (request) => {
      const sent = await sendTest(
        ctx.db,
        ctx.secretKey,
        principal(request).workspaceId,
        request.params.id,
        request.body,
        {
          now: ctx.clock.now(),
          publicUrl: publicUrlOf(ctx),
        },
      );
      return { ...sent, content: { ...sent.content } };
    },
  );

  app.get(
    '/v1/channels',
    {
      schema: {
        tags,
        summary: 'The channels set up (secrets never shown)',
        response: { 200: schemas.channelListSchema },
      },
    },
    async (request) => ({
      object: 'list' as const,
      data: (await listChannels(ctx.db, principal(request).workspaceId)).map(presentChannel),
      has_more: false,
    }),
  );
  app.put(
    '/v1/channels/:kind',
    {
      config: { errors: ['secret_key_missing', 'channel_verification_failed'] },
      schema: {
        tags,
        summary:
          'Set up a channel (email: smtp_url and from); ?verify=true checks the credentials with the provider first',
        params: kindParams,
        querystring: z.object({ verify: z.enum(['true', 'false']).optional() }),
        body: z.record(z.string(), z.unknown()),
        response: { 200: schemas.channelSchema },
      },
    },
    async (request) =>
      presentChannel(
        await putChannel(
          ctx.db,
          ctx.secretKey,
          principal(request).workspaceId,
          request.params.kind,
          request.body,
          {
            verify: request.query.verify === 'true',
            now: ctx.clock.now(),
          },
        ),
      ),
  );
  app.delete(
    '/v1/channels/:kind',
    {
      schema: {
        tags,
        summary: 'Remove a channel: its messages go to the development outbox',
        params: kindParams,
        response: { 200: z.object({ object: z.literal('channel'), kind: z.string(), deleted: z.boolean() }) },
      },
    },
    async (request) => ({
      object: 'channel' as const,
      kind: request.params.kind,
      deleted: await removeChannel(ctx.db, principal(request).workspaceId, request.params.kind),
    }),
  );

  app.get(
    '/v1/messaging/settings',
    {
      schema: {
        tags,
        summary: 'Pacing (caps, quiet hours), tracking and consent settings',
        response: { 200: schemas.messagingSettingsSchema },
      },
    },
    async (request) =>
      presentSettings(await messagingSettingsOf(ctx.db, principal(request).workspaceId, ctx.clock.now())),
  );
  app.patch(
    '/v1/messaging/settings',
    {
      schema: {
        tags,
        summary: 'Change pacing, tracking or consent settings',
        body: schemas.messagingSettingsChanges,
        response: { 200: schemas.messagingSettingsSchema },
      },
    },
    async (request) =>
      presentSettings(
        await updateMessagingSettings(ctx.db, principal(request).workspaceId, request.body, ctx.clock.now()),
      ),
  );
};
