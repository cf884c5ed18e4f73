// Templates are versioned: an edit saves a new version, and a message keeps the version it was
// enqueued with, so what a customer received can always be shown as it was. MJML is compiled when a
// version is saved and the HTML stored with it; the dispatcher parses each version's Liquid once
// per process and keeps it (compiledVersion).
import { and, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import { RetainError } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { Db } from '../../db/connection.js';
import { messageTemplates, messageTemplateVersions } from './schema.js';
import {
  compileTemplate,
  fromCompiled,
  templateLibrary,
  type CompiledTemplate,
  type LibraryTemplate,
  type TemplateSource,
} from './templates/index.js';
import type { ChannelKind } from './channels/index.js';
import { templateVersionsParsedMax } from '../../core/limits.js';

export interface TemplateInput {
  name: string;
  channel: ChannelKind;
  source: TemplateSource;
  libraryKey?: string | null;
  language?: string | null;
}

export interface TemplateView {
  id: string;
  name: string;
  channel: ChannelKind;
  version: number;
  source: TemplateSource;
  libraryKey: string | null;
  language: string | null;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

type TemplateRow = typeof messageTemplates.$inferSelect;
type VersionRow = typeof messageTemplateVersions.$inferSelect;

function viewOf(template: TemplateRow, version: VersionRow): TemplateView {
  return {
    id: template.id,
    name: template.name,
    channel: template.channel as ChannelKind,
    version: version.version,
    source: version.source as unknown as TemplateSource,
    libraryKey: template.libraryKey,
    language: template.language,
    archivedAt: template.archivedAt,
    createdAt: template.createdAt,
    updatedAt: template.updatedAt,
  };
}

/** Compiles first: a template that does not compile is refused (template_invalid) and nothing is saved. */
export async function createTemplate(
  db: Db,
  workspaceId: string,
  input: TemplateInput,
  now: Date,
): Promise<TemplateView> {
  const compiled = await compileTemplate(input.source);
  return db.transaction(async (tx) => {
    const [template] = await tx
      .insert(messageTemplates)
      .values({
        id: newId('messageTemplate'),
        workspaceId,
        name: input.name,
        channel: input.channel,
        libraryKey: input.libraryKey ?? null,
        language: input.language ?? null,
        currentVersion: 1,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const [version] = await tx
      .insert(messageTemplateVersions)
      .values({
        workspaceId,
        templateId: template!.id,
        version: 1,
        source: input.source as unknown as Record<string, unknown>,
        compiledHtml: compiled.compiledHtml,
        createdAt: now,
      })
      .returning();
    return viewOf(template!, version!);
  });
}

/** A new version with the changed source (and name); the versions before stay as they were. */
export async function updateTemplate(
  db: Db,
  workspaceId: string,
  id: string,
  changes: { name?: string; source?: TemplateSource },
  now: Date,
): Promise<TemplateView> {
  const compiled = changes.source ? await compileTemplate(changes.source) : null;
  return db.transaction(async (tx) => {
    const [template] = await tx
      .select()
      .from(messageTemplates)
      .where(and(eq(messageTemplates.workspaceId, workspaceId), eq(messageTemplates.id, id)))
      .for('update');
    if (!template) throw templateMissing();
    if (changes.source && changes.source.channel !== template.channel) {
      throw new RetainError(
        'template_channel_mismatch',
        `The template is for ${template.channel}; its channel cannot change.`,
        {
          param: 'channel',
        },
      );
    }
    let version = await versionRow(tx, template.id, template.currentVersion);
    if (changes.source && compiled) {
      [version] = await tx
        .insert(messageTemplateVersions)
        .values({
          workspaceId,
          templateId: id,
          version: template.currentVersion + 1,
          source: changes.source as unknown as Record<string, unknown>,
          compiledHtml: compiled.compiledHtml,
          createdAt: now,
        })
        .returning();
    }
    const [updated] = await tx
      .update(messageTemplates)
      .set({ name: changes.name ?? template.name, currentVersion: version!.version, updatedAt: now })
      .where(eq(messageTemplates.id, id))
      .returning();
    return viewOf(updated!, version!);
  });
}

async function versionRow(db: Db, templateId: string, version: number): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(messageTemplateVersions)
    .where(
      and(eq(messageTemplateVersions.templateId, templateId), eq(messageTemplateVersions.version, version)),
    );
  return row;
}

function templateMissing(): RetainError {
  return new RetainError('resource_missing', 'No template of this workspace has this id.', { param: 'id' });
}

export async function getTemplate(
  db: Db,
  workspaceId: string,
  id: string,
  version?: number,
): Promise<TemplateView> {
  const [template] = await db
    .select()
    .from(messageTemplates)
    .where(and(eq(messageTemplates.workspaceId, workspaceId), eq(messageTemplates.id, id)));
  if (!template) throw templateMissing();
  const row = await versionRow(db, id, version ?? template.currentVersion);
  if (!row)
    throw new RetainError('resource_missing', `The template has no version ${version}.`, {
      param: 'version',
    });
  return viewOf(template, row);
}

export async function listTemplates(
  db: Db,
  workspaceId: string,
  page: { limit: number; startingAfter?: string | undefined; includeArchived?: boolean },
): Promise<TemplateView[]> {
  const rows = await db
    .select({ template: messageTemplates, version: messageTemplateVersions })
    .from(messageTemplates)
    .innerJoin(
      messageTemplateVersions,
      and(
        eq(messageTemplateVersions.templateId, messageTemplates.id),
        eq(messageTemplateVersions.version, messageTemplates.currentVersion),
      ),
    )
    .where(
      and(
        eq(messageTemplates.workspaceId, workspaceId),
        page.startingAfter ? lt(messageTemplates.id, page.startingAfter) : undefined,
        page.includeArchived ? undefined : isNull(messageTemplates.archivedAt),
      ),
    )
    .orderBy(desc(messageTemplates.id))
    .limit(page.limit);
  return rows.map((row) => viewOf(row.template, row.version));
}

export async function archiveTemplate(
  db: Db,
  workspaceId: string,
  id: string,
  now: Date,
): Promise<TemplateView> {
  const [row] = await db
    .update(messageTemplates)
    .set({ archivedAt: sql`coalesce(${messageTemplates.archivedAt}, ${now})`, updatedAt: now })
    .where(and(eq(messageTemplates.workspaceId, workspaceId), eq(messageTemplates.id, id)))
    .returning();
  if (!row) throw templateMissing();
  return getTemplate(db, workspaceId, id);
}

/** Versions parsed in this process, by template and version: a version never changes once saved. */
const parsedVersions = new Map<string, CompiledTemplate>();

/** The version ready to render: parsed from the stored source and HTML (no MJML), once per process. */
export async function compiledVersion(
  db: Db,
  templateId: string,
  version: number,
): Promise<CompiledTemplate> {
  const key = `${templateId}:${version}`;
  const cached = parsedVersions.get(key);
  if (cached) return cached;
  const row = await versionRow(db, templateId, version);
  if (!row) throw templateMissing();
  const compiled = fromCompiled(row.source as unknown as TemplateSource, row.compiledHtml);
  if (parsedVersions.size >= templateVersionsParsedMax)
    parsedVersions.delete(parsedVersions.keys().next().value!);
  parsedVersions.set(key, compiled);
  return compiled;
}

/** The template a producer names, current version, refusing archived ones. */
export async function templateForSending(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<{ id: string; channel: ChannelKind; version: number }> {
  const [template] = await db
    .select()
    .from(messageTemplates)
    .where(and(eq(messageTemplates.workspaceId, workspaceId), eq(messageTemplates.id, id)));
  if (!template)
    throw new RetainError('resource_missing', 'No template of this workspace has this id.', {
      param: 'template',
    });
  if (template.archivedAt)
    throw new RetainError('template_archived', 'The template is archived.', { param: 'template' });
  return { id: template.id, channel: template.channel as ChannelKind, version: template.currentVersion };
}

/** The ready-made lifecycle templates, optionally of one language or channel. */
export function libraryTemplates(filter: {
  language?: string | undefined;
  channel?: string | undefined;
}): LibraryTemplate[] {
  return templateLibrary.filter(
    (entry) =>
      (filter.language === undefined || entry.language === filter.language) &&
      (filter.channel === undefined || entry.channel === filter.channel),
  );
}

/** A workspace's own copy of a ready-made template, to edit and send like any other. */
export async function createFromLibrary(
  db: Db,
  workspaceId: string,
  choice: { key: string; language: string; channel: string },
  now: Date,
): Promise<TemplateView> {
  const entry = templateLibrary.find(
    (candidate) =>
      candidate.key === choice.key &&
      candidate.language === choice.language &&
      candidate.channel === choice.channel,
  );
  if (!entry) {
    throw new RetainError(
      'resource_missing',
      `The library has no ${choice.channel} template '${choice.key}' in '${choice.language}'.`,
      {
        param: 'key',
      },
    );
  }
  const source: TemplateSource = {
    channel: entry.channel,
    body: entry.body,
    format: entry.format,
    ...(entry.subject !== null ? { subject: entry.subject } : {}),
    ...(entry.preheader !== null ? { preheader: entry.preheader } : {}),
    ...(entry.text_body !== null ? { text_body: entry.text_body } : {}),
  };
  return createTemplate(
    db,
    workspaceId,
    { name: entry.name, channel: entry.channel, source, libraryKey: entry.key, language: entry.language },
    now,
  );
}
