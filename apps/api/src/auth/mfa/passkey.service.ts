import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { runStatement } from '../../database/run-statement';
import { MfaError } from './mfa.error';
import { MfaEvents } from './mfa-events';
import {
  accountLabelQuery,
  deleteExpiredChallengesQuery,
  deletePasskeyQuery,
  insertChallengeQuery,
  insertPasskeyQuery,
  passkeyCredentialsQuery,
  passkeysQuery,
  takeChallengeQuery,
  usePasskeyQuery,
  type PasskeyRow,
} from './mfa.queries';
import { MfaService, type FactorAttempt } from './mfa.service';

/** A ceremony's challenge is valid this long, and once. */
const CHALLENGE_SECONDS = 300;
const MAX_RESPONSE_LENGTH = 20_000;
const RP_NAME = 'Schakel';

interface CredentialRow {
  id: string;
  publicKey: Buffer;
  signCount: string;
  transports: string[];
}

function parse<T>(json: string): T {
  if (typeof json !== 'string' || json.length > MAX_RESPONSE_LENGTH) {
    throw new MfaError('INVALID_SECOND_FACTOR');
  }
  try {
    return JSON.parse(json) as T;
  } catch {
    throw new MfaError('INVALID_SECOND_FACTOR');
  }
}

/**
 * WebAuthn passkeys as a second factor (@simplewebauthn/server): registration, authentication
 * (login's second step and step-up), removal. Challenges are kept in PostgreSQL and taken once;
 * the signature counter only moves forward. User verification is preferred, not required: the
 * passkey is the second factor after the password.
 */
@Injectable()
export class PasskeyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mfa: MfaService,
    private readonly events: MfaEvents,
  ) {}

  list(userId: string): Promise<PasskeyRow[]> {
    return runStatement(this.db, passkeysQuery(userId)) as Promise<PasskeyRow[]>;
  }

  async registrationOptions(userId: string): Promise<PublicKeyCredentialCreationOptionsJSON> {
    const [account] = (await runStatement(this.db, accountLabelQuery(userId))) as {
      email: string;
      displayName: string;
    }[];
    if (!account) throw new MfaError('SECOND_FACTOR_EXPIRED');
    const existing = await this.credentials(userId);
    const options = await generateRegistrationOptions({
      rpName: RP_NAME,
      rpID: this.config.mfa.rpId,
      userName: account.email,
      userDisplayName: account.displayName,
      userID: new TextEncoder().encode(userId),
      attestationType: 'none',
      excludeCredentials: existing.map((c) => ({
        id: c.id,
        transports: c.transports as AuthenticatorTransportFuture[],
      })),
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    });
    await this.remember(options.challenge, userId, 'register');
    return options;
  }

  async register(
    attempt: FactorAttempt,
    responseJson: string,
    nameInput: string | null | undefined,
  ): Promise<PasskeyRow> {
    const response = parse<RegistrationResponseJSON>(responseJson);
    const name = (nameInput ?? '').trim().slice(0, 100) || 'Passkey';
    let verification: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
    try {
      verification = await verifyRegistrationResponse({
        response,
        expectedChallenge: (challenge) => this.take(challenge, attempt.userId, 'register'),
        expectedOrigin: this.config.mfa.origins,
        expectedRPID: this.config.mfa.rpId,
        requireUserVerification: false,
      });
    } catch {
      verification = { verified: false };
    }
    if (!verification.verified || !verification.registrationInfo) {
      throw new MfaError('INVALID_SECOND_FACTOR');
    }
    const { credential } = verification.registrationInfo;
    const rows = (await runStatement(
      this.db,
      insertPasskeyQuery({
        id: credential.id,
        userId: attempt.userId,
        publicKey: credential.publicKey,
        signCount: credential.counter,
        transports: credential.transports ?? [],
        name,
      }),
    )) as PasskeyRow[];
    if (rows.length === 0) throw new MfaError('INVALID_SECOND_FACTOR');
    await this.events.record({
      kind: 'MFA_PASSKEY_ADDED',
      userId: attempt.userId,
      result: 'SUCCESS',
      detail: { passkeyId: credential.id, name },
      sourceAddress: attempt.sourceAddress,
    });
    return rows[0]!;
  }

  async authenticationOptions(userId: string): Promise<PublicKeyCredentialRequestOptionsJSON> {
    const existing = await this.credentials(userId);
    const options = await generateAuthenticationOptions({
      rpID: this.config.mfa.rpId,
      allowCredentials: existing.map((c) => ({
        id: c.id,
        transports: c.transports as AuthenticatorTransportFuture[],
      })),
      userVerification: 'preferred',
    });
    await this.remember(options.challenge, userId, 'authenticate');
    return options;
  }

  /** Proves the passkey factor, under the same throttle as codes. */
  async authenticate(attempt: FactorAttempt, responseJson: string): Promise<void> {
    const response = parse<AuthenticationResponseJSON>(responseJson);
    await this.mfa.throttled(attempt, async () => {
      const credential = (await this.credentials(attempt.userId)).find((c) => c.id === response.id);
      if (!credential) return false;
      const oldCount = Number(credential.signCount);
      let newCount: number;
      try {
        const verification = await verifyAuthenticationResponse({
          response,
          expectedChallenge: (challenge) => this.take(challenge, attempt.userId, 'authenticate'),
          expectedOrigin: this.config.mfa.origins,
          expectedRPID: this.config.mfa.rpId,
          credential: {
            id: credential.id,
            publicKey: new Uint8Array(credential.publicKey),
            counter: oldCount,
            transports: credential.transports as AuthenticatorTransportFuture[],
          },
          requireUserVerification: false,
        });
        if (!verification.verified) return false;
        newCount = verification.authenticationInfo.newCounter;
      } catch {
        return false;
      }
      const used = (await runStatement(
        this.db,
        usePasskeyQuery(credential.id, attempt.userId, oldCount, newCount),
      )) as [unknown[], number];
      return used[0].length === 1;
    });
  }

  async remove(userId: string, id: string, sourceAddress: string): Promise<void> {
    const summary = await this.mfa.summary(userId);
    if (this.mfa.required && !summary.totp && summary.passkeys <= 1) {
      throw new MfaError('MFA_FACTOR_REQUIRED');
    }
    const rows = (await runStatement(this.db, deletePasskeyQuery(id, userId))) as [
      { id: string; name: string }[],
      number,
    ];
    const removed = rows[0][0];
    if (!removed) return;
    await this.mfa.dropRecoveryCodesWithoutFactor(userId);
    await this.events.record({
      kind: 'MFA_PASSKEY_REMOVED',
      userId,
      result: 'SUCCESS',
      detail: { passkeyId: removed.id, name: removed.name },
      sourceAddress,
    });
  }

  private credentials(userId: string): Promise<CredentialRow[]> {
    return runStatement(this.db, passkeyCredentialsQuery(userId)) as Promise<CredentialRow[]>;
  }

  private async remember(challenge: string, userId: string, purpose: 'register' | 'authenticate') {
    await runStatement(
      this.db,
      insertChallengeQuery(challenge, userId, purpose, CHALLENGE_SECONDS),
    );
    if (Math.random() < 0.05) await runStatement(this.db, deleteExpiredChallengesQuery());
  }

  private async take(
    challenge: string,
    userId: string,
    purpose: 'register' | 'authenticate',
  ): Promise<boolean> {
    const rows = (await runStatement(this.db, takeChallengeQuery(challenge, userId, purpose))) as [
      unknown[],
      number,
    ];
    return rows[0].length === 1;
  }
}
