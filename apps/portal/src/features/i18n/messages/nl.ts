import type { AgencyType, ErrorCode, Role } from '@schakel/domain';

/**
 * The Dutch catalogue is the source of truth: every other language must translate each key.
 * Placeholders use `{name}` and must be the same in every language.
 */
export const nl = {
  'app.name': 'Schakel',
  'app.tagline': 'Samenwerken in het Zorg- en Veiligheidshuis',
  'document.title': '{page} — Schakel',
  'common.loading': 'Schakel wordt geladen…',

  'skipLink.toContent': 'Naar de inhoud',
  'language.nl': 'Nederlands',
  'language.en': 'English',

  'header.signedInAs': 'Ingelogd als',
  'header.region': 'Regio {region}',
  'header.logout': 'Uitloggen',

  'nav.label': 'Hoofdmenu',
  'nav.menu': 'Menu',
  'nav.home': 'Start',
  'nav.account': 'Mijn account',

  'footer.text':
    'Schakel is het samenwerkingsportaal van het Zorg- en Veiligheidshuis. Gegevens worden alleen gedeeld volgens het privacyconvenant van de regio.',

  'login.title': 'Inloggen',
  'login.heading': 'Inloggen bij Schakel',
  'login.intro': 'Log in met het e-mailadres en wachtwoord van je Schakel-account.',
  'login.email': 'E-mailadres',
  'login.password': 'Wachtwoord',
  'login.submit': 'Inloggen',
  'login.emailRequired': 'Vul je e-mailadres in.',
  'login.passwordRequired': 'Vul je wachtwoord in.',
  'login.sessionExpired': 'Je sessie is verlopen. Log opnieuw in om verder te gaan.',
  'login.loggedOut': 'Je bent uitgelogd.',

  'home.title': 'Start',
  'home.welcome': 'Welkom, {name}',
  'home.context': 'Je werkt in Schakel namens {agency} in de regio {region}.',
  'home.roleHeading': 'Jouw rol: {role}',
  'home.accountLink': 'Bekijk je accountgegevens',
  'home.PROCESREGISSEUR':
    'Als procesregisseur van het Zorg- en Veiligheidshuis bewaak je het proces: je ontvangt aanmeldingen, bereidt de triage voor, zit casusoverleggen onafhankelijk voor en volgt de voortgang van de afspraken in elk plan van aanpak.',
  'home.PRIVACY_OFFICER':
    'Als privacyfunctionaris ben je het contactpunt voor het convenant: je bekijkt de audittrail, behandelt verzoeken van betrokkenen over hun gegevens en bewaakt de bewaartermijnen. Inhoud van casussen zie je standaard niet.',
  'home.FUNCTIONAL_ADMIN':
    'Als functioneel beheerder richt je Schakel in voor de regio: organisaties, gebruikers en de instellingen van het convenant. Inhoud van casussen zie je niet.',
  'home.AGENCY_ADMIN':
    'Als beheerder van {agency} beheer je de accounts van je collega’s binnen je eigen organisatie. Inhoud van casussen zie je daardoor niet.',
  'home.MEMBER':
    'Als professional van {agency} meld je casussen aan, neem je deel aan casusoverleggen over casussen waarin je organisatie deelneemt en werk je jouw afspraken uit het plan van aanpak bij.',
  'home.MEMBER.POLICE':
    'Als politiemedewerker meld je casussen aan, neem je deel aan casusoverleggen en zoek je onderweg snel de afgestemde aanpak (afsprakenkaart) van een persoon op. Bij elke opzoeking geef je het doel op; dat wordt vastgelegd.',
  'home.MEMBER.MUNICIPALITY':
    'Als professional van de gemeente of het wijkteam meld je casussen aan, neem je deel aan casusoverleggen en ben je vaak casusregisseur: je werkt de afspraken uit het plan van aanpak bij.',
  'home.MEMBER.PROBATION':
    'Als reclasseringswerker coördineer je plannen voor cliënten onder toezicht, deel je bijzondere voorwaarden met de betrokken partners en meld je overtredingen.',
  'home.MEMBER.CARE':
    'Als zorgprofessional deel je een minimaal signaal, zoals of iemand in zorg is en wie de contactpersoon is, zonder je beroepsgeheim te schenden. Meer deel je alleen met toestemming van de cliënt.',
  'home.MEMBER.VOLUNTEER':
    'Als coördinator van vrijwilligers ontvang je koppelverzoeken voor een maatje, alleen met toestemming van de cliënt, en zie je alleen wat daarvoor nodig is.',

  'account.title': 'Mijn account',
  'account.name': 'Naam',
  'account.email': 'E-mailadres',
  'account.agency': 'Organisatie',
  'account.agencyType': 'Soort organisatie',
  'account.region': 'Regio',
  'account.roles': 'Rollen',
  'account.sessionExpiresAt': 'Sessie eindigt uiterlijk',
  'account.sessionNote':
    'Na dit tijdstip log je opnieuw in, ook als je de hele tijd actief bent geweest.',

  'changePassword.heading': 'Wachtwoord wijzigen',
  'changePassword.intro':
    'Na het wijzigen blijf je hier ingelogd. Op andere apparaten word je uitgelogd en log je in met je nieuwe wachtwoord.',
  'changePassword.current': 'Huidig wachtwoord',
  'changePassword.new': 'Nieuw wachtwoord',
  'changePassword.newHint': 'Je nieuwe wachtwoord moet minstens {min} tekens lang zijn.',
  'changePassword.repeat': 'Herhaal nieuw wachtwoord',
  'changePassword.submit': 'Wachtwoord wijzigen',
  'changePassword.currentRequired': 'Vul je huidige wachtwoord in.',
  'changePassword.newRequired': 'Vul een nieuw wachtwoord in.',
  'changePassword.repeatRequired': 'Vul je nieuwe wachtwoord nog een keer in.',
  'changePassword.mismatch': 'De wachtwoorden zijn niet gelijk.',
  'changePassword.currentIncorrect': 'Het huidige wachtwoord klopt niet.',
  'changePassword.notChanged': 'Je wachtwoord is niet gewijzigd.',
  'changePassword.success': 'Je wachtwoord is gewijzigd. Je bent op andere apparaten uitgelogd.',

  'notFound.title': 'Pagina niet gevonden',
  'notFound.text':
    'De pagina die je zoekt bestaat niet. Controleer het adres of ga naar de startpagina.',
  'notFound.homeLink': 'Naar de startpagina',

  'agencyType.MUNICIPALITY': 'Gemeente',
  'agencyType.POLICE': 'Politie',
  'agencyType.PROBATION': 'Reclassering',
  'agencyType.PUBLIC_PROSECUTOR': 'Openbaar Ministerie',
  'agencyType.CARE': 'Zorg',
  'agencyType.YOUTH': 'Jeugdbescherming',
  'agencyType.HOUSING': 'Woningcorporatie',
  'agencyType.PRISON': 'Penitentiaire inrichting',
  'agencyType.VOLUNTEER': 'Vrijwilligersorganisatie',
  'agencyType.ZVH': 'Zorg- en Veiligheidshuis',

  'role.MEMBER': 'Professional',
  'role.PROCESREGISSEUR': 'Procesregisseur',
  'role.AGENCY_ADMIN': 'Beheerder organisatie',
  'role.FUNCTIONAL_ADMIN': 'Functioneel beheerder',
  'role.PRIVACY_OFFICER': 'Privacyfunctionaris',

  'error.UNAUTHENTICATED': 'Je bent niet ingelogd. Log in om verder te gaan.',
  'error.FORBIDDEN': 'Je hebt geen toegang tot deze gegevens of deze handeling.',
  'error.INVALID_CREDENTIALS': 'E-mailadres of wachtwoord onjuist',
  'error.LOGIN_THROTTLED':
    'Te veel inlogpogingen. Wacht een paar minuten en probeer het dan opnieuw.',
  'error.CSRF_REJECTED':
    'Je verzoek kon niet worden gecontroleerd. Laad de pagina opnieuw en probeer het nog eens.',
  'error.SESSION_EXPIRED': 'Je sessie is verlopen. Log opnieuw in.',
  'error.BAD_USER_INPUT': 'Niet alle gegevens zijn goed ingevuld. Controleer je invoer.',
  'error.PASSWORD_TOO_SHORT': 'Het wachtwoord is te kort. Gebruik minstens {min} tekens.',
  'error.PASSWORD_TOO_LONG': 'Het wachtwoord is te lang. Gebruik hoogstens {max} tekens.',
  'error.QUERY_TOO_COMPLEX': 'Dit verzoek is te groot om te verwerken.',
  'error.NOT_FOUND': 'De gevraagde gegevens bestaan niet (meer).',
  'error.CONFLICT':
    'Iemand anders heeft deze gegevens intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.',
  'error.INTERNAL': 'Er ging iets mis in Schakel. Probeer het later opnieuw.',
  'error.NETWORK':
    'Schakel is op dit moment niet bereikbaar. Controleer je verbinding en probeer het later opnieuw.',
} satisfies Record<string, string> &
  Record<`agencyType.${AgencyType}` | `role.${Role}` | `home.${Role}`, string> &
  Record<`error.${ErrorCode | 'NETWORK'}`, string>;

export type MessageKey = keyof typeof nl;
export type Messages = Record<MessageKey, string>;
