import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MAX_PASSWORD_LENGTH, checkPassword } from '@schakel/domain';
import { runStatement } from '../database/run-statement';
import { AppError } from '../common/app-error';
import type { AuthenticatedUser } from './authenticated-user';
import { AuthError } from './auth.error';
import { changePasswordQuery, revokeSessionQuery } from './auth.queries';
import { isCommonPassword } from './common-passwords';
import { LoginAccountService } from './login-account.service';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { SessionAuthenticator } from './session-authenticator';
import { SessionTokenService, type SessionClaims } from './session-token.service';

export interface LoginOutcome {
  user: AuthenticatedUser;
  token: string;
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
  ) {}

  async login(emailInput: string, password: string, sourceAddress: string): Promise<LoginOutcome> {
    const email = emailInput.trim().toLowerCase();
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
      throw new AuthError('INVALID_CREDENTIALS');
    }

    await this.throttle.settle(reservation.ticket, true);
    return this.startSession(account.id, account.sessionGeneration);
  }

  /**
   * The one place a session is issued (password login, password change, SSO callback): the
   * caller has established who the user is; the session check refuses an inactive user.
   */
  async startSession(userId: string, generation: number): Promise<LoginOutcome> {
    const { token, claims } = this.tokens.issueNew(userId, generation);
    const user = await this.sessions.started(claims);
    if (!user) throw new AuthError('INVALID_CREDENTIALS');
    return { user, token };
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
    const problem = checkPassword(next);
    if (problem === 'TOO_SHORT') {
      throw new AppError('PASSWORD_TOO_SHORT', 'The new password must be at least 12 characters.', {
        field: 'newPassword',
      });
    }
    if (problem === 'TOO_LONG') {
      throw new AppError('PASSWORD_TOO_LONG', 'The new password is too long.', {
        field: 'newPassword',
      });
    }
    if (isCommonPassword(next)) {
      throw new AppError(
        'PASSWORD_TOO_COMMON',
        'The new password is one of the most common or breached passwords.',
        { field: 'newPassword' },
      );
    }
    const accountKey = this.throttle.accountKey(user.email);
    const reservation = await this.throttle.reserve(accountKey, sourceAddress);
    if (!reservation.allowed) throw AuthError.throttled(reservation.retryAfterSeconds);
    const account = await this.users.findForLogin(user.email);
    if (!account || !(await this.passwords.verify(account.passwordHash, current))) {
      await this.throttle.settle(reservation.ticket, false);
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
    const [rows] = (await runStatement(this.db, changePasswordQuery(user.id, hash))) as [
      { generation: number }[],
      number,
    ];
    return this.startSession(user.id, rows[0]!.generation);
  }

  async logout(session: SessionClaims): Promise<void> {
    await runStatement(this.db, revokeSessionQuery(session.sid, session.exp));
  }
}
