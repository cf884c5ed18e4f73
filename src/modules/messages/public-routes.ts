// The pages a customer reaches from a message, with no key and no cookie: the link's signature is
// the only credential. Hidden from the OpenAPI document: they are for the shop's customers, not
// for the shop's code. Plain HTML, no script and no external asset, so they work in any browser
// and leak nothing to a third party.
import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RetainError } from '../../core/errors.js';
import type { Db } from '../../db/connection.js';
import type { AppContext } from '../../http/context.js';
import { customerLocales } from '../customers/index.js';
import { getWorkspace } from '../workspaces/index.js';
import type { ChannelKind } from './channels/index.js';
import {
  channelTicked,
  confirmSubscription,
  consentOf,
  linkedCustomer,
  messageTopics,
  preferenceChannels,
  savePreferences,
  topicTicked,
  unsubscribeByLink,
  unsubscribeTarget,
  type CustomerConsent,
  type PreferenceChoice,
  type UnsubscribeTarget,
} from './consent.js';
import { pageLanguage, pageWords, type PageLanguage, type PageWords } from './page-words.js';

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => escapes[char]!);

const style = `body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;background:#f6f6f4;color:#1f1f1f}
main{max-width:34rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:8px}
h1{font-size:1.4rem;margin-top:0}fieldset{border:1px solid #ddd;border-radius:6px;margin:0 0 1rem;padding:.75rem 1rem}
legend{font-weight:600}label{display:block;margin:.3rem 0}.state{color:#666;font-size:.9rem}
.notice{background:#eef7ee;padding:.5rem .75rem;border-radius:6px}
button{font:inherit;padding:.5rem 1rem;margin:.25rem .5rem .25rem 0;border-radius:6px;border:1px solid #1f1f1f;background:#1f1f1f;color:#fff}
button.secondary{background:#fff;color:#1f1f1f}`;

function page(language: PageLanguage, title: string, body: string): string {
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title><style>${style}</style></head><body><main>${body}</main></body></html>`;
}

/**
 * The link's token is in the URL: no referrer carries it away, no cache keeps the page, no frame
 * shows it, and the page may load nothing but its own inline style.
 */
function sendPage(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply
    .status(status)
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .header('x-robots-tag', 'noindex')
    .header(
      'content-security-policy',
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
    )
    .type('text/html; charset=utf-8')
    .send(html);
}

async function languageOf(db: Db, workspaceId: string, customerId: string): Promise<PageLanguage> {
  const locale = (await customerLocales(db, workspaceId, [customerId])).get(customerId);
  return pageLanguage(locale, (await getWorkspace(db, workspaceId)).locale);
}

function invalidLinkPage(reply: FastifyReply): FastifyReply {
  const words = pageWords.en;
  return sendPage(reply, 404, page('en', words.linkInvalid, `<h1>${escapeHtml(words.linkInvalid)}</h1>`));
}

const linkInvalid = () =>
  new RetainError('link_invalid', 'This unsubscribe link is not one retain signed, or its message is gone.');

function preferencesPath(target: UnsubscribeTarget): string {
  return `/m/p/${target.workspaceId}/${target.customerId}/${target.preferencesToken}`;
}

function what(words: PageWords, target: UnsubscribeTarget): string {
  const channel = words.channels[target.channel];
  return target.topic ? `${words.topics[target.topic]} · ${channel}` : channel;
}

function unsubscribePage(words: PageWords, language: PageLanguage, target: UnsubscribeTarget): string {
  return page(
    language,
    words.unsubscribeTitle,
    `<h1>${escapeHtml(words.unsubscribeTitle)}</h1>
<p>${escapeHtml(words.unsubscribeQuestion)}</p><p><strong>${escapeHtml(what(words, target))}</strong></p>
<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">${escapeHtml(words.unsubscribeButton)}</button></form>
<p><a href="${escapeHtml(preferencesPath(target))}">${escapeHtml(words.managePreferences)}</a></p>`,
  );
}

function unsubscribedPage(words: PageWords, language: PageLanguage, target: UnsubscribeTarget): string {
  return page(
    language,
    words.unsubscribeTitle,
    `<h1>${escapeHtml(words.unsubscribeTitle)}</h1>
<p class="notice" role="status">${escapeHtml(words.unsubscribed)}</p><p><strong>${escapeHtml(what(words, target))}</strong></p>
<p><a href="${escapeHtml(preferencesPath(target))}">${escapeHtml(words.managePreferences)}</a></p>`,
  );
}

function channelFieldset(words: PageWords, channel: ChannelKind, consent: CustomerConsent): string {
  const state = consent[channel];
  const checked = (on: boolean) => (on ? ' checked' : '');
  const topics = messageTopics
    .map(
      (topic) =>
        `<label><input type="checkbox" name="topic.${channel}.${topic}"${checked(topicTicked(state.topics[topic]))}> ${escapeHtml(words.topics[topic])}</label>`,
    )
    .join('\n');
  return `<fieldset><legend>${escapeHtml(words.channels[channel])}</legend>
<label><input type="checkbox" name="channel.${channel}"${checked(channelTicked(state.status))}> ${escapeHtml(words.receiveOnChannel)}
<span class="state">(${escapeHtml(words.states[state.status])})</span></label>
<p class="state">${escapeHtml(words.topicsHeading)}</p>
${topics}
</fieldset>`;
}

async function preferencesPage(
  db: Db,
  workspaceId: string,
  customerId: string,
  saved: boolean,
): Promise<string> {
  const language = await languageOf(db, workspaceId, customerId);
  const words = pageWords[language];
  const consent = (await consentOf(db, workspaceId, [customerId])).get(customerId)!;
  const channels = await preferenceChannels(db, workspaceId, consent);
  return page(
    language,
    words.preferencesTitle,
    `<h1>${escapeHtml(words.preferencesTitle)}</h1><p>${escapeHtml(words.preferencesIntro)}</p>
${saved ? `<p class="notice" role="status">${escapeHtml(words.saved)}</p>` : ''}
<form method="post"><input type="hidden" name="channels" value="${channels.join(' ')}">
${channels.map((channel) => channelFieldset(words, channel, consent)).join('\n')}
<button type="submit" name="action" value="save">${escapeHtml(words.save)}</button>
<button type="submit" name="action" value="unsubscribe_all" class="secondary">${escapeHtml(words.unsubscribeAll)}</button>
</form>`,
  );
}

function formFields(body: unknown): Map<string, string> {
  if (!body || typeof body !== 'object') return new Map();
  return new Map(
    Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/** The form as choices: a box left unticked is sent by no browser, so absent means unticked. */
function preferenceChoices(
  fields: Map<string, string>,
  channels: readonly ChannelKind[],
): PreferenceChoice[] {
  const shown = new Set((fields.get('channels') ?? '').split(' '));
  const everything = fields.get('action') === 'unsubscribe_all';
  return channels
    .filter((channel) => shown.has(channel))
    .map((channel) => ({
      channel,
      subscribed: !everything && fields.has(`channel.${channel}`),
      topics: everything
        ? {}
        : Object.fromEntries(messageTopics.map((topic) => [topic, fields.has(`topic.${channel}.${topic}`)])),
    }));
}

function confirmPage(words: PageWords, language: PageLanguage, body: string): string {
  return page(language, words.confirmTitle, `<h1>${escapeHtml(words.confirmTitle)}</h1>${body}`);
}

/** Browsers ask for HTML; a mail provider's one-click POST gets the short text RFC 8058 expects. */
const wantsHtml = (request: FastifyRequest) => (request.headers.accept ?? '').includes('text/html');

const messageParams = z.object({
  workspaceId: z.string().min(1),
  messageId: z.string().min(1),
  token: z.string().min(1),
});
const customerParams = z.object({
  workspaceId: z.string().min(1),
  customerId: z.string().min(1),
  token: z.string().min(1),
});

export const messagePublicRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  // RFC 8058 §3.1: the one-click POST is form data, urlencoded or multipart; what it says is fixed
  // (List-Unsubscribe=One-Click), so a multipart body need not be parsed.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );
  app.addContentTypeParser('multipart/form-data', { parseAs: 'string' }, (_request, _body, done) =>
    done(null, {}),
  );

  const open = { auth: 'none' } as const;
  const hide = true;

  app.post(
    '/m/u/:workspaceId/:messageId/:token',
    // Mailbox providers send the one-click POSTs of many recipients from a few addresses.
    { config: { ...open, budget: 'ingestion' }, schema: { hide, params: messageParams } },
    async (request, reply) => {
      const target = await unsubscribeByLink(ctx.db, request.params, ctx.clock.now());
      if (!target) throw linkInvalid();
      if (!wantsHtml(request))
        return reply.status(200).type('text/plain; charset=utf-8').send('Unsubscribed.\n');
      const language = await languageOf(ctx.db, target.workspaceId, target.customerId);
      return sendPage(reply, 200, unsubscribedPage(pageWords[language], language, target));
    },
  );

  app.get(
    '/m/u/:workspaceId/:messageId/:token',
    { config: open, schema: { hide, params: messageParams } },
    async (request, reply) => {
      const target = await unsubscribeTarget(ctx.db, request.params);
      if (!target) return invalidLinkPage(reply);
      const language = await languageOf(ctx.db, target.workspaceId, target.customerId);
      return sendPage(reply, 200, unsubscribePage(pageWords[language], language, target));
    },
  );

  app.get(
    '/m/p/:workspaceId/:customerId/:token',
    { config: open, schema: { hide, params: customerParams } },
    async (request, reply) => {
      const customerId = await linkedCustomer(ctx.db, 'preferences', request.params);
      if (!customerId) return invalidLinkPage(reply);
      return sendPage(
        reply,
        200,
        await preferencesPage(ctx.db, request.params.workspaceId, customerId, false),
      );
    },
  );

  app.post(
    '/m/p/:workspaceId/:customerId/:token',
    { config: open, schema: { hide, params: customerParams } },
    async (request, reply) => {
      const { workspaceId } = request.params;
      const customerId = await linkedCustomer(ctx.db, 'preferences', request.params);
      if (!customerId) return invalidLinkPage(reply);
      const consent = (await consentOf(ctx.db, workspaceId, [customerId])).get(customerId)!;
      const choices = preferenceChoices(
        formFields(request.body),
        await preferenceChannels(ctx.db, workspaceId, consent),
      );
      await savePreferences(ctx.db, { workspaceId, customerId, choices, at: ctx.clock.now() });
      return sendPage(reply, 200, await preferencesPage(ctx.db, workspaceId, customerId, true));
    },
  );

  // Link scanners follow every link in a mail: the GET only shows a button, the POST confirms.
  app.get(
    '/m/confirm/:workspaceId/:customerId/:token',
    { config: open, schema: { hide, params: customerParams } },
    async (request, reply) => {
      const customerId = await linkedCustomer(ctx.db, 'confirm', request.params);
      if (!customerId) return invalidLinkPage(reply);
      const language = await languageOf(ctx.db, request.params.workspaceId, customerId);
      const words = pageWords[language];
      return sendPage(
        reply,
        200,
        confirmPage(
          words,
          language,
          `<form method="post"><button type="submit">${escapeHtml(words.confirmTitle)}</button></form>`,
        ),
      );
    },
  );

  app.post(
    '/m/confirm/:workspaceId/:customerId/:token',
    { config: open, schema: { hide, params: customerParams } },
    async (request, reply) => {
      const { workspaceId } = request.params;
      const customerId = await linkedCustomer(ctx.db, 'confirm', request.params);
      if (!customerId) return invalidLinkPage(reply);
      const state = await ctx.db.transaction((tx) =>
        confirmSubscription(tx, { workspaceId, customerId, at: ctx.clock.now() }),
      );
      const language = await languageOf(ctx.db, workspaceId, customerId);
      const words = pageWords[language];
      const said = state === 'subscribed' ? words.confirmed : words.nothingToConfirm;
      return sendPage(
        reply,
        200,
        confirmPage(words, language, `<p class="notice" role="status">${escapeHtml(said)}</p>`),
      );
    },
  );
};
