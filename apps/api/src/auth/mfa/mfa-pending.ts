import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHmac, randomUUID } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

/**
 * What the password step leaves when a second factor must follow: not a session. `login`: the
 * account proves a factor it has; `enrol`: MFA is required and the account has none, so it may
 * only enrol one (which then completes the login).
 */
export type PendingPurpose = 'login' | 'enrol';

export interface PendingClaims {
  sub: string;
  /** The session generation at the password step: a password change since voids it. */
  gen: number;
  pur: PendingPurpose;
  jti: string;
  iat: number;
  exp: number;
}

/** How long the second step may take after the password step. */
export const PENDING_SECONDS = 300;

export const PENDING_COOKIE = 'schakel_mfa';
export const SECURE_PENDING_COOKIE = '__Host-schakel_mfa';

/**
 * The short-lived "second factor pending" state, as an httpOnly SameSite=Strict cookie signed
 * with a key of its own (derived from SESSION_SECRET), so it can never pass as a session token.
 */
@Injectable()
export class MfaPendingService {
  readonly cookieName: string;
  private readonly secret: string;

  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.cookieName = config.secureCookies ? SECURE_PENDING_COOKIE : PENDING_COOKIE;
    this.secret = createHmac('sha256', config.sessionSecret)
      .update('schakel second factor pending v1')
      .digest('hex');
  }

  issue(userId: string, generation: number, purpose: PendingPurpose) {
    const now = Math.floor(Date.now() / 1000);
    const claims: PendingClaims = {
      sub: userId,
      gen: generation,
      pur: purpose,
      jti: randomUUID(),
      iat: now,
      exp: now + PENDING_SECONDS,
    };
    const token = this.jwt.sign(claims, { algorithm: 'HS256', secret: this.secret });
    return { token, claims };
  }

  verify(token: string | undefined, purpose: PendingPurpose): PendingClaims | null {
    if (!token) return null;
    try {
      const claims = this.jwt.verify<PendingClaims>(token, {
        algorithms: ['HS256'],
        secret: this.secret,
      });
      return claims.pur === purpose ? claims : null;
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
}
