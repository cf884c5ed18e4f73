// The template engine: Liquid (strict) over the template context, MJML compiled once per template
// version, and the rendering of one message for one reader into what the channel adapter sends.
//
// Liquid in MJML: `{{ … }}` may sit in text and in attribute values (`href="{{ links.unsubscribe }}"`,
// `src="{{ sender.photo_url }}"`); MJML copies both into its HTML. Block tags (`{% if %}`, `{% for %}`)
// must sit inside an `mj-text` or `mj-raw`: between MJML elements MJML drops them without a word,
// which would turn a conditional paragraph into an unconditional one, so compiling checks that every
// Liquid tag of the source is still in the HTML and refuses the template otherwise.
import { Liquid, LiquidError, type Template } from 'liquidjs';
import mjml from 'mjml';
import { assert } from '../../../core/assert.js';
import type { ChannelKind, Mailbox, RenderedContent } from '../channels/index.js';
import { reservedNames, templateScope, type TemplateContext, type TemplateSender } from './context.js';
import { RenderError, TemplateError } from './errors.js';
import { formattingFilters, readerKey, type ReaderFormat } from './filters.js';
import {
  escapeHtml,
  footerHtml,
  footerText,
  hasSignature,
  senderBlockHtml,
  senderBlockText,
} from './footer.js';
import { htmlToText } from './html-text.js';
import { templateParseCharsMax, templateRenderMsMax } from '../../../core/limits.js';

export type TemplateFormat = 'mjml' | 'html' | 'text';

interface TemplateSenderSource {
  name: string;
  address?: string | null;
  reply_to?: string | null;
  /** Plain text; line breaks are kept. */
  signature?: string | null;
  photo_url?: string | null;
}

/** One template version as stored. Every string field may hold Liquid. */
export interface TemplateSource {
  channel: ChannelKind;
  subject?: string;
  preheader?: string;
  body: string;
  text_body?: string;
  title?: string;
  url?: string;
  provider_template?: string;
  provider_language?: string;
  provider_params?: Record<string, string>;
  sender?: TemplateSenderSource;
  /** `mjml` and `html` are for email only; `text` for every channel. */
  format: TemplateFormat;
}

/** Who reads the message. */
export interface Reader {
  locale: string;
  timeZone: string;
}

type Parsed = Template[];

interface ParsedParts {
  subject: Parsed | null;
  preheader: Parsed | null;
  /** email in mjml/html: the compiled HTML, output HTML-escaped. */
  html: Parsed | null;
  /** email: text_body, else the text derived from the HTML once; other channels: the body. */
  text: Parsed | null;
  /** The derived text did not parse as Liquid: derive from each rendered HTML instead. */
  textFromRenderedHtml: boolean;
  title: Parsed | null;
  url: Parsed | null;
  providerTemplate: Parsed | null;
  providerLanguage: Parsed | null;
  providerParams: [string, Parsed][];
}

export interface CompiledTemplate {
  readonly source: TemplateSource;
  /**
   * email in mjml or html: the HTML with its Liquid still in it, to store with the template version
   * and hand to `fromCompiled` after a restart; null for other formats and channels.
   */
  readonly compiledHtml: string | null;
  readonly parts: ParsedParts;
}

const strict = {
  strictVariables: true,
  strictFilters: true,
  ownPropertyOnly: true,
  // An in-memory (empty) file system: nothing is ever read from disk.
  templates: {},
  renderLimit: templateRenderMsMax,
  parseLimit: templateParseCharsMax,
};

function configured(engine: Liquid): Liquid {
  for (const [name, filter] of Object.entries(formattingFilters)) engine.registerFilter(name, filter);
  // A template is one self-contained text: no partials or layouts to include.
  for (const tag of ['include', 'render', 'layout']) {
    engine.registerTag(tag, {
      parse() {
        throw new Error(`{% ${tag} %} is not available in message templates`);
      },
      render() {
        return '';
      },
    });
  }
  return engine;
}

// Two instances configured alike, because LiquidJS applies `outputEscape` when it parses: the HTML
// body escapes every output (a customer named `<script>` stays text), the subject, preheader,
// plain text and channel texts are not HTML and must not be escaped.
const htmlLiquid = configured(new Liquid({ ...strict, outputEscape: 'escape' }));
const textLiquid = configured(new Liquid(strict));

function liquidMessage(error: unknown): string {
  if (LiquidError.is(error)) {
    const base = (error.originalError?.message ?? error.message).replace(/, line:\d+, col:\d+$/, '');
    const [line, column] = error.token.getPosition();
    return `${base} (line ${line}, column ${column})`;
  }
  return error instanceof Error ? error.message : String(error);
}

function parse(engine: Liquid, field: string, text: string | undefined): Parsed | null {
  if (text === undefined) return null;
  try {
    return engine.parse(text);
  } catch (error) {
    throw new TemplateError(field, `${field}: ${liquidMessage(error)}`);
  }
}

const liquidMarkup = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g;

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** MJML drops Liquid tags placed between its elements; a template that lost one is refused. */
function checkLiquidSurvived(mjmlSource: string, html: string): void {
  const normalise = (markup: string) => markup.replace(/\s+/g, ' ');
  const remaining = new Map<string, number>();
  for (const markup of html.match(liquidMarkup) ?? []) {
    const key = normalise(markup);
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  for (const match of mjmlSource.matchAll(liquidMarkup)) {
    const key = normalise(match[0]);
    const left = remaining.get(key) ?? 0;
    if (left === 0) {
      throw new TemplateError(
        'body',
        `body: ${match[0]} (line ${lineOf(mjmlSource, match.index)}) is outside mj-text or mj-raw, where MJML drops it: put Liquid tags inside an mj-text or mj-raw`,
      );
    }
    remaining.set(key, left - 1);
  }
}

async function compileMjml(body: string): Promise<string> {
  let result: Awaited<ReturnType<typeof mjml>>;
  try {
    result = await mjml(body, { validationLevel: 'strict', keepComments: false, fonts: {} });
  } catch (error) {
    const errors = (error as { errors?: { line?: number; message?: string }[] }).errors;
    const first = errors?.[0];
    const detail = first
      ? `${first.message ?? 'invalid MJML'} (line ${first.line ?? '?'})${errors.length > 1 ? ` and ${errors.length - 1} more` : ''}`
      : error instanceof Error
        ? error.message
        : String(error);
    throw new TemplateError('body', `body: MJML: ${detail}`);
  }
  return result.html;
}

function requireField(source: TemplateSource, field: 'subject' | 'provider_template', what: string): void {
  if (!source[field]?.trim()) throw new TemplateError(field, `${field}: ${what}`);
}

function checkShape(source: TemplateSource): void {
  if (source.format === 'mjml' || source.format === 'html') {
    if (source.channel !== 'email') {
      throw new TemplateError(
        'format',
        `format: ${source.format} is for email; a ${source.channel} template is text`,
      );
    }
  }
  if (source.channel === 'email') requireField(source, 'subject', 'an email needs a subject');
  if (source.channel === 'zalo' || source.channel === 'whatsapp') {
    requireField(source, 'provider_template', `a ${source.channel} message names its approved template`);
  }
}

/** Parses every Liquid part; the HTML is given (compiled MJML, the HTML source, or null). */
function assemble(source: TemplateSource, compiledHtml: string | null): CompiledTemplate {
  const html = compiledHtml === null ? null : parse(htmlLiquid, 'body', compiledHtml);
  let text: Parsed | null;
  let textFromRenderedHtml = false;
  if (source.channel === 'email' && source.text_body !== undefined) {
    text = parse(textLiquid, 'text_body', source.text_body);
  } else if (compiledHtml !== null) {
    try {
      text = textLiquid.parse(htmlToText(compiledHtml));
    } catch {
      text = null;
      textFromRenderedHtml = true;
    }
  } else {
    text = parse(textLiquid, 'body', source.body);
  }
  return {
    source,
    compiledHtml,
    parts: {
      subject: parse(textLiquid, 'subject', source.subject),
      preheader: parse(textLiquid, 'preheader', source.preheader),
      html,
      text,
      textFromRenderedHtml,
      title: parse(textLiquid, 'title', source.title),
      url: parse(textLiquid, 'url', source.url),
      providerTemplate: parse(textLiquid, 'provider_template', source.provider_template),
      providerLanguage: parse(textLiquid, 'provider_language', source.provider_language),
      providerParams: Object.entries(source.provider_params ?? {}).map(([key, value]) => [
        key,
        parse(textLiquid, `provider_params.${key}`, value)!,
      ]),
    },
  };
}

/**
 * Compiles a template version: MJML to HTML (once; store `compiledHtml`), every Liquid part parsed.
 * Throws TemplateError naming the field when anything does not compile.
 */
export async function compileTemplate(source: TemplateSource): Promise<CompiledTemplate> {
  checkShape(source);
  if (source.channel !== 'email' || source.format === 'text') return assemble(source, null);
  if (source.format === 'html') return assemble(source, source.body);
  // The source's own Liquid is checked first, so a syntax error points into what the author wrote.
  parse(htmlLiquid, 'body', source.body);
  const html = await compileMjml(source.body);
  checkLiquidSurvived(source.body, html);
  return assemble(source, html);
}

/** A compiled template from its stored HTML: Liquid is parsed again, MJML is not run. */
export function fromCompiled(source: TemplateSource, compiledHtml: string | null): CompiledTemplate {
  checkShape(source);
  assert(
    (compiledHtml !== null) === (source.channel === 'email' && source.format !== 'text'),
    'an HTML email is restored with its compiled HTML, any other template without',
  );
  return assemble(source, compiledHtml);
}

/**
 * The producer data a template reads (`order.total`, `coupon.code`, `data.order.url`), sorted: what a
 * journey or API call must put in `data` for the template to render (variables are strict).
 */
export function requiredData(compiled: CompiledTemplate): string[] {
  const { parts } = compiled;
  const parsed = [
    parts.subject,
    parts.preheader,
    parts.html,
    parts.text,
    parts.title,
    parts.url,
    parts.providerTemplate,
    parts.providerLanguage,
    ...parts.providerParams.map(([, template]) => template),
  ];
  const paths = new Set<string>();
  for (const templates of parsed) {
    if (templates === null) continue;
    for (const path of textLiquid.globalFullVariablesSync(templates)) {
      const root = path.split(/[.[]/)[0]!;
      if (root === 'data' || !reservedNames.has(root)) paths.add(path.replace(/^data\./, ''));
    }
  }
  return [...paths].sort();
}

function render(engine: Liquid, field: string, parsed: Parsed, scope: object): string {
  try {
    return String(engine.renderSync(parsed, scope));
  } catch (error) {
    throw new RenderError(field, `${liquidMessage(error)} in ${field}`);
  }
}

function renderOptional(field: string, parsed: Parsed | null, scope: object): string | undefined {
  return parsed === null ? undefined : render(textLiquid, field, parsed, scope);
}

function senderOf(source: TemplateSource, context: TemplateContext): TemplateSender {
  const sender = source.sender;
  return {
    name: sender?.name ?? context.shop.name,
    address: sender?.address ?? null,
    reply_to: sender?.reply_to ?? null,
    signature: sender?.signature ?? null,
    photo_url: sender?.photo_url ?? null,
  };
}

// Stands for `{{ sender_block }}` in the escaped HTML render (it has nothing to escape), then is
// replaced by the block's HTML, which escaping would otherwise have turned into text.
const senderBlockMarker = '\u0002retain-sender-block\u0003';

// Clients show the first text of the body after the subject; the hidden preheader is that text, and
// the zero-width padding after it keeps the visible body from running on into the preview.
const preheaderStyle =
  'display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;mso-hide:all;';
const preheaderPadding = '&#847;&zwnj;&nbsp;'.repeat(30);

function insertAfterBodyOpen(html: string, insert: string): string {
  const open = /<body\b[^>]*>/i.exec(html);
  if (!open) return insert + html;
  const at = open.index + open[0].length;
  return html.slice(0, at) + insert + html.slice(at);
}

function insertBeforeBodyClose(html: string, insert: string): string {
  const at = html.search(/<\/body\s*>(?![\s\S]*<\/body\s*>)/i);
  return at === -1 ? html + insert : html.slice(0, at) + insert + html.slice(at);
}

function containsLink(html: string, url: string): boolean {
  return html.includes(url) || html.includes(escapeHtml(url));
}

interface EmailScopes {
  text: object;
  html: object;
}

function renderEmail(
  compiled: CompiledTemplate,
  context: TemplateContext,
  reader: Reader,
  sender: TemplateSender,
  scopes: EmailScopes,
): RenderedContent {
  const { parts } = compiled;
  const links = context.links;
  const shop = context.shop.name;
  const preheader = renderOptional('preheader', parts.preheader, scopes.text);
  let html: string | undefined;
  let text: string;
  let senderBlockPlaced = true;
  if (parts.html !== null) {
    const rendered = render(htmlLiquid, 'body', parts.html, scopes.html);
    senderBlockPlaced = rendered.includes(senderBlockMarker);
    let body = rendered.replaceAll(senderBlockMarker, senderBlockHtml(sender));
    let tail = '';
    if (!senderBlockPlaced && hasSignature(sender)) {
      tail += `<div style="max-width:600px;margin:0 auto;padding:0 16px;">${senderBlockHtml(sender)}</div>`;
    }
    if (!containsLink(body, links.unsubscribe)) tail += footerHtml(reader.locale, shop, links);
    if (tail) body = insertBeforeBodyClose(body, tail);
    if (preheader) {
      body = insertAfterBodyOpen(
        body,
        `<div style="${preheaderStyle}">${escapeHtml(preheader)}${preheaderPadding}</div>`,
      );
    }
    html = body;
    text =
      parts.text !== null ? render(textLiquid, 'text_body', parts.text, scopes.text) : htmlToText(rendered);
    if (parts.textFromRenderedHtml) text = text.replaceAll(senderBlockMarker, senderBlockText(sender));
  } else {
    text = render(textLiquid, 'body', parts.text!, scopes.text);
  }
  if (!senderBlockPlaced && hasSignature(sender) && compiled.source.text_body === undefined) {
    text += `\n\n${senderBlockText(sender)}`;
  }
  if (!text.includes(links.unsubscribe)) text += `\n\n${footerText(reader.locale, shop, links)}`;
  const from: Mailbox | undefined = sender.address
    ? { name: sender.name, address: sender.address }
    : undefined;
  return {
    subject: render(textLiquid, 'subject', parts.subject!, scopes.text),
    ...(preheader !== undefined && { preheader }),
    ...(html !== undefined && { html }),
    text,
    ...(from && { from }),
    replyTo: sender.reply_to ? { name: sender.name, address: sender.reply_to } : null,
  };
}

function renderOther(compiled: CompiledTemplate, scope: object): RenderedContent {
  const { parts } = compiled;
  const text = render(textLiquid, 'body', parts.text!, scope);
  const title = renderOptional('title', parts.title, scope);
  const url = renderOptional('url', parts.url, scope);
  const providerTemplate = renderOptional('provider_template', parts.providerTemplate, scope);
  const providerLanguage = renderOptional('provider_language', parts.providerLanguage, scope);
  const content: RenderedContent = {
    text,
    ...(title !== undefined && { title }),
    ...(url !== undefined && { url }),
    ...(providerTemplate !== undefined && { providerTemplate }),
    ...(providerLanguage !== undefined && { providerLanguage }),
  };
  if (parts.providerParams.length > 0) {
    content.providerParams = Object.fromEntries(
      parts.providerParams.map(([key, parsed]) => [
        key,
        render(textLiquid, `provider_params.${key}`, parsed, scope),
      ]),
    );
  }
  if (compiled.source.channel === 'webhook') {
    content.payload = { text, ...(title !== undefined && { title }), ...(url !== undefined && { url }) };
  }
  return content;
}

/**
 * Renders one message for one reader, every field or none: an unknown variable or a filter that
 * refuses its value throws RenderError naming it. Every email ends up with a visible unsubscribe
 * link (the template's, else a footer in the reader's language) and, when the sender has a
 * signature or photo, the sender block (where `{{ sender_block }}` stands, else above the footer).
 */
export function renderMessage(
  compiled: CompiledTemplate,
  context: TemplateContext,
  reader: Reader,
): RenderedContent {
  const sender = senderOf(compiled.source, context);
  const format: ReaderFormat = {
    locale: reader.locale,
    timeZone: reader.timeZone,
    currency: context.shop.currency,
  };
  const text = Object.assign(templateScope(context, sender, senderBlockText(sender)), {
    [readerKey]: format,
  });
  if (compiled.source.channel !== 'email') return renderOther(compiled, text);
  const html = { ...text, sender_block: senderBlockMarker };
  return renderEmail(compiled, context, reader, sender, { text, html });
}
