// The addresses nothing is sent to. Hard bounces and complaints arrive through the inbound
// webhook and suppress automatically; the shop adds its own (one at a time or a CSV). The
// dispatcher asks once per batch which of its addresses are suppressed (`suppressedAmong`).
//
// One row per workspace, channel and address. A second suppression of the same address keeps the
// first, unless it says something stronger: complaint › hard bounce › manual. A complaint after a
// hard bounce is the recipient's own word and the one a shop must never override by unsuppressing
// carelessly; a manual entry after a bounce would hide why the address bounced.
import crypto from 'node:crypto';
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { RetainError, invalidParameter, notFound } from '../../core/errors.js';
import {
  emailLengthMax,
  identityLengthMax,
  importErrorsReportedMax,
  snsConfirmTimeoutMs,
  suppressionImportRowsMax,
  suppressionInsertRowsMax,
} from '../../core/limits.js';
import { queryRows, type Db } from '../../db/connection.js';
import { appendEvents, type NewEvent } from '../events/index.js';
import { customersWithAddress } from './address-owners.js';
import { messageOfProvider } from './receipts.js';
import type { BounceNotification } from './channels/index.js';
import { lockCustomerMessaging } from './customer-lock.js';
import { messagingSettings, suppressions } from './schema.js';
import { messagingSettingsOf } from './settings.js';

import { suppressibleChannels, type SuppressibleChannel } from './suppressible-channels.js';

export { suppressibleChannels, type SuppressibleChannel };

export const suppressionReasons = ['hard_bounce', 'complaint', 'manual'] as const;
export type SuppressionReason = (typeof suppressionReasons)[number];

export interface Suppression {
  object: 'suppression';
  /** `channel:address`, the cursor lists take. */
  id: string;
  channel: SuppressibleChannel;
  address: string;
  reason: SuppressionReason;
  /** api · dashboard · import · ses · inbound (the generic webhook) · provider (a send's answer) */
  source: string;
  detail: string | null;
  created_at: string;
}

type SuppressionRow = typeof suppressions.$inferSelect;

function present(row: SuppressionRow): Suppression {
  return {
    object: 'suppression',
    id: `${row.channel}:${row.address}`,
    channel: row.channel as SuppressibleChannel,
    address: row.address,
    reason: row.reason,
    source: row.source,
    detail: row.detail,
    created_at: row.createdAt.toISOString(),
  };
}

function isSuppressible(channel: string): channel is SuppressibleChannel {
  return (suppressibleChannels as readonly string[]).includes(channel);
}

export function suppressibleChannel(channel: string): SuppressibleChannel {
  if (isSuppressible(channel)) return channel;
  throw invalidParameter(
    'channel',
    `Channel '${channel}' has no addresses to suppress; use one of ${suppressibleChannels.join(', ')}.`,
  );
}

// A deliberately loose check: one @, no spaces, a dot in the domain. The provider is the judge of
// the rest; this only keeps typos such as a missing @ out of the list.
const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// LINE Messaging API user ids are "U" and 32 hexadecimal digits.
const lineUserIdShape = /^U[0-9a-f]{32}$/;

/** The address as stored and compared, or null when it is not one for the channel. */
function normalisedOrNull(channel: SuppressibleChannel, address: string): string | null {
  const text = address.trim();
  if (channel === 'email') {
    const email = text.toLowerCase();
    return email.length <= emailLengthMax && emailShape.test(email) ? email : null;
  }
  if (channel === 'line') return lineUserIdShape.test(text) ? text : null;
  const phone = parsePhoneNumberFromString(text);
  return phone?.isValid() ? phone.number : null;
}

const expected: Record<SuppressibleChannel, string> = {
  email: 'an email address',
  sms: 'a phone number in international form (+84 91 234 5678)',
  zalo: 'a phone number in international form (+84 91 234 5678)',
  whatsapp: 'a phone number in international form (+84 91 234 5678)',
  line: 'a LINE user id (U and 32 hexadecimal digits)',
};

/** Email lower-cased and trimmed, phone in E.164; anything else is refused naming `address`. */
function normaliseAddress(channel: SuppressibleChannel, address: string): string {
  const normalised = address.length <= identityLengthMax ? normalisedOrNull(channel, address) : null;
  if (normalised === null) {
    throw invalidParameter('address', `'${address.slice(0, 100)}' is not ${expected[channel]}.`);
  }
  return normalised;
}

export interface SuppressionInput {
  workspaceId: string;
  channel: SuppressibleChannel;
  address: string;
  reason: SuppressionReason;
  source: string;
  detail: string | null;
  at: Date;
}

/** The reasons, weakest first. */
const reasonsByStrength: readonly SuppressionReason[] = ['manual', 'hard_bounce', 'complaint'];
const rankOf = (reason: SQL) => sql`array_position(${sql.param(reasonsByStrength)}::text[], ${reason})`;

/**
 * Suppresses an address (normalised first). Idempotent: an address already suppressed keeps its
 * row unless the new reason is stronger. Answers the stored suppression and whether it is new.
 */
export async function suppressAddress(
  tx: Db,
  input: SuppressionInput,
): Promise<{ suppression: Suppression; created: boolean }> {
  const address = normaliseAddress(input.channel, input.address);
  const [row] = await queryRows<{ inserted: boolean }>(
    tx,
    sql`insert into suppressions (workspace_id, channel, address, reason, source, detail, created_at)
        values (${input.workspaceId}, ${input.channel}, ${address}, ${input.reason}, ${input.source},
                ${input.detail}, ${input.at})
        on conflict (workspace_id, channel, address) do update
          set reason = excluded.reason, source = excluded.source, detail = excluded.detail
          where ${rankOf(sql`excluded.reason`)} > ${rankOf(sql`suppressions.reason`)}
        returning xmax = 0 as inserted`,
  );
  const stored = await findSuppression(tx, input.workspaceId, input.channel, address);
  return { suppression: present(stored!), created: row?.inserted === true };
}

/**
 * A suppression the shop adds by hand, under the messaging lock (customer-lock.ts) of every
 * customer the address belongs to, as the dispatcher's decide step takes it: a message being
 * decided for one of them is handed before this commits, or sees the suppression — never handed after.
 */
export async function suppressByHand(
  db: Db,
  input: SuppressionInput,
): Promise<{ suppression: Suppression; created: boolean }> {
  const address = normaliseAddress(input.channel, input.address);
  return db.transaction(async (tx) => {
    const owners = await customersWithAddress(tx, input.workspaceId, input.channel, address);
    await lockCustomerMessaging(tx, input.workspaceId, owners);
    return suppressAddress(tx, input);
  });
}

async function findSuppression(
  db: Db,
  workspaceId: string,
  channel: SuppressibleChannel,
  address: string,
): Promise<SuppressionRow | undefined> {
  const [row] = await db
    .select()
    .from(suppressions)
    .where(
      and(
        eq(suppressions.workspaceId, workspaceId),
        eq(suppressions.channel, channel),
        eq(suppressions.address, address),
      ),
    );
  return row;
}

/** Lifts a suppression: the address may be sent to again. */
export async function unsuppress(
  db: Db,
  workspaceId: string,
  channel: SuppressibleChannel,
  address: string,
): Promise<{
  object: 'suppression';
  id: string;
  channel: SuppressibleChannel;
  address: string;
  deleted: true;
}> {
  const normalised = normaliseAddress(channel, address);
  const [row] = await db
    .delete(suppressions)
    .where(
      and(
        eq(suppressions.workspaceId, workspaceId),
        eq(suppressions.channel, channel),
        eq(suppressions.address, normalised),
      ),
    )
    .returning();
  if (!row) throw notFound('suppression', `${channel}:${normalised}`, 'address');
  return {
    object: 'suppression',
    id: `${channel}:${normalised}`,
    channel,
    address: normalised,
    deleted: true,
  };
}

export interface SuppressionListOptions {
  limit: number;
  starting_after?: string | undefined;
  channel?: SuppressibleChannel | undefined;
  reason?: SuppressionReason | undefined;
}

/** The workspace's suppressions, newest first, `limit + 1` of them (the caller pages). */
export async function listSuppressions(
  db: Db,
  workspaceId: string,
  options: SuppressionListOptions,
): Promise<Suppression[]> {
  const filters: SQL[] = [eq(suppressions.workspaceId, workspaceId)];
  if (options.channel) filters.push(eq(suppressions.channel, options.channel));
  if (options.reason) filters.push(eq(suppressions.reason, options.reason));
  if (options.starting_after) {
    const cut = options.starting_after.indexOf(':');
    const channel = options.starting_after.slice(0, cut);
    if (cut < 0 || !isSuppressible(channel)) {
      throw invalidParameter(
        'starting_after',
        'starting_after takes the id of a suppression (channel:address).',
      );
    }
    const address = options.starting_after.slice(cut + 1);
    filters.push(
      sql`(${suppressions.createdAt}, ${suppressions.channel}, ${suppressions.address}) <
          (select s.created_at, s.channel, s.address from suppressions s
            where s.workspace_id = ${workspaceId} and s.channel = ${channel} and s.address = ${address})`,
    );
  }
  const rows = await db
    .select()
    .from(suppressions)
    .where(and(...filters))
    .orderBy(desc(suppressions.createdAt), desc(suppressions.channel), desc(suppressions.address))
    .limit(options.limit + 1);
  return rows.map(present);
}

/**
 * Which of these addresses are suppressed on the channel, in one query: the dispatcher asks once
 * per batch. Keys are the addresses as given; each is compared in its normalised form.
 */
export async function suppressedAmong(
  db: Db,
  workspaceId: string,
  channel: SuppressibleChannel,
  addresses: readonly string[],
): Promise<Map<string, SuppressionReason>> {
  const asGiven = new Map<string, string[]>();
  for (const address of addresses) {
    const normalised = normalisedOrNull(channel, address);
    if (normalised !== null) asGiven.set(normalised, [...(asGiven.get(normalised) ?? []), address]);
  }
  const found = new Map<string, SuppressionReason>();
  if (asGiven.size === 0) return found;
  const rows = await queryRows<{ address: string; reason: SuppressionReason }>(
    db,
    sql`select address, reason from suppressions
        where workspace_id = ${workspaceId} and channel = ${channel}
          and address = any(${sql.param([...asGiven.keys()])}::text[])`,
  );
  for (const row of rows) for (const given of asGiven.get(row.address) ?? []) found.set(given, row.reason);
  return found;
}

interface ImportError {
  line: number;
  param: string;
  reason: string;
}

export interface SuppressionImportReport {
  object: 'suppression_import';
  /** Every row valid: they were applied, in one transaction. Any row invalid: nothing changed. */
  applied: boolean;
  rows: number;
  /** Addresses newly suppressed (0 when not applied). */
  suppressed: number;
  /** Addresses already suppressed, kept as they were or raised to a stronger reason. */
  unchanged: number;
  errors: ImportError[];
  /** Bad rows beyond the first `importErrorsReportedMax`, not listed in errors. */
  errors_omitted: number;
}

interface ImportRow {
  channel: SuppressibleChannel;
  address: string;
  reason: SuppressionReason;
}

const importColumns = ['channel', 'address', 'reason'] as const;

function rowOf(record: Record<string, string>, line: number, errors: ImportError[]): ImportRow | null {
  const channel = record.channel ?? '';
  if (!isSuppressible(channel)) {
    errors.push({
      line,
      param: 'channel',
      reason: `'${channel}' is not one of ${suppressibleChannels.join(', ')}`,
    });
    return null;
  }
  const address = normalisedOrNull(channel, record.address ?? '');
  if (address === null) {
    errors.push({
      line,
      param: 'address',
      reason: `'${(record.address ?? '').slice(0, 100)}' is not ${expected[channel]}`,
    });
    return null;
  }
  const reason = record.reason || 'manual';
  if (!(suppressionReasons as readonly string[]).includes(reason)) {
    errors.push({
      line,
      param: 'reason',
      reason: `'${reason}' is not one of ${suppressionReasons.join(', ')}`,
    });
    return null;
  }
  return { channel, address, reason: reason as SuppressionReason };
}

interface CsvRecord {
  record: Record<string, string>;
  info: { lines: number };
}

/** The records with the line each ends on, and the header's column names (none for an empty body). */
function parseCsv(csvText: string): { records: CsvRecord[]; header: string[] } {
  let header: string[] = [];
  try {
    const records = parse(csvText, {
      bom: true,
      columns: (names: string[]) => (header = names.map((name) => name.trim().toLowerCase())),
      trim: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as CsvRecord[];
    return { records, header };
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    throw invalidParameter(
      'body',
      `The body is not valid CSV${lines ? ` (line ${lines})` : ''}: ${(error as Error).message.replace(/ at line \d+/, '')}.`,
    );
  }
}

/** One row per address, with the strongest reason the file gives it (one statement cannot write a row twice). */
function strongestPerAddress(rows: readonly ImportRow[]): ImportRow[] {
  const strength = (reason: SuppressionReason) => reasonsByStrength.indexOf(reason);
  const byAddress = new Map<string, ImportRow>();
  for (const row of rows) {
    const key = `${row.channel}:${row.address}`;
    const seen = byAddress.get(key);
    if (!seen || strength(row.reason) > strength(seen.reason)) byAddress.set(key, row);
  }
  return [...byAddress.values()];
}

/**
 * Suppresses the addresses of a CSV (columns channel, address and optionally reason, manual by
 * default), all or none: a file with any bad row changes nothing and reports every bad row by its
 * line, so the shop fixes the file and sends it again.
 */
export async function importSuppressions(
  db: Db,
  workspaceId: string,
  csvText: string,
  at: Date,
): Promise<SuppressionImportReport> {
  const { records, header } = parseCsv(csvText);
  for (const required of ['channel', 'address'] as const) {
    if (!header.includes(required)) {
      throw invalidParameter(
        'body',
        `The CSV's first line must name the columns ${importColumns.join(', ')} (reason is optional); '${required}' is missing.`,
      );
    }
  }
  if (records.length > suppressionImportRowsMax) {
    throw invalidParameter(
      'body',
      `The CSV has ${records.length} rows; at most ${suppressionImportRowsMax} are imported at once: split it.`,
    );
  }
  const errors: ImportError[] = [];
  const rows: ImportRow[] = [];
  for (const { record, info } of records) {
    const row = rowOf(record, info.lines, errors);
    if (row) rows.push(row);
  }
  const report: SuppressionImportReport = {
    object: 'suppression_import',
    applied: false,
    rows: records.length,
    suppressed: 0,
    unchanged: 0,
    errors: errors.slice(0, importErrorsReportedMax),
    errors_omitted: Math.max(0, errors.length - importErrorsReportedMax),
  };
  if (errors.length > 0) return report;
  const unique = strongestPerAddress(rows);
  report.suppressed = await db.transaction(async (tx) => {
    let inserted = 0;
    for (let start = 0; start < unique.length; start += suppressionInsertRowsMax) {
      const chunk = unique.slice(start, start + suppressionInsertRowsMax);
      const written = await queryRows<{ inserted: boolean }>(
        tx,
        sql`insert into suppressions (workspace_id, channel, address, reason, source, detail, created_at)
            select ${workspaceId}, channel, address, reason, 'import', null, ${at}
              from unnest(${sql.param(chunk.map((r) => r.channel))}::text[],
                          ${sql.param(chunk.map((r) => r.address))}::text[],
                          ${sql.param(chunk.map((r) => r.reason))}::text[]) as r(channel, address, reason)
            on conflict (workspace_id, channel, address) do update
              set reason = excluded.reason, source = excluded.source, detail = excluded.detail
              where ${rankOf(sql`excluded.reason`)} > ${rankOf(sql`suppressions.reason`)}
            returning xmax = 0 as inserted`,
      );
      inserted += written.filter((w) => w.inserted).length;
    }
    return inserted;
  });
  report.applied = true;
  report.unchanged = rows.length - report.suppressed;
  return report;
}

/** One notice of the inbound webhook, as its parser reads it. */
export type InboundNotice = Extract<BounceNotification, { notices: unknown }>['notices'][number];
/** One bounce or complaint; a delivery is a receipt (receipts.ts). */
type BounceNotice = Exclude<InboundNotice, { kind: 'delivery' }>;

export interface BounceOutcome {
  address: string;
  kind: BounceNotice['kind'];
  /** Whether the address is (now) suppressed: hard bounces and complaints with a valid address. */
  suppressed: boolean;
  /** Our message it concerns, when the notice names one of this workspace's. */
  message: string | null;
}

/** Adds a decision to the message's record once: a provider that repeats its notice adds nothing. */
async function addDecision(
  tx: Db,
  workspaceId: string,
  id: string,
  decision: Record<string, unknown>,
  at: Date,
) {
  const entry = sql`jsonb_build_array(${JSON.stringify(decision)}::jsonb)`;
  await tx.execute(
    sql`update messages
        set decisions = decisions || jsonb_build_array(${JSON.stringify({ ...decision, at: at.toISOString() })}::jsonb),
            updated_at = ${at}
        where workspace_id = ${workspaceId} and id = ${id} and not decisions @> ${entry}`,
  );
}

function messageEvent(
  name: string,
  messageId: string,
  at: Date,
  properties: Record<string, unknown>,
): NewEvent {
  return {
    messageId: `retain:${name.toLowerCase().replaceAll(' ', '-')}:${messageId}`,
    type: 'track',
    name,
    properties,
    occurredAt: at,
    receivedAt: at,
    source: 'retain',
  };
}

/**
 * Applies one bounce or complaint, idempotently (providers repeat notices). A hard bounce
 * suppresses the address, fails the message it answers if that was sent (or its outcome unknown:
 * the bounce proves the provider took it) and logs `Message Bounced`. A complaint suppresses the
 * address and logs `Message Complained`; the message keeps its status, since it was delivered. A
 * soft bounce (mailbox full, greylisting) is only recorded on the message's decisions. Consent is
 * not changed here: suppression alone stops every later message to the address.
 */
export async function recordBounce(
  tx: Db,
  workspaceId: string,
  notice: BounceNotice,
  source: string,
  at: Date,
): Promise<BounceOutcome> {
  const address = normalisedOrNull('email', notice.address);
  const suppresses = notice.kind !== 'soft_bounce' && address !== null;
  if (suppresses) {
    await suppressAddress(tx, {
      workspaceId,
      channel: 'email',
      address,
      reason: notice.kind === 'complaint' ? 'complaint' : 'hard_bounce',
      source,
      detail: notice.detail,
      at,
    });
  }
  const message = notice.messageId
    ? await messageOfProvider(tx, workspaceId, 'email', notice.messageId)
    : undefined;
  if (message) {
    await addDecision(tx, workspaceId, message.id, { decision: notice.kind, detail: notice.detail }, at);
    const properties = {
      customer_id: message.customerId,
      message_id: message.id,
      channel: 'email',
      address: address ?? notice.address,
      detail: notice.detail,
    };
    if (notice.kind === 'hard_bounce') {
      await tx.execute(
        sql`update messages set status = 'failed', reason = ${`bounced: ${notice.detail}`}, updated_at = ${at}
            where workspace_id = ${workspaceId} and id = ${message.id} and status in ('sent', 'outcome_unknown')`,
      );
      await appendEvents(tx, workspaceId, [
        messageEvent('Message Bounced', message.id, at, { ...properties, bounce_type: 'hard' }),
      ]);
    } else if (notice.kind === 'complaint') {
      await appendEvents(tx, workspaceId, [messageEvent('Message Complained', message.id, at, properties)]);
    }
  }
  return {
    address: address ?? notice.address,
    kind: notice.kind,
    suppressed: suppresses,
    message: message?.id ?? null,
  };
}

// The inbound webhook's URL carries an HMAC of the workspace id under the workspace's link secret,
// made as links.ts makes its links, under a purpose of its own: no API key can be given to SES.
function inboundToken(linkSecret: string, workspaceId: string): string {
  return crypto
    .createHmac('sha256', linkSecret)
    .update(['inbound', 'email', workspaceId].join('\n'))
    .digest()
    .subarray(0, 16)
    .toString('base64url');
}

/**
 * The URL of the workspace's inbound bounce webhook (its messaging settings made if need be), under
 * the public URL configured for the workspace, else under the address the caller reached.
 */
export async function inboundEmailUrl(
  db: Db,
  workspaceId: string,
  reachedAt: string,
  now: Date,
): Promise<string> {
  const { linkSecret, publicUrl } = await messagingSettingsOf(db, workspaceId, now);
  const base = (publicUrl ?? reachedAt).replace(/\/+$/, '');
  return `${base}/v1/inbound/email/${workspaceId}/${inboundToken(linkSecret, workspaceId)}`;
}

/** Refuses a token this workspace's secret did not make; a workspace without settings has no URL yet. */
export async function checkInboundToken(db: Db, workspaceId: string, token: string): Promise<void> {
  const [settings] = await db
    .select({ linkSecret: messagingSettings.linkSecret })
    .from(messagingSettings)
    .where(eq(messagingSettings.workspaceId, workspaceId));
  const expected = Buffer.from(settings ? inboundToken(settings.linkSecret, workspaceId) : '');
  const given = Buffer.from(token);
  if (!settings || given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    throw new RetainError(
      'link_invalid',
      'No inbound webhook has this address: copy it again from the dashboard (GET /v1/inbound/email/url).',
    );
  }
}

/**
 * Confirms an SNS subscription to the inbound webhook: SNS waits for a GET of the SubscribeURL it
 * sent, which the parser has checked is one of AWS's SNS hosts.
 */
export async function confirmSnsSubscription(subscribeUrl: string): Promise<void> {
  const answer = await fetch(subscribeUrl, {
    signal: AbortSignal.timeout(snsConfirmTimeoutMs),
    redirect: 'error',
  });
  if (!answer.ok) {
    throw invalidParameter(
      'SubscribeURL',
      `Amazon SNS answered ${answer.status} to the subscription's confirmation.`,
    );
  }
}
