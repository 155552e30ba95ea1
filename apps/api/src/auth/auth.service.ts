import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MAX_PASSWORD_LENGTH } from '@schakel/domain';
import { UsersService } from '../users/users.service';
import type { AuthenticatedUser } from './authenticated-user';
import { AuthError } from './auth.error';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { SessionTokenService, type SessionClaims } from './session-token.service';

export interface LoginOutcome {
  user: AuthenticatedUser;
  token: string;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly passwords: PasswordService,
    private readonly throttle: LoginThrottleService,
    private readonly tokens: SessionTokenService,
  ) {}

  async login(emailInput: string, password: string, sourceAddress: string): Promise<LoginOutcome> {
    const email = emailInput.trim().toLowerCase();
    const accountKey = this.throttle.accountKey(email);
    if (await this.throttle.isThrottled(accountKey, sourceAddress)) {
      throw new AuthError('LOGIN_THROTTLED');
    }

    const account = email.length <= 320 ? await this.users.findForLogin(email) : null;
    const tooLong = [...password].length > MAX_PASSWORD_LENGTH;
    const passwordOk = !tooLong && (await this.passwords.verify(account?.passwordHash ?? null, password));
    if (!account || !account.active || !passwordOk) {
      await this.throttle.record(accountKey, sourceAddress, false);
      throw new AuthError('INVALID_CREDENTIALS');
    }

    await this.throttle.record(accountKey, sourceAddress, true);
    const { token, claims } = this.tokens.issueNew(account.id);
    const row = await this.users.findSessionUser(account.id, claims.sid);
    if (!row) throw new AuthError('INVALID_CREDENTIALS');
    return { user: { ...row, session: claims }, token };
  }

  async logout(session: SessionClaims): Promise<void> {
    await this.db.query(
      `INSERT INTO revoked_session (session_id, expires_at) VALUES ($1, to_timestamp($2))
       ON CONFLICT (session_id) DO NOTHING`,
      [session.sid, session.exp],
    );
  }
}
