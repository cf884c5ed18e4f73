import crypto from 'node:crypto';
import type { z } from 'zod';
import { RetainError } from '../../core/errors.js';
import { firstIssueError } from '../../core/validation-messages.js';
import { eventBytesMax } from '../../core/limits.js';
import { supportedYearsText, withinSupportedYears } from '../../core/supported-years.js';
import { UnstorableText } from '../../db/errors.js';
import { unstorableReason } from '../../db/json-text.js';
import { toEventRow, type AppendResult, type NewEvent } from './log.js';
import type { EventInsertRow } from './queries.js';
import { refuseServerOnly } from './server-only.js';
import {
  batchSchema,
  singleMessageSchemas,
  type MessageType,
  type SegmentBatch,
  type SegmentMessage,
} from './segment.js';
import type { AppendToLog } from './write-buffer.js';

// Ingestion as small named steps (STYLE.md example 8): check sizes → validate → normalise each
// message → append. Every step either passes the batch on or rejects all of it with a reason that
// names the message and field, so a bad batch stores nothing.

/** The workspace a request writes to, and whether with a publishable key, which sends less. */
export interface Sender {
  workspaceId: string;
  publishable: boolean;
}

/** What the batch envelope contributes to each of its messages. */
interface Envelope {
  receivedAt: Date;
  /** Parsed once for the batch: most clients set it on the envelope only. */
  sentAt?: Date | undefined;
  context?: Record<string, unknown> | undefined;
}

function parseOrReject<Schema extends z.ZodType>(schema: Schema, body: unknown): z.output<Schema> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw firstIssueError(result.error, [], 'body');
}

function requireObject(body: unknown): void {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new RetainError('body_invalid', 'The body must be a JSON object.');
  }
}

/**
 * An event's size as the log keeps it, in UTF-8 bytes: its identities, name and JSON columns
 * (Segment's 32 KB limit is on the event; what retain drops, such as `integrations`, does not count,
 * and a batch's shared context counts in each event it is merged into).
 */
function storedEventBytes(row: EventInsertRow): number {
  const parts = [
    row.message_id,
    row.name ?? '',
    row.user_id ?? '',
    row.anonymous_id ?? '',
    row.previous_id ?? '',
    row.properties,
    row.traits,
    row.context,
  ];
  let units = 0;
  for (const part of parts) units += part.length;
  // A UTF-16 unit is at most 3 UTF-8 bytes: an event that short is within the limit whatever its
  // exact size, so its UTF-16 length stands in for it.
  return units * 3 <= eventBytesMax
    ? units
    : parts.reduce((bytes, part) => bytes + Buffer.byteLength(part), 0);
}

/** Whether an event, as the log would keep it, is within Segment's per-event limit (imports ask too). */
export function fitsEventLimit(workspaceId: string, event: NewEvent): boolean {
  return storedEventBytes(toEventRow(workspaceId, event)) <= eventBytesMax;
}

/** Segment's per-event limit, on each event as the log would keep it. */
function checkEventSizes(rows: EventInsertRow[]): void {
  rows.forEach((row, index) => {
    if (storedEventBytes(row) > eventBytesMax) {
      throw new RetainError('event_too_large', `batch[${index}] is over ${eventBytesMax / 1024} KB.`, {
        param: `batch[${index}]`,
      });
    }
  });
}

/**
 * When it happened, corrected for the client's clock (Segment's rule): a client that says when it
 * sent the message lets us measure its clock against ours, so
 * `timestamp = receivedAt − (sentAt − clientTimestamp)`. Without `sentAt` the client's time is
 * taken as is; without any, the time we received it. An event cannot happen after we received it:
 * a future result (a client clock ahead, or a timestamp set in the future) is clamped to receivedAt.
 */
export function correctClockSkew(times: { clientTime?: Date; sentAt?: Date; receivedAt: Date }): Date {
  const { clientTime, sentAt, receivedAt } = times;
  if (!clientTime) return receivedAt;
  const corrected = sentAt
    ? new Date(receivedAt.getTime() - (sentAt.getTime() - clientTime.getTime()))
    : clientTime;
  return corrected.getTime() > receivedAt.getTime() ? receivedAt : corrected;
}

const dateOf = (iso: string | undefined): Date | undefined => (iso ? new Date(iso) : undefined);

/** What a message of each type keeps beyond identity: its name, properties and traits. */
function payloadOf(message: SegmentMessage): Pick<NewEvent, 'name' | 'properties' | 'traits' | 'previousId'> {
  switch (message.type) {
    case 'track':
      return { name: message.event ?? null, properties: message.properties ?? {} };
    case 'page':
    case 'screen':
      return {
        name: message.name ?? null,
        properties: {
          ...message.properties,
          ...(message.category !== undefined ? { category: message.category } : {}),
        },
      };
    case 'group':
      return { properties: { groupId: message.groupId }, traits: message.traits ?? {} };
    case 'alias':
      return { previousId: message.previousId ?? null };
    case 'identify':
      return { traits: message.traits ?? {} };
  }
}

/** A validated Segment message as the log stores it. */
export function normaliseEvent(message: SegmentMessage, envelope: Envelope): NewEvent {
  return {
    messageId: message.messageId ?? crypto.randomUUID(),
    type: message.type,
    userId: message.userId ?? null,
    anonymousId: message.anonymousId ?? null,
    context: envelope.context ? { ...envelope.context, ...message.context } : (message.context ?? {}),
    occurredAt: correctClockSkew({
      clientTime: dateOf(message.timestamp ?? message.originalTimestamp),
      sentAt: dateOf(message.sentAt) ?? envelope.sentAt,
      receivedAt: envelope.receivedAt,
    }),
    receivedAt: envelope.receivedAt,
    source: 'api',
    ...payloadOf(message),
  };
}

// PostgreSQL refuses some text JSON allows: NUL (`\u0000`) and unpaired surrogates, found before
// writing (UnstorableText), and, in text columns, NUL (22P05, 22021 as COPY sends it) and characters
// outside UTF-8 (22021). Such a request is the client's error, not ours.
const unstorableTextCodes = new Set(['22P05', '22P02', '22021']);

function isUnstorableText(error: unknown): boolean {
  if (error instanceof UnstorableText) return true;
  const { code, cause } = error as { code?: string; cause?: { code?: string } };
  return unstorableTextCodes.has(cause?.code ?? code ?? '');
}

/**
 * A client clock off by centuries (`sentAt` in 2999 for a timestamp of today) corrects the time
 * out of the supported years, which PostgreSQL or the reports would then fail on: refused, naming
 * the `sentAt` that did it (the message's own, else the batch's).
 */
function refuseCorrectionOutOfRange(event: NewEvent, message: SegmentMessage, prefix?: string): void {
  if (withinSupportedYears(event.occurredAt)) return;
  const param = message.sentAt && prefix ? `${prefix}.sentAt` : 'sentAt';
  throw new RetainError(
    'parameter_invalid',
    `${param} sets the client's clock so far from ours that the corrected timestamp is not ${supportedYearsText}.`,
    { param },
  );
}

/** The log's row for one message; a refusal names the field, under `prefix` (`batch[2]`) if given. */
function rowOrReject(workspaceId: string, event: NewEvent, prefix?: string): EventInsertRow {
  try {
    return toEventRow(workspaceId, event);
  } catch (error) {
    if (!(error instanceof UnstorableText) || !error.field) throw error;
    const param = prefix ? `${prefix}.${error.field}` : error.field;
    throw new RetainError('body_invalid', `${prefix ? `${prefix}.` : ''}${error.message}.`, { param });
  }
}

/** The append step: the write buffer rejects only the request whose rows PostgreSQL refused. */
async function appendOrReject(append: AppendToLog, rows: EventInsertRow[]) {
  try {
    return await append(rows);
  } catch (error) {
    if (!isUnstorableText(error)) throw error;
    throw new RetainError('body_invalid', `The body ${unstorableReason}.`);
  }
}

/** `POST /v1/batch`: all of it is appended, or — one message invalid — none of it. */
export async function ingestBatch(
  append: AppendToLog,
  sender: Sender,
  body: unknown,
  receivedAt: Date,
): Promise<AppendResult> {
  requireObject(body);
  const batch: SegmentBatch = parseOrReject(batchSchema, body);
  const envelope = { receivedAt, sentAt: dateOf(batch.sentAt), context: batch.context };
  const rows = batch.batch.map((message, index) => {
    if (sender.publishable) refuseServerOnly(message, `batch[${index}]`);
    const event = normaliseEvent(message, envelope);
    refuseCorrectionOutOfRange(event, message, `batch[${index}]`);
    return rowOrReject(sender.workspaceId, event, `batch[${index}]`);
  });
  checkEventSizes(rows);
  return appendOrReject(append, rows);
}

/** `POST /v1/<type>`: one message (its size is bounded when the body is read). */
export async function ingestMessage(
  append: AppendToLog,
  sender: Sender,
  type: MessageType,
  body: unknown,
  receivedAt: Date,
): Promise<AppendResult> {
  requireObject(body);
  const schema: z.ZodType<Omit<SegmentMessage, 'type'>> = singleMessageSchemas[type];
  const message: SegmentMessage = { ...parseOrReject(schema, body), type };
  if (sender.publishable) refuseServerOnly(message);
  // The body's size was bounded as it was read.
  const event = normaliseEvent(message, { receivedAt });
  refuseCorrectionOutOfRange(event, message);
  return appendOrReject(append, [rowOrReject(sender.workspaceId, event)]);
}
