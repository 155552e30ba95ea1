/**
 * The `detail` of an audit event (ADR 0018): what an administrative or security change changed,
 * as `{ before, after }`. Stored as the exact JSON text the app wrote and hashed in the chain as
 * that text (content form c3), so nothing has to re-canonicalise JSON to verify it.
 *
 * Never a secret: values under a key that names one (password, token, secret, code of a second
 * factor, hash, cookie …) and strings that look like one (a JWT, a long opaque token) are
 * replaced by `REDACTED` before anything is stored or hashed. Booleans and null pass (a flag such
 * as `{ totp: true }` is not a secret). Labels and ids only, as everywhere in the trail: never case
 * content or names of clients.
 */

/** What callers pass (administration: before/after of the changed fields). */
export interface AuditDetail {
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export const REDACTED = '[redacted]';

/** Most bytes of a detail's text (the table's CHECK allows this much). */
export const MAX_DETAIL_BYTES = 8000;
const MAX_STRING = 500;
const MAX_DEPTH = 6;

// Keys compared in lower case without "_", "-" and spaces.
const SECRET_KEY =
  /pass(word|phrase|wd)|^pass$|secret|token|otp|recovery|credential|privatekey|cookie|hash|salt|signature|apikey|jwt|bearer|authorization|challenge|nonce|verifier|^pin$/;
const JWT = /^[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*$/;
/** An opaque string with no spaces: 32+ characters of base64/hex alphabet (uuids are allowed). */
const OPAQUE = /^[A-Za-z0-9+/=_-]{32,}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key.toLowerCase().replace(/[\s_-]/g, ''));
}

/** Whether a string value looks like a credential whatever its key. */
export function looksLikeSecret(value: string): boolean {
  if (UUID.test(value)) return false;
  return JWT.test(value) || OPAQUE.test(value);
}

/** Text jsonb and the text column take (no NUL, no lone surrogate), cut to MAX_STRING. */
function storable(value: string): string {
  let text = value
    .replaceAll('\u0000', '\ufffd')
    .replace(LONE_SURROGATE, '\ufffd')
    .slice(0, MAX_STRING);
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) text = text.slice(0, -1);
  return text;
}

function clean(value: unknown, secret: boolean, depth: number): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value;
  if (secret) return REDACTED;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string') return looksLikeSecret(value) ? REDACTED : storable(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (depth >= MAX_DEPTH) return null;
  if (Array.isArray(value)) return value.slice(0, 100).map((v) => clean(v, false, depth + 1));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    // Sorted keys (UTF-16 order): one input always gives one text.
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      out[storable(key)] = clean(v, isSecretKey(key), depth + 1);
    }
    return out;
  }
  return null;
}

/**
 * The stored text of a detail: canonical JSON (sorted keys, no spaces), secrets redacted; null
 * when there is nothing to say. One longer than MAX_DETAIL_BYTES is refused by `toRow` (a bug in
 * the caller).
 */
export function serializeAuditDetail(detail: AuditDetail | null | undefined): string | null {
  if (!detail) return null;
  const shaped: Record<string, unknown> = {};
  if (detail.before !== undefined) shaped['before'] = detail.before;
  if (detail.after !== undefined) shaped['after'] = detail.after;
  if (Object.keys(shaped).length === 0) return null;
  return JSON.stringify(clean(shaped, false, 0));
}
