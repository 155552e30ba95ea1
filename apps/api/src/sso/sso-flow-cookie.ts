import { hkdfSync } from 'node:crypto';
import { SecretBox } from './secret-box';

/** What the browser carries between the start of a sign-in and the provider's callback. */
export interface SsoFlow {
  agencyId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  /** The binding's version at the start: a changed binding ends sign-ins under way. */
  version: number;
  /** Seconds since the epoch. */
  expiresAt: number;
  /**
   * A step-up of a live session rather than a sign-in: the session and its user, and when the
   * step-up started (the provider's `auth_time` must not be older).
   */
  stepUp?: { sessionId: string; userId: string; startedAt: number };
}

/** Ten minutes to sign in at the provider. */
export const SSO_FLOW_SECONDS = 600;
const CONTEXT = 'schakel-sso-flow';

/**
 * The flow cookie is sealed (AES-256-GCM with a key derived from the session secret, shared by
 * all replicas): the browser can neither read the PKCE verifier nor change the state or nonce.
 */
export class SsoFlowCookie {
  private readonly box: SecretBox;

  constructor(sessionSecret: string) {
    this.box = SecretBox.withKey(
      Buffer.from(hkdfSync('sha256', sessionSecret, 'schakel', 'sso-flow-cookie', 32)),
    );
  }

  seal(flow: SsoFlow): string {
    return this.box.seal(JSON.stringify(flow), CONTEXT).toString('base64url');
  }

  /** The flow, or null when the cookie is missing, forged, or expired. */
  open(value: string | undefined, nowSeconds = Math.floor(Date.now() / 1000)): SsoFlow | null {
    if (!value || value.length > 2000) return null;
    const plain = this.box.open(Buffer.from(value, 'base64url'), CONTEXT);
    if (!plain) return null;
    try {
      const flow = JSON.parse(plain) as SsoFlow;
      return flow.expiresAt > nowSeconds ? flow : null;
    } catch {
      return null;
    }
  }
}
