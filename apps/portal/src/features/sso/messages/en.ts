import type { ssoNl } from './nl';

/** English texts of single sign-on. */
export const ssoEn: Record<keyof typeof ssoNl, string> = {
  'sso.continueHeading': 'Log in through your organisation',
  'sso.continueText':
    "Your organisation handles logging in to Schakel. You continue on your organisation's login page and then return to Schakel.",
  'sso.continue': 'Continue at your organisation',
  'sso.otherEmail': 'Use another email address',
  'sso.failed':
    'Logging in through your organisation did not succeed. Try again; if it fails again, contact your organisation’s administrator.',
  'sso.noAccount':
    'Your organisation recognised you, but you have no active Schakel account. Ask your organisation’s administrator to invite you.',
  'sso.unavailable':
    'Logging in through your organisation is not possible right now. Try again later or contact your organisation’s administrator.',
  'sso.throttled':
    'Too many failed attempts to sign in through your organisation from this address. Wait a few minutes, then try again.',
  'sso.loggedOutAtProvider': 'You have logged out of Schakel and of your organisation.',

  'sso.settings.title': 'Logging in through the own organisation (single sign-on)',
  'sso.settings.nav': 'Single sign-on',
  'sso.settings.intro':
    'Bind an agency to its own OpenID Connect login service. Staff with an email address in the listed domains then log in at their own organisation. The client secret is stored encrypted and never shown again.',
  'sso.settings.bindingHeading': 'Binding per agency',
  'sso.settings.chooseAgency': 'Choose an agency',
  'sso.settings.notSaved': 'The binding was not saved.',
  'sso.settings.agency': 'Agency',
  'sso.settings.issuer': 'Issuer (address of the login service)',
  'sso.settings.issuerHint': 'For example https://login.politie.nl. https only.',
  'sso.settings.clientId': 'Client ID',
  'sso.settings.clientAuth': 'How Schakel authenticates at the login service',
  'sso.settings.clientAuth.client_secret_basic': 'With a client secret',
  'sso.settings.clientAuth.private_key_jwt':
    "With Schakel's key (private_key_jwt; public key at /auth/sso/jwks.json)",
  'sso.settings.clientSecret': 'Client secret',
  'sso.settings.clientSecretKeep': 'A secret is stored. Leave empty to keep it.',
  'sso.settings.domains': 'Email domains (one per line)',
  'sso.settings.domainsHint': 'For example politie.nl',
  'sso.settings.redirectUri': 'Redirect URI to register at the login service: {uri}',
  'sso.settings.jit': 'Create new staff automatically (just-in-time): {state}',
  'sso.settings.jitOn': 'on',
  'sso.settings.jitOff': 'off',
  'sso.settings.save': 'Save binding',
  'sso.settings.saved': 'The binding was saved and checked with the login service.',
  'sso.settings.none': 'This agency still logs in with passwords.',
  'sso.settings.loading': 'Loading…',
  'sso.settings.required': 'Fill in this field.',

  'sso.jit.title': 'Creating accounts automatically',
  'sso.jit.intro':
    'When on, staff who log in through your login service without a Schakel account get one automatically, with the Member role only. When off, you must invite everyone first.',
  'sso.jit.toggle': 'Create accounts automatically',
  'sso.jit.saved': 'Saved.',
  'sso.jit.noBinding':
    "Your agency is not bound to its own login service. The region's functional administrator sets that up.",

  'error.SSO_ISSUER_UNREACHABLE':
    'The login service at this address does not answer, or names another address as its issuer. Check the address.',
  'error.SSO_DOMAIN_TAKEN': 'One of these email domains already belongs to another agency.',
  'error.SSO_SECRET_KEY_MISSING':
    "Schakel cannot store a client secret: SSO_SECRET_KEY is not set. Choose Schakel's key or ask the system administrator to set the key.",
};
