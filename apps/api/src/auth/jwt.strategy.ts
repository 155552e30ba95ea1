import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { UsersService } from '../users/users.service';
import type { AuthenticatedUser } from './authenticated-user';
import { SESSION_COOKIE, SessionTokenService, type SessionClaims } from './session-token.service';

function fromSessionCookie(req: Request): string | null {
  const value: unknown = req.cookies?.[SESSION_COOKIE];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** Passport strategy: the signed session token from the httpOnly cookie. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly users: UsersService,
    private readonly tokens: SessionTokenService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromExtractors([fromSessionCookie]),
      secretOrKey: config.sessionSecret,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(claims: SessionClaims): Promise<AuthenticatedUser | false> {
    if (Math.floor(Date.now() / 1000) >= this.tokens.absoluteEnd(claims)) return false;
    const row = await this.users.findSessionUser(claims.sub, claims.sid, claims.gen);
    if (!row) return false;
    return { ...row, session: claims };
  }
}
