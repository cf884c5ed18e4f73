// A template as a customer would receive it: rendered with a real customer's data (or the sample
// customer of the template's language) for the editor's live preview — the saved version, or the
// editor's unsaved draft compiled on the spot and never stored — and sent once to an address
// the marketer gives, outside the outbox (a test is not a message to a customer: no consent, caps
// or log events apply).
import { RetainError } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { Db } from '../../db/connection.js';
import { findCustomerRef, messageRecipients } from '../customers/index.js';
import { loyaltyFactsFor } from '../loyalty/index.js';
import { getWorkspace } from '../workspaces/index.js';
import type { RenderedContent, SendResult } from './channels/index.js';
import { openStoredChannel } from './channel-store.js';
import { idempotencyKeyOf, predictionsFor, templateContext } from './dispatch/index.js';
import { messageLinks } from './links.js';
import { customerZone } from './pacing/index.js';
import { messagingSettingsOf } from './settings.js';
import { compiledVersion, getTemplate, type TemplateView } from './template-store.js';
import {
  compileTemplate,
  renderMessage,
  sampleContext,
  type TemplateContext,
  type TemplateSource,
} from './templates/index.js';

export interface PreviewRequest {
  customer?: string | undefined;
  data?: Record<string, unknown> | undefined;
  locale?: string | undefined;
  /** An unsaved edit to render instead of the saved version: compiled as a save would, never stored. */
  draft?: TemplateSource | undefined;
}

interface Rendered {
  channel: string;
  content: RenderedContent;
  unsubscribeUrl: string;
}

export async function renderPreview(
  db: Db,
  workspaceId: string,
  template: TemplateView,
  request: PreviewRequest,
  options: { now: Date; publicUrl: string },
): Promise<Rendered> {
  const [workspace, settings, compiled] = await Promise.all([
    getWorkspace(db, workspaceId),
    messagingSettingsOf(db, workspaceId, options.now),
    request.draft ? compileTemplate(request.draft) : compiledVersion(db, template.id, template.version),
  ]);
  const messageId = newId('message');
  let context: TemplateContext;
  let reader: { locale: string; timeZone: string };
  const publicUrl = settings.publicUrl ?? options.publicUrl;
  if (request.customer) {
    const customerId = await findCustomerRef(db, workspaceId, request.customer);
    const customer = customerId
      ? (await messageRecipients(db, workspaceId, [customerId])).get(customerId)
      : undefined;
    if (!customer)
      throw new RetainError('resource_missing', `No customer is known as '${request.customer}'.`, {
        param: 'customer',
      });
    const links = messageLinks(publicUrl, settings.linkSecret, {
      workspaceId,
      messageId,
      customerId: customer.id,
    });
    const [loyalty, predictions] = await Promise.all([
      loyaltyFactsFor(db, workspaceId, [customer.id]),
      predictionsFor(db, workspaceId, [customer.id]),
    ]);
    context = templateContext({
      workspace,
      customer,
      loyalty: loyalty.get(customer.id),
      predictions: predictions.get(customer.id),
      data: request.data ?? {},
      links: { unsubscribe: links.unsubscribe, preferences: links.preferences, confirm: links.confirm },
      shopUrl: settings.shopUrl,
    });
    reader = {
      locale: request.locale ?? customer.locale ?? workspace.locale,
      timeZone: customerZone({ timezone: customer.timezone, phone: customer.phone }, workspace.timezone).zone,
    };
  } else {
    const sample = sampleContext((request.locale ?? template.language ?? workspace.locale).slice(0, 2));
    context = { ...sample, data: { ...sample.data, ...request.data } };
    reader = { locale: request.locale ?? sample.shop.locale, timeZone: sample.shop.timezone };
  }
  const content = renderMessage(compiled, context, reader);
  return { channel: template.channel, content, unsubscribeUrl: context.links.unsubscribe };
}

/** Renders and sends once to `to` through the workspace's channel; not set up: answers the rendering only. */
export async function sendTest(
  db: Db,
  secretKey: Buffer | undefined,
  workspaceId: string,
  templateId: string,
  request: PreviewRequest & { to: string },
  options: { now: Date; publicUrl: string },
): Promise<{
  object: 'test_send';
  outcome: SendResult['outcome'] | 'development_outbox';
  reason: string | null;
  content: RenderedContent;
}> {
  const template = await getTemplate(db, workspaceId, templateId);
  const rendered = await renderPreview(db, workspaceId, template, request, options);
  const adapter = await openStoredChannel(db, secretKey, workspaceId, rendered.channel);
  if (!adapter)
    return { object: 'test_send', outcome: 'development_outbox', reason: null, content: rendered.content };
  try {
    const id = newId('message');
    const result = await adapter.send({
      id,
      idempotencyKey: idempotencyKeyOf(id),
      workspaceId,
      customerId: 'test',
      to: { address: request.to },
      content: rendered.content,
      unsubscribeUrl: rendered.unsubscribeUrl,
      attempt: 1,
    });
    return {
      object: 'test_send',
      outcome: result.outcome,
      reason: 'reason' in result ? result.reason : null,
      content: rendered.content,
    };
  } finally {
    await adapter.close();
  }
}
