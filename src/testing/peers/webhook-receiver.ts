// A shop's webhook endpoint as a careful shop writes it: it checks each request's Standard Webhooks
// signature (https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md)
// in constant time, refuses a bad one or a stale timestamp with 401, and answers 200 otherwise.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { header, startHttpPeer, type HttpPeer, type ReceivedRequest } from './http-peer.js';

interface WebhookDelivery {
  id: string;
  timestamp: number;
  payload: unknown;
}

export interface WebhookReceiverPeer extends HttpPeer {
  secret: string;
  /** Requests whose signature verified, in order (a retried id appears again). */
  deliveries: WebhookDelivery[];
}

/** The spec's replay window: a timestamp further than this from now is refused. */
const toleranceSeconds = 5 * 60;

/** A new signing secret in the spec's serialisation: whsec_ and 32 random bytes in base64. */
export function webhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

function verified(request: ReceivedRequest, key: Buffer): WebhookDelivery | undefined {
  const id = header(request, 'webhook-id');
  const timestamp = Number(header(request, 'webhook-timestamp'));
  const signatures = (header(request, 'webhook-signature') ?? '').split(' ');
  if (!id || !Number.isInteger(timestamp)) return undefined;
  if (Math.abs(Date.now() / 1000 - timestamp) > toleranceSeconds) return undefined;
  const expected = createHmac('sha256', key)
    .update(Buffer.concat([Buffer.from(`${id}.${timestamp}.`), request.rawBody]))
    .digest();
  const matches = signatures.some((versioned) => {
    const [version, signature] = versioned.split(',');
    if (version !== 'v1' || signature === undefined) return false;
    const given = Buffer.from(signature, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return matches ? { id, timestamp, payload: request.body } : undefined;
}

export async function startWebhookReceiverPeer(secret = webhookSecret()): Promise<WebhookReceiverPeer> {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const deliveries: WebhookDelivery[] = [];
  const peer = await startHttpPeer((request) => {
    const delivery = request.method === 'POST' ? verified(request, key) : undefined;
    if (!delivery) return { status: 401, body: { error: 'invalid signature' } };
    deliveries.push(delivery);
    return { status: 200, body: { received: true } };
  });
  return Object.assign(peer, { secret, deliveries });
}
