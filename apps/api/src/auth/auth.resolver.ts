import { NotAudited } from '../audit/audited.decorator';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { FastifyRequest as Request } from 'fastify';
import type { HttpAnswer } from '../graphql/http-answer';
import type { AuthenticatedUser } from './authenticated-user';
import { AuthService } from './auth.service';
import { CurrentCaller } from './decorators/current-caller.decorator';
import { Authenticated, Public } from './decorators/policy.decorator';
import { ChangePasswordInput } from './dto/change-password.input';
import { LoginInput } from './dto/login.input';
import { MeModel, meModelOf } from './me.model';
import { MfaPendingService } from './mfa/mfa-pending';
import { MfaError } from './mfa/mfa.error';
import { SessionTokenService } from './session-token.service';

@Resolver(() => MeModel)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly tokens: SessionTokenService,
    private readonly pending: MfaPendingService,
  ) {}

  @Public()
  @NotAudited('authentication (security log)')
  @Mutation(() => MeModel)
  async login(
    @Args('input', { type: () => LoginInput }) input: LoginInput,
    @Context('req') req: Request,
    @Context('res') res: HttpAnswer,
  ): Promise<MeModel> {
    const outcome = await this.auth.login(input.email, input.password, req.ip || 'unknown');
    if ('pending' in outcome) {
      // No session: the second step (auth/mfa/mfa.resolver.ts) completes the login.
      const { token, claims } = outcome.pending;
      res.setCookie(this.pending.cookieName, token, this.pending.cookieOptions(claims.exp));
      throw new MfaError(
        claims.pur === 'enrol' ? 'MFA_ENROLMENT_REQUIRED' : 'SECOND_FACTOR_REQUIRED',
      );
    }
    const { user, token } = outcome;
    res.setCookie(this.tokens.cookieName, token, this.tokens.cookieOptions(user.session.exp));
    return this.toMe(user);
  }

  @Authenticated()
  @NotAudited('authentication (security log)')
  @Mutation(() => Boolean)
  async logout(
    @CurrentCaller() user: AuthenticatedUser,
    @Context('res') res: HttpAnswer,
  ): Promise<boolean> {
    await this.auth.logout(user);
    const { expires: _expires, ...options } = this.tokens.cookieOptions(0);
    res.clearCookie(this.tokens.cookieName, options);
    return true;
  }

  @Authenticated()
  @NotAudited("the caller's own account (security log)")
  @Mutation(() => MeModel, {
    description:
      "Changes the caller's own password (at least 12 characters). Ends the user's other sessions; " +
      'the caller continues in a new session with a new CSRF token.',
  })
  async changePassword(
    @CurrentCaller() user: AuthenticatedUser,
    @Args('input', { type: () => ChangePasswordInput }) input: ChangePasswordInput,
    @Context('req') req: Request,
    @Context('res') res: HttpAnswer,
  ): Promise<MeModel> {
    const outcome = await this.auth.changePassword(
      user,
      input.currentPassword,
      input.newPassword,
      req.ip || 'unknown',
    );
    res.setCookie(
      this.tokens.cookieName,
      outcome.token,
      this.tokens.cookieOptions(outcome.user.session.exp),
    );
    return this.toMe(outcome.user);
  }

  @Authenticated()
  @NotAudited("the caller's own account")
  @Query(() => MeModel)
  me(@CurrentCaller() user: AuthenticatedUser): MeModel {
    return this.toMe(user);
  }

  private toMe(user: AuthenticatedUser): MeModel {
    return meModelOf(user, this.tokens);
  }
}
