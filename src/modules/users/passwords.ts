import argon2 from 'argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
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

// NIST SP 800-63B: a length range and a check against passwords known to be common or specific to
// the account, no composition rules. zxcvbn's list of common passwords (MIT, kept up to date), about
// 49,000 of them, 1,557 long enough to pass the length check; built once, on first use.
let commonPasswords: Set<string> | null = null;
function isCommon(lowered: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((entry) => entry.toLowerCase()));
  return commonPasswords.has(lowered);
}

/** The password of the account with this (lower-cased) email, if the policy allows it. */
export function checkPassword(password: string, email: string): string {
  if (password.length < passwordLengthMin || password.length > passwordLengthMax) {
    throw invalidParameter(
      'password',
      `password must be ${passwordLengthMin}–${passwordLengthMax} characters.`,
    );
  }
  const lowered = password.toLowerCase();
  if (isCommon(lowered)) {
    throw invalidParameter('password', 'password is one of the most common passwords; choose another.');
  }
  if (lowered === email || lowered === email.split('@')[0]) {
    throw invalidParameter('password', 'password must not be the account’s email; choose another.');
  }
  return password;
}
