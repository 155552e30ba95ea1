import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditedBySelf, NotAudited } from '../audit/audited.decorator';
import type { HttpAnswer } from '../graphql/http-answer';
import type { AuthenticatedUser } from './authenticated-user';
import { CurrentCaller } from './decorators/current-caller.decorator';
import { Authenticated } from './decorators/policy.decorator';
import { SESSION_EXPIRES_HEADER, SessionTokenService } from './session-token.service';
import { UserSessionModel } from './user-session.model';
import { UserSessionsService } from './user-sessions.service';

/** The caller's own sessions: the list, "end this session", "log out everywhere", "stay signed in". */
@Resolver(() => UserSessionModel)
export class UserSessionsResolver {
  constructor(
    private readonly sessions: UserSessionsService,
    private readonly tokens: SessionTokenService,
  ) {}

  @Authenticated()
  @NotAudited("the caller's own sessions (no personal data of others)")
  @Query(() => [UserSessionModel], {
    description: "The caller's sessions that may still be in use, the most recently active first.",
  })
  async mySessions(@CurrentCaller() user: AuthenticatedUser): Promise<UserSessionModel[]> {
    const sessions = await this.sessions.list(user);
    return sessions.map((s) => ({ ...s, current: s.id === user.session.sid }));
  }

  @Authenticated()
  @AuditedBySelf('security trail: session.ended (logout for the current one)')
  @Mutation(() => Boolean, {
    description:
      "Ends one of the caller's own sessions: its next request fails and its live connections " +
      'close. NOT_FOUND for a session that is not theirs or has ended.',
  })
  async endSession(
    @CurrentCaller() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Context('res') res: HttpAnswer,
  ): Promise<boolean> {
    await this.sessions.end(user, id);
    if (id === user.session.sid) this.clearCookie(res);
    return true;
  }

  @Authenticated()
  @AuditedBySelf('security trail: session.ended_all')
  @Mutation(() => Int, {
    description:
      'Log out everywhere: every session of the caller ends, this one included (the cookie is ' +
      'cleared). Returns the number of sessions with a record that ended.',
  })
  async logOutEverywhere(
    @CurrentCaller() user: AuthenticatedUser,
    @Context('res') res: HttpAnswer,
  ): Promise<number> {
    const count = await this.sessions.endAll(user);
    this.clearCookie(res);
    return count;
  }

  @Authenticated()
  @NotAudited("the caller's own session")
  @Mutation(() => Date, {
    description:
      '"Blijf ingelogd": renews the session token now (never beyond the absolute maximum) and ' +
      'returns when the session ends without further activity.',
  })
  extendSession(@CurrentCaller() user: AuthenticatedUser, @Context('res') res: HttpAnswer): Date {
    const { token, claims } = this.tokens.renewNow(user.session);
    res.setCookie(this.tokens.cookieName, token, this.tokens.cookieOptions(claims.exp));
    res.header(SESSION_EXPIRES_HEADER, String(claims.exp));
    user.session = claims;
    return new Date(claims.exp * 1000);
  }

  private clearCookie(res: HttpAnswer): void {
    const { expires: _expires, ...options } = this.tokens.cookieOptions(0);
    res.clearCookie(this.tokens.cookieName, options);
  }
}
