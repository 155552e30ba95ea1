/** Dutch texts of session hygiene (sessions, idle warning); the source of truth for this feature. */
export const sessionsNl = {
  'sessions.heading': 'Actieve sessies',
  'sessions.intro':
    'Hier ziet u waar u nu bent ingelogd. Herkent u een sessie niet? Beëindig hem en wijzig uw wachtwoord.',
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
    'Hiermee beëindigt u al uw sessies, ook deze. U moet daarna opnieuw inloggen.',
  'sessions.everywhereFailed': 'Uitloggen op alle apparaten is niet gelukt.',
  'sessions.none': 'Er zijn geen andere sessies.',
  'idle.heading': 'U wordt zo uitgelogd',
  'idle.text':
    'U bent een tijd niet actief geweest. Over {minutes} wordt u automatisch uitgelogd om uw gegevens te beschermen.',
  'idle.minutes': '2 minuten',
  'idle.soon': 'minder dan een minuut',
  'idle.stay': 'Blijf ingelogd',
  'idle.logout': 'Nu uitloggen',
  'idle.extendFailed': 'Verlengen is niet gelukt. Probeer het nog eens.',
  'login.idleTimeout':
    'U bent automatisch uitgelogd omdat u een tijd niet actief was. Log opnieuw in om verder te gaan.',
  'login.loggedOutEverywhere': 'U bent op al uw apparaten uitgelogd.',
};
