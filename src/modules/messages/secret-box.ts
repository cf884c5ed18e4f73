// Channel secrets (SMTP passwords, API tokens, VAPID private keys) at rest: AES-256-GCM with a key
// from the environment (RETAIN_SECRET_KEY) or, for the embedded engine, a key file beside the
// data. A database dump alone reveals no credential. node:crypto is the library here; the format
// is ours: `v1.<iv>.<tag>.<ciphertext>`, base64url, so a later key rotation can add v2.
import crypto from 'node:crypto';
import { RetainError } from '../../core/errors.js';

export function sealSecrets(key: Buffer, secrets: Record<string, unknown>): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(secrets), 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), body]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

export function openSecrets(key: Buffer, box: string): Record<string, unknown> {
  const [version, iv, tag, body] = box.split('.');
  if (version !== 'v1' || !iv || !tag || body === undefined) throw secretsUnreadable();
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const text = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]);
    return JSON.parse(text.toString('utf8')) as Record<string, unknown>;
  } catch {
    throw secretsUnreadable();
  }
}

function secretsUnreadable(): RetainError {
  return new RetainError(
    'channel_secrets_unreadable',
    'The channel’s stored credentials cannot be decrypted with this RETAIN_SECRET_KEY; set the key they were saved with, or set the channel up again.',
  );
}
