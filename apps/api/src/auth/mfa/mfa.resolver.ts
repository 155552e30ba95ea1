import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { FastifyRequest as Request } from 'fastify';
import { NotAudited } from '../../audit/audited.decorator';
import type { HttpAnswer } from '../../graphql/http-answer';
import { AuthService, type LoginOutcome } from '../auth.service';
import type { AuthenticatedUser } from '../authenticated-user';
import { CurrentCaller } from '../decorators/current-caller.decorator';
import { Authenticated, Public } from '../decorators/policy.decorator';
import { MeModel, meModelOf } from '../me.model';
import { SessionTokenService } from '../session-token.service';
import { MfaEvents } from './mfa-events';
import { MfaPendingService, type PendingClaims, type PendingPurpose } from './mfa-pending';
import { AuthError } from '../auth.error';
import { MfaError } from './mfa.error';
import {
  EnrolledLoginModel,
  PasskeyResponseInput,
  SecondFactorCodeInput,
  SecondFactorsModel,
  TotpEnrolmentModel,
} from './mfa.model';
import { MfaService, type FactorKind } from './mfa.service';
import { PasskeyService } from './passkey.service';
import { RequireStepUp } from './step-up.decorator';

const MAX_CODE_LENGTH = 40;

function codeOf(input: SecondFactorCodeInput): string {
  if (typeof input.code !== 'string' || input.code.length > MAX_CODE_LENGTH) {
    throw new MfaError('INVALID_SECOND_FACTOR');
  }
  return input.code;
}

/**
 * The login's second step (after the password step left its pending cookie), enrolment and
 * management of the caller's factors, and the step-up. Authentication and account security:
 * in the security trail through MfaEvents, not the case-access trail.
 */
@Resolver()
export class MfaResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly mfa: MfaService,
    private readonly passkeys: PasskeyService,
    private readonly pending: MfaPendingService,
    private readonly tokens: SessionTokenService,
    private readonly events: MfaEvents,
  ) {}

  // ── The login's second step ────────────────────────────────────────────────────────────

  @Public()
  @NotAudited('authentication (security log)')
  @Mutation(() => MeModel, {
    description:
      'Completes a login with a code from the authenticator app or a recovery code. Needs the ' +
      'pending state the password step left (SECOND_FACTOR_REQUIRED); throttled per account ' +
      'and source; each code is accepted once.',
  })
  async completeLoginWithCode(
    @Args('input', { type: () => SecondFactorCodeInput }) input: SecondFactorCodeInput,
    @Context('req') req: Request,
    @Context('res') res: HttpAnswer,
  ): Promise<MeModel> {
    const claims = this.pendingOf(req, 'login');
    const attempt = { userId: claims.sub, sourceAddress: sourceOf(req) };
    const kind = await this.mfa.verifyCode(attempt, codeOf(input));
    return meModelOf(await this.finish(claims, kind, req, res), this.tokens);
  }

  @Public()
  @NotAudited('authentication (security log)')
  @Mutation(() => String, {
    description:
      'Passkey options (JSON for @simplewebauthn/browser startAuthentication) to complete a ' +
      'login whose password step asked for a second factor.',
  })
  async loginPasskeyOptions(@Context('req') req: Request): Promise<string> {
    const claims = this.pendingOf(req, 'login');
    return JSON.stringify(await this.passkeys.authenticationOptions(claims.sub));
  }

  @Public()
  @NotAudited('authentication (security log)')
  @Mutation(() => MeModel, { description: 'Completes a login with a passkey.' })
  async completeLoginWithPasskey(
    @Args('response', { type: () => String }) response: string,
    @Context('req') req: Request,
    @Context('res') res: HttpAnswer,
  ): Promise<MeModel> {
    const claims = this.pendingOf(req, 'login');
    const attempt = { userId: claims.sub, sourceAddress: sourceOf(req) };
    await this.passkeys.authenticate(attempt, response);
    return meModelOf(await this.finish(claims, 'PASSKEY', req, res), this.tokens);
  }

  @Public()
  @NotAudited('authentication (security log)')
  @Mutation(() => TotpEnrolmentModel, {
    description:
      'MFA is required and the account has no second factor (MFA_ENROLMENT_REQUIRED): starts ' +
      'enrolling an authenticator app. Nothing else is possible until it is confirmed.',
  })
  async startLoginTotpEnrolment(@Context('req') req: Request): Promise<TotpEnrolmentModel> {
    const claims = this.pendingOf(req, 'enrol');
    return this.mfa.startTotp(claims.sub);
  }

  @Public()
  @NotAudited('authentication (security log)')
  @Mutation(() => EnrolledLoginModel, {
    description:
      'Confirms the enrolment started at login with a first code; the login completes and the ' +
      'recovery codes are shown once.',
  })
  async confirmLoginTotpEnrolment(
    @Args('input', { type: () => SecondFactorCodeInput }) input: SecondFactorCodeInput,
    @Context('req') req: Request,
    @Context('res') res: HttpAnswer,
  ): Promise<EnrolledLoginModel> {
    const claims = this.pendingOf(req, 'enrol');
    const attempt = { userId: claims.sub, sourceAddress: sourceOf(req) };
    const recoveryCodes = await this.mfa.confirmTotp(attempt, codeOf(input));
    const user = await this.finish(claims, 'TOTP', req, res);
    return { me: meModelOf(user, this.tokens), recoveryCodes };
  }

  @Public()
  @NotAudited('authentication (security log)')
  @Mutation(() => String, {
    description:
      'MFA is required and the account has no second factor: passkey registration options ' +
      '(JSON for @simplewebauthn/browser startRegistration).',
  })
  async loginPasskeyRegistrationOptions(@Context('req') req: Request): Promise<string> {
    const claims = this.pendingOf(req, 'enrol');
    return JSON.stringify(await this.passkeys.registrationOptions(claims.sub));
  }

  @Public()
  @NotAudited('authentication (security log)')
  @Mutation(() => EnrolledLoginModel, {
    description:
      'Registers the first passkey at login; the login completes and recovery codes are shown once.',
  })
  async confirmLoginPasskeyEnrolment(
    @Args('input', { type: () => PasskeyResponseInput }) input: PasskeyResponseInput,
    @Context('req') req: Request,
    @Context('res') res: HttpAnswer,
  ): Promise<EnrolledLoginModel> {
    const claims = this.pendingOf(req, 'enrol');
    const attempt = { userId: claims.sub, sourceAddress: sourceOf(req) };
    await this.passkeys.register(attempt, input.response, input.name);
    const recoveryCodes = await this.mfa.recoveryCodesIfNone(claims.sub);
    const user = await this.finish(claims, 'PASSKEY', req, res);
    return { me: meModelOf(user, this.tokens), recoveryCodes };
  }

  // ── The caller's own factors ──────────────────────────────────────────────────────────

  @Authenticated()
  @NotAudited("the caller's own account")
  @Query(() => SecondFactorsModel, { description: "The caller's second factors." })
  async mySecondFactors(@CurrentCaller() user: AuthenticatedUser): Promise<SecondFactorsModel> {
    return this.status(user);
  }

  @Authenticated()
  @NotAudited("the caller's own account (security log)")
  @Mutation(() => TotpEnrolmentModel, {
    description:
      'Starts enrolling an authenticator app. With a second factor already enrolled, it needs ' +
      'a fresh one (STEP_UP_REQUIRED otherwise).',
  })
  async startTotpEnrolment(@CurrentCaller() user: AuthenticatedUser): Promise<TotpEnrolmentModel> {
    if (await this.mfa.hasFactor(user.id)) await this.mfa.requireFresh(user);
    return this.mfa.startTotp(user.id);
  }

  @Authenticated()
  @NotAudited("the caller's own account (security log)")
  @Mutation(() => [String], {
    description:
      'Confirms the authenticator app with a first code. Returns recovery codes (shown once) ' +
      'when the account had none.',
  })
  async confirmTotpEnrolment(
    @CurrentCaller() user: AuthenticatedUser,
    @Args('input', { type: () => SecondFactorCodeInput }) input: SecondFactorCodeInput,
    @Context('req') req: Request,
  ): Promise<string[]> {
    const codes = await this.mfa.confirmTotp(
      { userId: user.id, sourceAddress: sourceOf(req) },
      codeOf(input),
    );
    await this.mfa.markVerified(user.session.sid, user.id);
    return codes;
  }

  @Authenticated()
  @RequireStepUp()
  @NotAudited("the caller's own account (security log)")
  @Mutation(() => SecondFactorsModel, {
    description:
      'Removes the authenticator app (needs a fresh second factor; refused when it is the last ' +
      'factor and MFA is required).',
  })
  async removeTotp(
    @CurrentCaller() user: AuthenticatedUser,
    @Context('req') req: Request,
  ): Promise<SecondFactorsModel> {
    await this.mfa.removeTotp(user.id, sourceOf(req));
    return this.status(user);
  }

  @Authenticated()
  @RequireStepUp()
  @NotAudited("the caller's own account (security log)")
  @Mutation(() => [String], {
    description: 'Replaces all recovery codes with new ones, shown once (needs a fresh factor).',
  })
  regenerateRecoveryCodes(@CurrentCaller() user: AuthenticatedUser): Promise<string[]> {
    return this.mfa.regenerateRecoveryCodes(user.id);
  }

  @Authenticated()
  @NotAudited("the caller's own account (security log)")
  @Mutation(() => String, {
    description:
      'Passkey registration options (JSON). With a second factor already enrolled, it needs a ' +
      'fresh one.',
  })
  async passkeyRegistrationOptions(@CurrentCaller() user: AuthenticatedUser): Promise<string> {
    if (await this.mfa.hasFactor(user.id)) await this.mfa.requireFresh(user);
    return JSON.stringify(await this.passkeys.registrationOptions(user.id));
  }

  @Authenticated()
  @NotAudited("the caller's own account (security log)")
  @Mutation(() => [String], {
    description:
      'Registers a passkey (the answer to passkeyRegistrationOptions). Returns recovery codes ' +
      '(shown once) when the account had none.',
  })
  async registerPasskey(
    @CurrentCaller() user: AuthenticatedUser,
    @Args('input', { type: () => PasskeyResponseInput }) input: PasskeyResponseInput,
    @Context('req') req: Request,
  ): Promise<string[]> {
    await this.passkeys.register(
      { userId: user.id, sourceAddress: sourceOf(req) },
      input.response,
      input.name,
    );
    await this.mfa.markVerified(user.session.sid, user.id);
    return this.mfa.recoveryCodesIfNone(user.id);
  }

  @Authenticated()
  @RequireStepUp()
  @NotAudited("the caller's own account (security log)")
  @Mutation(() => SecondFactorsModel, {
    description:
      'Removes a passkey (needs a fresh second factor; refused when it is the last factor and ' +
      'MFA is required).',
  })
  async removePasskey(
    @CurrentCaller() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Context('req') req: Request,
  ): Promise<SecondFactorsModel> {
    await this.passkeys.remove(user.id, id, sourceOf(req));
    return this.status(user);
  }

  @Authenticated()
  @NotAudited('authentication (security log)')
  @Mutation(() => SecondFactorsModel, {
    description:
      'Step-up: proves a second factor (a code or a recovery code) on this session, for the ' +
      'actions that ask for a fresh one. Throttled like the login.',
  })
  async stepUp(
    @CurrentCaller() user: AuthenticatedUser,
    @Args('input', { type: () => SecondFactorCodeInput }) input: SecondFactorCodeInput,
    @Context('req') req: Request,
  ): Promise<SecondFactorsModel> {
    const source = sourceOf(req);
    const kind = await this.mfa.verifyCode(
      { userId: user.id, sourceAddress: source },
      codeOf(input),
    );
    await this.steppedUp(user, kind, source);
    return this.status(user);
  }

  @Authenticated()
  @NotAudited('authentication (security log)')
  @Mutation(() => String, { description: 'Passkey options (JSON) for a step-up.' })
  async stepUpPasskeyOptions(@CurrentCaller() user: AuthenticatedUser): Promise<string> {
    return JSON.stringify(await this.passkeys.authenticationOptions(user.id));
  }

  @Authenticated()
  @NotAudited('authentication (security log)')
  @Mutation(() => SecondFactorsModel, { description: 'Step-up with a passkey.' })
  async stepUpWithPasskey(
    @CurrentCaller() user: AuthenticatedUser,
    @Args('response', { type: () => String }) response: string,
    @Context('req') req: Request,
  ): Promise<SecondFactorsModel> {
    const source = sourceOf(req);
    await this.passkeys.authenticate({ userId: user.id, sourceAddress: source }, response);
    await this.steppedUp(user, 'PASSKEY', source);
    return this.status(user);
  }

  // ── helpers ───────────────────────────────────────────────────────────────────────────

  private async status(user: AuthenticatedUser): Promise<SecondFactorsModel> {
    const [summary, passkeys, stepUpFresh, stepUpAtProvider] = await Promise.all([
      this.mfa.summary(user.id),
      this.passkeys.list(user.id),
      this.mfa.isFresh(user),
      this.mfa.isSsoSession(user.session.sid),
    ]);
    return {
      required: this.mfa.required,
      totp: summary.totp,
      recoveryCodesLeft: summary.recoveryCodesLeft,
      passkeys,
      stepUpFresh,
      stepUpAtProvider,
    };
  }

  private async steppedUp(user: AuthenticatedUser, kind: FactorKind, source: string) {
    await this.mfa.markVerified(user.session.sid, user.id);
    await this.events.record({
      kind: 'MFA_STEP_UP',
      userId: user.id,
      result: 'SUCCESS',
      reasonCode: kind,
      sourceAddress: source,
    });
  }

  private pendingOf(req: Request, purpose: PendingPurpose): PendingClaims {
    const claims = this.pending.verify(req.cookies[this.pending.cookieName], purpose);
    if (!claims) throw new MfaError('SECOND_FACTOR_EXPIRED');
    return claims;
  }

  /** The second factor is proven: the session starts (AuthService.startSession), marked fresh. */
  private async finish(
    claims: PendingClaims,
    kind: FactorKind,
    req: Request,
    res: HttpAnswer,
  ): Promise<LoginOutcome['user']> {
    let outcome: LoginOutcome;
    try {
      outcome = await this.auth.startSession(claims.sub, claims.gen, {
        method: `password+${kind.toLowerCase()}`,
      });
    } catch (error) {
      // The agency's covenant lock-out says so, with the ZVH's contact (ADR 0019).
      if (error instanceof AuthError && error.code === 'COVENANT_NOT_SIGNED') throw error;
      // Disabled, or the password changed since the password step.
      throw new MfaError('SECOND_FACTOR_EXPIRED');
    }
    await this.mfa.markVerified(outcome.user.session.sid, claims.sub);
    await this.events.record({
      kind: 'MFA_VERIFIED',
      userId: claims.sub,
      result: 'SUCCESS',
      reasonCode: kind,
      sourceAddress: sourceOf(req),
    });
    const { expires: _expires, ...options } = this.pending.cookieOptions(0);
    res.clearCookie(this.pending.cookieName, options);
    res.setCookie(
      this.tokens.cookieName,
      outcome.token,
      this.tokens.cookieOptions(outcome.user.session.exp),
    );
    return outcome.user;
  }
}

function sourceOf(req: Request): string {
  return req.ip || 'unknown';
}
