import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { preparedQuery } from '../database/prepared-query';
import type { PolicyContextRow } from '../sharing/policy-context.queries';
import { PolicyService } from '../sharing/policy.service';
import type { SessionUserRow } from './authenticated-user';
import { Caller } from './caller';
import { SessionCache, type CachedSessionRow } from './session-cache';
import { sessionQuery } from './session.queries';
import { SessionTokenService, type SessionClaims } from './session-token.service';
import { UserSessionsService } from './user-sessions.service';

type SessionRow = SessionUserRow & Partial<PolicyContextRow> & { validUntil?: number | null };

export interface AuthenticateOptions {
  /**
   * Load the caller's policy context in the session statement (reads: they change nothing the
   * context depends on, and it saves a round trip on every read of case data).
   */
  withPolicyContext: boolean;
}

/**
 * The one way a session token becomes a `Caller`, for HTTP (through the Passport strategy in
 * session-cookie.strategy.ts) and the live socket alike: the token is verified once (signature,
 * expiry, absolute maximum: SessionTokenService), then checked against the database in one
 * statement (user active, session not revoked, no password change since, the agency's covenant
 * signed). For reads, that row
 * and the policy context come from the SessionCache while it holds them (ADR 0013).
 */
@Injectable()
export class SessionAuthenticator {
  /** The policy context of each session row, held as long as the row (the cache's entry). */
  private readonly contexts = new WeakMap<object, PolicyContextRow>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: SessionTokenService,
    private readonly policies: PolicyService,
    private readonly cache: SessionCache,
    private readonly userSessions: UserSessionsService,
  ) {}

  /** The caller behind a session token, or null when the token or its session is not valid. */
  async authenticate(token: string, options: AuthenticateOptions): Promise<Caller | null> {
    const claims = this.tokens.verify(token);
    return claims ? this.callerOf(claims, options) : null;
  }

  /**
   * The caller of claims verified earlier (a live stream re-checking its session), or null when
   * they expired or the session ended since.
   */
  async recheck(claims: SessionClaims, options: AuthenticateOptions): Promise<Caller | null> {
    const now = Math.floor(Date.now() / 1000);
    if (claims.exp <= now || now >= this.tokens.absoluteEnd(claims)) return null;
    return this.callerOf(claims, options);
  }

  /** The caller of a session that was just started (login, password change). */
  started(claims: SessionClaims): Promise<Caller | null> {
    return this.callerOf(claims, { withPolicyContext: false });
  }

  private async callerOf(
    claims: SessionClaims,
    { withPolicyContext }: AuthenticateOptions,
  ): Promise<Caller | null> {
    const cached = withPolicyContext ? this.cache.get(claims) : null;
    if (cached) {
      this.userSessions.seen(claims.sid);
      return this.toCaller(claims, cached, true);
    }
    const ticket = withPolicyContext ? this.cache.ticket() : null;
    const { sql, params } = sessionQuery(claims, withPolicyContext);
    const [row] = await preparedQuery<SessionRow>(this.db, sql, params);
    if (!row) return null;
    this.userSessions.seen(claims.sid);
    const { validUntil, ...rest } = row;
    if (withPolicyContext && ticket !== null) {
      // Kept no longer than the covenant grace period runs: the next request after it is refused.
      const ends = [validUntil, rest.covenantAccessEnds].filter((t): t is number => t != null);
      this.cache.store(
        ticket,
        claims,
        rest as CachedSessionRow,
        ends.length > 0 ? Math.min(...ends) : null,
      );
    }
    return this.toCaller(claims, rest, withPolicyContext);
  }

  private toCaller(
    claims: SessionClaims,
    row: SessionUserRow & Partial<PolicyContextRow>,
    withPolicyContext: boolean,
  ): Caller {
    const { covenantVersion, covenant, consents, conflictDecisions, breakGlass, ...user } = row;
    let preloaded: PolicyContextRow | null = null;
    if (withPolicyContext) {
      // One context object per session row, so that the policy built from it is reused for as
      // long as the SessionCache serves that row (PolicyService.buildOnce, ADR 0040).
      preloaded = this.contexts.get(row) ?? null;
      if (!preloaded) {
        preloaded = {
          covenantVersion: covenantVersion ?? null,
          covenant: covenant ?? [],
          consents: consents ?? [],
          conflictDecisions: conflictDecisions ?? [],
          breakGlass: breakGlass ?? [],
        };
        this.contexts.set(row, preloaded);
      }
    }
    const party = {
      regionId: user.regionId,
      agencyId: user.agencyId,
      agencyType: user.agencyType,
      roles: user.roles,
      userId: user.id,
    };
    return new Caller(user, claims, this.policies.forCaller(party, preloaded));
  }
}
