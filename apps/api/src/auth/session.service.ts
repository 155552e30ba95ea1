import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { preparedQuery } from '../database/prepared-query';
import type { PolicyContextRow } from '../sharing/policy-context.query';
import { PolicyService } from '../sharing/policy.service';
import type { SessionUserRow } from '../users/users.service';
import type { AuthenticatedUser } from './authenticated-user';
import { sessionQuery } from './session.query';
import type { SessionClaims } from './session-token.service';

type SessionRow = SessionUserRow & Partial<PolicyContextRow>;

/** Who is behind a verified session token, checked against the database on every request. */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
  ) {}

  /**
   * The signed-in user, or null. With `withPolicyContext` the caller's policy context comes in the
   * same statement and is handed to PolicyService for this request only (read operations: they
   * change nothing the context depends on).
   */
  async authenticate(
    claims: SessionClaims,
    withPolicyContext: boolean,
  ): Promise<AuthenticatedUser | null> {
    const { sql, params } = sessionQuery(claims, withPolicyContext);
    const [row] = await preparedQuery<SessionRow>(this.db, sql, params);
    if (!row) return null;
    const { covenantVersion, covenant, consents, conflictDecisions, breakGlass, ...userRow } = row;
    const user: AuthenticatedUser = { ...userRow, session: claims };
    if (withPolicyContext) {
      this.policies.preload(user, {
        covenantVersion: covenantVersion ?? null,
        covenant: covenant ?? [],
        consents: consents ?? [],
        conflictDecisions: conflictDecisions ?? [],
        breakGlass: breakGlass ?? [],
      });
    }
    return user;
  }

  /** The user of a session that was just started (login, password change). */
  async userOf(claims: SessionClaims): Promise<AuthenticatedUser | null> {
    return this.authenticate(claims, false);
  }
}
