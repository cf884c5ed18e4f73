import { sessionCookieName } from './sessions.js';

// The session cookie's value is base64url (cookie-safe), so no encoding is needed either way.

/** The session token in a Cookie header, if any. */
export function sessionTokenOf(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  for (const pair of cookieHeader.split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === sessionCookieName) {
      return pair.slice(separator + 1).trim() || null;
    }
  }
  return null;
}

/** `Set-Cookie` for the session: httpOnly, SameSite=Lax, Secure when the request came over https. */
export function sessionCookie(token: string, expiresAt: Date, secure: boolean): string {
  const attributes = [`Path=/`, `Expires=${expiresAt.toUTCString()}`, 'HttpOnly', 'SameSite=Lax'];
  if (secure) attributes.push('Secure');
  return [`${sessionCookieName}=${token}`, ...attributes].join('; ');
}

export function clearedSessionCookie(): string {
  return `${sessionCookieName}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`;
}
