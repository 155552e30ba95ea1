import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { FastifyRequest as Request } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import passport from 'passport';
import { AuditEntry, requestAudit } from '../../audit/audit-scope';
import { auditDeclarationOf, auditKeyOf, auditOperationName } from '../../audit/audit.interceptor';
import { AuditService } from '../../audit/audit.service';
import { JsonLogger } from '../../observability/json-logger';
import { AuthError } from '../auth.error';
import { RequestCaller, type Caller } from '../caller';
import { POLICY_KEY, type Policy } from '../decorators/policy.decorator';
import { SESSION_STRATEGY, type SessionStrategyOptions } from '../session-cookie.strategy';
import { SessionAuthenticator } from '../session-authenticator';
import { SESSION_EXPIRES_HEADER, SessionTokenService } from '../session-token.service';
import { MfaService } from '../mfa/mfa.service';
import { STEP_UP_KEY } from '../mfa/step-up.decorator';
import type { HttpAnswer } from '../../graphql/http-answer';
import { requestFrom, type LiveOperation, type RequestSource } from './request-from';

export const CSRF_HEADER = 'x-csrf-token';

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function sessionCookie(req: Request, name: string): string | null {
  const value: unknown = req.cookies[name];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/**
 * The global gate: deny by default, authenticate the session (signature, expiry, absolute
 * maximum, then the database: user active, session not revoked, no password change since: the
 * SessionAuthenticator, through Passport on HTTP and directly on the live socket), check CSRF on
 * mutations, check the declared roles, slide the session forward, and hand the access its
 * `Caller` (with the audit entry it opens for an `@Audited` access) on the request.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: SessionTokenService,
    @Inject(JsonLogger) private readonly logger: JsonLogger,
    private readonly audit: AuditService,
    private readonly authenticator: SessionAuthenticator,
    private readonly mfa: MfaService,
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

    const source = requestFrom(ctx);
    const user = await this.authenticate(source);

    if (source.transport === 'http') {
      const { req, operation } = source;
      if (
        operation === 'mutation' ||
        (operation === null && !['GET', 'HEAD'].includes(req.method))
      ) {
        const sent = req.headers[CSRF_HEADER];
        if (typeof sent !== 'string' || !sameToken(sent, user.session.csrf))
          throw new AuthError('CSRF_REJECTED');
      }
    }

    if (policy.kind === 'roles' && !policy.roles.some((role) => user.roles.includes(role))) {
      await this.auditDenial(ctx, source.req, user);
      throw new AuthError('FORBIDDEN');
    }

    // Step-up: covenant changes, break-the-glass, exports ask for a fresh second factor.
    if (this.reflector.getAllAndOverride<boolean>(STEP_UP_KEY, [ctx.getHandler(), ctx.getClass()]))
      await this.mfa.requireFresh(user);

    // The socket cannot set cookies; renewal happens over HTTP.
    const renewed = source.transport === 'http' ? this.tokens.renewIfDue(user.session) : null;
    if (renewed && source.transport === 'http') {
      source.res.setCookie(
        this.tokens.cookieName,
        renewed.token,
        this.tokens.cookieOptions(renewed.claims.exp),
      );
      user.session = renewed.claims;
    }
    // When the session ends without activity, for the portal's idle warning (WCAG 2.2.1).
    if (source.transport === 'http') {
      source.res.header(SESSION_EXPIRES_HEADER, String(user.session.exp));
    }

    const key = auditKeyOf(ctx);
    const declaration = auditDeclarationOf(this.reflector, ctx);
    let caller = user;
    if (declaration?.kind === 'access') {
      const entry = new AuditEntry(auditOperationName(ctx), declaration.action, user);
      requestAudit(source.req).open(key, entry);
      caller = user.serving(entry);
    }
    source.req.caller!.set(key, caller);
    return true;
  }

  /** A role refusal of an audited access is a DENIED event, like a refusal by the policy. */
  private async auditDenial(
    ctx: ExecutionContext,
    req: Request | LiveOperation,
    user: Caller,
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
   * One session check per request, however many root fields a GraphQL document has. Reads
   * (GraphQL queries) load the caller's policy context in the same statement as the session;
   * writes load it when they need it, after the session check.
   */
  private async authenticate(source: RequestSource): Promise<Caller> {
    source.req.caller ??= new RequestCaller(this.check(source));
    const user = await source.req.caller.session;
    if (!user) throw new AuthError('SESSION_EXPIRED');
    return user;
  }

  private check(source: RequestSource): Promise<Caller | null> {
    if (source.transport === 'live') {
      return this.authenticator.authenticate(source.req.token, { withPolicyContext: false });
    }
    const { req, res, operation } = source;
    if (!sessionCookie(req, this.tokens.cookieName)) throw new AuthError('UNAUTHENTICATED');
    return viaPassport(req, res, operation === 'query');
  }
}

/** Runs the Passport session strategy (session-cookie.strategy.ts) without Passport sessions. */
function viaPassport(
  req: Request,
  res: HttpAnswer,
  withPolicyContext: boolean,
): Promise<Caller | null> {
  const options: passport.AuthenticateOptions & SessionStrategyOptions = {
    session: false,
    withPolicyContext,
  };
  return new Promise((resolve, reject) => {
    const handler = passport.authenticate(
      SESSION_STRATEGY,
      options,
      (error: unknown, user: Caller | false | undefined) => {
        if (error) reject(error instanceof Error ? error : new Error(`passport: ${typeof error}`));
        else resolve(user || null);
      },
    ) as (req: Request, res: HttpAnswer, next: (error?: Error) => void) => void;
    handler(req, res, (error?: Error) => reject(error ?? new Error('passport: next() called')));
  });
}
