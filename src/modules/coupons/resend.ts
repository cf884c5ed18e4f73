// Customer service resends a customer's coupon code by email: one transactional message through
// the messages outbox, from the library's coupon_code template in the customer's language, with
// the code, what it takes off and its expiry as the template's data. The acting user is the
// message's producer, as a points adjustment records its actor.
import { RetainError } from '../../core/errors.js';
import { minuteMs } from '../../core/time.js';
import type { Db } from '../../db/connection.js';
import { messageRecipients } from '../customers/index.js';
import { enqueueLibraryEmail } from '../messages/index.js';
import { normaliseCode } from './codes.js';
import { requireCustomer } from './coupons.js';
import type { CouponErrorCode } from './errors.js';
import { evaluateUse, reasonMessages } from './evaluate.js';
import { findCodeWithCoupon, type CodeRow, type CouponRow } from './queries.js';

/**
 * Two presses of "Resend" within this window send one email: the dedupe key names the code and
 * the window, and the outbox refuses a second message with the same key.
 */
const resendWindowMs = minuteMs;

export interface CouponResend {
  object: 'coupon_resend';
  code: string;
  coupon: string;
  customer: string;
  /** The outbox message (`msg_…`); a repeat within the window answers the first one's. */
  message: string;
  /** false: the same code was resent to this customer moments ago, and that message stands. */
  created: boolean;
  /** The dashboard user or API key that asked. */
  actor: string;
}

/** What the coupon_code template renders: the code, what it takes off and until when. */
function templateData(code: CodeRow, coupon: CouponRow): Record<string, unknown> {
  return {
    coupon: {
      code: code.code,
      name: coupon.name,
      kind: coupon.kind,
      amount: coupon.amountOffMinor,
      percent_off: coupon.percentOff,
      currency: coupon.currency,
      expires_at: coupon.expiresAt?.toISOString() ?? null,
    },
  };
}

/** The code, checked: it exists, it is this customer's own, and it can still be used. */
async function customersCode(
  db: Db,
  workspaceId: string,
  customerId: string,
  rawCode: string,
  at: Date,
): Promise<{ code: CodeRow; coupon: CouponRow }> {
  const found = await findCodeWithCoupon(db, workspaceId, normaliseCode(rawCode), false);
  if (!found)
    throw new RetainError('coupon_unknown', `No coupon of this workspace has the code '${rawCode}'.`, {
      param: 'code',
    });
  if (found.coupon.customerId !== customerId) {
    throw new RetainError(
      'coupon_not_customers',
      'This code is not one of this customer’s own coupons; only those can be resent to them.',
      { param: 'code' },
    );
  }
  const outcome = evaluateUse(found.coupon, found.code, {
    customerId,
    customerUses: 0,
    orderTotalMinor: null,
    at,
  });
  if ('reason' in outcome) {
    throw new RetainError(
      `coupon_${outcome.reason}` satisfies CouponErrorCode,
      reasonMessages[outcome.reason],
      {
        param: 'code',
      },
    );
  }
  return found;
}

export async function resendCoupon(
  db: Db,
  workspaceId: string,
  request: { customer: string; code: string; actor: string; at: Date },
): Promise<CouponResend> {
  const { actor, at } = request;
  const customerId = await requireCustomer(db, workspaceId, request.customer, 'id');
  const { code, coupon } = await customersCode(db, workspaceId, customerId, request.code, at);
  const email = (await messageRecipients(db, workspaceId, [customerId])).get(customerId)?.email?.trim();
  if (!email) {
    throw new RetainError('customer_has_no_email', 'The customer has no email address to send the code to.', {
      param: 'id',
    });
  }
  const enqueued = await db.transaction((tx) =>
    enqueueLibraryEmail(
      tx,
      workspaceId,
      {
        key: 'coupon_code',
        customerId,
        data: templateData(code, coupon),
        producer: { kind: 'api', id: actor },
        dedupeKey: `coupon_resend:${code.id}:${Math.floor(at.getTime() / resendWindowMs)}`,
      },
      at,
    ),
  );
  return {
    object: 'coupon_resend',
    code: code.code,
    coupon: coupon.id,
    customer: customerId,
    message: enqueued.id,
    created: enqueued.created,
    actor,
  };
}
