import { Injectable, type OnModuleInit } from '@nestjs/common';
import passport from 'passport';
import { SessionAuthenticator } from './session-authenticator';
import { SessionTokenService } from './session-token.service';

export const SESSION_STRATEGY = 'schakel-session';

/** What AccessGuard passes to `passport.authenticate`, besides `session: false`. */
export interface SessionStrategyOptions {
  withPolicyContext?: boolean;
}

/**
 * The Passport adapter of the session cookie: reads the cookie and hands it to the
 * SessionAuthenticator, which the live socket uses directly. Another way in (an OIDC strategy)
 * is another Passport strategy producing the same `Caller`.
 */
// passport.Strategy is passport-strategy's base class (fail, success, error).
class SessionCookieStrategy extends passport.Strategy {
  override name = SESSION_STRATEGY;

  constructor(
    private readonly authenticator: SessionAuthenticator,
    private readonly cookieName: string,
  ) {
    super();
  }

  // The Fastify request (its cookies parsed in bootstrap.ts); Passport's types name Express's.
  override authenticate(
    req: { cookies: Record<string, string | undefined> },
    options?: SessionStrategyOptions,
  ): void {
    const value: unknown = req.cookies[this.cookieName];
    if (typeof value !== 'string' || value.length === 0) return this.fail(401);
    this.authenticator
      .authenticate(value, { withPolicyContext: options?.withPolicyContext === true })
      .then(
        (caller) => (caller ? this.success(caller) : this.fail(401)),
        (error: unknown) =>
          // (An error from another realm, e.g. Node's own under Jest, keeps its code as the cause.)
          this.error(error instanceof Error ? error : new Error(String(error), { cause: error })),
      );
  }
}

/** Registers the session strategy with Passport once the authenticator exists. */
@Injectable()
export class SessionCookieStrategyRegistration implements OnModuleInit {
  constructor(
    private readonly authenticator: SessionAuthenticator,
    private readonly tokens: SessionTokenService,
  ) {}

  onModuleInit(): void {
    passport.use(new SessionCookieStrategy(this.authenticator, this.tokens.cookieName));
  }
}
