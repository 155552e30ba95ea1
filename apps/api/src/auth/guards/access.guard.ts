import { Inject, Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { timingSafeEqual } from 'node:crypto';
import { JsonLogger } from '../../observability/json-logger';
import type { AuthenticatedUser } from '../authenticated-user';
import { AuthError } from '../auth.error';
import { POLICY_KEY, type Policy } from '../decorators/policy.decorator';
import { SESSION_COOKIE, SessionTokenService } from '../session-token.service';
import { requestFrom } from './request-from';

export const CSRF_HEADER = 'x-csrf-token';

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The global gate: deny by default, authenticate through Passport, check CSRF on mutations,
 * check the declared roles and slide the session forward.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: SessionTokenService,
    @Inject(JsonLogger) private readonly logger: JsonLogger,
  ) {
    super();
  }

  override getRequest(ctx: ExecutionContext) {
    return requestFrom(ctx).req;
  }

  getResponse(ctx: ExecutionContext) {
    return requestFrom(ctx).res;
  }

  override async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<Policy | undefined>(POLICY_KEY, [
      ctx.getHandler(),
      ctx.getClass(),
    ]);
    if (!policy) {
      this.logger.event('error', 'operation without a declared policy was denied', {
        handler: `${ctx.getClass().name}.${ctx.getHandler().name}`,
      });
      throw new AuthError('FORBIDDEN');
    }
    if (policy.kind === 'public') return true;

    await super.canActivate(ctx);
    const { req, res, operation } = requestFrom(ctx);
    const user = req.user as AuthenticatedUser;

    if (operation === 'mutation' || (operation === null && !['GET', 'HEAD'].includes(req.method))) {
      const sent = req.header(CSRF_HEADER) ?? '';
      if (!sameToken(sent, user.session.csrf)) throw new AuthError('CSRF_REJECTED');
    }

    if (policy.kind === 'roles' && !policy.roles.some((role) => user.roles.includes(role))) {
      throw new AuthError('FORBIDDEN');
    }

    const renewed = this.tokens.renewIfDue(user.session);
    if (renewed) {
      res.cookie(SESSION_COOKIE, renewed.token, this.tokens.cookieOptions(renewed.claims.exp));
      user.session = renewed.claims;
    }
    return true;
  }

  override handleRequest<TUser>(
    err: unknown,
    user: TUser | false,
    _info: unknown,
    ctx: ExecutionContext,
  ): TUser {
    if (err || !user) {
      const { req } = requestFrom(ctx);
      throw new AuthError(req.cookies?.[SESSION_COOKIE] ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
    }
    return user;
  }
}
