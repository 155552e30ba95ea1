import type { FastifyReply } from 'fastify';

/** The attributes Schakel sets on a cookie (auth/session-token.service.ts). */
export interface CookieOptions {
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: 'strict' | 'lax' | 'none';
  path?: string;
  expires?: Date;
}

/**
 * What a resolver or guard may do to an HTTP answer: set and clear cookies. Not the Fastify reply
 * itself: a reply is a thenable (it settles when sent), and Nest awaits every resolver parameter,
 * so a resolver taking the reply would wait for its own answer.
 */
export interface HttpAnswer {
  setCookie(name: string, value: string, options: CookieOptions): void;
  clearCookie(name: string, options: CookieOptions): void;
  /** Sets a response header (the session's idle end, `x-session-expires-at`). */
  header(name: string, value: string): void;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The request's cookies (first of a name wins), parsed by the hook in bootstrap.ts. */
    cookies: Record<string, string | undefined>;
  }
}

/**
 * The Cookie header as a map, as Express's cookie-parser read it: the first value of a name
 * wins, quotes are stripped, values are URI-decoded (kept as sent when that fails). Parsed here
 * rather than by @fastify/cookie, which loads its parser as an ES module (Jest runs CommonJS).
 */
export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (!name || Object.hasOwn(cookies, name)) continue;
    let value = part.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"'))
      value = value.slice(1, -1);
    try {
      cookies[name] = value.includes('%') ? decodeURIComponent(value) : value;
    } catch {
      cookies[name] = value;
    }
  }
  return cookies;
}

const SAME_SITE = { strict: 'Strict', lax: 'Lax', none: 'None' } as const;

/** One Set-Cookie value, attributes in the order Express wrote them. */
export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  let cookie = `${name}=${encodeURIComponent(value)}`;
  if (options.path) cookie += `; Path=${options.path}`;
  if (options.expires) cookie += `; Expires=${options.expires.toUTCString()}`;
  if (options.httpOnly) cookie += '; HttpOnly';
  if (options.secure) cookie += '; Secure';
  if (options.sameSite) cookie += `; SameSite=${SAME_SITE[options.sameSite]}`;
  return cookie;
}

/** Fastify appends a Set-Cookie to those already set (handing it the list repeated them). */
function appendSetCookie(reply: FastifyReply, cookie: string): void {
  void reply.header('set-cookie', cookie);
}

export function httpAnswer(reply: FastifyReply): HttpAnswer {
  return {
    setCookie: (name, value, options) =>
      appendSetCookie(reply, serializeCookie(name, value, options)),
    clearCookie: (name, options) =>
      appendSetCookie(reply, serializeCookie(name, '', { ...options, expires: new Date(0) })),
    header: (name, value) => void reply.header(name, value),
  };
}
