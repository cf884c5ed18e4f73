import argon2 from 'argon2';
import { invalidParameter } from '../../core/errors.js';
import { passwordLengthMax, passwordLengthMin } from '../../core/limits.js';

// argon2id with the library's defaults (64 MiB, 3 passes, 4 lanes) meets OWASP's password
// storage recommendation (m ≥ 19 MiB, t ≥ 2, p = 1 at minimum).
export async function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// Sign-in with an unknown email still verifies against this hash, so the answer's timing does not
// tell which emails have accounts.
let decoyHash: Promise<string> | null = null;
export async function spendDecoyVerification(password: string): Promise<void> {
  decoyHash ??= hashPassword('decoy-password-never-matches');
  await verifyPassword(await decoyHash, password);
}

export function checkPassword(password: string): string {
  if (password.length < passwordLengthMin || password.length > passwordLengthMax) {
    throw invalidParameter(
      'password',
      `password must be ${passwordLengthMin}–${passwordLengthMax} characters.`,
    );
  }
  return password;
}
