// What the dispatcher does with one due message, in the order: expiry → address → consent
// → suppression → frequency cap → quiet hours. Pure: the batch loads the facts, this decides, and
// the batch writes every decision down (a held message is deferred with its reason, never dropped).
import type { Recipient } from '../channels/index.js';
import { mayReceive, type CustomerConsent } from '../consent.js';
import { pacingDecision, type PacingSettings, type PastSend, type Reservation } from '../pacing/index.js';
import type { OutboxRow } from './rows.js';
import {
  messagePacingHorizonDays,
  messageReservationRecheckMs,
  messageRetryDelayBaseMs,
  messageRetryDelayMaxMs,
} from '../../../core/limits.js';

export type Decision =
  | { kind: 'hand'; to: Recipient }
  | { kind: 'suppressed'; reason: string }
  | { kind: 'expired'; reason: string }
  | { kind: 'defer'; until: Date; reason: string; detail: Record<string, unknown> };

export interface CustomerFacts {
  /** The customer's address on the message's channel (email, E.164 phone, LINE id…), or none. */
  recipients: Recipient[];
  /**
   * The survivor of a merge that committed after this claim followed merges (followMerges): the
   * message waits for the next claim, which follows it, instead of losing its address.
   */
  mergedInto: string | null;
  erased: boolean;
  consent: CustomerConsent;
  /** address → why it is suppressed. */
  suppressed: Map<string, string>;
  zone: string;
  customerSince: Date;
  sends: PastSend[];
  /** Higher-priority messages of this customer due now that another claim holds. */
  waiting: Reservation[];
}

const suppressionWords: Record<string, string> = {
  hard_bounce: 'bounced',
  complaint: 'complained',
  manual: 'suppressed',
};

export function decide(row: OutboxRow, facts: CustomerFacts, settings: PacingSettings, now: Date): Decision {
  if (row.expiresAt && row.expiresAt <= now)
    return { kind: 'expired', reason: 'expired before it could be sent' };
  if (facts.mergedInto)
    return { kind: 'defer', until: now, reason: 'customer_merged', detail: { into: facts.mergedInto } };
  if (facts.erased) return { kind: 'suppressed', reason: 'erased' };
  const live = facts.recipients.filter((to) => !facts.suppressed.has(to.address));
  if (facts.recipients.length === 0) return { kind: 'suppressed', reason: 'no_address' };
  const consent = mayReceive(facts.consent, {
    channel: row.channel,
    topic: row.topic,
    priority: row.priority,
  });
  if (!consent.ok) return { kind: 'suppressed', reason: consent.reason };
  if (live.length === 0) {
    const why = facts.suppressed.get(facts.recipients[0]!.address)!;
    return { kind: 'suppressed', reason: suppressionWords[why] ?? why };
  }
  const candidate = { priority: row.priority, channel: row.channel, at: now };
  const base = {
    candidate,
    zone: facts.zone,
    settings,
    sends: facts.sends,
    customerSince: facts.customerSince,
    horizonDays: messagePacingHorizonDays,
  };
  const paced = pacingDecision({ ...base, reserved: facts.waiting });
  if (paced.send) return { kind: 'hand', to: live[0]! };
  if (facts.waiting.length > 0 && pacingDecision(base).send) {
    return {
      kind: 'defer',
      until: new Date(now.getTime() + messageReservationRecheckMs),
      reason: 'waiting for a higher-priority message',
      detail: {},
    };
  }
  const detail = paced.reason === 'frequency_cap' ? { rule: paced.rule } : { window: paced.window };
  if (!paced.until)
    return {
      kind: 'expired',
      reason: `${paced.reason}: no free moment within ${messagePacingHorizonDays} days`,
    };
  if (row.expiresAt && paced.until >= row.expiresAt) {
    return { kind: 'expired', reason: `${paced.reason}: the next free moment is after it expires` };
  }
  return { kind: 'defer', until: paced.until, reason: paced.reason, detail };
}

/** Exponential backoff with equal jitter (AWS Architecture Blog, "Exponential Backoff and Jitter", 2015). */
export function retryDelayMs(attempt: number, random: () => number, retryAfterMs?: number): number {
  const ceiling = Math.min(messageRetryDelayMaxMs, messageRetryDelayBaseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = ceiling / 2 + (random() * ceiling) / 2;
  return Math.max(jittered, retryAfterMs ?? 0);
}
