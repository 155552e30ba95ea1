import { casePageNl } from '../../cases/messages/nl';
import type { AgencyType, CaseStatus, ErrorCode, InformationCategory, Role } from '@schakel/domain';
import type { AccessBasis, CaseTheme, ParticipantRole } from '../../../gql/graphql';
import type { CovenantLevel } from '../../covenant/utils/covenantLevel';
import { agreedApproachNl } from '../../agreed-approach/messages/nl';
import { supervisionNl } from '../../supervision/messages/nl';
import { transparencyNl } from '../../transparency/messages/nl';
import { volunteerCouplingsNl } from '../../volunteer-couplings/messages/nl';
import { meetingsNl } from '../../meetings/messages/nl';
import { mfaNl } from '../../mfa/messages/nl';
import { privacyOfficeNl } from '../../privacy-office/messages/nl';
import { sessionsNl } from '../../sessions/messages/nl';
import { retentionNl } from '../../retention/messages/nl';
import { agencyAdminNl } from '../../administration/messages/agencyUsers.nl';
import { ssoNl } from '../../sso/messages/nl';
import { shellNl } from '../../shell/messages/nl';
import { systemTextNl } from './systemText.nl';
import { regionAgenciesNl } from '../../administration/messages/regionAgencies.nl';
import { covenantAccessNl } from '../../covenant-access/messages/nl';
import { regionSettingsNl } from '../../region-settings/messages/nl';
import { areaTeamsNl } from '../../area-teams/messages/nl';
import { areasNl } from '../../areas/messages/nl';
import { covenantNl } from '../../covenant/messages/nl';
import { dataSubjectRequestsNl } from '../../data-subject-requests/messages/nl';
import { monitoringNl } from '../../monitoring/messages/nl';
import { searchNl } from '../../search/messages/nl';
import { caseTeamNl } from '../../case-team/messages/nl';
import { plansNl } from '../../plans/messages/nl';
import { lifeDomainScoresNl } from '../../life-domain-scores/messages/nl';
import { outcomeReportNl } from '../../outcome-report/messages/nl';
import { itemChangesNl } from '../../item-changes/messages/nl';
import { referralsNl } from '../../referrals/messages/nl';
import { formsNl } from '../../forms/messages/nl';

/**
 * The Dutch catalogue is the source of truth: every other language must translate each key.
 * Placeholders use `{name}` and must be the same in every language.
 */
export const nl = {
  'app.name': 'Schakel',
  'app.tagline': 'Samenwerken in het Zorg- en Veiligheidshuis',
  'document.title': '{page} — Schakel',
  'common.loading': 'Schakel wordt geladen…',
  'common.pageLoading': 'De pagina wordt geladen…',

  'skipLink.toContent': 'Naar de inhoud',
  'language.nl': 'Nederlands',
  'language.en': 'English',

  'header.signedInAs': 'Ingelogd als',
  'header.logout': 'Uitloggen',

  'nav.label': 'Hoofdmenu',
  'nav.menu': 'Menu',
  'nav.home': 'Start',
  'nav.account': 'Mijn account',
  'nav.cases': 'Dossiers',
  'nav.covenant': 'Convenant',

  'footer.text':
    'Schakel is het samenwerkingsportaal van het Zorg- en Veiligheidshuis. Gegevens worden alleen gedeeld volgens het privacyconvenant van de regio.',

  'login.title': 'Inloggen',
  'login.heading': 'Inloggen bij Schakel',
  'login.intro': 'Log in met het e-mailadres en wachtwoord van uw Schakel-account.',
  'login.email': 'E-mailadres',
  'login.password': 'Wachtwoord',
  'login.submit': 'Inloggen',
  'login.emailRequired': 'Vul uw e-mailadres in.',
  'login.passwordRequired': 'Vul uw wachtwoord in.',
  'login.forgotPassword': 'Wachtwoord vergeten?',
  'mailPreferences.heading': 'E-mail over meldingen',
  'mailPreferences.intro':
    'Kies per soort melding of u er een e-mail over krijgt. Een e-mail zegt alleen dat er iets voor u klaarstaat, nooit over wie of welke casus het gaat.',
  'mailPreferences.loadFailed': 'Uw e-mailinstellingen konden niet worden geladen.',
  'mailPreferences.kind.CASE_INVITED': 'U bent toegevoegd aan een casus',
  'mailPreferences.kind.ACTION_ASSIGNED': 'Er is een actie aan u toegewezen',
  'mailPreferences.kind.ACTION_OVERDUE': 'Een actie van u is over de datum',
  'mailPreferences.kind.MEETING_INVITED': 'Uitnodiging voor een overleg (met agenda-bestand)',
  'mailPreferences.kind.REFERRAL_DECIDED': 'Besluit over een aanmelding',
  'mailPreferences.kind.VIOLATION_REPORTED':
    'Melding van een mogelijke overtreding van een bijzondere voorwaarde',
  'mailPreferences.mode.NONE': 'Geen e-mail',
  'mailPreferences.mode.IMMEDIATELY': 'Direct een e-mail',
  'mailPreferences.mode.DAILY': 'Eén overzicht per dag',
  'mailPreferences.save': 'E-mailinstellingen opslaan',
  'mailPreferences.saved': 'Uw e-mailinstellingen zijn opgeslagen.',
  'passwordReset.requestTitle': 'Wachtwoord vergeten',
  'passwordReset.requestIntro':
    'Vul het e-mailadres van uw Schakel-account in. U krijgt dan een e-mail met een link om een nieuw wachtwoord te kiezen. De link werkt één keer en een half uur lang.',
  'passwordReset.requestSubmit': 'Stuur de link',
  'passwordReset.requestSent':
    'Als er een account met dit e-mailadres is, staat er nu een e-mail met een link voor u klaar. Ziet u niets? Kijk dan ook bij ongewenste e-mail.',
  'passwordReset.resetTitle': 'Nieuw wachtwoord kiezen',
  'passwordReset.resetIntro':
    'Kies een nieuw wachtwoord. Daarna bent u overal uitgelogd en logt u in met het nieuwe wachtwoord.',
  'passwordReset.newPassword': 'Nieuw wachtwoord',
  'passwordReset.repeatPassword': 'Herhaal het nieuwe wachtwoord',
  'passwordReset.mismatch': 'De twee wachtwoorden zijn niet gelijk.',
  'passwordReset.resetSubmit': 'Wachtwoord opslaan',
  'passwordReset.done': 'Uw wachtwoord is gewijzigd. Log in met uw nieuwe wachtwoord.',
  'passwordReset.noToken':
    'Deze pagina opent vanuit de link in de e-mail. Vraag een nieuwe link aan als u die niet meer hebt.',
  'passwordReset.requestAgain': 'Vraag een nieuwe link aan',
  'passwordReset.toLogin': 'Naar inloggen',
  'login.sessionExpired': 'Uw sessie is verlopen. Log opnieuw in om verder te gaan.',
  'login.loggedOut': 'U bent uitgelogd.',

  'home.title': 'Start',
  'home.welcome': 'Welkom, {name}',
  'home.context': 'U werkt in Schakel namens {agency} in de regio {region}.',
  'home.roleHeading': 'Uw rol: {role}',
  'home.accountLink': 'Bekijk uw accountgegevens',
  'home.casesLink': 'Naar de dossiers',
  'home.covenantLink': 'Het convenant bekijken',
  'home.covenantEditLink': 'Het convenant bekijken en wijzigen',
  'home.PROCESREGISSEUR':
    'Als procesregisseur van het Zorg- en Veiligheidshuis bewaakt u het proces: u ontvangt aanmeldingen, bereidt de triage voor, zit casusoverleggen onafhankelijk voor en volgt de voortgang van de afspraken in elk plan van aanpak.',
  'home.PRIVACY_OFFICER':
    'Als privacyfunctionaris bent u het contactpunt voor het convenant: u bekijkt de audittrail, behandelt verzoeken van betrokkenen over hun gegevens en bewaakt de bewaartermijnen. Inhoud van casussen ziet u standaard niet.',
  'home.PRIVACY_CONTACT':
    'Als privacycontactpersoon van {agency} beoordeelt u het deel van uw organisatie bij verzoeken van betrokkenen: u ziet per verzoek alleen wat uw eigen organisatie over die persoon heeft vastgelegd, en geeft het vrij aan het WGS-contactpunt. Andere inhoud van casussen ziet u niet.',
  'home.FUNCTIONAL_ADMIN':
    'Als functioneel beheerder richt u Schakel in voor de regio: organisaties, gebruikers en de instellingen van het convenant. Inhoud van casussen ziet u niet.',
  'home.AGENCY_ADMIN':
    'Als beheerder van {agency} beheert u de accounts van uw collega’s binnen uw eigen organisatie. Inhoud van casussen ziet u daardoor niet.',
  'home.MEMBER':
    'Als professional van {agency} meldt u casussen aan, neemt u deel aan casusoverleggen over casussen waarin uw organisatie deelneemt en werkt u uw afspraken uit het plan van aanpak bij.',
  'home.MEMBER.POLICE':
    'Als politiemedewerker meldt u casussen aan, neemt u deel aan casusoverleggen en zoekt u onderweg snel de afgestemde aanpak (afsprakenkaart) van een persoon op. Bij elke opzoeking geeft u het doel op; dat wordt vastgelegd.',
  'home.MEMBER.MUNICIPALITY':
    'Als professional van de gemeente of het wijkteam meldt u casussen aan, neemt u deel aan casusoverleggen en bent u vaak casusregisseur: u werkt de afspraken uit het plan van aanpak bij.',
  'home.MEMBER.PROBATION':
    'Als reclasseringswerker coördineert u plannen voor cliënten onder toezicht, deelt u bijzondere voorwaarden met de betrokken partners en meldt u overtredingen.',
  'home.MEMBER.CARE':
    'Als zorgprofessional deelt u een minimaal signaal, zoals of iemand in zorg is en wie de contactpersoon is, zonder uw beroepsgeheim te schenden. Meer deelt u alleen met toestemming van de cliënt.',
  'home.MEMBER.VOLUNTEER':
    'Als coördinator van vrijwilligers ontvangt u koppelverzoeken voor een maatje, alleen met toestemming van de cliënt, en ziet u alleen wat daarvoor nodig is.',

  'account.title': 'Mijn account',
  'account.name': 'Naam',
  'account.email': 'E-mailadres',
  'account.agency': 'Organisatie',
  'account.agencyType': 'Soort organisatie',
  'account.region': 'Regio',
  'account.roles': 'Rollen',
  'account.sessionExpiresAt': 'Sessie eindigt uiterlijk',
  'account.onThisPage': 'Op deze pagina',
  'account.sessionNote':
    'Na dit tijdstip logt u opnieuw in, ook als u de hele tijd actief bent geweest.',

  'nav.users': 'Gebruikers',
  'home.agencyUsersLink': 'Gebruikers van uw organisatie beheren',
  'users.title': 'Gebruikers',
  'users.intro':
    'De accounts van {agency}. U nodigt collega’s uit, geeft rollen die uw organisatie mag hebben en schakelt accounts uit. U ziet hier geen dossierinhoud.',
  'users.loading': 'Gebruikers laden…',
  'users.caption': 'Accounts van uw organisatie',
  'users.name': 'Naam',
  'users.email': 'E-mailadres',
  'users.roles': 'Rollen',
  'users.state': 'Status',
  'users.actions': 'Acties',
  'users.state.active': 'Actief',
  'users.state.disabled': 'Uitgeschakeld',
  'users.state.left': 'Uit dienst',
  'users.state.invited': 'Uitgenodigd (link geldig tot {until})',
  'users.state.linkExpired': 'Uitgenodigd, link verlopen',
  'users.disable': '{name} uitschakelen',
  'users.enable': '{name} weer inschakelen',
  'users.invite.heading': 'Collega uitnodigen',
  'users.invite.intro':
    'Uw collega krijgt een e-mail met een link om het account te activeren. De link werkt één keer en 72 uur lang.',
  'users.invite.name': 'Naam',
  'users.invite.email': 'E-mailadres',
  'users.invite.roles': 'Rollen',
  'users.invite.submit': 'Uitnodiging versturen',
  'users.invite.notSent': 'De uitnodiging is niet verstuurd.',
  'users.invite.nameRequired': 'Vul de naam in.',
  'users.invite.emailRequired': 'Vul het e-mailadres in.',
  'users.invite.emailInvalid': 'Vul een geldig e-mailadres in, zoals naam@organisatie.nl.',
  'users.invite.emailTaken': 'Dit e-mailadres heeft al een account.',
  'users.invite.rolesRequired': 'Kies minstens één rol.',
  'users.invite.rolesNotAllowed': 'Deze rol kunt u in uw organisatie niet toekennen.',
  'users.invite.mailed': 'De uitnodiging is per e-mail naar {email} verstuurd.',
  'users.invite.queued':
    'Het account voor {email} is aangemaakt. De e-mail wordt verstuurd zodra Schakel e-mail kan versturen.',
  'users.invite.linkShown':
    'Geen e-mailserver ingesteld (alleen buiten productie): de activeringslink is',
  'activation.title': 'Account activeren',
  'activation.heading': 'Uw Schakel-account activeren',
  'activation.intro':
    'Kies een wachtwoord voor uw account. Deze link werkt één keer; daarna logt u in met uw e-mailadres en dit wachtwoord.',
  'activation.password': 'Wachtwoord',
  'activation.repeat': 'Herhaal wachtwoord',
  'activation.submit': 'Account activeren',
  'activation.passwordRequired': 'Kies een wachtwoord.',
  'activation.repeatRequired': 'Vul het wachtwoord nog een keer in.',
  'activation.mismatch': 'De wachtwoorden zijn niet gelijk.',
  'activation.notActivated': 'Uw account is nog niet geactiveerd.',
  'activation.success': 'Uw account is geactiveerd.',
  'activation.toLogin': 'Naar inloggen',
  'changePassword.heading': 'Wachtwoord wijzigen',
  'changePassword.intro':
    'Na het wijzigen blijft u hier ingelogd. Op andere apparaten wordt u uitgelogd en logt u in met uw nieuwe wachtwoord.',
  'changePassword.current': 'Huidig wachtwoord',
  'changePassword.new': 'Nieuw wachtwoord',
  'changePassword.newHint': 'Uw nieuwe wachtwoord moet minstens {min} tekens lang zijn.',
  'changePassword.repeat': 'Herhaal nieuw wachtwoord',
  'changePassword.submit': 'Wachtwoord wijzigen',
  'changePassword.currentRequired': 'Vul uw huidige wachtwoord in.',
  'changePassword.newRequired': 'Vul een nieuw wachtwoord in.',
  'changePassword.repeatRequired': 'Vul uw nieuwe wachtwoord nog een keer in.',
  'changePassword.mismatch': 'De wachtwoorden zijn niet gelijk.',
  'changePassword.currentIncorrect': 'Het huidige wachtwoord klopt niet.',
  'changePassword.notChanged': 'Uw wachtwoord is niet gewijzigd.',
  'changePassword.success': 'Uw wachtwoord is gewijzigd. U bent op andere apparaten uitgelogd.',

  'notFound.title': 'Pagina niet gevonden',
  'notFound.text':
    'De pagina die u zoekt bestaat niet. Controleer het adres of ga naar de startpagina.',
  'notFound.homeLink': 'Naar de startpagina',

  'noAccess.title': 'Geen toegang',
  'noAccess.text':
    'Deze pagina hoort niet bij uw rol in Schakel. Inhoud van dossiers ziet u alleen als professional van een deelnemende organisatie.',

  'protected.withheld': 'Afgeschermd',
  'protected.withheldReason': 'geen toegang onder het convenant',
  'protected.notRecorded': 'Niet vastgelegd',

  'cases.title': 'Dossiers',
  'cases.intro':
    'De dossiers waarin uw organisatie deelneemt, de laatst gewijzigde bovenaan. U ziet alleen wat het convenant uw organisatie toestaat.',
  'cases.filters.heading': 'Filteren',
  'cases.filters.status': 'Status',
  'cases.filters.theme': 'Thema',
  'cases.filters.allStatuses': 'Alle statussen',
  'cases.filters.allThemes': 'Alle thema’s',
  'cases.filters.apply': 'Filter toepassen',
  'cases.filters.clear': 'Filters wissen',
  'cases.results.heading': 'Gevonden dossiers',
  'cases.results.caption': 'Dossiers, pagina {page}',
  'cases.results.countOne': 'Pagina {page}: 1 dossier.',
  'cases.results.count': 'Pagina {page}: {count, plural, one {# dossier} other {# dossiers}}.',
  'cases.loading': 'Dossiers worden geladen…',
  'cases.empty': 'Er zijn geen dossiers die u kunt inzien.',
  'cases.emptyFiltered': 'Er zijn geen dossiers met deze filters. Wis de filters om alles te zien.',
  'cases.column.reference': 'Kenmerk',
  'cases.column.person': 'Persoon',
  'cases.column.theme': 'Thema',
  'cases.column.status': 'Status',
  'cases.column.casusregisseur': 'Casusregisseur',
  'cases.column.updatedAt': 'Laatst gewijzigd',
  'cases.noCasusregisseur': 'Nog niet bepaald',
  'cases.pagination.label': 'Pagina’s van de dossierlijst',
  'cases.pagination.previous': 'Vorige',
  'cases.pagination.next': 'Volgende',
  'cases.pagination.current': 'Pagina {page}',

  'case.title': 'Dossier {reference}',
  'case.loadingTitle': 'Dossier',
  'case.loading': 'Dossier wordt geladen…',
  'case.backToList': 'Terug naar de dossiers',
  'case.notFound.title': 'Dossier niet gevonden',
  'case.notFound.text':
    'Dit dossier bestaat niet, of uw organisatie neemt er niet (meer) aan deel.',
  'case.person.heading': 'Persoon',
  'case.person.name': 'Naam',
  'case.person.dateOfBirth': 'Geboortedatum',
  'case.person.bsn': 'BSN',
  'case.person.address': 'Adres',
  'case.person.wijk': 'Wijk',
  'case.meta.heading': 'Dossiergegevens',
  'case.meta.status': 'Status',
  'case.meta.theme': 'Thema',
  'case.meta.referringAgency': 'Aangemeld door',
  'case.meta.casusregisseur': 'Casusregisseur',
  'case.meta.accessBasis': 'Toegang op basis van',
  'case.meta.createdAt': 'Aangemeld op',
  'case.meta.updatedAt': 'Laatst gewijzigd',
  'case.casusregisseurWithPerson': '{agency} ({name})',
  'case.breakGlass.title': 'Geopend met de doorbreekprocedure',
  'case.breakGlass.text':
    'U ziet dit dossier buiten het convenant om. Deze toegang is vastgelegd en wordt door de privacyfunctionaris beoordeeld. Bekijk alleen wat u nu nodig hebt.',
  'case.closed': 'Dit dossier is afgesloten en kan niet meer worden gewijzigd.',

  'information.heading': 'Informatie per categorie',
  'information.summaryLabel': 'Samenvatting',
  'information.summaryOnly':
    'Uw organisatie ziet in deze categorie alleen samenvattingen die de bron als deelbaar heeft gemarkeerd.',
  'information.shareableSummary': 'Deelbare samenvatting',
  'information.empty': 'Geen informatie vastgelegd.',
  'information.emptySummary': 'Geen deelbare samenvattingen.',
  'information.source': 'Bron',
  'information.legalBasis': 'Grondslag',
  'information.date': 'Datum',
  'information.basis': 'Zichtbaar op basis van: {basis}',
  'information.older.notice':
    '{shown} van de {total} items in deze categorie worden getoond, de nieuwste eerst. Er is oudere informatie.',
  'information.older.noticePreview':
    '{shown} van de {total} items in deze categorie worden getoond, de nieuwste eerst. Oudere informatie is in deze weergave niet te laden.',
  'information.older.load': 'Oudere informatie tonen',
  'information.older.loading': 'Oudere informatie wordt geladen…',
  'information.older.loaded':
    '{count, plural, one {# ouder item geladen} other {# oudere items geladen}}. Nu {shown} van de {total} getoond.',
  'information.older.failed': 'Oudere informatie kon niet worden geladen. {reason}',

  'addItem.toggle': 'Informatie toevoegen',
  'addItem.intro':
    'U legt informatie vast namens {agency}. U kiest uit de categorieën die het convenant uw organisatie in dit dossier laat vastleggen.',
  'addItem.category': 'Categorie',
  'addItem.chooseCategory': 'Kies een categorie',
  'addItem.text': 'Tekst',
  'addItem.textHint': 'Alleen wat de partners nodig hebben, hoogstens {max} tekens.',
  'addItem.legalBasis': 'Wettelijke grondslag',
  'addItem.legalBasisHint': 'Bijvoorbeeld Wpg art. 16 of Convenant art. 5.',
  'addItem.summary': 'Deelbare samenvatting (niet verplicht)',
  'addItem.summaryHint':
    'Partners die in deze categorie alleen een samenvatting mogen lezen, zien alleen deze tekst.',
  'addItem.submit': 'Informatie vastleggen',
  'addItem.notAdded': 'De informatie is niet vastgelegd.',
  'addItem.added': 'De informatie is vastgelegd onder {category}.',
  'addItem.categoryRequired': 'Kies een categorie.',
  'addItem.categoryForbidden':
    'Uw organisatie mag in deze categorie geen informatie vastleggen onder het convenant.',
  'addItem.textRequired': 'Vul de tekst in.',
  'addItem.textTooLong': 'De tekst is te lang. Gebruik hoogstens {max} tekens.',
  'addItem.legalBasisRequired': 'Vul de wettelijke grondslag in.',
  'addItem.legalBasisLength': 'De grondslag moet {min} tot {max} tekens lang zijn.',
  'addItem.summaryTooLong': 'De samenvatting is te lang. Gebruik hoogstens {max} tekens.',
  'addItem.invalid': 'Dit veld is niet goed ingevuld.',

  'invite.heading': 'Ketenpartner uitnodigen',
  'invite.toggle': 'Ketenpartner uitnodigen',
  'invite.agency': 'Uit te nodigen organisatie',
  'invite.chooseAgency': 'Kies een organisatie',
  'invite.reason': 'Reden van deelname',
  'invite.reasonHint': 'Waarom moet deze organisatie meedoen? 10 tot 2000 tekens.',
  'invite.categories': 'Wie mag de reden lezen?',
  'invite.categoriesHint':
    'Kies de informatiecategorieën van wat u schrijft. Alleen deelnemers die elke gekozen categorie mogen lezen, zien de reden; de anderen zien "afgeschermd".',
  'invite.legalBasis': 'Grondslag',
  'invite.legalBasisHint':
    'Kies de grondslag uit het convenant. Staat hij er niet bij? Kies dan "Andere grondslag…".',
  'invite.submit': 'Uitnodigen',
  'invite.done': '{agency} neemt nu deel aan de casus.',
  'invite.problem.agency': 'Kies een organisatie.',
  'invite.problem.reason': 'Vul een reden van 10 tot 2000 tekens in.',
  'invite.problem.categories': 'Kies ten minste één categorie voor de reden.',
  'invite.problem.categoriesRefused': 'Uw organisatie mag niet elke gekozen categorie vastleggen.',
  'invite.problem.legalBasis': 'Vul een grondslag van 3 tot 500 tekens in.',
  'participants.heading': 'Deelnemers',
  'participants.reason': 'Reden',
  'participants.reasonCategories': '(categorie: {categories})',
  'participants.legalBasis': 'Grondslag',
  'participants.period': 'Periode',
  'participants.active': 'Neemt deel',
  'participants.ended': 'Beëindigd',
  'participants.since': 'Sinds {from}',
  'participants.fromUntil': '{from} tot {until}',
  'participants.endReason': 'Reden van beëindiging',
  'participants.empty': 'Er zijn geen deelnemers.',

  'consents.heading': 'Toestemmingen en conflict van plichten',
  'consents.intro':
    'Uitzonderingen die één organisatie toegang geven tot één categorie informatie over deze persoon.',
  'consents.empty': 'Er zijn geen toestemmingen of besluiten vastgelegd.',
  'consents.loading': 'Toestemmingen worden geladen…',
  'consents.consent': 'Toestemming: {recipient} mag {category} lezen',
  'consents.scopeCase': 'Geldt voor dit dossier.',
  'consents.scopePerson': 'Geldt voor alle dossiers van deze persoon.',
  'consents.recordedBy': 'Vastgelegd door {agency} op {date}.',
  'consents.decision': 'Conflict van plichten: {recipient} mag {category} lezen',
  'consents.decidedBy': 'Besloten door {agency} op {date}.',
  'consents.reasoning': 'Afweging: {reasoning}',
  'consents.active': 'Geldig',
  'consents.withdrawn': 'Ingetrokken op {date}',

  'viewAs.heading': 'Bekijk als partner',
  'viewAs.intro':
    'Bekijk welke gegevens een professional van een andere organisatie uit de regio in dit dossier zou zien, en op welke grond. De inhoud ziet u alleen waar u die zelf ook mag zien. In die weergave kunt u niets wijzigen.',
  'viewAs.agency': 'Organisatie',
  'viewAs.chooseAgency': 'Kies een organisatie',
  'viewAs.agencyRequired': 'Kies een organisatie.',
  'viewAs.submit': 'Bekijk als deze organisatie',
  'viewAs.title': 'Weergave als {agency}',
  'viewAs.reference': 'Dossier {reference}',
  'viewAs.loadingTitle': 'Bekijk als',
  'viewAs.loading': 'De weergave wordt berekend…',
  'viewAs.banner': 'Weergave als {agency} — alleen-lezen',
  'viewAs.bannerText':
    'U ziet per gegeven, categorie en item of {agency} het zou zien, alleen een samenvatting zou krijgen of dat het voor {agency} is afgeschermd, en op welke grond. De inhoud ziet u alleen waar u die zelf ook mag zien; elders staat "zichtbaar voor {agency}, niet voor u".',
  'viewAs.shapeOnly':
    'U hebt zelf geen toegang tot de inhoud van dit dossier. U ziet alleen de opbouw, geen inhoud.',
  'viewAs.cannotRead':
    '{agency} kan dit dossier niet zien: de organisatie neemt niet deel aan het dossier.',
  'viewAs.back': 'Terug naar uw eigen weergave',
  'viewAs.backHome': 'Terug naar de startpagina',
  'viewAs.target.FULL': 'Zichtbaar voor {agency}',
  'viewAs.target.SUMMARY': 'Alleen samenvatting voor {agency}',
  'viewAs.target.WITHHELD': 'Afgeschermd voor {agency}',
  'viewAs.basis': 'op grond van {basis}',
  'viewAs.withheldBecause.NOT_A_PARTICIPANT': 'neemt niet deel aan het dossier',
  'viewAs.withheldBecause.NOT_GRANTED':
    'het convenant geeft geen inzage, en er is geen toestemming of besluit over conflict van plichten',
  'viewAs.visibleToTargetOnly': 'Zichtbaar voor {agency}, niet voor u',
  'viewAs.summary': 'Samenvatting: {summary}',
  'viewAs.noContent': 'geen inhoud vastgelegd',
  'viewAs.person.heading': 'Persoon',
  'viewAs.field.GIVEN_NAMES': 'Voornamen',
  'viewAs.field.FAMILY_NAME': 'Achternaam',
  'viewAs.field.DATE_OF_BIRTH': 'Geboortedatum',
  'viewAs.field.ADDRESS': 'Adres',
  'viewAs.field.BSN': 'BSN',
  'viewAs.categories.heading': 'Informatie per categorie',
  'viewAs.categories.caption': 'Wat {agency} per categorie zou zien, en wat u daarvan ziet',
  'viewAs.column.category': 'Categorie',
  'viewAs.column.target': 'Voor {agency}',
  'viewAs.column.items': 'Items',
  'viewAs.column.viewer': 'Inhoud voor u',
  'viewAs.viewer.FULL': 'Zichtbaar voor u',
  'viewAs.viewer.SUMMARY': 'Alleen samenvatting voor u',
  'viewAs.items.heading': 'Items die {agency} zou zien',
  'viewAs.items.none': '{agency} zou in dit dossier geen items zien.',
  'viewAs.item.source': 'Van {agency}, {date}',

  'covenant.title': 'Convenant',
  'covenant.intro':
    'Het privacyconvenant van de regio: welke soort organisatie welke categorie informatie mag lezen, alleen als samenvatting mag lezen of mag vastleggen, als deelnemer aan een dossier.',
  'covenant.loading': 'Het convenant wordt geladen…',
  'covenant.none': 'Voor deze regio is nog geen convenant vastgelegd.',
  'covenant.versionMeta': 'Versie {version}, vastgesteld op {date} door {author}.',
  'covenant.seededAuthor': 'Schakel (standaardconvenant)',
  'covenant.note': 'Toelichting: {note}',
  'covenant.olderVersion': 'U bekijkt versie {version}. Dit is niet de versie die nu geldt.',
  'covenant.toCurrent': 'Naar de versie die nu geldt',
  'covenant.matrix.caption': 'Wat elke soort organisatie mag, per categorie (versie {version})',
  'covenant.matrix.agencyType': 'Soort organisatie',
  'covenant.legend':
    'In elke cel staat wat die soort organisatie als deelnemer mag: lezen, alleen de deelbare samenvatting lezen (samenvatting) en vastleggen (schrijven). Een streepje betekent geen toegang.',
  'covenant.cell.read': 'lezen',
  'covenant.cell.summary': 'samenvatting',
  'covenant.cell.write': 'schrijven',
  'covenant.cell.none': 'geen',
  'covenant.level.NONE': 'Geen toegang',
  'covenant.level.SUMMARY': 'Alleen samenvatting',
  'covenant.level.READ': 'Lezen',
  'covenant.level.READ_WRITE': 'Lezen en schrijven',
  'covenant.choice.NONE': 'Geen',
  'covenant.choice.SUMMARY': 'Samenvatting',
  'covenant.choice.READ': 'Lezen',
  'covenant.choice.READ_WRITE': 'Lezen + schrijven',
  'covenant.cellLabel': '{agencyType}, {category}',
  'covenant.overrides.heading': 'Afspraken voor één organisatie',
  'covenant.overrides.intro':
    'Deze afspraken gaan voor die organisatie voor de afspraak voor haar soort. U wijzigt ze hier niet; ze blijven bij opslaan bewaard.',
  'covenant.overrides.entry': '{agency}, {category}: {level}',
  'covenant.history.heading': 'Versies',
  'covenant.history.version': 'Versie {version}',
  'covenant.history.current': 'geldt nu',
  'covenant.history.meta': '{date}, door {author}',
  'covenant.history.view': 'Bekijk versie {version}',
  'covenant.edit.start': 'Convenant wijzigen',
  'covenant.edit.heading': 'Convenant wijzigen',
  'covenant.edit.intro':
    'Kies per cel wat een soort organisatie mag, binnen wat de wet toestaat. Uw wijziging wordt een voorstel voor versie {version}; die geldt pas als een privacyfunctionaris het voorstel goedkeurt.',
  'covenant.edit.note': 'Toelichting bij deze wijziging',
  'covenant.edit.noteHint': 'Wat is er veranderd en waarom? {min} tot {max} tekens.',
  'covenant.edit.noteRequired': 'Vul een toelichting in.',
  'covenant.edit.noteLength': 'De toelichting moet {min} tot {max} tekens lang zijn.',
  'covenant.edit.noChanges': 'Wijzig minstens één cel voordat u een wijziging voorstelt.',
  'covenant.edit.changedCount':
    '{count, plural, one {# cel gewijzigd} other {# cellen gewijzigd}}.',
  'covenant.edit.changedMark': '(gewijzigd)',
  'covenant.edit.save': 'Wijziging voorstellen',
  'covenant.edit.cancel': 'Annuleren',
  'covenant.edit.notSaved': 'Het voorstel is niet ingediend.',
  'covenant.edit.saved':
    'Uw voorstel is ingediend. Het geldt pas als een privacyfunctionaris het goedkeurt.',
  'covenant.edit.conflict':
    'Iemand anders heeft het convenant intussen gewijzigd. Laad de nieuwste versie en breng uw wijziging opnieuw aan.',
  'covenant.edit.reload': 'Nieuwste versie laden',
  'covenant.edit.invalidEntry':
    'Een keuze in het convenant is niet geldig. Controleer de cellen en probeer het opnieuw.',

  'caseStatus.REFERRED': 'Aangemeld',
  'caseStatus.IN_TRIAGE': 'In triage',
  'caseStatus.ACCEPTED': 'Geaccepteerd',
  'caseStatus.REFERRED_BACK': 'Terugverwezen',
  'caseStatus.REJECTED': 'Afgewezen',
  'caseStatus.ACTIVE': 'Actief',
  'caseStatus.CLOSED': 'Afgesloten',

  'caseTheme.FREQUENT_OFFENDER': 'Veelpleger',
  'caseTheme.CONFUSED_BEHAVIOUR': 'Verward gedrag',
  'caseTheme.DOMESTIC_VIOLENCE': 'Huiselijk geweld',
  'caseTheme.EX_DETAINEE': 'Ex-gedetineerde',
  'caseTheme.YOUTH_CRIME': 'Jeugdcriminaliteit',
  'caseTheme.RADICALISATION': 'Radicalisering',
  'caseTheme.UNDERMINING': 'Ondermijning',
  'caseTheme.OTHER': 'Overig',

  'category.IDENTITY': 'Identiteit',
  'category.BSN': 'BSN',
  'category.POLICE': 'Politie',
  'category.JUSTICE': 'Justitie',
  'category.PROBATION': 'Reclassering',
  'category.CARE': 'Zorg',
  'category.CARE_SIGNAL': 'Zorgsignaal',
  'category.SOCIAL': 'Sociaal domein',
  'category.SAFETY': 'Veiligheid',
  'category.PLAN': 'Plan van aanpak',

  'participantRole.REFERRER': 'Aanmelder',
  'participantRole.CASUSREGISSEUR': 'Casusregisseur',
  'participantRole.PROCESREGIE': 'Procesregie',
  'participantRole.PARTNER': 'Ketenpartner',

  'accessBasis.COVENANT': 'het convenant (deelname aan het dossier)',
  'accessBasis.CONSENT': 'toestemming van de betrokkene',
  'accessBasis.CONFLICT_OF_DUTIES': 'een besluit over conflict van plichten',
  'accessBasis.BREAK_GLASS': 'de doorbreekprocedure',
  'accessBasis.ROLE': 'uw rol',

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
  'role.PRIVACY_CONTACT': 'Privacycontactpersoon',

  'error.UNAUTHENTICATED': 'U bent niet ingelogd. Log in om verder te gaan.',
  'error.FORBIDDEN': 'U hebt geen toegang tot deze gegevens of deze handeling.',
  'error.INVALID_CREDENTIALS': 'E-mailadres of wachtwoord onjuist',
  'error.LOGIN_THROTTLED':
    'Te veel inlogpogingen. Wacht een paar minuten en probeer het dan opnieuw.',
  'error.CSRF_REJECTED':
    'Uw verzoek kon niet worden gecontroleerd. Laad de pagina opnieuw en probeer het nog eens.',
  'error.SESSION_EXPIRED': 'Uw sessie is verlopen. Log opnieuw in.',
  'error.BAD_USER_INPUT': 'Niet alle gegevens zijn goed ingevuld. Controleer uw invoer.',
  'error.PASSWORD_TOO_SHORT': 'Het wachtwoord is te kort. Gebruik minstens {min} tekens.',
  'error.PASSWORD_TOO_LONG': 'Het wachtwoord is te lang. Gebruik hoogstens {max} tekens.',
  'error.PASSWORD_TOO_COMMON':
    'Dit wachtwoord staat in een lijst van veelgebruikte of gelekte wachtwoorden. Kies een ander wachtwoord.',
  'error.PASSWORD_UNCHANGED':
    'Het nieuwe wachtwoord is gelijk aan uw huidige wachtwoord. Kies een ander wachtwoord.',
  'error.RESET_LINK_INVALID':
    'Deze link werkt niet meer: hij is al gebruikt, verlopen of vervangen door een nieuwere. Vraag een nieuwe link aan.',
  'error.QUERY_TOO_COMPLEX': 'Dit verzoek is te groot om te verwerken.',
  'error.TOO_MANY_SUBSCRIPTIONS':
    'Er staan te veel live verbindingen open. Sluit andere vensters van dit overleg en probeer het opnieuw.',
  'error.NOT_FOUND': 'De gevraagde gegevens bestaan niet (meer).',
  'error.CONFLICT':
    'Iemand anders heeft deze gegevens intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.',
  'error.AREA_NAME_TAKEN': 'Er is al een wijk met deze naam in uw regio. Kies een andere naam.',
  'error.AREA_RANGE_OVERLAP':
    'Deze postcodes horen al bij een andere wijk. Pas eerst die wijk aan of kies andere postcodes.',
  'error.AREA_TEAM_NAME_TAKEN':
    'Deze organisatie heeft al een team met deze naam. Kies een andere naam.',
  'error.AREA_IMPORT_INVALID':
    'Het bestand bevat regels met fouten; er is niets geïmporteerd. Herstel de regels uit het voorbeeld en probeer het opnieuw.',
  'error.CASE_CLOSED': 'Deze casus is afgesloten en kan niet meer worden gewijzigd.',
  'error.CONSENT_REQUIRED':
    'Een vrijwilligersorganisatie neemt alleen deel na vastgelegde toestemming van de persoon voor die organisatie. Leg eerst de toestemming vast (bij de casus, onder Toestemming) en voeg de organisatie daarna toe.',
  'error.REQUEST_PARTS_OPEN':
    'Het verzoek kan nog niet worden afgerond: niet alle partners hebben hun deel geleverd of gemeld dat zij geen gegevens hebben.',
  'error.EDIT_CONFLICT':
    'Iemand anders heeft dit plan intussen gewijzigd. Uw invoer is bewaard; laad de nieuwste versie en voer uw wijziging opnieuw in.',
  'error.AUDIT_UNAVAILABLE':
    'Schakel kan op dit moment niet vastleggen wie welke gegevens inziet. Daarom worden er even geen gegevens getoond. Probeer het over een paar minuten opnieuw; blijft dit zo, meld het dan bij de functioneel beheerder.',
  'error.SAVED_NOT_SHOWN':
    'Opgeslagen, maar het resultaat kon niet worden getoond. Laad de pagina opnieuw; voer de wijziging niet nog eens in.',
  'error.COVENANT_ABOVE_CEILING':
    'Dit gaat verder dan de wet toestaat. Een convenant mag de wettelijke grens alleen aanscherpen.',
  'error.COVENANT_OWN_PROPOSAL':
    'U kunt niet zelf beslissen over een wijziging die u zelf hebt voorgesteld. Een andere privacyfunctionaris moet dat doen.',
  'error.SERVICE_UNAVAILABLE': 'Schakel kan de gegevens nu niet bereiken. Probeer het zo opnieuw.',
  'error.SECOND_FACTOR_REQUIRED': 'Bevestig het inloggen met uw tweede stap.',
  'error.MFA_ENROLMENT_REQUIRED': 'Stel eerst een tweede stap in om in te loggen.',
  'error.INVALID_SECOND_FACTOR':
    'Deze code of passkey klopt niet of is al gebruikt. Probeer het opnieuw met een nieuwe code.',
  'error.SECOND_FACTOR_EXPIRED': 'Het inloggen duurde te lang. Log opnieuw in.',
  'error.MFA_THROTTLED': 'Te veel onjuiste codes. Wacht een paar minuten en probeer het opnieuw.',
  'error.STEP_UP_REQUIRED': 'Bevestig deze handeling eerst met uw tweede stap.',
  'error.MFA_FACTOR_REQUIRED':
    'Een tweede stap is verplicht: voeg eerst een andere toe voordat u deze verwijdert.',
  'error.ACTIVATION_LINK_INVALID':
    'Deze activeringslink werkt niet (meer): hij is al gebruikt, vervangen of verlopen. Vraag uw beheerder om een nieuwe.',
  'error.SSO_REQUIRED':
    'Uw organisatie regelt het inloggen voor Schakel. Log in via uw organisatie: vul uw e-mailadres in op de inlogpagina en kies ‘Verder bij uw organisatie’. Een wachtwoord van Schakel hebt u niet nodig.',
  'error.INTERNAL': 'Er ging iets mis in Schakel. Probeer het later opnieuw.',
  'error.NETWORK':
    'Schakel is op dit moment niet bereikbaar. Controleer uw verbinding en probeer het later opnieuw.',

  // Features with their own message files (keeps parallel work out of one big file).
  ...referralsNl,
  ...itemChangesNl,
  ...formsNl,
  ...plansNl,
  ...lifeDomainScoresNl,
  ...outcomeReportNl,
  ...casePageNl,
  ...agreedApproachNl,
  ...supervisionNl,
  ...transparencyNl,
  ...volunteerCouplingsNl,
  ...monitoringNl,
  ...searchNl,
  ...caseTeamNl,
  ...meetingsNl,
  ...mfaNl,
  ...privacyOfficeNl,
  ...sessionsNl,
  ...retentionNl,
  ...ssoNl,
  ...shellNl,
  ...systemTextNl,
  ...agencyAdminNl,
  ...regionAgenciesNl,
  ...covenantAccessNl,
  ...regionSettingsNl,
  ...areasNl,
  ...areaTeamsNl,
  ...covenantNl,
  ...dataSubjectRequestsNl,
} satisfies Record<string, string> &
  Record<`agencyType.${AgencyType}` | `role.${Role}` | `home.${Role}`, string> &
  Record<`error.${ErrorCode | 'NETWORK'}`, string> &
  Record<
    | `caseStatus.${CaseStatus}`
    | `caseTheme.${CaseTheme}`
    | `category.${InformationCategory}`
    | `participantRole.${ParticipantRole}`
    | `accessBasis.${AccessBasis}`
    | `covenant.level.${CovenantLevel}`
    | `covenant.choice.${CovenantLevel}`,
    string
  >;

export type MessageKey = keyof typeof nl;
export type Messages = Record<MessageKey, string>;
