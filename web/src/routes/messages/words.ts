import { catalogue, type MessageKey, type Translate } from '../../i18n/catalogue.js';

const isKey = (key: string): key is MessageKey => key in catalogue.en;

/** A channel's name in the reader's words (email, SMS, LINE…). */
export function channelName(t: Translate, channel: string): string {
  const key = `channel_${channel}`;
  return isKey(key) ? t(key) : channel;
}

/** A message's status (queued, sent, suppressed…) in the reader's words. */
export function statusName(t: Translate, status: string): string {
  const key = `message_status_${status}`;
  return isKey(key) ? t(key) : status;
}

/** A dispatcher's reason code (quiet_hours, no_consent…) in words; free text stays as the server wrote it. */
export function reasonText(t: Translate, reason: string | null | undefined): string {
  if (!reason) return '';
  const key = `message_reason_${reason}`;
  return isKey(key) ? t(key) : reason;
}

/** One decision the dispatcher recorded on a message: what it did, and why. */
export function decisionText(t: Translate, decision: Record<string, unknown>): string {
  const kind = typeof decision.decision === 'string' ? decision.decision : '';
  const key = `message_decision_${kind}`;
  const what = isKey(key) ? t(key) : kind;
  const reason = typeof decision.reason === 'string' ? reasonText(t, decision.reason) : '';
  return reason ? `${what}: ${reason}` : what;
}
