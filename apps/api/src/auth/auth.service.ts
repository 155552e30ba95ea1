import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MAX_PASSWORD_LENGTH } from '@schakel/domain';
import { runStatement } from '../database/run-statement';
import { auditActor } from '../audit/audit.service';
import { SecurityEvents, type SecurityEventInput } from '../audit/security-events.service';
import type { AuditActor } from '../audit/audit.service';
import { JsonLogger } from '../observability/json-logger';
import { AppError } from '../common/app-error';
import type { AuthenticatedUser } from './authenticated-user';
import { AuthError } from './auth.error';
import { changePasswordQuery, revokeSessionQuery } from './auth.queries';
import { covenantLockQuery } from './covenant-access.queries';
import { assertNewPassword } from './new-password-policy';
import { LoginAccountService, type LoginAccount } from './login-account.service';
import { LoginThrottleService } from './login-throttle.service';
import { MfaPendingService, type PendingClaims } from './mfa/mfa-pending';
import { MfaService } from './mfa/mfa.service';
import { PasswordService } from './password.service';
import { SessionAuthenticator } from './session-authenticator';
import { SessionTokenService } from './session-token.service';
import { UserSessionsService } from './user-sessions.service';

export interface LoginOutcome {
  user: AuthenticatedUser;
  token: string;
}

/**
 * The password was right but a second factor must follow (auth/mfa): no session yet, only the
 * short-lived pending state, carried by its own cookie.
 */
export interface SecondFactorPending {
  pending: { token: string; claims: PendingClaims };
}

/** How a session was started: named in the security trail (and the list of one's sessions). */
export interface SessionStart {
  /** How the user proved who they are: `password`, `password+totp`, `oidc` … */
  method: string;
  /**
   * The trail's event for this start: `login` (default) or `login.<how>`; null when the caller
   * writes its own (a password change continues in a new session: `password.changed`).
   */
  kind?: SecurityEventInput['kind'] | null;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: LoginAccountService,
    private readonly passwords: PasswordService,
    private readonly throttle: LoginThrottleService,
    private readonly tokens: SessionTokenService,
    private readonly sessions: SessionAuthenticator,
    private readonly mfa: MfaService,
    private readonly pending: MfaPendingService,
    private readonly security: SecurityEvents,
    private readonly userSessions: UserSessionsService,
    @Inject(JsonLogger) private readonly logger: JsonLogger,
  ) {}

  async login(
    emailInput: string,
    password: string,
    sourceAddress: string,
  ): Promise<LoginOutcome | SecondFactorPending> {
    const email = emailInput.trim().toLowerCase();
    // An address of an SSO-bound domain never signs in with a password — whether or not an
    // account exists or a password was once set (before the binding). Decided by the domain
    // alone, before any password is checked: the answer tells nothing the login page's first
    // step does not (loginMethod), and is no oracle for a password used elsewhere.
    if (email.length <= 320 && (await this.users.ssoBound(email)))
      throw new AuthError('SSO_REQUIRED');
    const accountKey = this.throttle.accountKey(email);
    // Reserved (counted as a failure) before the password is checked: parallel attempts cannot
    // all pass one count taken before any of them was recorded.
    const reservation = await this.throttle.reserve(accountKey, sourceAddress);
    if (!reservation.allowed) throw AuthError.throttled(reservation.retryAfterSeconds);

    const account = email.length <= 320 ? await this.users.findForLogin(email) : null;
    const tooLong = [...password].length > MAX_PASSWORD_LENGTH;
    const passwordOk =
      !tooLong && (await this.passwords.verify(account?.passwordHash ?? null, password));
    if (!account || !account.active || !passwordOk) {
      await this.throttle.settle(reservation.ticket, false);
      // A known account's failed login is in its region's trail (ADR 0018); an unknown address
      // only in the login-attempt log. Queued, so both take equally long.
      if (account) {
        const reasonCode = passwordOk ? 'USER_DISABLED' : 'INVALID_CREDENTIALS';
        await this.failedLogin(account, reasonCode);
      }
      throw new AuthError('INVALID_CREDENTIALS');
    }

    await this.throttle.settle(reservation.ticket, true);
    // A local password is one factor: the second follows when enrolled or required (ADR 0017).
    const next = await this.mfa.afterPassword(account.id);
    if (next) return { pending: this.pending.issue(account.id, account.sessionGeneration, next) };
    return this.startSession(account.id, account.sessionGeneration, { method: 'password' });
  }

  /**
   * The failed login of a known account, in its region's trail. The answer is the same generic
   * refusal whatever happens here: were the event refused (the trail failing for 3 s), it goes to
   * the log at level error in full instead — the answer must not tell that the account exists.
   */
  private async failedLogin(
    account: Pick<LoginAccount, 'id' | 'regionId' | 'agencyId' | 'agencyType' | 'roles'>,
    reasonCode: string,
    method = 'password',
  ): Promise<void> {
    const event = {
      kind: 'login' as const,
      userId: account.id,
      regionId: account.regionId,
      result: 'DENIED' as const,
      reasonCode,
      actor: {
        userId: account.id,
        agencyId: account.agencyId,
        agencyType: account.agencyType,
        roles: account.roles,
      } satisfies AuditActor,
      detail: { after: { method } },
    };
    try {
      await this.security.recordSoon(event);
    } catch (error) {
      this.logger.event('error', 'security event not written', {
        error: error instanceof Error ? error.message : String(error),
        event: { ...event, actor: { ...event.actor } },
      });
    }
  }

  /**
   * The one place a session is issued (password login, SSO, the second factor, a password
   * change). Writes the `login` event into the user's region's trail before the token leaves:
   * no session without its event.
   */
  async startSession(
    userId: string,
    generation: number,
    start: SessionStart = { method: 'password' },
  ): Promise<LoginOutcome> {
    await this.refuseWithoutCovenant(userId, start.method);
    const { token, claims } = this.tokens.issueNew(userId, generation);
    const user = await this.sessions.started(claims);
    if (!user) throw new AuthError('INVALID_CREDENTIALS');
    const kind = start.kind === undefined ? 'login' : start.kind;
    if (kind !== null) {
      await this.security.record({
        kind,
        userId: user.id,
        regionId: user.regionId,
        result: 'ALLOWED',
        actor: auditActor(user),
        record: { type: 'session', id: claims.sid },
        detail: { after: { method: start.method } },
      });
    }
    // The record for the list of one's sessions (device, address, start, last activity).
    await this.userSessions.started(claims, start.method);
    return { user, token };
  }

  /**
   * The covenant lock-out (ADR 0019) at every login, after the user proved who they are (so the
   * message tells nobody else that the account exists): refused with the ZVH's contact, and the
   * refusal is in the region's trail. The session check refuses such sessions as well.
   */
  private async refuseWithoutCovenant(userId: string, method: string): Promise<void> {
    const [locked] = (await runStatement(this.db, covenantLockQuery(userId))) as {
      id: string;
      roles: string[];
      agencyId: string;
      agencyType: string;
      regionId: string;
      regionName: string;
      contactEmail: string | null;
      contactPhone: string | null;
    }[];
    if (!locked) return;
    await this.failedLogin(locked, 'COVENANT_NOT_SIGNED', method);
    throw new AuthError('COVENANT_NOT_SIGNED', {
      regionName: locked.regionName,
      contactEmail: locked.contactEmail,
      contactPhone: locked.contactPhone,
    });
  }

  /**
   * Changes the caller's own password after checking the current one (throttled like logins).
   * Every other session of the user ends; the caller continues in a new session.
   */
  async changePassword(
    user: AuthenticatedUser,
    current: string,
    next: string,
    sourceAddress: string,
  ): Promise<LoginOutcome> {
    if (await this.users.ssoBound(user.email)) throw new AuthError('SSO_REQUIRED');
    assertNewPassword(next, 'newPassword');
    const accountKey = this.throttle.accountKey(user.email);
    const reservation = await this.throttle.reserve(accountKey, sourceAddress);
    if (!reservation.allowed) throw AuthError.throttled(reservation.retryAfterSeconds);
    const account = await this.users.findForLogin(user.email);
    if (!account || !(await this.passwords.verify(account.passwordHash, current))) {
      await this.throttle.settle(reservation.ticket, false);
      await this.security.record({
        kind: 'password.changed',
        userId: user.id,
        regionId: user.regionId,
        result: 'DENIED',
        reasonCode: 'INVALID_CREDENTIALS',
        actor: auditActor(user),
        record: { type: 'session', id: user.session.sid },
      });
      throw new AppError('INVALID_CREDENTIALS', 'The current password is incorrect.', {
        field: 'currentPassword',
      });
    }
    await this.throttle.settle(reservation.ticket, true);
    // Compared only once the current password is known to be right: no oracle for it.
    if (next.normalize('NFKC') === current.normalize('NFKC')) {
      throw new AppError('PASSWORD_UNCHANGED', 'The new password is the current password.', {
        field: 'newPassword',
      });
    }
    const hash = await this.passwords.hash(next);
    const generation = await this.db.transaction(async (tx) => {
      const [rows] = (await runStatement(tx, changePasswordQuery(user.id, hash))) as [
        { generation: number }[],
        number,
      ];
      // Every other session ended with it: in the trail with the change, or neither.
      await this.security.record(
        {
          kind: 'password.changed',
          userId: user.id,
          regionId: user.regionId,
          result: 'ALLOWED',
          actor: auditActor(user),
          record: { type: 'session', id: user.session.sid },
        },
        tx,
      );
      return rows[0]!.generation;
    });
    const outcome = await this.startSession(user.id, generation, {
      method: 'password',
      kind: null,
    });
    await this.userSessions.passwordChanged(user.id, outcome.user.session.sid);
    return outcome;
  }

  /**
   * Ends this session. The event is queued (never dropped, not waited for): a logout must work
   * even while the trail is failing; were it refused, it goes to the log at level error.
   */
  async logout(user: AuthenticatedUser): Promise<void> {
    const session = user.session;
    await runStatement(this.db, revokeSessionQuery(session.sid, session.exp));
    await this.userSessions.loggedOut(session.sid);
    const event = {
      kind: 'logout' as const,
      userId: user.id,
      regionId: user.regionId,
      result: 'ALLOWED' as const,
      actor: auditActor(user),
      record: { type: 'session', id: session.sid },
    };
    try {
      await this.security.recordSoon(event);
    } catch (error) {
      this.logger.event('error', 'security event not written', {
        error: error instanceof Error ? error.message : String(error),
        event,
      });
    }
  }
}
