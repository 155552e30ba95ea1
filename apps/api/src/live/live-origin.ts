import type { IncomingMessage } from 'node:http';

/**
 * Cross-site WebSocket hijacking: browsers send the session cookie with any page's WebSocket,
 * but always with that page's Origin. Allowed: PUBLIC_URL's origin when configured, else the
 * request's own host (same origin). A missing Origin is refused too.
 */
export function originAllowed(req: IncomingMessage, publicOrigin: string | null): boolean {
  const origin = req.headers.origin;
  if (typeof origin !== 'string' || origin === '' || origin === 'null') return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (publicOrigin) return parsed.origin === publicOrigin;
  return parsed.host === req.headers.host;
}

/** The value of one cookie from a raw Cookie header. */
export function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    const raw = part.slice(eq + 1).trim();
    try {
      return decodeURIComponent(raw) || null;
    } catch {
      return null;
    }
  }
  return null;
}
