import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Request, Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import passport from 'passport';
import { AuditEntry, requestAudit } from '../../audit/audit-scope';
import { auditDeclarationOf, auditOperationName } from '../../audit/audit.interceptor';
import { AuditService } from '../../audit/audit.service';
import { JsonLogger } from '../../observability/json-logger';
import type { AuthenticatedUser } from '../authenticated-user';
import { AuthError } from '../auth.error';
import { POLICY_KEY, type Policy } from '../decorators/policy.decorator';
import { setRequestUser } from '../request-user';
import { loadPolicyContextWithSession, SESSION_STRATEGY } from '../session-cookie.strategy';
import { SessionTokenService } from '../session-token.service';
import { requestFrom } from './request-from';

export const CSRF_HEADER = 'x-csrf-token';

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function sessionCookie(req: Request, name: string): string | null {
  const value: unknown = req.cookies?.[name];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/**
 * The global gate: deny by default, authenticate the session cookie (signature, expiry, absolute
 * maximum, then the database: user active, session not revoked, no password change since), check
 * CSRF on mutations, check the declared roles and slide the session forward.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  /** One session lookup per HTTP request, however many root fields a GraphQL document has. */
  private readonly sessions = new WeakMap<Request, Promise<AuthenticatedUser | null>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: SessionTokenService,
    @Inject(JsonLogger) private readonly logger: JsonLogger,
    private readonly audit: AuditService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
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

    const { req, res, operation } = requestFrom(ctx);
    const user = await this.authenticate(req, res, operation === 'query');
    setRequestUser(req, user);

    if (operation === 'mutation' || (operation === null && !['GET', 'HEAD'].includes(req.method))) {
      const sent = req.header(CSRF_HEADER) ?? '';
      if (!sameToken(sent, user.session.csrf)) throw new AuthError('CSRF_REJECTED');
    }

    if (policy.kind === 'roles' && !policy.roles.some((role) => user.roles.includes(role))) {
      await this.auditDenial(ctx, req, user);
      throw new AuthError('FORBIDDEN');
    }

    const renewed = this.tokens.renewIfDue(user.session);
    if (renewed) {
      res.cookie(
        this.tokens.cookieName,
        renewed.token,
        this.tokens.cookieOptions(renewed.claims.exp),
      );
      user.session = renewed.claims;
    }
    return true;
  }

  /** A role refusal of an audited access is a DENIED event, like a refusal by the policy. */
  private async auditDenial(
    ctx: ExecutionContext,
    req: Request,
    user: AuthenticatedUser,
  ): Promise<void> {
    const declaration = auditDeclarationOf(this.reflector, ctx);
    if (declaration?.kind !== 'access') return;
    const entry = new AuditEntry(auditOperationName(ctx), declaration.action, user);
    entry.deny('FORBIDDEN');
    if (ctx.getType<string>() === 'graphql') {
      const info = GqlExecutionContext.create(ctx).getInfo<GraphQLResolveInfo>();
      requestAudit(req).open(String(info.path.key), entry);
    } else {
      const event = entry.toEvent();
      if (event) await this.audit.recordRead(event);
    }
  }

  /**
   * Reads (GraphQL queries) load the caller's policy context in the same statement as the session;
   * writes load it when they need it, after the session check.
   */
  private async authenticate(
    req: Request,
    res: Response,
    read: boolean,
  ): Promise<AuthenticatedUser> {
    if (!sessionCookie(req, this.tokens.cookieName)) throw new AuthError('UNAUTHENTICATED');
    let pending = this.sessions.get(req);
    if (!pending) {
      if (read) loadPolicyContextWithSession(req);
      pending = viaPassport(req, res);
      this.sessions.set(req, pending);
    }
    const user = await pending;
    if (!user) throw new AuthError('SESSION_EXPIRED');
    return user;
  }
}

/** Runs the Passport session strategy (session-cookie.strategy.ts) without Passport sessions. */
function viaPassport(req: Request, res: Response): Promise<AuthenticatedUser | null> {
  return new Promise((resolve, reject) => {
    const handler = passport.authenticate(
      SESSION_STRATEGY,
      { session: false },
      (error: unknown, user: AuthenticatedUser | false | undefined) => {
        if (error) reject(error instanceof Error ? error : new Error(`passport: ${typeof error}`));
        else resolve(user || null);
      },
    ) as (req: Request, res: Response, next: (error?: Error) => void) => void;
    handler(req, res, (error?: Error) => reject(error ?? new Error('passport: next() called')));
  });
}
