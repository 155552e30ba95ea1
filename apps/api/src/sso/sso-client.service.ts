import { Inject, Injectable } from '@nestjs/common';
import { hkdfSync } from 'node:crypto';
import type { Configuration } from 'openid-client';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SecretBox } from './secret-box';
import { loadSigningKey, type SchakelSigningKey } from './sso-keys';
import type { SsoClientAuth } from './sso.queries';

type OpenIdClient = typeof import('openid-client');

/** What the client needs of a binding. */
export interface BindingForClient {
  agencyId: string;
  issuer: string;
  clientId: string;
  clientAuth: SsoClientAuth;
  clientSecretSealed: Buffer | null;
  version: number;
}

const DISCOVERY_CACHE_MS = 10 * 60 * 1000;

/** Provider metadata and Schakel's client for one agency's binding, kept for ten minutes. */
@Injectable()
export class SsoClientService {
  private library: Promise<OpenIdClient> | null = null;
  private signingKey: Promise<SchakelSigningKey> | null = null;
  readonly secrets: SecretBox | null;
  /** ID tokens kept for logout: sealed under a key derived from the session secret. */
  private readonly idTokens: SecretBox;
  private readonly cache = new Map<
    string,
    { version: number; until: number; config: Promise<Configuration> }
  >();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.secrets = SecretBox.fromSettings(
      config.sso.secretKey,
      config.production ? '' : config.sessionSecret,
    );
    this.idTokens = SecretBox.withKey(
      Buffer.from(hkdfSync('sha256', config.sessionSecret, 'schakel', 'sso-id-token', 32)),
    );
  }

  /** openid-client is ESM-only: a real import() (module nodenext keeps it in the CommonJS output). */
  oidc(): Promise<OpenIdClient> {
    this.library ??= import('openid-client');
    return this.library;
  }

  key(): Promise<SchakelSigningKey> {
    this.signingKey ??= loadSigningKey(this.config.sso.signingKeyPem);
    return this.signingKey;
  }

  /** Where providers send the browser back; registered at the provider. */
  redirectUri(): string | null {
    return this.config.publicUrl ? new URL('/auth/sso/callback', this.config.publicUrl).href : null;
  }

  postLogoutRedirectUri(): string | null {
    return this.config.publicUrl
      ? new URL('/inloggen?uitgelogd=1', this.config.publicUrl).href
      : null;
  }

  /** Plain HTTP only to a loopback provider outside production. */
  issuerAllowed(issuer: string): boolean {
    let url: URL;
    try {
      url = new URL(issuer);
    } catch {
      return false;
    }
    if (url.protocol === 'https:') return true;
    return (
      url.protocol === 'http:' &&
      this.config.sso.allowLoopbackHttp &&
      ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
    );
  }

  sealSecret(agencyId: string, secret: string): Buffer | null {
    return this.secrets ? this.secrets.seal(secret, `agency-sso:${agencyId}`) : null;
  }

  sealIdToken(sessionId: string, idToken: string): Buffer {
    return this.idTokens.seal(idToken, `sso-session:${sessionId}`);
  }

  openIdToken(sessionId: string, sealed: Buffer): string | null {
    return this.idTokens.open(sealed, `sso-session:${sessionId}`);
  }

  forget(agencyId: string): void {
    this.cache.delete(agencyId);
  }

  /** The provider's configuration for a binding (discovery checks the issuer it names). */
  configuration(binding: BindingForClient): Promise<Configuration> {
    const cached = this.cache.get(binding.agencyId);
    if (cached && cached.version === binding.version && cached.until > Date.now())
      return cached.config;
    const config = this.discover(binding);
    this.cache.set(binding.agencyId, {
      version: binding.version,
      until: Date.now() + DISCOVERY_CACHE_MS,
      config,
    });
    config.catch(() => {
      if (this.cache.get(binding.agencyId)?.config === config) this.cache.delete(binding.agencyId);
    });
    return config;
  }

  /** A fresh discovery, for checking a binding before it is saved. */
  async discover(binding: Omit<BindingForClient, 'version'>): Promise<Configuration> {
    if (!this.issuerAllowed(binding.issuer))
      throw new Error(`issuer ${binding.issuer} is not allowed (HTTPS required)`);
    const oidc = await this.oidc();
    let auth;
    if (binding.clientAuth === 'private_key_jwt') {
      const key = await this.key();
      auth = oidc.PrivateKeyJwt({ key: key.cryptoKey, kid: key.kid });
    } else {
      const secret =
        binding.clientSecretSealed && this.secrets
          ? this.secrets.open(binding.clientSecretSealed, `agency-sso:${binding.agencyId}`)
          : null;
      if (secret === null) throw new Error('the client secret cannot be opened with this key');
      auth = oidc.ClientSecretBasic(secret);
    }
    const insecure = new URL(binding.issuer).protocol === 'http:';
    return oidc.discovery(new URL(binding.issuer), binding.clientId, undefined, auth, {
      execute: insecure ? [oidc.allowInsecureRequests] : [],
      timeout: 10,
    });
  }
}
