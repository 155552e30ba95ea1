import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac } from 'node:crypto';
import { toString as qrCode } from 'qrcode';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { runStatement } from '../../database/run-statement';
import { LoginThrottleService, MFA_THROTTLE } from '../login-throttle.service';
import { MfaError } from './mfa.error';
import { MfaEvents } from './mfa-events';
import {
  accountLabelQuery,
  acceptTimeStepQuery,
  deleteOldSessionMarksQuery,
  deleteRecoveryCodesQuery,
  deleteTotpQuery,
  factorSummaryQuery,
  insertRecoveryCodesQuery,
  markSessionVerifiedQuery,
  sessionBySsoQuery,
  sessionFreshQuery,
  startTotpQuery,
  totpQuery,
  useRecoveryCodeQuery,
} from './mfa.queries';
import {
  SecretBox,
  hashRecoveryCode,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  totpUri,
  verifyTotp,
} from './totp';

/** A step-up counts for this long on the session that made it (ADR 0017). */
export const STEP_UP_MINUTES = 10;
export const TOTP_ISSUER = 'Schakel';

export interface FactorSummary {
  totp: boolean;
  recoveryCodesLeft: number;
  passkeys: number;
}

export interface TotpEnrolment {
  secret: string;
  otpauthUri: string;
  /** The otpauth URI as a QR code: an SVG data URL. */
  qrCode: string;
}

/** What the second factor proved with. */
export type FactorKind = 'TOTP' | 'RECOVERY_CODE' | 'PASSKEY';

interface TotpRow {
  secretEncrypted: string;
  confirmedAt: Date | null;
  lastTimeStep: string;
}

/** Who is proving a factor, and from where (the throttle's keys). */
export interface FactorAttempt {
  userId: string;
  sourceAddress: string;
}

/**
 * TOTP (RFC 6238) and recovery codes, the second-factor throttle, and whether a session proved
 * a factor recently (step-up). Passkeys: passkey.service.ts. Every change and attempt goes to
 * MfaEvents (the security trail).
 */
@Injectable()
export class MfaService {
  private readonly box: SecretBox;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly throttle: LoginThrottleService,
    private readonly events: MfaEvents,
  ) {
    this.box = new SecretBox(config.mfa.encryptionKey);
  }

  get required(): boolean {
    return this.config.mfa.required;
  }

  async summary(userId: string): Promise<FactorSummary> {
    const [row] = (await runStatement(this.db, factorSummaryQuery(userId))) as FactorSummary[];
    return row!;
  }

  /** Whether the account has a factor it can prove (a confirmed TOTP or a passkey). */
  async hasFactor(userId: string): Promise<boolean> {
    const s = await this.summary(userId);
    return s.totp || s.passkeys > 0;
  }

  /** After a right password: prove a factor (`login`), enrol one (`enrol`), or neither. */
  async afterPassword(userId: string): Promise<'login' | 'enrol' | null> {
    if (await this.hasFactor(userId)) return 'login';
    return this.required ? 'enrol' : null;
  }

  /** A new TOTP secret awaiting its first code; a confirmed one must be removed first. */
  async startTotp(userId: string): Promise<TotpEnrolment> {
    const [account] = (await runStatement(this.db, accountLabelQuery(userId))) as {
      email: string;
    }[];
    if (!account) throw new MfaError('SECOND_FACTOR_EXPIRED');
    const secret = await newTotpSecret();
    const rows = (await runStatement(
      this.db,
      startTotpQuery(userId, this.box.seal(secret, userId)),
    )) as unknown[];
    if (rows.length === 0) {
      throw new MfaError('INVALID_SECOND_FACTOR', { reason: 'TOTP_ALREADY_ENROLLED' });
    }
    const otpauthUri = await totpUri(secret, account.email, TOTP_ISSUER);
    const svg = await qrCode(otpauthUri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    return {
      secret,
      otpauthUri,
      qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
    };
  }

  /**
   * Confirms the enrolment with its first code (throttled like every code). Returns new
   * recovery codes when the account has none left: shown once, stored hashed.
   */
  async confirmTotp(attempt: FactorAttempt, code: string): Promise<string[]> {
    await this.throttled(attempt, async () => {
      const row = await this.totpRow(attempt.userId);
      if (!row || row.confirmedAt) return false;
      return this.acceptTotp(attempt.userId, row, code, true);
    });
    await this.events.record({
      kind: 'MFA_TOTP_ENROLLED',
      userId: attempt.userId,
      result: 'SUCCESS',
      sourceAddress: attempt.sourceAddress,
    });
    return this.recoveryCodesIfNone(attempt.userId);
  }

  /** New recovery codes when the account has none left (a first factor was enrolled), else []. */
  async recoveryCodesIfNone(userId: string): Promise<string[]> {
    const { recoveryCodesLeft } = await this.summary(userId);
    return recoveryCodesLeft > 0 ? [] : this.newRecoveryCodes(userId);
  }

  /** Recovery codes stand in for a factor: with no factor left they would be one of their own. */
  async dropRecoveryCodesWithoutFactor(userId: string): Promise<void> {
    if (!(await this.hasFactor(userId))) {
      await runStatement(this.db, deleteRecoveryCodesQuery(userId));
    }
  }

  /**
   * Proves a factor with a TOTP code or a recovery code: throttled per account and source,
   * each code accepted once (a TOTP code's time step, a recovery code itself).
   */
  async verifyCode(attempt: FactorAttempt, code: string): Promise<FactorKind> {
    const input = code.trim();
    let kind = 'TOTP' as FactorKind;
    await this.throttled(attempt, async () => {
      if (/^\d{6}$/.test(input.replace(/\s/g, ''))) {
        const row = await this.totpRow(attempt.userId);
        if (!row?.confirmedAt) return false;
        return this.acceptTotp(attempt.userId, row, input.replace(/\s/g, ''), false);
      }
      if (!looksLikeRecoveryCode(input)) return false;
      kind = 'RECOVERY_CODE';
      const used = (await runStatement(
        this.db,
        useRecoveryCodeQuery(attempt.userId, hashRecoveryCode(input)),
      )) as [unknown[], number];
      return used[0].length === 1;
    });
    if (kind === 'RECOVERY_CODE') {
      const { recoveryCodesLeft } = await this.summary(attempt.userId);
      await this.events.record({
        kind: 'MFA_RECOVERY_CODE_USED',
        userId: attempt.userId,
        result: 'SUCCESS',
        detail: { recoveryCodesLeft },
        sourceAddress: attempt.sourceAddress,
      });
    }
    return kind;
  }

  /**
   * Runs one factor check under the MFA throttle: reserved before the check (so parallel
   * guesses cannot all pass one count), settled by its outcome; a failure is an event.
   */
  async throttled(attempt: FactorAttempt, check: () => Promise<boolean>): Promise<void> {
    const key = `mfa:${createHmac('sha256', this.config.sessionSecret).update(attempt.userId).digest('hex')}`;
    const source = `mfa:${attempt.sourceAddress}`;
    const reservation = await this.throttle.reserve(key, source, MFA_THROTTLE);
    if (!reservation.allowed) {
      await this.events.record({
        kind: 'MFA_FAILED',
        userId: attempt.userId,
        result: 'FAILURE',
        reasonCode: 'MFA_THROTTLED',
        sourceAddress: attempt.sourceAddress,
      });
      throw new MfaError('MFA_THROTTLED', { retryAfterSeconds: reservation.retryAfterSeconds });
    }
    let ok = false;
    try {
      ok = await check();
    } finally {
      await this.throttle.settle(reservation.ticket, ok);
    }
    if (!ok) {
      await this.events.record({
        kind: 'MFA_FAILED',
        userId: attempt.userId,
        result: 'FAILURE',
        reasonCode: 'INVALID_SECOND_FACTOR',
        sourceAddress: attempt.sourceAddress,
      });
      throw new MfaError('INVALID_SECOND_FACTOR');
    }
  }

  async removeTotp(userId: string, sourceAddress: string): Promise<void> {
    const summary = await this.summary(userId);
    if (this.required && summary.totp && summary.passkeys === 0) {
      throw new MfaError('MFA_FACTOR_REQUIRED');
    }
    const rows = (await runStatement(this.db, deleteTotpQuery(userId))) as [unknown[], number];
    if (rows[0].length === 0) return;
    await this.dropRecoveryCodesWithoutFactor(userId);
    await this.events.record({
      kind: 'MFA_TOTP_REMOVED',
      userId,
      result: 'SUCCESS',
      sourceAddress,
    });
  }

  /** Replaces all recovery codes with new ones, shown once. */
  async regenerateRecoveryCodes(userId: string): Promise<string[]> {
    if (!(await this.hasFactor(userId))) throw new MfaError('MFA_FACTOR_REQUIRED');
    return this.newRecoveryCodes(userId);
  }

  private async newRecoveryCodes(userId: string): Promise<string[]> {
    const codes = newRecoveryCodes();
    await this.db.transaction(async (m) => {
      await runStatement(m, deleteRecoveryCodesQuery(userId));
      await runStatement(m, insertRecoveryCodesQuery(userId, codes.map(hashRecoveryCode)));
      await this.events.record(
        {
          kind: 'MFA_RECOVERY_CODES_CREATED',
          userId,
          result: 'SUCCESS',
          detail: { count: codes.length },
        },
        m,
      );
    });
    return codes;
  }

  /** The session proved a second factor now: at login, or by a step-up. */
  async markVerified(sessionId: string, userId: string): Promise<void> {
    await runStatement(this.db, markSessionVerifiedQuery(sessionId, userId));
    if (Math.random() < 0.01) {
      await runStatement(this.db, deleteOldSessionMarksQuery(this.config.sessionMaxSeconds));
    }
  }

  /**
   * Step-up: refuses unless this session proved a second factor within STEP_UP_MINUTES. An
   * account without a factor where MFA is not required (the demo) has nothing to prove.
   */
  async requireFresh(user: { id: string; session: { sid: string } }): Promise<void> {
    const [row] = (await runStatement(
      this.db,
      sessionFreshQuery(user.session.sid, user.id, STEP_UP_MINUTES),
    )) as { fresh: boolean }[];
    if (row?.fresh) return;
    if (!this.required && !(await this.hasFactor(user.id))) return;
    throw new MfaError('STEP_UP_REQUIRED', { withinMinutes: STEP_UP_MINUTES });
  }

  /** Whether the session began at an agency's provider: its step-up is a sign-in there. */
  async isSsoSession(sessionId: string): Promise<boolean> {
    const [row] = (await runStatement(this.db, sessionBySsoQuery(sessionId))) as {
      bySso: boolean;
    }[];
    return row?.bySso ?? false;
  }

  async isFresh(user: { id: string; session: { sid: string } }): Promise<boolean> {
    const [row] = (await runStatement(
      this.db,
      sessionFreshQuery(user.session.sid, user.id, STEP_UP_MINUTES),
    )) as { fresh: boolean }[];
    return row?.fresh ?? false;
  }

  private async totpRow(userId: string): Promise<TotpRow | null> {
    const [row] = (await runStatement(this.db, totpQuery(userId))) as TotpRow[];
    return row ?? null;
  }

  private async acceptTotp(
    userId: string,
    row: TotpRow,
    code: string,
    confirm: boolean,
  ): Promise<boolean> {
    const secret = this.box.open(row.secretEncrypted, userId);
    const step = await verifyTotp(secret, code, Number(row.lastTimeStep));
    if (step === null) return false;
    const accepted = (await runStatement(this.db, acceptTimeStepQuery(userId, step, confirm))) as [
      unknown[],
      number,
    ];
    return accepted[0].length === 1;
  }
}
