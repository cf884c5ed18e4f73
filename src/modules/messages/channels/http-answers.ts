// What the HTTP channels share: one request with a deadline, and the provider's answer (or its
// absence) turned into the dispatcher's outcomes. Whether a request may have reached the provider
// decides between `retry` (it cannot have: the connection was refused) and `unknown` (it may have:
// the answer never came).
import type { SendResult } from './channel.js';
import { providerAnswerBytesMax, providerQuotedCharsMax } from '../../../core/limits.js';

/** What a test may change about how an adapter talks HTTP. */
export interface HttpOptions {
  timeoutMs?: number;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON; undefined when it is not JSON. */
  json: unknown;
}

export type Exchange =
  | { answered: true; answer: HttpAnswer }
  | { answered: false; result: Extract<SendResult, { outcome: 'retry' | 'unknown' }> };

/**
 * Errors that come before a single byte of the request could reach the provider: nothing was sent,
 * so trying again is safe for every message.
 */
const notSentCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function errorCode(error: unknown): string | undefined {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

async function readCapped(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  while (bytes < providerAnswerBytesMax) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    bytes += value.byteLength;
  }
  await reader.cancel().catch(() => undefined);
  return Buffer.concat(chunks).subarray(0, providerAnswerBytesMax).toString('utf8');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Sends one request and reads the answer, all within `timeoutMs`. Redirects are never followed: a
 * provider's API does not redirect, and following a shop's webhook URL elsewhere is not what the
 * shop signed up for.
 */
export async function exchange(
  provider: string,
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<Exchange> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, { ...init, redirect: 'manual', signal });
    const text = await readCapped(response);
    return {
      answered: true,
      answer: { status: response.status, headers: response.headers, text, json: parseJson(text) },
    };
  } catch (error) {
    const code = errorCode(error);
    if (code !== undefined && notSentCodes.has(code)) {
      return { answered: false, result: { outcome: 'retry', reason: `${provider} unreachable (${code})` } };
    }
    if (signal.aborted) {
      return {
        answered: false,
        result: { outcome: 'unknown', reason: `${provider} did not answer within ${timeoutMs} ms` },
      };
    }
    const detail = code ?? (error instanceof Error ? error.message : String(error));
    return {
      answered: false,
      result: {
        outcome: 'unknown',
        reason: `${provider}: the connection broke before an answer (${detail})`,
      },
    };
  }
}

/**
 * `Retry-After` in milliseconds from now: delay-seconds or an HTTP-date (RFC 9110 §10.2.3);
 * undefined when absent or unreadable.
 */
export function retryAfterMs(headers: Headers, nowMs = Date.now()): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP-date starts with the day's name (IMF-fixdate, RFC 850 and asctime alike); Date.parse
  // alone would read "-5" as the year 5 BC.
  if (!/^[A-Z][a-z]{2,8},? /.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** Statuses that say "not now" rather than "never": rate limits and the provider's own trouble. */
export function isTransientStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** A retry after a transient status, with the provider's `Retry-After` when it gave one. */
export function retryResult(answer: HttpAnswer, reason: string): SendResult {
  const after = retryAfterMs(answer.headers);
  return after === undefined
    ? { outcome: 'retry', reason }
    : { outcome: 'retry', reason, retryAfterMs: after };
}

/** "Twilio 21211: The 'To' number … is not a valid phone number." */
export function providerReason(provider: string, code: string | number, message: string | undefined): string {
  const quoted = (message ?? '').trim();
  const cut = quoted.length > providerQuotedCharsMax ? `${quoted.slice(0, providerQuotedCharsMax)}…` : quoted;
  return cut ? `${provider} ${code}: ${cut}` : `${provider} ${code}`;
}

/** A JSON object's field, when the body is an object; providers' error bodies are read this way. */
export function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

export function stringField(value: unknown, key: string): string | undefined {
  const found = field(value, key);
  return typeof found === 'string' ? found : undefined;
}

/** The answer's body for a reason when it is not the provider's JSON (a proxy's HTML page, say). */
export function bodyExcerpt(answer: HttpAnswer): string | undefined {
  const text = answer.text.replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** verify() reads an exchange this way: any answer other than 2xx is the reason it failed. */
export function verifyAnswer(
  exchanged: Exchange,
  describe: (answer: HttpAnswer) => string,
): { ok: true } | { ok: false; reason: string } {
  if (!exchanged.answered) return { ok: false, reason: exchanged.result.reason };
  const { answer } = exchanged;
  if (answer.status >= 200 && answer.status < 300) return { ok: true };
  return { ok: false, reason: describe(answer) };
}

/** Basic auth (RFC 7617) as Twilio takes it. */
export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

/** Replaces each secret's value by the marker the API shows in its place. */
export function redactSecrets<Settings extends Record<string, unknown>>(
  settings: Settings,
  secrets: readonly (keyof Settings & string)[],
): Record<string, unknown> {
  const shown: Record<string, unknown> = { ...settings };
  for (const key of secrets) if (shown[key] !== undefined) shown[key] = '…set';
  return shown;
}

/** A base URL without its trailing slash, so paths join with one. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}
