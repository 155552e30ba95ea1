import { createHash, randomBytes } from 'node:crypto';

/** How long an activation link can be used (the admin command and invitations alike). */
export const ACTIVATION_HOURS = 72;

/** The path of the portal's activation page; the token travels in the fragment (never sent). */
export const ACTIVATION_PATH = '/activeren';

/** A new link token (256 random bits) and the only thing stored of it: its SHA-256. */
export function newActivationToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: activationTokenHash(token) };
}

export function activationTokenHash(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** A token as the link carries it: 43 base64url characters; anything else is not a token. */
export function isActivationToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}

/**
 * The link to print or mail. The token is in the fragment, so it never reaches a server log, a
 * proxy or a Referer header; the activation page sends it in the body of its request.
 */
export function activationLink(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${ACTIVATION_PATH}#${token}`;
}
