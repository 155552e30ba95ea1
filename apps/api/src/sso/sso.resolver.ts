import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NotAudited } from '../audit/audited.decorator';
import { AuthService } from '../auth/auth.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { Authenticated, Public, RequireRoles } from '../auth/decorators/policy.decorator';
import { SessionTokenService } from '../auth/session-token.service';
import type { HttpAnswer } from '../graphql/http-answer';
import {
  AgencySsoModel,
  ConfigureAgencySsoInput,
  LoginMethodEnum,
  LoginMethodModel,
  SsoLogoutModel,
} from './dto/sso.models';
import { SsoBindingService } from './sso-binding.service';
import { SsoEvents } from './sso-events';
import { SsoLoginService } from './sso-login.service';

@Resolver(() => AgencySsoModel)
export class SsoResolver {
  constructor(
    private readonly bindings: SsoBindingService,
    private readonly logins: SsoLoginService,
    private readonly auth: AuthService,
    private readonly tokens: SessionTokenService,
    private readonly events: SsoEvents,
  ) {}

  @Public()
  @NotAudited('login step one: decided by the e-mail domain, no account is looked up')
  @Query(() => LoginMethodModel, {
    description:
      "Step one of the login: whether this address signs in at its agency's provider or with a password.",
  })
  async loginMethod(
    @Args('email', { type: () => String }) email: string,
  ): Promise<LoginMethodModel> {
    const agencyId = await this.logins.agencyForEmail(email);
    if (!agencyId) return { method: LoginMethodEnum.PASSWORD, startPath: null };
    const address = email.trim().toLowerCase();
    return {
      method: LoginMethodEnum.SSO,
      startPath: `/auth/sso/start?email=${encodeURIComponent(address)}`,
    };
  }

  @RequireRoles('FUNCTIONAL_ADMIN')
  @NotAudited('SSO configuration, no personal data (security event via SsoEvents)')
  @Query(() => AgencySsoModel, {
    nullable: true,
    description: "An agency's single sign-on binding in the caller's region (never the secret).",
  })
  agencySso(
    @CurrentCaller() user: AuthenticatedUser,
    @Args('agencyId', { type: () => ID }) agencyId: string,
  ): Promise<AgencySsoModel | null> {
    return this.bindings.get(user, agencyId);
  }

  @RequireRoles('AGENCY_ADMIN')
  @NotAudited('SSO configuration, no personal data')
  @Query(() => AgencySsoModel, {
    nullable: true,
    description: "The single sign-on binding of the caller's own agency (never the secret).",
  })
  ownAgencySso(@CurrentCaller() user: AuthenticatedUser): Promise<AgencySsoModel | null> {
    return this.bindings.own(user);
  }

  @RequireRoles('FUNCTIONAL_ADMIN')
  @NotAudited('administrative change, recorded as a security event with before/after (SsoEvents)')
  @Mutation(() => AgencySsoModel, {
    description:
      "Binds an agency of the caller's region to its OpenID provider (checked by discovery first).",
  })
  configureAgencySso(
    @CurrentCaller() user: AuthenticatedUser,
    @Args('input', { type: () => ConfigureAgencySsoInput }) input: ConfigureAgencySsoInput,
  ): Promise<AgencySsoModel> {
    return this.bindings.configure(user, input);
  }

  @RequireRoles('FUNCTIONAL_ADMIN')
  @NotAudited('administrative change, recorded as a security event with before/after (SsoEvents)')
  @Mutation(() => Boolean, { description: "Removes an agency's single sign-on binding." })
  removeAgencySso(
    @CurrentCaller() user: AuthenticatedUser,
    @Args('agencyId', { type: () => ID }) agencyId: string,
  ): Promise<boolean> {
    return this.bindings.remove(user, agencyId);
  }

  @RequireRoles('AGENCY_ADMIN')
  @NotAudited('administrative change, recorded as a security event with before/after (SsoEvents)')
  @Mutation(() => AgencySsoModel, {
    description:
      "Just-in-time provisioning for the caller's own agency: unknown people signed in by its provider become MEMBER users.",
  })
  setAgencyJitProvisioning(
    @CurrentCaller() user: AuthenticatedUser,
    @Args('enabled', { type: () => Boolean }) enabled: boolean,
  ): Promise<AgencySsoModel> {
    return this.bindings.setJit(user, enabled);
  }

  @Authenticated()
  @NotAudited('authentication (security log)')
  @Mutation(() => SsoLogoutModel, {
    description:
      "Ends the caller's session like logout, and gives the provider's end-session URL when it began by SSO.",
  })
  async logoutSso(
    @CurrentCaller() user: AuthenticatedUser,
    @Context('res') res: HttpAnswer,
  ): Promise<SsoLogoutModel> {
    // AuthService.logout ends the session and writes the `logout` event (one per logout).
    await this.auth.logout(user);
    const { expires: _expires, ...options } = this.tokens.cookieOptions(0);
    res.clearCookie(this.tokens.cookieName, options);
    const endSessionUrl = await this.logins.endSessionUrl(user.session.sid);
    return { endSessionUrl };
  }
}
