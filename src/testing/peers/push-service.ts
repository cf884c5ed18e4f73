// A local Web Push service, as browsers' push services (Mozilla autopush, FCM) speak RFC 8030: it
// hands out subscriptions like a browser's PushManager would, takes pushes only with a valid VAPID
// JWT (RFC 8292, `vapid t=…, k=…`), a TTL and an aes128gcm body (RFC 8188/8291), decrypts each with
// the subscription's private key, and answers 201, or 404 and 410 for subscriptions it does not know
// or that were unsubscribed, with autopush's error JSON (https://autopush.readthedocs.io/en/latest/http.html).
import {
  createDecipheriv,
  createECDH,
  createPublicKey,
  hkdfSync,
  randomBytes,
  randomUUID,
  verify,
  type ECDH,
} from 'node:crypto';
import { header, startHttpPeer, type HttpPeer, type PeerReply, type ReceivedRequest } from './http-peer.js';

/** A subscription as a browser's `PushSubscription.toJSON()` gives it. */
export interface TestPushSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

interface PushDelivery {
  endpoint: string;
  /** The payload as the browser's service worker would read it, decrypted. */
  payload: string;
  ttlSeconds: number;
  urgency: string | undefined;
  /** The VAPID JWT's claims. */
  vapid: { aud: string; sub: string; exp: number };
}

export interface PushServicePeer extends HttpPeer {
  /** A new subscription, as a browser creates it for a site whose VAPID public key is given. */
  subscribe(applicationServerKey: string): TestPushSubscription;
  /** The browser unsubscribed: the endpoint answers 410 from now on. */
  unsubscribe(subscription: TestPushSubscription): void;
  deliveries: PushDelivery[];
}

/** Autopush's error body. */
export function pushServiceError(
  status: number,
  errno: number,
  message: string,
  headers?: Record<string, string>,
): PeerReply {
  const error =
    {
      400: 'Bad Request',
      401: 'Unauthorized',
      403: 'Forbidden',
      404: 'Not Found',
      410: 'Gone',
      413: 'Payload Too Large',
      429: 'Too Many Requests',
    }[status] ?? 'Error';
  return {
    status,
    headers,
    body: {
      code: status,
      errno,
      error,
      message,
      more_info: 'https://autopush.readthedocs.io/en/latest/http.html#error-codes',
    },
  };
}

/** RFC 8030 §7.2: push services take at least 4096 bytes of payload; autopush takes no more. */
const payloadBytesMax = 4096;
/** RFC 8292 §2: a JWT valid for more than 24 hours is refused. */
const vapidLifetimeSecondsMax = 24 * 60 * 60;

interface Subscriber {
  ecdh: ECDH;
  publicKey: Buffer;
  auth: Buffer;
  applicationServerKey: string;
  gone: boolean;
}

function decodeJson(part: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** The VAPID claims when the Authorization header is a valid `vapid t=…, k=…` for this origin. */
function checkVapid(
  request: ReceivedRequest,
  origin: string,
): { ok: true; key: string; claims: PushDelivery['vapid'] } | { ok: false; reason: string } {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header(request, 'authorization') ?? '');
  if (!match) return { ok: false, reason: 'Missing or malformed VAPID Authorization header' };
  const [, token, key] = match as unknown as [string, string, string];
  const [head, body, signature] = token.split('.');
  const claims = body === undefined ? undefined : decodeJson(body);
  if (head === undefined || signature === undefined || decodeJson(head)?.alg !== 'ES256' || !claims) {
    return { ok: false, reason: 'The VAPID token is not an ES256 JWT' };
  }
  const point = Buffer.from(key, 'base64url');
  if (point.length !== 65 || point[0] !== 4)
    return { ok: false, reason: 'The VAPID public key is not a P-256 point' };
  const publicKey = createPublicKey({
    format: 'jwk',
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33).toString('base64url'),
    },
  });
  const signed = verify(
    'sha256',
    Buffer.from(`${head}.${body}`),
    { key: publicKey, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  if (!signed) return { ok: false, reason: 'The VAPID signature does not verify' };
  const { aud, sub, exp } = claims;
  const now = Math.floor(Date.now() / 1000);
  if (aud !== origin) return { ok: false, reason: `The VAPID audience is not ${origin}` };
  if (typeof exp !== 'number' || exp <= now || exp > now + vapidLifetimeSecondsMax) {
    return { ok: false, reason: 'The VAPID token is expired or valid for more than 24 hours' };
  }
  if (typeof sub !== 'string' || !/^(mailto:|https:)/.test(sub)) {
    return { ok: false, reason: 'The VAPID subject is not a mailto: or https: URL' };
  }
  return { ok: true, key, claims: { aud, sub, exp } };
}

/** RFC 8291 §3.4 and RFC 8188 §2: one aes128gcm record, as a browser decrypts it. */
function decrypt(body: Buffer, subscriber: Subscriber): string {
  const salt = body.subarray(0, 16);
  const keyIdLength = body[20]!;
  const senderKey = body.subarray(21, 21 + keyIdLength);
  const record = body.subarray(21 + keyIdLength);
  const shared = subscriber.ecdh.computeSecret(senderKey);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), subscriber.publicKey, senderKey]);
  const ikm = Buffer.from(hkdfSync('sha256', shared, subscriber.auth, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end -= 1;
  if (padded[end] !== 2) throw new Error('not the last record (padding delimiter 2 missing)');
  return padded.subarray(0, end).toString('utf8');
}

export async function startPushServicePeer(): Promise<PushServicePeer> {
  const subscribers = new Map<string, Subscriber>();
  const deliveries: PushDelivery[] = [];
  let origin = '';

  const peer = await startHttpPeer((request) => {
    const match = /^\/wpush\/v2\/([\w-]+)$/.exec(request.path);
    const subscriber = match ? subscribers.get(match[1]!) : undefined;
    if (request.method !== 'POST' || !subscriber) {
      return pushServiceError(404, 102, 'Request did not validate invalid token');
    }
    if (subscriber.gone) return pushServiceError(410, 103, 'Request did not validate subscription expired');
    const vapid = checkVapid(request, origin);
    if (!vapid.ok) return pushServiceError(401, 109, vapid.reason);
    if (vapid.key !== subscriber.applicationServerKey) {
      return pushServiceError(403, 109, 'The VAPID key is not the one this subscription was made for');
    }
    const ttl = header(request, 'ttl');
    if (ttl === undefined || !/^\d+$/.test(ttl)) return pushServiceError(400, 111, 'Missing TTL header');
    if (request.rawBody.length > payloadBytesMax) {
      return pushServiceError(413, 104, `Payload is larger than ${payloadBytesMax} bytes`);
    }
    if (header(request, 'content-encoding') !== 'aes128gcm') {
      return pushServiceError(400, 110, 'Invalid or missing Content-Encoding: aes128gcm expected');
    }
    let payload: string;
    try {
      payload = decrypt(request.rawBody, subscriber);
    } catch (error) {
      return pushServiceError(400, 110, `The payload does not decrypt: ${(error as Error).message}`);
    }
    deliveries.push({
      endpoint: `${origin}${request.path}`,
      payload,
      ttlSeconds: Number(ttl),
      urgency: header(request, 'urgency'),
      vapid: vapid.claims,
    });
    return { status: 201, headers: { location: `${origin}/m/${randomUUID()}`, ttl } };
  });
  origin = peer.url;

  return Object.assign(peer, {
    deliveries,
    subscribe(applicationServerKey: string): TestPushSubscription {
      const ecdh = createECDH('prime256v1');
      const publicKey = ecdh.generateKeys();
      const auth = randomBytes(16);
      const id = randomBytes(24).toString('base64url');
      subscribers.set(id, { ecdh, publicKey, auth, applicationServerKey, gone: false });
      return {
        endpoint: `${origin}/wpush/v2/${id}`,
        keys: { p256dh: publicKey.toString('base64url'), auth: auth.toString('base64url') },
      };
    },
    unsubscribe(subscription: TestPushSubscription): void {
      const id = subscription.endpoint.split('/').pop()!;
      const subscriber = subscribers.get(id);
      if (subscriber) subscriber.gone = true;
    },
  });
}
