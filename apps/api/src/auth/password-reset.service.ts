import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { SecurityEvents } from '../audit/security-events.service';
import { AppError } from '../common/app-error';
import { runStatement } from '../database/run-statement';
import type { MailLanguage } from '../mail/mail-templates';
import { MailService } from '../mail/mail.service';
import { AuthError } from './auth.error';
import { changePasswordQuery } from './auth.queries';
import { assertNewPassword } from './new-password-policy';
import { LoginThrottleService } from './login-throttle.service';
import {
  deleteOldResetAttemptsQuery,
  endOpenResetsQuery,
  insertResetAttemptQuery,
  insertResetQuery,
  resetAccountQuery,
  resetAttemptCountsQuery,
  resetThrottleLockQuery,
  usableResetQuery,
} from './password-reset.queries';
import { PasswordService } from './password.service';

/** The numbers of the reset (docs/operations.md#password-reset). */
export const PASSWORD_RESET = {
  /** A link works this long, once. */
  linkMinutes: 30,
  /** The window the limits below count in. */
  windowMinutes: 60,
  /** Requests per e-mail address (existing or not) per window: no mail bombing of a person. */
  requestsPerAccount: 3,
  /** Requests per source address per window, over all addresses. */
  requestsPerSource: 20,
  /** Failed completions (an unknown, used or expired link) per source address per window. */
  failedCompletionsPerSource: 20,
} as const;

/** The portal's reset page; the token travels in the fragment, never to a server log. */
export const RESET_PATH = '/wachtwoord-herstellen';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * Password reset by e-mail (issue 15 item 5). The request answers the same whether or not an
 * account has the address (and is throttled per address, existing or not, and per source); only
 * an active account gets a mail, with a single-use link that expires. Completing it sets a new
 * password by the password policy and ends every session of the user (the session generation
 * moves on, the session cache is told through its NOTIFY trigger).
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailService,
    private readonly passwords: PasswordService,
    private readonly throttle: LoginThrottleService,
    private readonly security: SecurityEvents,
  ) {}

  async request(emailInput: string, source: string, language?: MailLanguage): Promise<void> {
    const email = emailInput.trim().toLowerCase();
    const accountKey = this.throttle.accountKey(email);
    await this.db.transaction(async (m) => {
      await this.allow(m, 'request', accountKey, source);
      if (email.length > 320) return;
      const [account] = (await runStatement(m, resetAccountQuery(email))) as {
        id: string;
        regionId: string;
      }[];
      if (!account) return;
      const token = randomBytes(32).toString('base64url');
      await runStatement(m, endOpenResetsQuery(account.id));
      await runStatement(
        m,
        insertResetQuery(account.id, sha256(token), PASSWORD_RESET.linkMinutes),
      );
      // In this transaction: the mail exists exactly when the link does.
      await this.mail.enqueue(
        {
          to: email,
          template: 'password-reset',
          params: {
            link: this.mail.link(`${RESET_PATH}#token=${token}`),
            expiresMinutes: PASSWORD_RESET.linkMinutes,
          },
          language,
        },
        m,
      );
      // Last: the trail's chain head stays locked until the commit.
      await this.security.record(
        {
          kind: 'password.reset_requested',
          userId: account.id,
          regionId: account.regionId,
          result: 'ALLOWED',
        },
        m,
      );
    });
  }

  async complete(token: string, next: string, source: string): Promise<void> {
    assertNewPassword(next, 'newPassword');
    const tokenHash = token.length > 0 && token.length <= 100 ? sha256(token) : null;
    const find = async (m: EntityManager) =>
      tokenHash
        ? (
            (await runStatement(m, usableResetQuery(tokenHash))) as {
              userId: string;
              regionId: string;
            }[]
          )[0]
        : undefined;
    // The throttle and a first look before the (slow) hash; the change itself re-checks the
    // link under its lock, so two uses at once cannot both succeed.
    const usable = await this.db.transaction(async (m) => {
      await this.allow(m, 'failed-completion', null, source);
      return (await find(m)) !== undefined;
    });
    const hash = usable ? await this.passwords.hash(next) : null;
    const done =
      hash &&
      (await this.db.transaction(async (m) => {
        const reset = await find(m);
        if (!reset) return false;
        await runStatement(m, endOpenResetsQuery(reset.userId));
        await runStatement(m, changePasswordQuery(reset.userId, hash));
        await this.security.record(
          {
            kind: 'password.reset',
            userId: reset.userId,
            regionId: reset.regionId,
            result: 'ALLOWED',
          },
          m,
        );
        return true;
      }));
    if (!done) {
      // Not in a region's trail: an unknown link names no account (the throttle counts it).
      await runStatement(this.db, insertResetAttemptQuery('failed-completion', null, source));
      throw new AppError('RESET_LINK_INVALID', 'This reset link is unknown, used or expired.');
    }
  }

  /** Refuses (LOGIN_THROTTLED) beyond the limits; a request is counted here, a failure later. */
  private async allow(
    m: EntityManager,
    kind: 'request' | 'failed-completion',
    accountKey: string | null,
    source: string,
  ): Promise<void> {
    await runStatement(m, resetThrottleLockQuery(source));
    if (accountKey) await runStatement(m, resetThrottleLockQuery(accountKey));
    const [counts] = (await runStatement(
      m,
      resetAttemptCountsQuery(kind, accountKey, source, PASSWORD_RESET.windowMinutes),
    )) as { account: number; source: number; accountWait: number; sourceWait: number }[];
    const perSource =
      kind === 'request'
        ? PASSWORD_RESET.requestsPerSource
        : PASSWORD_RESET.failedCompletionsPerSource;
    const waits = [
      accountKey && counts!.account >= PASSWORD_RESET.requestsPerAccount ? counts!.accountWait : 0,
      counts!.source >= perSource ? counts!.sourceWait : 0,
    ];
    const wait = Math.max(...waits);
    if (wait > 0) throw AuthError.throttled(wait);
    if (kind === 'request')
      await runStatement(m, insertResetAttemptQuery(kind, accountKey, source));
    if (Math.random() < 0.01) await runStatement(m, deleteOldResetAttemptsQuery());
  }
}
