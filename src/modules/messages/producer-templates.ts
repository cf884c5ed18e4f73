// A producer outside this module (a journey's message node) names templates the way a marketer
// thinks of them: a lifecycle template of the library, or the shop's own template for each
// language. This module turns that into the template and version each customer's message uses,
// in the customer's language, else the shop's; it alone can read and make templates.
import { and, eq, inArray } from 'drizzle-orm';
import { RetainError } from '../../core/errors.js';
import type { Db } from '../../db/connection.js';
import { customerLocales } from '../customers/index.js';
import { getWorkspace } from '../workspaces/index.js';
import { channelKinds } from './channels/index.js';
import { libraryCopy } from './library-send.js';
import { pageLanguage, type PageLanguage } from './page-language.js';
import { messageTemplates } from './schema.js';
import { templateLibrary } from './templates/index.js';

export type TemplateChoice = { library: string } | { by_language: Partial<Record<string, string>> };

export interface ChosenTemplate {
  id: string;
  version: number;
}

const libraryChannels = (key: string) =>
  new Set(templateLibrary.filter((entry) => entry.key === key).map((entry) => entry.channel as string));

/**
 * Checks a channel and template choice against the workspace: a known channel, a library key with
 * templates on that channel, or the shop's templates, live and on that channel. Names `at.channel`
 * or `at.template…` in the error.
 */
export async function checkTemplateChoice(
  db: Db,
  workspaceId: string,
  channel: string,
  choice: TemplateChoice,
  at: string,
): Promise<void> {
  if (!(channelKinds as readonly string[]).includes(channel)) {
    throw new RetainError('parameter_invalid', `${at}.channel must be one of ${channelKinds.join(', ')}.`, {
      param: `${at}.channel`,
    });
  }
  if ('library' in choice) {
    if (!libraryChannels(choice.library).has(channel)) {
      throw new RetainError(
        'parameter_invalid',
        `${at}.template.library: the library has no ${channel} template '${choice.library}'.`,
        { param: `${at}.template.library` },
      );
    }
    return;
  }
  const ids = Object.values(choice.by_language).filter((id): id is string => typeof id === 'string');
  const rows = await db
    .select({
      id: messageTemplates.id,
      channel: messageTemplates.channel,
      archivedAt: messageTemplates.archivedAt,
    })
    .from(messageTemplates)
    .where(and(eq(messageTemplates.workspaceId, workspaceId), inArray(messageTemplates.id, ids)));
  for (const [language, id] of Object.entries(choice.by_language)) {
    const row = rows.find((candidate) => candidate.id === id);
    const problem = !row
      ? 'names no template of this workspace'
      : row.archivedAt
        ? 'names an archived template'
        : row.channel !== channel
          ? `names a ${row.channel} template, not ${channel}`
          : null;
    if (problem) {
      const param = `${at}.template.by_language.${language}`;
      throw new RetainError('parameter_invalid', `${param} ${problem} (${id}).`, { param });
    }
  }
}

/**
 * The template each customer's message uses: the choice's template in the customer's language,
 * else in the shop's; null when the choice has neither (the producer records it as skipped).
 */
export async function templatesForCustomers(
  tx: Db,
  workspaceId: string,
  channel: string,
  choice: TemplateChoice,
  customerIds: readonly string[],
  now: Date,
): Promise<Map<string, ChosenTemplate | null>> {
  const locales = await customerLocales(tx, workspaceId, customerIds);
  const shopLanguage = pageLanguage((await getWorkspace(tx, workspaceId)).locale);
  const byLanguage = new Map<PageLanguage, ChosenTemplate | null>();
  const templateIn = async (language: PageLanguage): Promise<ChosenTemplate | null> => {
    if (!byLanguage.has(language))
      byLanguage.set(language, await lookUp(tx, workspaceId, channel, choice, language, now));
    return byLanguage.get(language)!;
  };
  const chosen = new Map<string, ChosenTemplate | null>();
  for (const customerId of customerIds) {
    const language = pageLanguage(locales.get(customerId), shopLanguage);
    chosen.set(customerId, (await templateIn(language)) ?? (await templateIn(shopLanguage)));
  }
  return chosen;
}

async function lookUp(
  tx: Db,
  workspaceId: string,
  channel: string,
  choice: TemplateChoice,
  language: PageLanguage,
  now: Date,
): Promise<ChosenTemplate | null> {
  if ('library' in choice) {
    if (!libraryChannels(choice.library).has(channel)) return null;
    const copy = { key: choice.library, language, channel: channel as 'email' | 'sms' | 'line' };
    return libraryCopy(tx, workspaceId, copy, now);
  }
  const id = choice.by_language[language];
  if (!id) return null;
  const [row] = await tx
    .select({ id: messageTemplates.id, version: messageTemplates.currentVersion })
    .from(messageTemplates)
    .where(and(eq(messageTemplates.workspaceId, workspaceId), eq(messageTemplates.id, id)));
  return row ?? null;
}
