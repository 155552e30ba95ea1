/** Dutch texts of session hygiene (sessions, idle warning); the source of truth for this feature. */
export const sessionsNl = {
  'sessions.heading': 'Actieve sessies',
  'sessions.intro':
    'Hier zie je waar je nu bent ingelogd. Herken je een sessie niet? Beëindig hem en wijzig je wachtwoord.',
  'sessions.loading': 'Sessies laden…',
  'sessions.loadFailed': 'De sessies konden niet worden geladen.',
  'sessions.device': '{browser} op {system}',
  'sessions.unknownDevice': 'Onbekend apparaat',
  'sessions.current': 'Deze sessie',
  'sessions.address': 'Adres',
  'sessions.started': 'Ingelogd',
  'sessions.lastSeen': 'Laatst actief',
  'sessions.method': 'Manier van inloggen',
  'sessions.method.password': 'Wachtwoord',
  'sessions.end': 'Beëindig deze sessie',
  'sessions.endLabel': 'Beëindig de sessie {device}, ingelogd {started}',
  'sessions.ended': 'De sessie is beëindigd.',
  'sessions.endFailed': 'De sessie kon niet worden beëindigd.',
  'sessions.everywhere': 'Overal uitloggen',
  'sessions.everywhereIntro':
    'Hiermee beëindig je al je sessies, ook deze. Je moet daarna opnieuw inloggen.',
  'sessions.everywhereFailed': 'Uitloggen op alle apparaten is niet gelukt.',
  'sessions.none': 'Er zijn geen andere sessies.',
  'idle.heading': 'Je wordt zo uitgelogd',
  'idle.text':
    'Je bent een tijd niet actief geweest. Over {minutes} word je automatisch uitgelogd om je gegevens te beschermen.',
  'idle.minutes': '2 minuten',
  'idle.soon': 'minder dan een minuut',
  'idle.stay': 'Blijf ingelogd',
  'idle.logout': 'Nu uitloggen',
  'idle.extendFailed': 'Verlengen is niet gelukt. Probeer het nog eens.',
  'login.idleTimeout':
    'Je bent automatisch uitgelogd omdat je een tijd niet actief was. Log opnieuw in om verder te gaan.',
  'login.loggedOutEverywhere': 'Je bent op al je apparaten uitgelogd.',
};
