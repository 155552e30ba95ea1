import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createSecretKey, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export interface SessionClaims {
  /** user id */
  sub: string;
  /** session id, for revocation at logout */
  sid: string;
  /** login time (seconds), for the absolute maximum */
  auth: number;
  /** the user's session generation at login; a password change raises it and voids the token */
  gen: number;
  /** per-session CSRF token; must come back in the x-csrf-token header on mutations */
  csrf: string;
  iat: number;
  exp: number;
}

/** The session cookie over plain HTTP (development on localhost). */
export const SESSION_COOKIE = 'schakel_session';
/**
 * The session cookie whenever cookies are Secure (production): the `__Host-` prefix makes the
 * browser refuse it unless it is Secure, for Path=/ and without Domain, so no sibling host or
 * plain-HTTP page can plant or overwrite it.
 */
export const SECURE_SESSION_COOKIE = '__Host-schakel_session';

/** The header that tells the portal when the session ends without activity (epoch seconds). */
export const SESSION_EXPIRES_HEADER = 'x-session-expires-at';

export function sessionCookieName(config: Pick<AppConfig, 'secureCookies'>): string {
  return config.secureCookies ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

/**
 * Signed, short-lived session tokens with sliding renewal: a token lives for the idle window
 * and is re-issued when half of it has passed, but never beyond login time + the maximum.
 */
@Injectable()
export class SessionTokenService {
  /**
   * The secret as a KeyObject: given a string, jsonwebtoken first tries to parse it as a public
   * key on every verification (about 1 ms of CPU per request).
   */
  private readonly verifyKey: KeyObject;
  /** The cookie's name: `__Host-schakel_session` when Secure, else `schakel_session`. */
  readonly cookieName: string;

  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.verifyKey = createSecretKey(Buffer.from(config.sessionSecret, 'utf8'));
    this.cookieName = sessionCookieName(config);
  }

  issueNew(
    userId: string,
    generation: number,
    nowSeconds = Math.floor(Date.now() / 1000),
  ): { token: string; claims: SessionClaims } {
    return this.sign({
      sub: userId,
      gen: generation,
      sid: randomUUID(),
      auth: nowSeconds,
      csrf: randomBytes(24).toString('base64url'),
      iat: nowSeconds,
      exp: 0,
    });
  }

  /** A renewed token for the same session, or null when renewal is not due yet. */
  renewIfDue(claims: SessionClaims, nowSeconds = Math.floor(Date.now() / 1000)) {
    const halfWindow = this.config.sessionIdleSeconds / 2;
    if (claims.exp - nowSeconds > halfWindow) return null;
    if (claims.exp >= this.absoluteEnd(claims)) return null;
    return this.sign({ ...claims, iat: nowSeconds, exp: 0 });
  }

  /** A renewed token for the same session now ("Blijf ingelogd"), within the absolute maximum. */
  renewNow(claims: SessionClaims, nowSeconds = Math.floor(Date.now() / 1000)) {
    return this.sign({ ...claims, iat: nowSeconds, exp: 0 });
  }

  absoluteEnd(claims: Pick<SessionClaims, 'auth'>): number {
    return claims.auth + this.config.sessionMaxSeconds;
  }

  /** The claims of a token signed by us (HS256), unexpired and within the maximum; else null. */
  verify(token: string): SessionClaims | null {
    try {
      const claims = this.jwt.verify<SessionClaims>(token, {
        algorithms: ['HS256'],
        // @nestjs/jwt types the secret as string | Buffer; jsonwebtoken takes a KeyObject.
        secret: this.verifyKey as unknown as string,
      });
      if (Math.floor(Date.now() / 1000) >= this.absoluteEnd(claims)) return null;
      return claims;
    } catch {
      return null;
    }
  }

  cookieOptions(expiresAtSeconds: number) {
    return {
      httpOnly: true,
      secure: this.config.secureCookies,
      sameSite: 'strict' as const,
      path: '/',
      expires: new Date(expiresAtSeconds * 1000),
    };
  }

  private sign(claims: SessionClaims) {
    const exp = Math.min(claims.iat + this.config.sessionIdleSeconds, this.absoluteEnd(claims));
    const full: SessionClaims = { ...claims, exp };
    const token = this.jwt.sign(full, { algorithm: 'HS256', secret: this.config.sessionSecret });
    return { token, claims: full };
  }
}
