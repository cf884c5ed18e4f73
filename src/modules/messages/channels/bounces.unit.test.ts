import { describe, expect, it } from 'vitest';
import { RetainError } from '../../../core/errors.js';
import { parseBounceNotification } from './bounces.js';

// Shaped as AWS documents them: SES's "Amazon SNS notification examples" (bounce with a DSN and the
// original headers, complaint with a feedback report) inside SNS's HTTP notification envelope.
const ourMessageId = '<msg_01JEXAMPLE0000000000000000@shop.example>';

const sesBounce = {
  notificationType: 'Bounce',
  bounce: {
    bounceType: 'Permanent',
    reportingMTA: 'dns; email.example.com',
    bouncedRecipients: [
      {
        emailAddress: 'jane@example.com',
        status: '5.1.1',
        action: 'failed',
        diagnosticCode: 'smtp; 550 5.1.1 <jane@example.com>... User',
      },
    ],
    bounceSubType: 'General',
    timestamp: '2016-01-27T14:59:38.237Z',
    feedbackId: '00000138111222aa-33322211-cccc-cccc-cccc-ddddaaaa068a-000000',
    remoteMtaIp: '127.0.2.0',
  },
  mail: {
    timestamp: '2016-01-27T14:59:38.237Z',
    source: 'hi@shop.example',
    sourceArn: 'arn:aws:ses:us-east-1:888888888888:identity/shop.example',
    sourceIp: '127.0.3.0',
    sendingAccountId: '123456789012',
    messageId: '00000138111222aa-33322211-cccc-cccc-cccc-ddddaaaa0680-000000',
    destination: ['jane@example.com', 'mary@example.com'],
    headersTruncated: false,
    headers: [
      { name: 'From', value: '"Shop" <hi@shop.example>' },
      { name: 'To', value: '"Jane Doe" <jane@example.com>' },
      { name: 'Message-ID', value: ourMessageId },
      { name: 'Subject', value: 'Hello' },
      { name: 'Content-Type', value: 'text/plain; charset="UTF-8"' },
    ],
    commonHeaders: {
      from: ['Shop <hi@shop.example>'],
      date: 'Wed, 27 Jan 2016 14:05:45 +0000',
      to: ['Jane Doe <jane@example.com>'],
      messageId: ourMessageId,
      subject: 'Hello',
    },
  },
};

const sesComplaint = {
  notificationType: 'Complaint',
  complaint: {
    userAgent: 'AnyCompany Feedback Loop (V0.01)',
    complainedRecipients: [{ emailAddress: 'richard@example.com' }],
    complaintFeedbackType: 'abuse',
    arrivalDate: '2016-01-27T14:59:38.237Z',
    timestamp: '2016-01-27T14:59:38.237Z',
    feedbackId: '000001378603177f-18c07c78-fa81-4a58-9dd1-fedc3cb8f49a-000000',
  },
  mail: {
    timestamp: '2016-01-27T14:59:38.237Z',
    messageId: '000001378603177f-7a5433e7-8edb-42ae-af10-f0181f34d6ee-000000',
    source: 'hi@shop.example',
    destination: ['richard@example.com'],
    headersTruncated: false,
    headers: [{ name: 'message-id', value: ourMessageId }],
  },
};

function sns(message: unknown) {
  return {
    Type: 'Notification',
    MessageId: '22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324',
    TopicArn: 'arn:aws:sns:us-west-2:123456789012:ses-bounces',
    Message: JSON.stringify(message),
    Timestamp: '2016-01-27T14:59:39.000Z',
    SignatureVersion: '1',
    Signature:
      'EXAMPLEpH+DcEwjAPg8O9mY8dReBSwksfg2S7WKQcikcNKWLQjwu6A4VbeS0QHVCkhRS7fUQvi2egU3N858fiTDN6bkkOxYDVrY0Ad8L10Hs3zH81mtnPk5uvvolIC1CXGu43obcgFxeL3khZl8IKvO61GWB6jI9b5+gLPoBc1Q=',
    SigningCertURL:
      'https://sns.us-west-2.amazonaws.com/SimpleNotificationService-f3ecfb7224c7233fe7bb5f59f96de52f.pem',
    UnsubscribeURL:
      'https://sns.us-west-2.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-west-2:123456789012:ses-bounces:c9135db0',
  };
}

function errorOf(body: unknown): RetainError {
  try {
    parseBounceNotification(body);
  } catch (error) {
    if (error instanceof RetainError) return error;
    throw error;
  }
  throw new Error('expected the body to be refused');
}

describe('Amazon SES through SNS', () => {
  it('reads a permanent bounce, with our Message-ID from the original headers', () => {
    expect(parseBounceNotification(sns(sesBounce))).toEqual({
      source: 'ses',
      notices: [
        {
          address: 'jane@example.com',
          kind: 'hard_bounce',
          messageId: ourMessageId,
          detail: 'Permanent/General: smtp; 550 5.1.1 <jane@example.com>... User',
        },
      ],
    });
  });

  it('reads transient and undetermined bounces as soft, one notice per recipient', () => {
    const transient = {
      ...sesBounce,
      bounce: {
        ...sesBounce.bounce,
        bounceType: 'Transient',
        bounceSubType: 'MailboxFull',
        bouncedRecipients: [
          { emailAddress: 'a@example.com', status: '4.2.2' },
          { emailAddress: 'b@example.com' },
        ],
      },
    };
    expect(parseBounceNotification(sns(transient))).toEqual({
      source: 'ses',
      notices: [
        {
          address: 'a@example.com',
          kind: 'soft_bounce',
          messageId: ourMessageId,
          detail: 'Transient/MailboxFull: 4.2.2',
        },
        {
          address: 'b@example.com',
          kind: 'soft_bounce',
          messageId: ourMessageId,
          detail: 'Transient/MailboxFull',
        },
      ],
    });
    const undetermined = { ...sesBounce, bounce: { ...sesBounce.bounce, bounceType: 'Undetermined' } };
    expect(parseBounceNotification(sns(undetermined))).toMatchObject({ notices: [{ kind: 'soft_bounce' }] });
  });

  it('reads a complaint, the header name in any case', () => {
    expect(parseBounceNotification(sns(sesComplaint))).toEqual({
      source: 'ses',
      notices: [
        {
          address: 'richard@example.com',
          kind: 'complaint',
          messageId: ourMessageId,
          detail: 'complaint: abuse',
        },
      ],
    });
  });

  it("falls back to SES's own message id when the headers were not included", () => {
    const { headers: _headers, commonHeaders: _common, ...bare } = sesBounce.mail;
    expect(parseBounceNotification(sns({ ...sesBounce, mail: bare }))).toMatchObject({
      notices: [{ messageId: '00000138111222aa-33322211-cccc-cccc-cccc-ddddaaaa0680-000000' }],
    });
  });

  it('reads raw message delivery and event publishing (eventType) the same way', () => {
    expect(parseBounceNotification(sesBounce)).toMatchObject({
      source: 'ses',
      notices: [{ kind: 'hard_bounce' }],
    });
    const { notificationType: _type, ...event } = sesComplaint;
    expect(parseBounceNotification({ eventType: 'Complaint', ...event })).toMatchObject({
      notices: [{ kind: 'complaint' }],
    });
  });

  it('reads a delivery as its receipt, naming a delivery without recipients', () => {
    const delivery = {
      notificationType: 'Delivery',
      mail: sesBounce.mail,
      delivery: { recipients: ['jane@example.com'], smtpResponse: '250 2.6.0 Message received' },
    };
    expect(parseBounceNotification(sns(delivery))).toMatchObject({
      source: 'ses',
      notices: [{ kind: 'delivery', address: 'jane@example.com', detail: '250 2.6.0 Message received' }],
    });
    expect(() => parseBounceNotification(sns({ ...delivery, delivery: {} }))).toThrow(
      expect.objectContaining({ code: 'parameter_invalid', param: 'Message.delivery.recipients' }),
    );
  });

  it('records nothing for other events', () => {
    expect(
      parseBounceNotification({
        ...sns({}),
        Type: 'UnsubscribeConfirmation',
        Message: 'You have unsubscribed',
      }),
    ).toEqual({
      source: 'ses',
      notices: [],
    });
  });

  it('hands back the SubscribeURL of a subscription confirmation', () => {
    const confirmation = {
      Type: 'SubscriptionConfirmation',
      MessageId: '165545c9-2a5c-472c-8df2-7ff2be2b3b1b',
      Token:
        '2336412f37fb687f5d51e6e241d09c805a5a57b30d712f794cc5f6a988666d92768dd60a747ba6f3beb71854e285d6ad02428b09ceece29417f1f02d609c582afbacc99c583a916b9981dd2728f4ae6fdb82efd087cc3b7849e05798d2d2785c03b0879594eeac82c01f235d0e717736',
      TopicArn: 'arn:aws:sns:us-west-2:123456789012:ses-bounces',
      Message: 'You have chosen to subscribe to the topic arn:aws:sns:us-west-2:123456789012:ses-bounces.',
      SubscribeURL:
        'https://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:us-west-2:123456789012:ses-bounces&Token=2336412f37',
      Timestamp: '2012-04-26T20:45:04.751Z',
    };
    expect(parseBounceNotification(confirmation)).toEqual({
      subscribeUrl: confirmation.SubscribeURL,
      topicArn: 'arn:aws:sns:us-west-2:123456789012:ses-bounces',
    });
    const forged = {
      ...confirmation,
      SubscribeURL: 'https://internal.example/admin?x=sns.us-west-2.amazonaws.com',
    };
    expect(errorOf(forged)).toMatchObject({ code: 'parameter_invalid', param: 'SubscribeURL' });
    expect(
      errorOf({ ...confirmation, SubscribeURL: 'http://sns.us-west-2.amazonaws.com/?Action=x' }),
    ).toMatchObject({
      param: 'SubscribeURL',
    });
  });

  it.each([
    [
      'a missing recipient address',
      sns({ ...sesBounce, bounce: { ...sesBounce.bounce, bouncedRecipients: [{ status: '5.1.1' }] } }),
      'Message.bounce.bouncedRecipients[0].emailAddress',
    ],
    [
      'an unknown bounce type',
      sns({ ...sesBounce, bounce: { ...sesBounce.bounce, bounceType: 'Maybe' } }),
      'Message.bounce.bounceType',
    ],
    [
      'a bounce without its bounce object',
      sns({ notificationType: 'Bounce', mail: sesBounce.mail }),
      'Message.bounce',
    ],
    [
      'a complaint without recipients',
      sns({ ...sesComplaint, complaint: { complainedRecipients: [] } }),
      'Message.complaint.complainedRecipients',
    ],
    ['no notification type', sns({ mail: sesBounce.mail }), 'Message.notificationType'],
    ['a Message that is not JSON', { ...sns({}), Message: 'not json' }, 'Message'],
    ['no Message', { Type: 'Notification' }, 'Message'],
    ['an unknown SNS type', { Type: 'Hello' }, 'Type'],
  ])('refuses %s, naming the field', (_what, body, param) => {
    const error = errorOf(body);
    expect(error.code).toBe('parameter_invalid');
    expect(error.param).toBe(param);
    expect(error.message).toContain(param);
  });
});

describe('the generic JSON shape', () => {
  it('reads one notice or a list', () => {
    expect(
      parseBounceNotification({
        type: 'bounce',
        email: 'lan@example.com',
        bounce_type: 'hard',
        message_id: ourMessageId,
      }),
    ).toEqual({
      source: 'inbound',
      notices: [
        { address: 'lan@example.com', kind: 'hard_bounce', messageId: ourMessageId, detail: 'hard bounce' },
      ],
    });
    expect(
      parseBounceNotification([
        { type: 'bounce', email: 'a@example.com', bounce_type: 'soft', reason: '452 4.2.2 mailbox full' },
        { type: 'complaint', email: 'b@example.com' },
      ]),
    ).toEqual({
      source: 'inbound',
      notices: [
        { address: 'a@example.com', kind: 'soft_bounce', messageId: null, detail: '452 4.2.2 mailbox full' },
        { address: 'b@example.com', kind: 'complaint', messageId: null, detail: 'complaint' },
      ],
    });
  });

  it.each([
    ['no email', { type: 'bounce', bounce_type: 'hard' }, 'email'],
    ['a bounce without its type', { type: 'bounce', email: 'a@example.com' }, 'bounce_type'],
    [
      'a bounce type out of the list',
      { type: 'bounce', email: 'a@example.com', bounce_type: 'permanent' },
      'bounce_type',
    ],
    ['an unknown type', { type: 'delivery', email: 'a@example.com' }, 'type'],
    [
      'a bad item of a list',
      [{ type: 'complaint', email: 'a@example.com' }, { type: 'complaint' }],
      '[1].email',
    ],
    ['an empty list', [], 'body'],
  ])('refuses %s, naming the field', (_what, body, param) => {
    const error = errorOf(body);
    expect(error.code).toBe('parameter_invalid');
    expect(error.param).toBe(param);
  });

  it('refuses a body that is not JSON object or list', () => {
    expect(errorOf('bounce')).toMatchObject({ code: 'parameter_invalid' });
    expect(errorOf(null)).toMatchObject({ code: 'parameter_invalid' });
  });
});
