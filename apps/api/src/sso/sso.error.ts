import type { ErrorCode } from '@schakel/domain';
import { AppError } from '../common/app-error';

type SsoCode = Extract<
  ErrorCode,
  'SSO_ISSUER_UNREACHABLE' | 'SSO_DOMAIN_TAKEN' | 'SSO_SECRET_KEY_MISSING'
>;

const MESSAGES: Record<SsoCode, string> = {
  SSO_ISSUER_UNREACHABLE:
    "The issuer's OpenID configuration could not be fetched, or it names another issuer.",
  SSO_DOMAIN_TAKEN: "An e-mail domain already leads to another agency's sign-in.",
  SSO_SECRET_KEY_MISSING:
    'No SSO_SECRET_KEY is configured, so a client secret cannot be stored. Use private_key_jwt or configure the key.',
};

export class SsoError extends AppError {
  constructor(code: SsoCode, extra: Record<string, unknown> = {}) {
    super(code, MESSAGES[code], extra);
  }
}
