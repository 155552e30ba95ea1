/** What the form holds, as typed. */
export interface SsoSettingsValues {
  issuer: string;
  clientId: string;
  clientAuth: 'CLIENT_SECRET_BASIC' | 'PRIVATE_KEY_JWT';
  clientSecret: string;
  domains: string;
}

export type SsoSettingsField = 'issuer' | 'clientId' | 'clientSecret' | 'domains';
export type SsoSettingsProblem = 'required' | 'issuer' | 'domains';

const DOMAIN =
  /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\.[a-z]{2,}$/;

export function parseDomains(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((d) => d.trim().toLowerCase())
        .filter((d) => d !== ''),
    ),
  ];
}

/**
 * The checks the portal can make before asking the API (which checks the same and, with the
 * provider's discovery, more). `hasSecret`: a secret is stored and may be kept.
 */
export function checkSsoSettings(
  values: SsoSettingsValues,
  hasSecret: boolean,
): Partial<Record<SsoSettingsField, SsoSettingsProblem>> {
  const problems: Partial<Record<SsoSettingsField, SsoSettingsProblem>> = {};
  const issuer = values.issuer.trim();
  if (issuer === '') problems.issuer = 'required';
  else if (
    !/^https:\/\/[^\s/]+/.test(issuer) &&
    !/^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(issuer)
  )
    problems.issuer = 'issuer';
  if (values.clientId.trim() === '') problems.clientId = 'required';
  if (
    values.clientAuth === 'CLIENT_SECRET_BASIC' &&
    !hasSecret &&
    values.clientSecret.trim() === ''
  )
    problems.clientSecret = 'required';
  const domains = parseDomains(values.domains);
  if (domains.length === 0) problems.domains = 'required';
  else if (domains.length > 20 || domains.some((d) => !DOMAIN.test(d)))
    problems.domains = 'domains';
  return problems;
}
