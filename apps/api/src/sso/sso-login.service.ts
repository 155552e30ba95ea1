import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuthError } from '../auth/auth.error';
import { AuthService, type LoginOutcome } from '../auth/auth.service';
import {
  LoginThrottleService,
  SSO_THROTTLE,
  type LoginTicket,
} from '../auth/login-throttle.service';
import { MfaService } from '../auth/mfa/mfa.service';
import { SessionTokenService } from '../auth/session-token.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { Queryable } from '../database/queryable';
import { runStatement } from '../database/run-statement';
import { JsonLogger } from '../observability/json-logger';
import { SsoClientService } from './sso-client.service';
import { SSO_FLOW_SECONDS, SsoFlowCookie, type SsoFlow } from './sso-flow-cookie';
import { SsoEvents } from './sso-events';
import {
  agencyByDomainQuery,
  bindingQuery,
  createProvisionedUserQuery,
  insertSsoSessionQuery,
  linkSubjectQuery,
  markSsoStepUpQuery,
  stepUpSubjectQuery,
  takeSsoSessionQuery,
  userByEmailQuery,
  userBySubjectQuery,
  type SsoClientAuth,
} from './sso.queries';

export interface BindingRow {
  agencyId: string;
  regionId: string;
  agencyName: string;
  issuer: string;
  clientId: string;
  clientAuth: SsoClientAuth;
  clientSecretSealed: Buffer | null;
  jitProvisioning: boolean;
  version: number;
  updatedAt: Date;
  emailDomains: string[];
}

interface StepUpSubject {
  email: string;
  agencyId: string;
  ssoIssuer: string | null;
  ssoSubject: string | null;
}

interface SsoUserRow {
  id: string;
  agencyId: string;
  email: string;
  active: boolean;
  sessionGeneration: number;
  ssoIssuer: string | null;
  ssoSubject: string | null;
}

/** What the login page is told after a failed sign-in; the trail gets the precise reason. */
/** `covenant`: the agency has not signed the current covenant (ADR 0019). */
export type SsoFailure = 'failed' | 'no-account' | 'unavailable' | 'throttled' | 'covenant';

export class SsoLoginFailure extends Error {
  constructor(
    readonly shown: SsoFailure,
    readonly reasonCode: string,
    readonly agencyId: string | null = null,
    readonly regionId: string | null = null,
    readonly userId: string | null = null,
  ) {
    super(reasonCode);
  }
}

export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf('@');
  return at > 0 && at < email.length - 1 ? email.slice(at + 1) : null;
}

/**
 * The OpenID Connect sign-in of an agency's people (ADR 0016): authorization code with PKCE,
 * state and nonce sealed in a short-lived cookie bound to the browser, the ID token's issuer,
 * audience, expiry and nonce checked by openid-client, and the person mapped to an existing,
 * active user of that agency (or provisioned as MEMBER when the agency admin allows it).
 */
@Injectable()
export class SsoLoginService {
  readonly flowCookie: SsoFlowCookie;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clients: SsoClientService,
    private readonly auth: AuthService,
    private readonly tokens: SessionTokenService,
    private readonly events: SsoEvents,
    private readonly logger: JsonLogger,
    private readonly mfa: MfaService,
    private readonly throttle: LoginThrottleService,
  ) {
    this.flowCookie = new SsoFlowCookie(config.sessionSecret);
  }

  async binding(agencyId: string, on: Queryable = this.db): Promise<BindingRow | null> {
    const rows = (await runStatement(on, bindingQuery(agencyId))) as BindingRow[];
    return rows[0] ?? null;
  }

  /** The agency whose provider signs in this address, by its domain only (no account lookup). */
  async agencyForEmail(emailInput: string): Promise<string | null> {
    const email = emailInput.trim().toLowerCase();
    const domain = email.length <= 320 ? emailDomain(email) : null;
    if (!domain) return null;
    const rows = (await runStatement(this.db, agencyByDomainQuery(domain))) as {
      agencyId: string;
    }[];
    return rows[0]?.agencyId ?? null;
  }

  /** The provider's authorization URL and the sealed flow for the browser's cookie. */
  async start(emailInput: string): Promise<{ url: string; cookie: string }> {
    const agencyId = await this.agencyForEmail(emailInput);
    const binding = agencyId ? await this.binding(agencyId) : null;
    return this.authorize(binding, emailInput.trim().toLowerCase());
  }

  /**
   * Step-up for a session that began at the agency's provider: the person signs in there again
   * (`prompt=login`, `max_age=0`), and the callback marks this session fresh instead of starting
   * a new one (ADR 0016). A password session has its own factors: NOT_AN_SSO_SESSION.
   */
  async startStepUp(user: {
    id: string;
    session: { sid: string };
  }): Promise<{ url: string; cookie: string }> {
    const [record] = (await runStatement(
      this.db,
      stepUpSubjectQuery(user.session.sid, user.id),
    )) as StepUpSubject[];
    if (!record) throw new SsoLoginFailure('unavailable', 'NOT_AN_SSO_SESSION');
    return this.authorize(await this.binding(record.agencyId), record.email, {
      sessionId: user.session.sid,
      userId: user.id,
      startedAt: Math.floor(Date.now() / 1000),
    });
  }

  private async authorize(
    binding: BindingRow | null,
    loginHint: string,
    stepUp?: SsoFlow['stepUp'],
  ): Promise<{ url: string; cookie: string }> {
    const redirectUri = this.clients.redirectUri();
    if (!binding || !redirectUri) throw new SsoLoginFailure('unavailable', 'NO_BINDING');
    let config;
    try {
      config = await this.clients.configuration(binding);
    } catch (error) {
      this.logger.event('warn', 'sso discovery failed', {
        agencyId: binding.agencyId,
        error: (error as Error).message,
      });
      throw new SsoLoginFailure('unavailable', 'DISCOVERY_FAILED', binding.agencyId);
    }
    const oidc = await this.clients.oidc();
    const flow: SsoFlow = {
      agencyId: binding.agencyId,
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      version: binding.version,
      expiresAt: Math.floor(Date.now() / 1000) + SSO_FLOW_SECONDS,
      ...(stepUp ? { stepUp } : {}),
    };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(flow.codeVerifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
      login_hint: loginHint,
      // A step-up asks the provider for a new sign-in, not its existing session.
      ...(stepUp ? { prompt: 'login', max_age: '0' } : {}),
    });
    return { url: url.href, cookie: this.flowCookie.seal(flow) };
  }

  /** Completes a sign-in at the callback; throws SsoLoginFailure (already in the trail). */
  async callback(
    rawQuery: string,
    flowCookie: string | undefined,
    sourceAddress = 'unknown',
  ): Promise<LoginOutcome> {
    let ticket: LoginTicket | null = null;
    try {
      // Throttled per (agency, source) before the provider is asked anything; a callback without
      // a valid flow cookie is refused in complete() without a request to anyone.
      const flow = this.flowCookie.open(flowCookie);
      if (flow) {
        const reservation = await this.throttle.reserve(
          `sso:${flow.agencyId}`,
          sourceAddress,
          SSO_THROTTLE,
        );
        if (!reservation.allowed) {
          const binding = await this.binding(flow.agencyId);
          throw new SsoLoginFailure(
            'throttled',
            'THROTTLED',
            flow.agencyId,
            binding?.regionId ?? null,
          );
        }
        ticket = reservation.ticket;
      }
      const outcome = await this.complete(rawQuery, flowCookie);
      if (ticket) await this.throttle.settle(ticket, true);
      return outcome;
    } catch (error) {
      if (ticket) await this.throttle.settle(ticket, false);
      const failure =
        error instanceof SsoLoginFailure
          ? error
          : new SsoLoginFailure('failed', (error as { code?: string }).code ?? 'SSO_ERROR');
      if (!(error instanceof SsoLoginFailure))
        this.logger.event('warn', 'sso callback refused', { error: (error as Error).message });
      if (failure.agencyId) {
        await this.events.record({
          kind: 'LOGIN_FAILED',
          userId: failure.userId,
          regionId: failure.regionId,
          agencyId: failure.agencyId,
          result: 'FAILURE',
          reasonCode: failure.reasonCode,
        });
      }
      throw failure;
    }
  }

  private async complete(rawQuery: string, flowCookie: string | undefined) {
    const flow = this.flowCookie.open(flowCookie);
    if (!flow) throw new SsoLoginFailure('failed', 'FLOW_MISSING_OR_EXPIRED');
    // A step-up's flow never starts a session (the controller sends it to stepUpCallback).
    if (flow.stepUp) throw new SsoLoginFailure('failed', 'STEP_UP_FLOW');
    const binding = await this.binding(flow.agencyId);
    const redirectUri = this.clients.redirectUri();
    if (!binding || binding.version !== flow.version || !redirectUri)
      throw new SsoLoginFailure('failed', 'BINDING_CHANGED', flow.agencyId);
    const at = { agencyId: binding.agencyId, regionId: binding.regionId };
    const fail = (shown: SsoFailure, reason: string, userId: string | null = null) =>
      new SsoLoginFailure(shown, reason, at.agencyId, at.regionId, userId);

    const tokens = await this.exchange(binding, flow, rawQuery, fail);
    const { claims, idToken, issuer } = tokens;

    const user = await this.mapUser(binding, issuer, claims, fail);
    if (!user.active) throw fail('no-account', 'USER_DISABLED', user.id);

    let outcome: LoginOutcome;
    try {
      // The `login.sso` event is written below, with the agency and the SSO session it belongs to.
      outcome = await this.auth.startSession(user.id, user.sessionGeneration, {
        method: 'oidc',
        kind: null,
      });
    } catch (error) {
      if (error instanceof AuthError && error.code === 'COVENANT_NOT_SIGNED')
        throw fail('covenant', 'COVENANT_NOT_SIGNED', user.id);
      throw fail('no-account', 'SESSION_REFUSED', user.id);
    }
    const sealed = this.clients.sealIdToken(outcome.user.session.sid, idToken);
    const end = new Date(this.tokens.absoluteEnd(outcome.user.session) * 1000);
    await runStatement(
      this.db,
      insertSsoSessionQuery(outcome.user.session.sid, binding.agencyId, sealed, end),
    );
    // The provider signed the person in just now: fresh for step-up, like a password login
    // with its second factor (the agency's provider decides the factors it asks for).
    await this.mfa.markVerified(outcome.user.session.sid, user.id);
    await this.events.record({
      kind: 'LOGIN',
      userId: user.id,
      regionId: binding.regionId,
      agencyId: binding.agencyId,
      result: 'SUCCESS',
      reasonCode: 'SSO',
    });
    return outcome;
  }

  /**
   * The authorization code for tokens (PKCE verifier, state and nonce from the flow; issuer,
   * audience and expiry checked by openid-client): the ID token's claims and its issuer.
   */
  private async exchange(
    binding: BindingRow,
    flow: SsoFlow,
    rawQuery: string,
    fail: (shown: SsoFailure, reason: string) => SsoLoginFailure,
  ): Promise<{
    claims: Record<string, unknown> & { sub: string };
    idToken: string;
    issuer: string;
  }> {
    const redirectUri = this.clients.redirectUri();
    if (!redirectUri) throw fail('failed', 'BINDING_CHANGED');
    const oidc = await this.clients.oidc();
    const config = await this.clients.configuration(binding).catch(() => {
      throw fail('unavailable', 'DISCOVERY_FAILED');
    });
    const currentUrl = new URL(redirectUri);
    currentUrl.search = rawQuery;
    let tokens;
    try {
      tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'OIDC_ERROR';
      // openid-client wraps oauth4webapi's error, whose cause names the claim that failed.
      let cause: unknown = error;
      let claim: string | undefined;
      for (let depth = 0; depth < 4 && cause && !claim; depth += 1) {
        const next = cause as { claim?: unknown; cause?: unknown };
        if (typeof next.claim === 'string') claim = next.claim;
        cause = next.cause;
      }
      this.logger.event('warn', 'sso token or ID token refused', {
        agencyId: binding.agencyId,
        code,
        error: (error as Error).message,
        claim,
      });
      throw fail('failed', code);
    }
    const claims = tokens.claims();
    const idToken = tokens.id_token;
    if (!claims || !idToken) throw fail('failed', 'NO_ID_TOKEN');
    return { claims, idToken, issuer: config.serverMetadata().issuer };
  }

  /**
   * The callback of a step-up (the flow cookie says so): the provider must have signed in the
   * same person (issuer and subject linked to the account) after the step-up began (`auth_time`),
   * and the session must still be live; then this session is fresh for step-up actions. No new
   * session, no new cookie. Success and failure are `mfa.step_up` events in the trail.
   */
  async stepUpCallback(rawQuery: string, flowCookie: string | undefined): Promise<boolean> {
    const flow = this.flowCookie.open(flowCookie);
    const stepUp = flow?.stepUp;
    if (!flow || !stepUp) return false;
    const [record] = (await runStatement(
      this.db,
      stepUpSubjectQuery(stepUp.sessionId, stepUp.userId),
    )) as StepUpSubject[];
    const binding = record?.agencyId === flow.agencyId ? await this.binding(flow.agencyId) : null;
    if (!binding) return false;
    const event = (result: 'SUCCESS' | 'FAILURE', reasonCode: string) =>
      this.events.record({
        kind: 'STEP_UP',
        userId: stepUp.userId,
        regionId: binding.regionId,
        agencyId: binding.agencyId,
        result,
        reasonCode,
      });
    try {
      if (binding.version !== flow.version) throw new SsoLoginFailure('failed', 'BINDING_CHANGED');
      const { claims, issuer } = await this.exchange(
        binding,
        flow,
        rawQuery,
        (shown, reason) => new SsoLoginFailure(shown, reason),
      );
      if (issuer !== record!.ssoIssuer || claims.sub !== record!.ssoSubject)
        throw new SsoLoginFailure('failed', 'OTHER_SUBJECT');
      // Clock skew of a few seconds between the provider and Schakel is allowed.
      const authTime = typeof claims.auth_time === 'number' ? claims.auth_time : 0;
      if (authTime < stepUp.startedAt - 5)
        throw new SsoLoginFailure('failed', 'NOT_REAUTHENTICATED');
      const marked = (await runStatement(
        this.db,
        markSsoStepUpQuery(stepUp.sessionId, stepUp.userId),
      )) as unknown[];
      if (marked.length !== 1) throw new SsoLoginFailure('failed', 'SESSION_ENDED');
    } catch (error) {
      const reason =
        error instanceof SsoLoginFailure
          ? error.reasonCode
          : ((error as { code?: string }).code ?? 'SSO_ERROR');
      await event('FAILURE', reason);
      return false;
    }
    await event('SUCCESS', 'SSO');
    return true;
  }

  /**
   * The person behind the ID token: by the provider's subject, else by an e-mail address in one
   * of the agency's domains (linking the subject), else a new MEMBER when JIT is on. Never a
   * user of another agency: a provider vouches only for its own agency's people.
   */
  private async mapUser(
    binding: BindingRow,
    issuer: string,
    claims: Record<string, unknown> & { sub: string },
    fail: (shown: SsoFailure, reason: string, userId?: string | null) => SsoLoginFailure,
  ): Promise<SsoUserRow> {
    const bySubject = (
      (await runStatement(this.db, userBySubjectQuery(issuer, claims.sub))) as SsoUserRow[]
    )[0];
    if (bySubject) {
      if (bySubject.agencyId !== binding.agencyId)
        throw fail('no-account', 'SUBJECT_OF_OTHER_AGENCY', bySubject.id);
      return bySubject;
    }
    const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : null;
    const domain = email ? emailDomain(email) : null;
    const vouched =
      email !== null &&
      email.length <= 320 &&
      domain !== null &&
      binding.emailDomains.includes(domain) &&
      claims.email_verified !== false;
    if (!vouched) throw fail('no-account', 'NO_USABLE_EMAIL');

    const byEmail = ((await runStatement(this.db, userByEmailQuery(email))) as SsoUserRow[])[0];
    if (byEmail) {
      if (byEmail.agencyId !== binding.agencyId)
        throw fail('no-account', 'EMAIL_OF_OTHER_AGENCY', byEmail.id);
      // Linked to another subject already: the address was given to someone else at the provider.
      if (byEmail.ssoSubject !== null) throw fail('no-account', 'OTHER_SUBJECT_LINKED', byEmail.id);
      const linked = (await runStatement(
        this.db,
        linkSubjectQuery(byEmail.id, issuer, claims.sub),
      )) as [unknown[], number];
      if (linked[1] !== 1) throw fail('no-account', 'OTHER_SUBJECT_LINKED', byEmail.id);
      return { ...byEmail, ssoIssuer: issuer, ssoSubject: claims.sub };
    }

    if (!binding.jitProvisioning) throw fail('no-account', 'UNKNOWN_USER');
    const name = typeof claims.name === 'string' ? claims.name.trim().slice(0, 200) : '';
    const created = (
      (await runStatement(
        this.db,
        createProvisionedUserQuery({
          agencyId: binding.agencyId,
          email,
          displayName: name || email,
          issuer,
          subject: claims.sub,
        }),
      )) as SsoUserRow[]
    )[0];
    if (!created) throw fail('no-account', 'PROVISIONING_CONFLICT');
    await this.events.record({
      kind: 'USER_PROVISIONED',
      userId: created.id,
      regionId: binding.regionId,
      agencyId: binding.agencyId,
      result: 'SUCCESS',
      reasonCode: 'JIT',
      detail: { before: null, after: { email, roles: ['MEMBER'], agencyId: binding.agencyId } },
    });
    return created;
  }

  /**
   * RP-initiated logout: the provider's end-session URL for a session that began by SSO, or
   * null (a password session, or a provider without end_session_endpoint).
   */
  async endSessionUrl(sessionId: string): Promise<string | null> {
    const rows = (await runStatement(this.db, takeSsoSessionQuery(sessionId))) as [
      { agencyId: string; idTokenSealed: Buffer }[],
      number,
    ];
    const record = rows[0]?.[0];
    if (!record) return null;
    const binding = await this.binding(record.agencyId);
    if (!binding) return null;
    try {
      const config = await this.clients.configuration(binding);
      if (!config.serverMetadata().end_session_endpoint) return null;
      const oidc = await this.clients.oidc();
      const idToken = this.clients.openIdToken(sessionId, record.idTokenSealed);
      const params: Record<string, string> = { client_id: binding.clientId };
      if (idToken) params.id_token_hint = idToken;
      const back = this.clients.postLogoutRedirectUri();
      if (back) params.post_logout_redirect_uri = back;
      return oidc.buildEndSessionUrl(config, params).href;
    } catch {
      return null;
    }
  }
}
