import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

/** otplib is ESM-only under Jest's CommonJS: loaded once, with a real import(). */
const importOtplib = () => import('otplib');
let otplib: ReturnType<typeof importOtplib> | null = null;
export const loadOtplib = () => (otplib ??= importOtplib());

/** RFC 6238 with the authenticator apps' defaults: SHA-1, 6 digits, 30 s. */
export const TOTP_PERIOD = 30;
/** One step either side: a phone whose clock is up to 30 s off, or a code typed at the turn. */
const TOLERANCE_SECONDS = 30;

export async function newTotpSecret(): Promise<string> {
  const { generateSecret } = await loadOtplib();
  // 160 bits, the RFC 4226 recommendation.
  return generateSecret({ length: 20 });
}

export async function totpUri(secret: string, label: string, issuer: string): Promise<string> {
  const { generateURI } = await loadOtplib();
  return generateURI({ issuer, label, secret });
}

/** The time step a code belongs to when it is valid now, else null. */
export async function verifyTotp(
  secret: string,
  code: string,
  afterTimeStep: number,
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const { verify } = await loadOtplib();
  const result = await verify({
    secret,
    token: code,
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterTimeStep > 0 ? { afterTimeStep } : {}),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** AES-256-GCM under a key derived from MFA_ENCRYPTION_KEY; the user id is bound as data. */
export class SecretBox {
  private readonly key: Buffer;

  constructor(keyMaterial: string) {
    this.key = Buffer.from(hkdfSync('sha256', keyMaterial, 'schakel', 'mfa totp secret v1', 32));
  }

  seal(secret: string, userId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(userId));
    const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
  }

  open(sealed: string, userId: string): string {
    const [iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv!);
    decipher.setAAD(Buffer.from(userId));
    decipher.setAuthTag(tag!);
    return Buffer.concat([decipher.update(body!), decipher.final()]).toString('utf8');
  }
}

/** Recovery codes: 10 of 12 characters (60 bits) from an alphabet without look-alikes. */
// Crockford's base32 (no i, l, o, u): 32 symbols, so `byte & 31` is uniform.
const RECOVERY_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
export const RECOVERY_CODE_COUNT = 10;

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(12);
    const chars = [...bytes].map((b) => RECOVERY_ALPHABET[b & 31]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
}

/** Spaces, dashes and case do not matter when a code is typed. */
export function hashRecoveryCode(code: string): string {
  const normalised = code.toLowerCase().replace(/[\s-]/g, '');
  return createHash('sha256').update(normalised).digest('hex');
}

export function looksLikeRecoveryCode(code: string): boolean {
  return /^[a-z0-9]{12}$/.test(code.toLowerCase().replace(/[\s-]/g, ''));
}
