import type { shellNl } from './nl';

export const shellEn: Record<keyof typeof shellNl, string> = {
  'unavailable.heading': 'Schakel cannot be reached right now',
  'unavailable.kept':
    'You have not been logged out. As soon as Schakel answers again, this page appears by itself.',
  'unavailable.retry': 'Try again',
};
