import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real OpenID provider (oidc-provider@9, certified) run in-process for tests: Jest integration
 * tests and Playwright both start it with `startOidcProvider()`. Nothing of the protocol is
 * mocked: discovery, authorization with PKCE, the token endpoint with client authentication,
 * RP-initiated logout. Its one test-only feature, `tamperNextIdToken`, re-signs the next ID
 * token with the provider's own key after changing claims — a provider that misbehaves or is
 * impersonated, for the failure cases.
 *
 * Sign-in at the provider: an account queued with `loginAs(sub)` is signed in at once; without
 * one the interaction page shows a small form (field "Gebruikersnaam" = the account's sub).
 */

export interface TestAccount {
  sub: string;
  email?: string;
  emailVerified?: boolean;
  name?: string;
}

export interface OidcProviderOptions {
  /** Where the provider may send the browser back (Schakel's /auth/sso/callback). */
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
  /**
   * Where the provider fetches Schakel's public keys for the private_key_jwt client
   * (Schakel's /auth/sso/jwks.json), as a real provider would.
   */
  schakelJwksUri?: string;
  /** Default: a free port on 127.0.0.1. */
  port?: number;
}

export interface TestOidcProvider {
  issuer: string;
  /** Client registered with client_secret_basic. */
  secretClient: { clientId: string; clientSecret: string };
  /** Client registered with private_key_jwt (Schakel's key), when schakelJwksUri was given. */
  keyClient: { clientId: string } | null;
  addAccount(account: TestAccount): void;
  /** The next sign-in at the provider completes as this account, without a form. */
  loginAs(sub: string): void;
  /** Changes the claims of the next ID token the token endpoint issues (re-signed properly). */
  tamperNextIdToken(change: (claims: Record<string, unknown>) => void): void;
  /**
   * Follows the provider's redirects from an authorization URL, with a cookie jar like a
   * browser's (a fresh one unless given), until the provider sends the browser elsewhere;
   * returns that URL.
   */
  follow(url: string, jar?: Map<string, string>): Promise<URL>;
  close(): Promise<void>;
}

function base64url(value: Buffer | string): string {
  return Buffer.from(value).toString('base64url');
}

function signEs256(privateKey: KeyObject, kid: string, claims: Record<string, unknown>): string {
  const header = base64url(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid }));
  const payload = base64url(JSON.stringify(claims));
  const signature = sign('sha256', Buffer.from(`${header}.${payload}`), {
    key: privateKey,
    dsaEncoding: 'ieee-p1363',
  });
  return `${header}.${payload}.${base64url(signature)}`;
}

function decodePayload(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function loginPage(uid: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Test-identiteitsprovider</title></head>
<body><main><h1>Test-identiteitsprovider</h1>
<form method="post" action="/interaction/${uid}">
<label for="login">Gebruikersnaam</label> <input id="login" name="login" autocomplete="username" required>
<button type="submit">Inloggen bij provider</button></form></main></body></html>`;
}

export async function startOidcProvider(options: OidcProviderOptions): Promise<TestOidcProvider> {
  // oidc-provider ships no type declarations; the few shapes used are declared at the end.
  const moduleName = 'oidc-provider';
  const { default: Provider } = (await import(moduleName)) as {
    default: new (issuer: string, config: Record<string, unknown>) => ProviderInstance;
  };

  const accounts = new Map<string, TestAccount>();
  let queuedLogin: string | null = null;
  let tamper: ((claims: Record<string, unknown>) => void) | null = null;

  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const kid = randomBytes(8).toString('hex');
  const privateJwk = { ...privateKey.export({ format: 'jwk' }), kid, alg: 'ES256', use: 'sig' };

  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  const server: Server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const secretClient = {
    clientId: 'schakel-secret',
    clientSecret: randomBytes(24).toString('hex'),
  };
  const common = {
    redirect_uris: options.redirectUris,
    post_logout_redirect_uris: options.postLogoutRedirectUris ?? [],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    id_token_signed_response_alg: 'ES256',
  };
  const clients: Record<string, unknown>[] = [
    {
      ...common,
      client_id: secretClient.clientId,
      client_secret: secretClient.clientSecret,
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ];
  const keyClient = options.schakelJwksUri ? { clientId: 'schakel-key' } : null;
  if (options.schakelJwksUri) {
    clients.push({
      ...common,
      client_id: 'schakel-key',
      token_endpoint_auth_method: 'private_key_jwt',
      token_endpoint_auth_signing_alg: 'ES256',
      // A URI rather than inline keys: oidc-provider checks `constructor === Object` on each key,
      // which objects made in Jest's VM context fail.
      jwks_uri: options.schakelJwksUri,
    });
  }

  const provider = new Provider(issuer, {
    clients,
    jwks: { keys: [privateJwk] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // The ID token carries the scopes' claims (email, name), as most enterprise providers do.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
    },
    // Consent is the test provider's own business: every client gets openid email profile.
    loadExistingGrant: async (ctx: GrantContext) => {
      const existing = ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
    findAccount: (_ctx: unknown, id: string) => {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          ...(account.email === undefined ? {} : { email: account.email }),
          ...(account.emailVerified === undefined ? {} : { email_verified: account.emailVerified }),
          ...(account.name === undefined ? {} : { name: account.name }),
        }),
      };
    },
  });

  provider.use(async (ctx: KoaContext, next: () => Promise<void>) => {
    await next();
    const body = ctx.body as Record<string, unknown> | undefined;
    if (ctx.path === '/token' && tamper && body && typeof body.id_token === 'string') {
      const claims = decodePayload(body.id_token);
      tamper(claims);
      tamper = null;
      ctx.body = { ...body, id_token: signEs256(privateKey, kid, claims) };
    }
  });

  const providerCallback = provider.callback();
  handler = (req, res) => {
    const match = /^\/interaction\/([^/?]+)/.exec(req.url ?? '');
    if (!match) return void providerCallback(req, res);
    void (async () => {
      try {
        await provider.interactionDetails(req, res);
        let accountId: string | null = null;
        if (req.method === 'POST') accountId = (await readForm(req)).get('login');
        else if (queuedLogin) accountId = queuedLogin;
        queuedLogin = null;
        if (!accountId) {
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(loginPage(match[1]!));
          return;
        }
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId } },
          {
            mergeWithLastSubmission: false,
          },
        );
      } catch (error) {
        res.statusCode = 400;
        res.end(String(error));
      }
    })();
  };

  const remember = (jar: Map<string, string>, response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair!.indexOf('=');
      jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
    }
  };

  return {
    issuer,
    secretClient,
    keyClient,
    addAccount: (account) => accounts.set(account.sub, account),
    loginAs: (sub) => {
      queuedLogin = sub;
    },
    tamperNextIdToken: (change) => {
      tamper = change;
    },
    async follow(start, jar = new Map<string, string>()) {
      let url = new URL(start);
      for (let hop = 0; hop < 10; hop += 1) {
        if (url.origin !== issuer) return url;
        const response = await fetch(url, {
          redirect: 'manual',
          headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
        });
        remember(jar, response);
        const location = response.headers.get('location');
        if (!location) {
          throw new Error(
            `the provider answered ${response.status} at ${url.pathname}: ${(await response.text()).replace(/<style[\s\S]*?<\/style>/, '').slice(0, 1500)}`,
          );
        }
        url = new URL(location, url);
      }
      throw new Error('too many redirects at the provider');
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// The few shapes of oidc-provider this file uses (its own types are not shipped for TS here).
interface ProviderInstance {
  use(fn: (ctx: KoaContext, next: () => Promise<void>) => Promise<void>): void;
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<unknown>;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: Record<string, unknown>,
    options: { mergeWithLastSubmission: boolean },
  ): Promise<void>;
}
interface KoaContext {
  path: string;
  body: unknown;
}
interface GrantLike {
  addOIDCScope(scope: string): void;
  save(): Promise<string>;
}
interface GrantContext {
  oidc: {
    client: { clientId: string };
    session: { accountId: string; grantIdFor(clientId: string): string | undefined };
    provider: {
      Grant: {
        new (init: { clientId: string; accountId: string }): GrantLike;
        find(id: string): Promise<GrantLike | undefined>;
      };
    };
  };
}
