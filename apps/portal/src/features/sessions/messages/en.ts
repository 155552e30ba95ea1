import type { sessionsNl } from './nl';

/** English texts of this feature; every Dutch key has one. */
export const sessionsEn: Record<keyof typeof sessionsNl, string> = {
  'sessions.heading': 'Active sessions',
  'sessions.intro':
    "Where you are signed in now. Don't recognise a session? End it and change your password.",
  'sessions.loading': 'Loading sessions…',
  'sessions.loadFailed': 'The sessions could not be loaded.',
  'sessions.device': '{browser} on {system}',
  'sessions.unknownDevice': 'Unknown device',
  'sessions.current': 'This session',
  'sessions.address': 'Address',
  'sessions.started': 'Signed in',
  'sessions.lastSeen': 'Last active',
  'sessions.method': 'Signed in with',
  'sessions.method.password': 'Password',
  'sessions.end': 'End this session',
  'sessions.endLabel': 'End the session {device}, signed in {started}',
  'sessions.ended': 'The session has been ended.',
  'sessions.endFailed': 'The session could not be ended.',
  'sessions.everywhere': 'Log out everywhere',
  'sessions.everywhereIntro':
    'This ends all your sessions, including this one. You will have to sign in again.',
  'sessions.everywhereFailed': 'Logging out everywhere did not work.',
  'sessions.none': 'There are no other sessions.',
  'idle.heading': 'You will be signed out soon',
  'idle.text':
    'You have not been active for a while. In {minutes} you will be signed out automatically to protect your data.',
  'idle.minutes': '2 minutes',
  'idle.soon': 'less than a minute',
  'idle.stay': 'Stay signed in',
  'idle.logout': 'Sign out now',
  'idle.extendFailed': 'Extending did not work. Please try again.',
  'login.idleTimeout':
    'You were signed out automatically because you were not active for a while. Sign in again to continue.',
  'login.loggedOutEverywhere': 'You have been signed out on all your devices.',
};
