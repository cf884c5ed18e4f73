// Bounce, complaint and delivery notifications as the inbound email webhook receives them, read into one
// list of notices. Two shapes:
//
// - Amazon SES through SNS. The HTTP body is SNS's envelope (`Type`, and for a notification a
//   `Message` holding SES's JSON as a string; https://docs.aws.amazon.com/sns/latest/dg/http-notification-json.html,
//   …/http-subscription-confirmation-json.html). SES's notification has `notificationType`
//   (`eventType` from a configuration set's event publishing), a `mail` object whose `headers`
//   carry the original Message-ID, and a `bounce` (`bounceType` Permanent | Transient |
//   Undetermined, `bouncedRecipients[].emailAddress`), a `complaint`
//   (`complainedRecipients[].emailAddress`) or a `delivery` (`recipients[]`, `smtpResponse`: the
//   receiving server took it); SES may add fields, so unknown ones are ignored
//   (https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html). With SNS's raw
//   message delivery the body is SES's JSON itself, which is read the same way.
// - A generic JSON shape for any other provider or relay:
//   `{"type": "bounce" | "complaint", "email", "bounce_type": "hard" | "soft", "message_id"?, "reason"?}`,
//   one or an array.
//
// Pure: the route checks the caller, confirms a subscription and records what these return.
import { z } from 'zod';
import { invalidParameter, paramOf } from '../../../core/errors.js';
import { zodIssueMessage } from '../../../core/validation-messages.js';

interface BounceNotice {
  address: string;
  /** `delivery`: SES's delivery receipt (recorded as the message's outcome, not as a bounce). */
  kind: 'hard_bounce' | 'soft_bounce' | 'complaint' | 'delivery';
  /** The bounced message's Message-ID as the notice gives it (`<msg_…@domain>`), else the provider's id. */
  messageId: string | null;
  detail: string;
}

export type BounceNotification =
  | { source: 'ses' | 'inbound'; notices: BounceNotice[] }
  /** SNS asks the endpoint to confirm by fetching this URL (an SNS host of AWS, checked here). */
  | { subscribeUrl: string; topicArn: string };

/** Only AWS's own SNS endpoints, so a forged confirmation cannot make retain fetch any URL it likes. */
const snsHost = /^sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/;

const snsEnvelope = z.object({ Type: z.string() });

const snsSubscription = z.object({
  TopicArn: z.string().min(1),
  SubscribeURL: z.url().refine(
    (url) => {
      const parsed = new URL(url);
      return parsed.protocol === 'https:' && snsHost.test(parsed.hostname);
    },
    { message: 'must be an https URL of an Amazon SNS endpoint (sns.<region>.amazonaws.com)' },
  ),
});

const snsNotification = z.object({
  Message: z.string().min(1),
});

const sesRecipient = z.object({
  emailAddress: z.string().min(1),
  status: z.string().optional(),
  diagnosticCode: z.string().optional(),
});

const sesMail = z.object({
  messageId: z.string().optional(),
  headers: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
  commonHeaders: z.object({ messageId: z.string().optional() }).optional(),
});

const sesKind = z.object({
  notificationType: z.string().optional(),
  eventType: z.string().optional(),
});

const sesBounce = z.object({
  mail: sesMail,
  bounce: z.object({
    bounceType: z.enum(['Permanent', 'Transient', 'Undetermined']),
    bounceSubType: z.string().optional(),
    bouncedRecipients: z.array(sesRecipient).min(1),
  }),
});

const sesComplaint = z.object({
  mail: sesMail,
  complaint: z.object({
    complainedRecipients: z.array(z.object({ emailAddress: z.string().min(1) })).min(1),
    complaintFeedbackType: z.string().optional(),
    complaintSubType: z.string().nullable().optional(),
  }),
});

const sesDelivery = z.object({
  mail: sesMail,
  delivery: z.object({
    recipients: z.array(z.string().min(1)).min(1),
    smtpResponse: z.string().optional(),
  }),
});

const genericNotice = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('bounce'),
    email: z.string().min(1),
    bounce_type: z.enum(['hard', 'soft']),
    message_id: z.string().min(1).optional(),
    reason: z.string().optional(),
  }),
  z.object({
    type: z.literal('complaint'),
    email: z.string().min(1),
    message_id: z.string().min(1).optional(),
    reason: z.string().optional(),
  }),
]);

const genericList = z.array(genericNotice).min(1);

/** Parses with `schema` or throws `parameter_invalid` naming the field, under `prefix`. */
function read<T>(schema: z.ZodType<T>, value: unknown, prefix: readonly PropertyKey[] = []): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const param = paramOf([...prefix, ...issue.path]) || 'body';
  throw invalidParameter(param, zodIssueMessage(param, issue));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sesMessageId(mail: z.output<typeof sesMail>): string | null {
  const header = mail.headers?.find((entry) => entry.name.toLowerCase() === 'message-id');
  return header?.value ?? mail.commonHeaders?.messageId ?? mail.messageId ?? null;
}

/** SES's notification object (already out of SNS's envelope); `at` names where it sits. */
function sesNotices(notification: unknown, at: readonly PropertyKey[]): BounceNotice[] {
  const { notificationType, eventType } = read(sesKind, notification, at);
  const type = notificationType ?? eventType;
  if (type === undefined) {
    const param = paramOf([...at, 'notificationType']);
    throw invalidParameter(param, `${param} is required`);
  }
  if (type === 'Bounce') {
    const { mail, bounce } = read(sesBounce, notification, at);
    // Undetermined: SES could not tell why; only a permanent bounce is reason enough to suppress.
    const kind = bounce.bounceType === 'Permanent' ? 'hard_bounce' : 'soft_bounce';
    const messageId = sesMessageId(mail);
    const cause = [bounce.bounceType, bounce.bounceSubType].filter(Boolean).join('/');
    return bounce.bouncedRecipients.map((recipient) => ({
      address: recipient.emailAddress,
      kind,
      messageId,
      detail: [cause, recipient.diagnosticCode ?? recipient.status].filter(Boolean).join(': '),
    }));
  }
  if (type === 'Complaint') {
    const { mail, complaint } = read(sesComplaint, notification, at);
    const messageId = sesMessageId(mail);
    const feedback = complaint.complaintFeedbackType ?? complaint.complaintSubType ?? null;
    return complaint.complainedRecipients.map((recipient) => ({
      address: recipient.emailAddress,
      kind: 'complaint' as const,
      messageId,
      detail: feedback ? `complaint: ${feedback}` : 'complaint',
    }));
  }
  if (type === 'Delivery') {
    const { mail, delivery } = read(sesDelivery, notification, at);
    const messageId = sesMessageId(mail);
    return delivery.recipients.map((address) => ({
      address,
      kind: 'delivery' as const,
      messageId,
      detail: delivery.smtpResponse ?? 'delivered',
    }));
  }
  // Send, Open, Click and the rest are neither bounces nor receipts: nothing to record.
  return [];
}

function snsNotices(body: Record<string, unknown>): BounceNotification {
  const { Type: type } = read(snsEnvelope, body);
  if (type === 'SubscriptionConfirmation') {
    const confirmation = read(snsSubscription, body);
    return { subscribeUrl: confirmation.SubscribeURL, topicArn: confirmation.TopicArn };
  }
  if (type === 'UnsubscribeConfirmation') return { source: 'ses', notices: [] };
  if (type !== 'Notification') {
    throw invalidParameter(
      'Type',
      'Type must be one of "Notification", "SubscriptionConfirmation", "UnsubscribeConfirmation"',
    );
  }
  const { Message: text } = read(snsNotification, body);
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    throw invalidParameter('Message', 'Message must be the SES notification as a JSON string');
  }
  return { source: 'ses', notices: sesNotices(message, ['Message']) };
}

function genericNotices(body: unknown): BounceNotice[] {
  const notices = Array.isArray(body) ? read(genericList, body) : [read(genericNotice, body)];
  return notices.map((notice) => ({
    address: notice.email,
    kind:
      notice.type === 'complaint'
        ? 'complaint'
        : notice.bounce_type === 'hard'
          ? 'hard_bounce'
          : 'soft_bounce',
    messageId: notice.message_id ?? null,
    detail: notice.reason ?? (notice.type === 'complaint' ? 'complaint' : `${notice.bounce_type} bounce`),
  }));
}

/**
 * One inbound body → its notices, or the SNS subscription to confirm. Throws `parameter_invalid`
 * naming the first field that is missing or wrong (`Message.bounce.bouncedRecipients[0].emailAddress`).
 */
export function parseBounceNotification(body: unknown): BounceNotification {
  if (isObject(body) && 'Type' in body) return snsNotices(body);
  if (isObject(body) && ('notificationType' in body || 'eventType' in body)) {
    return { source: 'ses', notices: sesNotices(body, []) };
  }
  return { source: 'inbound', notices: genericNotices(body) };
}
