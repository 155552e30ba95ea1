export const shellNl = {
  'unavailable.heading': 'Schakel is even niet bereikbaar',
  'unavailable.kept':
    'U bent niet uitgelogd. Zodra Schakel weer antwoordt, ziet u deze pagina vanzelf.',
  'unavailable.retry': 'Opnieuw proberen',
} as const;
