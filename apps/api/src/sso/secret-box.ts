import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM with the purpose and the owning row as associated data: a sealed value opens only
 * for the row and use it was sealed for. Layout: version (1) | iv (12) | tag (16) | ciphertext.
 */
export class SecretBox {
  private constructor(private readonly key: Buffer) {}

  /** The configured key, or outside production one derived from the session secret. */
  static fromSettings(secretKey: Buffer | null, sessionSecret: string): SecretBox | null {
    if (secretKey) return new SecretBox(secretKey);
    if (!sessionSecret) return null;
    const derived = Buffer.from(
      hkdfSync('sha256', sessionSecret, 'schakel', 'sso-secret-box (development)', 32),
    );
    return new SecretBox(derived);
  }

  static withKey(key: Buffer): SecretBox {
    if (key.length !== 32) throw new Error('SecretBox needs a 32-byte key');
    return new SecretBox(key);
  }

  seal(plain: string, context: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
  }

  /** The plain text, or null when the value was not sealed by this key for this context. */
  open(sealed: Buffer, context: string): string | null {
    if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== VERSION) return null;
    try {
      const iv = sealed.subarray(1, 1 + IV_BYTES);
      const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(tag);
      return Buffer.concat([
        decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      return null;
    }
  }
}
