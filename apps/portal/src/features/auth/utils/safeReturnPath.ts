export const LOGIN_PATH = '/inloggen';
/** The password reset pages (the reset link in the e-mail names RESET_PASSWORD_PATH). */
export const FORGOT_PASSWORD_PATH = '/wachtwoord-vergeten';
export const RESET_PASSWORD_PATH = '/wachtwoord-herstellen';

/**
 * The page to return to after login. Only same-origin paths are accepted, so a crafted
 * link cannot send a freshly logged-in user elsewhere.
 */
export function safeReturnPath(state: unknown): string {
  if (typeof state !== 'object' || state === null || !('from' in state)) return '/';
  const { from } = state;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return '/';
  return from.startsWith(LOGIN_PATH) ? '/' : from;
}
