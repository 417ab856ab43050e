import { hash, verify } from '@node-rs/argon2';
import { COMMON_PASSWORDS } from './common-passwords.js';

/** argon2id with OWASP's recommended minimum (19 MiB, 2 passes). */
const ARGON2_OPTIONS = {
  algorithm: 2 /* Argon2id (a const enum, not importable here) */,
  memoryCost: 19456,
  timeCost: 2,
};

export const PASSWORD_MIN_LENGTH = 10;
/** Generous, but bounded: hashing megabytes is a denial of service. Never truncated. */
export const PASSWORD_MAX_LENGTH = 1000;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

// Verifying against this when the account does not exist takes as long as a real check, so
// the answer's timing does not tell whether an e-mail belongs to a staff member.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null, password: string) {
  if (!storedHash) {
    await verify(await (dummyHash ??= hashPassword('not-a-real-password-0')), password);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/**
 * Why a new password is refused, or null when it is acceptable: length, the common-password
 * list, and the account's own e-mail or name.
 */
export function passwordWeakness(
  password: string,
  account: { email?: string | undefined; displayName?: string | undefined } = {},
): string | null {
  if ([...password].length < PASSWORD_MIN_LENGTH)
    return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH)
    return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  const folded = password.toLowerCase();
  if (COMMON_PASSWORDS.has(folded) || COMMON_PASSWORDS.has(folded.replace(/[\d!@#$%^&*.?]+$/, '')))
    return 'is too common';
  if (new Set(folded).size < 4) return 'uses too few different characters';
  const local = account.email?.toLowerCase().split('@')[0];
  if (local && local.length >= 4 && folded.includes(local))
    return 'must not contain the e-mail address';
  const name = account.displayName?.toLowerCase().replace(/\s+/g, '');
  if (name && name.length >= 4 && folded.replace(/\s+/g, '').includes(name))
    return 'must not contain the name';
  return null;
}
