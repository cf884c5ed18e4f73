// The links a customer follows from a message: unsubscribe (RFC 8058 one-click too), the
// preference page, double opt-in's confirmation, the open pixel and click redirects. Each carries an HMAC-SHA256 over what it
// names, with the workspace's own link secret, so nobody can unsubscribe someone else, forge an
// open, or turn the click redirect into an open redirect to a URL the message never contained.
import crypto from 'node:crypto';

export type LinkPurpose = 'unsubscribe' | 'preferences' | 'open' | 'click' | 'confirm';

/**
 * Each workspace's link secret as a key object: an HMAC over a key object skips converting the
 * secret again for each of the half a dozen links every message carries.
 */
const linkKeys = new Map<string, crypto.KeyObject>();
const linkKeysMax = 1000;

function linkKey(secret: string): crypto.KeyObject {
  let key = linkKeys.get(secret);
  if (key === undefined) {
    key = crypto.createSecretKey(secret, 'utf8');
    if (linkKeys.size >= linkKeysMax) linkKeys.clear();
    linkKeys.set(secret, key);
  }
  return key;
}

/** 128 bits of the HMAC, base64url: short enough for a URL, far beyond guessing. */
export function signLink(secret: string, purpose: LinkPurpose, parts: readonly string[]): string {
  return crypto
    .createHmac('sha256', linkKey(secret))
    .update([purpose, ...parts].join('\n'))
    .digest()
    .subarray(0, 16)
    .toString('base64url');
}

export function verifyLink(
  secret: string,
  purpose: LinkPurpose,
  parts: readonly string[],
  token: string,
): boolean {
  const expected = Buffer.from(signLink(secret, purpose, parts));
  const given = Buffer.from(token);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

export function newLinkSecret(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** The link the double opt-in email carries; following it confirms the email subscription. */
export function confirmationLink(
  publicUrl: string,
  secret: string,
  workspaceId: string,
  customerId: string,
): string {
  const token = signLink(secret, 'confirm', [workspaceId, customerId]);
  return `${publicUrl.replace(/\/+$/, '')}/m/confirm/${workspaceId}/${customerId}/${token}`;
}

/** The public links of one message, under the workspace's public URL. */
export function messageLinks(
  publicUrl: string,
  secret: string,
  ids: { workspaceId: string; messageId: string; customerId: string },
): { unsubscribe: string; preferences: string; confirm: string; openPixel: string } {
  const base = publicUrl.replace(/\/+$/, '');
  const { workspaceId, messageId, customerId } = ids;
  const unsubscribeToken = signLink(secret, 'unsubscribe', [workspaceId, messageId]);
  const preferencesToken = signLink(secret, 'preferences', [workspaceId, customerId]);
  const openToken = signLink(secret, 'open', [workspaceId, messageId]);
  return {
    unsubscribe: `${base}/m/u/${workspaceId}/${messageId}/${unsubscribeToken}`,
    preferences: `${base}/m/p/${workspaceId}/${customerId}/${preferencesToken}`,
    confirm: confirmationLink(publicUrl, secret, workspaceId, customerId),
    openPixel: `${base}/m/o/${workspaceId}/${messageId}/${openToken}.gif`,
  };
}

/** A tracked click: the target URL is part of what is signed. */
export function clickLink(
  publicUrl: string,
  secret: string,
  ids: { workspaceId: string; messageId: string },
  target: string,
): string {
  const token = signLink(secret, 'click', [ids.workspaceId, ids.messageId, target]);
  const base = publicUrl.replace(/\/+$/, '');
  return `${base}/m/c/${ids.workspaceId}/${ids.messageId}/${token}?url=${encodeURIComponent(target)}`;
}
