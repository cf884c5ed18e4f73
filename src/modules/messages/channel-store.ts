// A workspace's channels: settings validated by the channel's own schema, secrets sealed with the
// server's key, the redacted view the API shows. Adapters are opened once per process and
// reopened when the settings change (the dispatcher asks `adaptersFor` once per batch).
import { and, eq, inArray } from 'drizzle-orm';
import { RetainError, invalidParameter, paramOf } from '../../core/errors.js';
import { zodIssueMessage } from '../../core/validation-messages.js';
import type { Db } from '../../db/connection.js';
import {
  channelDefinitions,
  type ChannelAdapter,
  type ChannelDefinition,
  type ChannelKind,
} from './channels/index.js';
import { messageChannels } from './schema.js';
import { openSecrets, sealSecrets } from './secret-box.js';

type SetUpChannelKind = Exclude<ChannelKind, 'in_app'>;

export interface ChannelView {
  kind: SetUpChannelKind;
  settings: Record<string, unknown>;
  updatedAt: Date;
}

function definitionOf(kind: string): ChannelDefinition<Record<string, unknown>> {
  const definition = channelDefinitions[kind as SetUpChannelKind];
  if (!definition)
    throw invalidParameter('kind', `kind must be one of ${Object.keys(channelDefinitions).join(', ')}.`);
  return definition;
}

function requireKey(key: Buffer | undefined): Buffer {
  if (!key) {
    throw new RetainError(
      'secret_key_missing',
      'This server has no RETAIN_SECRET_KEY to encrypt channel credentials with; set one (openssl rand -hex 32) and restart.',
    );
  }
  return key;
}

/** Validates the settings (naming the bad field) and, when asked, has the provider check them first. */
export async function putChannel(
  db: Db,
  key: Buffer | undefined,
  workspaceId: string,
  kind: string,
  input: unknown,
  options: { verify: boolean; now: Date },
): Promise<ChannelView> {
  const definition = definitionOf(kind);
  const sealingKey = requireKey(key);
  const parsed = definition.settings.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const param = paramOf(issue.path);
    throw invalidParameter(param, zodIssueMessage(param, issue));
  }
  const settings = parsed.data;
  if (options.verify) {
    const adapter = definition.open(settings);
    try {
      const checked = await adapter.verify();
      if (!checked.ok) throw new RetainError('channel_verification_failed', checked.reason);
    } finally {
      await adapter.close();
    }
  }
  const row = {
    workspaceId,
    kind: definition.kind,
    settings: definition.redact(settings),
    secretsBox: sealSecrets(sealingKey, settings),
    updatedAt: options.now,
  };
  await db
    .insert(messageChannels)
    .values(row)
    .onConflictDoUpdate({
      target: [messageChannels.workspaceId, messageChannels.kind],
      set: { settings: row.settings, secretsBox: row.secretsBox, updatedAt: row.updatedAt },
    });
  return { kind: definition.kind, settings: row.settings, updatedAt: row.updatedAt };
}

export async function listChannels(db: Db, workspaceId: string): Promise<ChannelView[]> {
  const rows = await db.select().from(messageChannels).where(eq(messageChannels.workspaceId, workspaceId));
  return rows.map((row) => ({
    kind: row.kind as SetUpChannelKind,
    settings: row.settings,
    updatedAt: row.updatedAt,
  }));
}

export async function removeChannel(db: Db, workspaceId: string, kind: string): Promise<boolean> {
  definitionOf(kind);
  const removed = await db
    .delete(messageChannels)
    .where(and(eq(messageChannels.workspaceId, workspaceId), eq(messageChannels.kind, kind)))
    .returning({ kind: messageChannels.kind });
  return removed.length > 0;
}

/** A channel's stored settings, secrets opened (a receipt's signature is checked with them), or null. */
export async function storedSettings(
  db: Db,
  key: Buffer | undefined,
  workspaceId: string,
  kind: SetUpChannelKind,
): Promise<Record<string, unknown> | null> {
  const [row] = await db
    .select({ secretsBox: messageChannels.secretsBox })
    .from(messageChannels)
    .where(and(eq(messageChannels.workspaceId, workspaceId), eq(messageChannels.kind, kind)));
  return row ? openSecrets(requireKey(key), row.secretsBox) : null;
}

/** Opens a channel's adapter from stored settings (the test send and verify use it too). */
export async function openStoredChannel(
  db: Db,
  key: Buffer | undefined,
  workspaceId: string,
  kind: string,
): Promise<ChannelAdapter | null> {
  const [row] = await db
    .select()
    .from(messageChannels)
    .where(and(eq(messageChannels.workspaceId, workspaceId), eq(messageChannels.kind, kind)));
  if (!row) return null;
  return definitionOf(kind).open(openSecrets(requireKey(key), row.secretsBox));
}

interface OpenAdapter {
  adapter: ChannelAdapter;
  updatedAt: number;
}

/** The adapters of the workspaces a batch touches, reopened when their settings changed. */
export class ChannelAdapters {
  private readonly open = new Map<string, OpenAdapter>();

  constructor(private readonly key: Buffer | undefined) {}

  /** `workspace:kind` → adapter; a kind the workspace has not set up is absent (the development outbox). */
  async adaptersFor(db: Db, workspaceIds: readonly string[]): Promise<Map<string, ChannelAdapter>> {
    const found = new Map<string, ChannelAdapter>();
    if (workspaceIds.length === 0) return found;
    const rows = await db
      .select({
        workspaceId: messageChannels.workspaceId,
        kind: messageChannels.kind,
        updatedAt: messageChannels.updatedAt,
      })
      .from(messageChannels)
      .where(inArray(messageChannels.workspaceId, [...new Set(workspaceIds)]));
    for (const row of rows) {
      const name = `${row.workspaceId}:${row.kind}`;
      let entry = this.open.get(name);
      if (!entry || entry.updatedAt !== row.updatedAt.getTime()) {
        if (entry) await entry.adapter.close();
        const adapter = await openStoredChannel(db, this.key, row.workspaceId, row.kind);
        if (!adapter) continue;
        entry = { adapter, updatedAt: row.updatedAt.getTime() };
        this.open.set(name, entry);
      }
      found.set(name, entry.adapter);
    }
    return found;
  }

  async close(): Promise<void> {
    await Promise.all([...this.open.values()].map((entry) => entry.adapter.close()));
    this.open.clear();
  }
}
