import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { createSecretKey } from 'node:crypto';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { AuthenticatedUser } from './authenticated-user';
import { SessionService } from './session.service';
import {
  sessionCookieName,
  SessionTokenService,
  type SessionClaims,
} from './session-token.service';

export const SESSION_STRATEGY = 'schakel-session';

function fromSessionCookie(name: string) {
  return (req: Request): string | null => {
    const value: unknown = req.cookies?.[name];
    return typeof value === 'string' && value.length > 0 ? value : null;
  };
}

/** Reads (GraphQL queries) load the policy context in the session statement; set by the guard. */
const withPolicyContext = new WeakSet<Request>();
export function loadPolicyContextWithSession(req: Request): void {
  withPolicyContext.add(req);
}

/**
 * Passport strategy: the signed session token (HS256) from the httpOnly cookie, then the database
 * (user active, session not revoked, no password change since) in one statement.
 */
@Injectable()
export class SessionCookieStrategy extends PassportStrategy(Strategy, SESSION_STRATEGY) {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sessions: SessionService,
    private readonly tokens: SessionTokenService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromExtractors([fromSessionCookie(sessionCookieName(config))]),
      // A KeyObject: given a string, jsonwebtoken re-parses it on every verification (~1 ms).
      secretOrKey: createSecretKey(Buffer.from(config.sessionSecret, 'utf8')) as unknown as string,
      algorithms: ['HS256'],
      ignoreExpiration: false,
      passReqToCallback: true,
    });
  }

  async validate(req: Request, claims: SessionClaims): Promise<AuthenticatedUser | false> {
    if (Math.floor(Date.now() / 1000) >= this.tokens.absoluteEnd(claims)) return false;
    const user = await this.sessions.authenticate(claims, withPolicyContext.has(req));
    return user ?? false;
  }
}
