import { createHash, randomBytes } from 'node:crypto';

/** A random bearer secret (refresh token, reset or invitation token): 256 bits, URL-safe. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** How secret tokens are stored: their SHA-256 (they are random, so no slow hash is needed). */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
