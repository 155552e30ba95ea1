import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuditedBySelf, NotAudited } from '../audit/audited.decorator';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { Authenticated, Public } from '../auth/decorators/policy.decorator';
import { SessionTokenService } from '../auth/session-token.service';
import { httpAnswer, type CookieOptions } from '../graphql/http-answer';
import { SsoClientService } from './sso-client.service';
import { SSO_FLOW_SECONDS } from './sso-flow-cookie';
import { SsoLoginFailure, SsoLoginService } from './sso-login.service';

/** Where a step-up at the provider ends (the portal's page closes the window it opened). */
export const STEP_UP_DONE_PATH = '/sso/bevestigd';

/** The flow cookie over plain HTTP (development on localhost). */
export const SSO_FLOW_COOKIE = 'schakel_sso';
/** With Secure cookies: `__Host-` keeps sibling hosts and plain-HTTP pages from planting it. */
export const SECURE_SSO_FLOW_COOKIE = '__Host-schakel_sso';

/**
 * The browser's side of single sign-on: start (to the agency's provider), callback (back from
 * it, a session on success) and Schakel's public key for private_key_jwt.
 */
@Controller('auth/sso')
export class SsoController {
  private readonly flowCookieName: string;

  constructor(
    private readonly sso: SsoLoginService,
    private readonly clients: SsoClientService,
    private readonly tokens: SessionTokenService,
  ) {
    this.flowCookieName =
      tokens.cookieName === 'schakel_session' ? SSO_FLOW_COOKIE : SECURE_SSO_FLOW_COOKIE;
  }

  /** Lax, not Strict: the provider's redirect back is a cross-site top-level navigation. */
  private flowCookieOptions(expires: Date): CookieOptions {
    const session = this.tokens.cookieOptions(0);
    return { httpOnly: true, secure: session.secure, sameSite: 'lax', path: '/', expires };
  }

  @Public()
  @NotAudited('redirect to the agency provider; no account is looked up')
  @Get('start')
  async start(@Query('email') email: string | undefined, @Res() reply: FastifyReply) {
    try {
      const { url, cookie } = await this.sso.start(typeof email === 'string' ? email : '');
      httpAnswer(reply).setCookie(
        this.flowCookieName,
        cookie,
        this.flowCookieOptions(new Date(Date.now() + SSO_FLOW_SECONDS * 1000)),
      );
      return this.redirect(reply, url);
    } catch (error) {
      if (!(error instanceof SsoLoginFailure)) throw error;
      return this.redirect(reply, `/inloggen?sso=${error.shown}`);
    }
  }

  /**
   * Step-up for a session that began by SSO (covenant changes, break-the-glass, exports): the
   * person signs in at the agency's provider again; the callback marks this session fresh.
   */
  @Authenticated()
  @NotAudited('redirect to the agency provider; the step-up result is a security event')
  @Get('step-up')
  async stepUp(@CurrentCaller() user: AuthenticatedUser, @Res() reply: FastifyReply) {
    try {
      const { url, cookie } = await this.sso.startStepUp(user);
      httpAnswer(reply).setCookie(
        this.flowCookieName,
        cookie,
        this.flowCookieOptions(new Date(Date.now() + SSO_FLOW_SECONDS * 1000)),
      );
      return this.redirect(reply, url);
    } catch (error) {
      if (!(error instanceof SsoLoginFailure)) throw error;
      return this.redirect(reply, `${STEP_UP_DONE_PATH}?mislukt=1`);
    }
  }

  @Public()
  @AuditedBySelf('security event: SSO login or failed login, or a step-up (SsoEvents)')
  @Get('callback')
  async callback(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    const answer = httpAnswer(reply);
    const { expires: _expires, ...flowOptions } = this.flowCookieOptions(new Date(0));
    const flowCookie = req.cookies[this.flowCookieName];
    answer.clearCookie(this.flowCookieName, flowOptions);
    const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '';
    if (this.sso.flowCookie.open(flowCookie)?.stepUp) {
      const fresh = await this.sso.stepUpCallback(query, flowCookie);
      return this.redirect(reply, fresh ? STEP_UP_DONE_PATH : `${STEP_UP_DONE_PATH}?mislukt=1`);
    }
    try {
      const { user, token } = await this.sso.callback(query, flowCookie, req.ip || 'unknown');
      answer.setCookie(this.tokens.cookieName, token, this.tokens.cookieOptions(user.session.exp));
      return this.redirect(reply, '/');
    } catch (error) {
      if (!(error instanceof SsoLoginFailure)) throw error;
      return this.redirect(reply, `/inloggen?sso=${error.shown}`);
    }
  }

  @Public()
  @NotAudited("Schakel's public key; no personal data")
  @Get('jwks.json')
  async jwks(@Res() reply: FastifyReply) {
    const key = await this.clients.key();
    void reply
      .status(200)
      .header('Content-Type', 'application/jwk-set+json')
      .header('Cache-Control', 'public, max-age=300')
      .send(JSON.stringify({ keys: [key.publicJwk] }));
  }

  private redirect(reply: FastifyReply, location: string) {
    void reply.header('Cache-Control', 'no-store').redirect(location, 303);
  }
}
