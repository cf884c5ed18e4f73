import crypto from 'node:crypto';
import { RetainError } from '../../core/errors.js';
import type { Db } from '../../db/connection.js';
import { countUsers, deleteSetupToken, lockWorkspaceUsers, replaceSetupToken } from './queries.js';

// 192 random bits: no guess or precomputed table reaches the token, so a fast SHA-256 keeps it as
// safely as argon2 would; a slow hash only protects guessable secrets such as passwords.
const setupTokenBytes = 24;

function hashOf(token: string): Buffer {
  return crypto.createHash('sha256').update(token).digest();
}

/**
 * While the workspace has no account: a fresh setup token, replacing the one before (a token in an
 * old log stops working). Null once an account exists.
 */
export async function issueSetupToken(db: Db, workspaceId: string, now: Date): Promise<string | null> {
  return db.transaction(async (tx) => {
    // The owner's sign-up takes this lock too: no token outlives the owner's creation, and
    // processes starting together replace the token one after the other.
    await lockWorkspaceUsers(tx, workspaceId);
    if ((await countUsers(tx, workspaceId)) > 0) return null;
    const token = crypto.randomBytes(setupTokenBytes).toString('base64url');
    await replaceSetupToken(tx, workspaceId, hashOf(token).toString('hex'), now);
    return token;
  });
}

/**
 * In the owner's sign-up transaction: deletes the workspace's setup token if `token` is it. A wrong
 * token throws, and the transaction's rollback keeps the right one.
 */
export async function spendSetupToken(tx: Db, workspaceId: string, token: string | undefined): Promise<void> {
  const stored = await deleteSetupToken(tx, workspaceId);
  const matches =
    stored !== undefined && crypto.timingSafeEqual(Buffer.from(stored, 'hex'), hashOf(token ?? ''));
  if (!matches) {
    throw new RetainError(
      'setup_token_invalid',
      'The setup token is missing or wrong: use the one retain start printed last, or run npx retain setup-token.',
      { param: 'setup_token' },
    );
  }
}
