import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  webcrypto,
  type KeyObject,
} from 'node:crypto';

export interface SchakelSigningKey {
  kid: string;
  alg: 'ES256' | 'RS256';
  /** For openid-client's PrivateKeyJwt. */
  cryptoKey: webcrypto.CryptoKey;
  /** The public half as a JWK, for /auth/sso/jwks.json. */
  publicJwk: Record<string, unknown>;
}

/** RFC 7638 thumbprint: a stable key id for the same key across restarts and replicas. */
function thumbprint(jwk: Record<string, unknown>): string {
  const members =
    jwk.kty === 'EC'
      ? { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }
      : { e: jwk.e, kty: jwk.kty, n: jwk.n };
  return createHash('sha256').update(JSON.stringify(members)).digest('base64url');
}

/**
 * Schakel's key for private_key_jwt client authentication (RFC 7523): from SSO_SIGNING_KEY[_FILE]
 * (EC P-256 or RSA, PKCS#8 PEM), or made at start when none is configured (development).
 */
export async function loadSigningKey(pem: string | null): Promise<SchakelSigningKey> {
  const privateKey: KeyObject = pem
    ? createPrivateKey(pem)
    : generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
  const type = privateKey.asymmetricKeyType;
  if (type !== 'ec' && type !== 'rsa')
    throw new Error('SSO_SIGNING_KEY must be an EC P-256 or RSA private key');
  if (type === 'ec' && privateKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1')
    throw new Error('SSO_SIGNING_KEY: only the EC curve P-256 is supported');
  if (type === 'rsa' && (privateKey.asymmetricKeyDetails?.modulusLength ?? 0) < 2048)
    throw new Error('SSO_SIGNING_KEY: an RSA key must have at least 2048 bits');
  const alg = type === 'ec' ? 'ES256' : 'RS256';
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  const cryptoKey = await webcrypto.subtle.importKey(
    'pkcs8',
    der,
    type === 'ec'
      ? { name: 'ECDSA', namedCurve: 'P-256' }
      : { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' }) as Record<string, unknown>;
  const kid = thumbprint(jwk);
  return { kid, alg, cryptoKey, publicJwk: { ...jwk, kid, alg, use: 'sig' } };
}
