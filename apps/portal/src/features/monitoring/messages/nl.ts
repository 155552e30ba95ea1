/** Dutch texts of this feature; merged into the app catalogue (features/i18n/messages/nl.ts). */
export const monitoringNl = {
  'nav.dashboard': 'Overzicht',
  'home.dashboardLink': 'Naar het overzicht van aanmeldingen en casussen',

  // Notifications: header link and page
  'notifications.link': 'Meldingen',
  'notifications.linkUnread': 'Meldingen, {count} ongelezen',
  'notifications.title': 'Meldingen',
  'notifications.intro':
    'Meldingen over uw casussen: besluiten over aanmeldingen, uitnodigingen, acties en vastgestelde plannen.',
  'notifications.loading': 'Meldingen worden geladen…',
  'notifications.empty': 'U hebt geen meldingen.',
  'notifications.unreadCount': '{count} ongelezen',
  'notifications.allRead': 'Alles is gelezen.',
  'notifications.markAllRead': 'Markeer alles als gelezen',
  'notifications.markedRead': 'Alle meldingen zijn als gelezen gemarkeerd.',
  'notifications.unread': 'Ongelezen',
  'notifications.openCase': 'Open dossier {reference}',
  'notifications.openCaseNamed': 'Open dossier {reference} ({name})',
  'notifications.openCaseNoReference': 'Open het dossier',
  'notifications.kind.REFERRAL_RECEIVED': 'Nieuwe aanmelding {caseReference} van {agency}.',
  'notifications.kind.REFERRAL_RECEIVED.short': 'Nieuwe aanmelding {caseReference}.',
  'notifications.kind.REFERRAL_DECIDED':
    'Er is besloten over aanmelding {caseReference}: {decision}.',
  'notifications.kind.REFERRAL_DECIDED.short': 'Er is besloten over aanmelding {caseReference}.',
  'notifications.kind.CASE_INVITED': 'Uw organisatie is uitgenodigd voor casus {caseReference}.',
  'notifications.kind.ACTION_ASSIGNED':
    'Er is een actie aan u of uw organisatie toegewezen in casus {caseReference}.',
  'notifications.kind.ACTION_OVERDUE': 'Een actie in casus {caseReference} is over de deadline.',
  'notifications.kind.PLAN_ADOPTED':
    'Het plan van aanpak van casus {caseReference} is vastgesteld (versie {version}).',
  'notifications.kind.PLAN_ADOPTED.short':
    'Het plan van aanpak van casus {caseReference} is vastgesteld.',
  'notifications.kind.CASE_CLOSED': 'Casus {caseReference} is afgesloten.',
  'notifications.kind.MEETING_INVITED': 'U bent uitgenodigd voor een casusoverleg.',
  'notifications.kind.MEETING_INVITED.case':
    'U bent uitgenodigd voor een casusoverleg over casus {caseReference}.',
  'notifications.kind.VIOLATION_REPORTED':
    'Er is een mogelijke overtreding van een bijzondere voorwaarde gemeld in casus {caseReference}.',
  'notifications.decision.ACCEPTED': 'geaccepteerd',
  'notifications.decision.REFERRED_BACK': 'terugverwezen naar de lokale aanpak',
  'notifications.decision.REJECTED': 'afgewezen',

  // Timeline
  'timeline.heading': 'Tijdlijn',
  'timeline.intro': 'De stappen in deze casus, de nieuwste bovenaan.',
  'timeline.loading': 'De tijdlijn wordt geladen…',
  'timeline.empty': 'Er zijn nog geen stappen vastgelegd.',
  'timeline.failed': 'De tijdlijn kon niet worden geladen.',
  'timeline.by': 'door {agency}',
  'timeline.kind.REFERRED': 'Aangemeld door {agency}.',
  'timeline.kind.REFERRED.short': 'Aangemeld.',
  'timeline.kind.TRIAGE_DECIDED': 'Triagebesluit: {decision}.',
  'timeline.kind.TRIAGE_DECIDED.short': 'Triagebesluit genomen.',
  'timeline.kind.PARTICIPANT_ADDED': '{agency} neemt deel als {role}.',
  'timeline.kind.PARTICIPANT_ADDED.short': '{agency} neemt deel.',
  'timeline.kind.PARTICIPANT_ADDED.none': 'Een organisatie is toegevoegd als deelnemer.',
  'timeline.kind.PARTICIPANT_ENDED': 'Deelname van {agency} beëindigd.',
  'timeline.kind.PARTICIPANT_ENDED.none': 'De deelname van een organisatie is beëindigd.',
  'timeline.kind.PLAN_VERSION_CREATED': 'Nieuwe versie {version} van het plan van aanpak gestart.',
  'timeline.kind.PLAN_VERSION_CREATED.short': 'Nieuwe versie van het plan van aanpak gestart.',
  'timeline.kind.PLAN_ADOPTED': 'Plan van aanpak versie {version} vastgesteld.',
  'timeline.kind.PLAN_ADOPTED.short': 'Plan van aanpak vastgesteld.',
  'timeline.kind.AGREED_APPROACH_UPDATED': 'Afgestemde aanpak bijgewerkt.',
  'timeline.kind.MEETING_DISCUSSED': 'Besproken in casusoverleg {meeting}.',
  'timeline.kind.MEETING_DISCUSSED.short': 'Besproken in een casusoverleg.',
  'timeline.kind.CASE_CLOSED':
    'Casus afgesloten. Resultaat: {outcome}. Deelnemers houden {graceDays, plural, one {# dag} other {# dagen}} leestoegang.',
  'timeline.kind.CASE_CLOSED.short': 'Casus afgesloten.',
  'timeline.kind.ADDRESS_PROPOSAL_DECIDED':
    'Nieuw adres uit de aanmelding {decision} door de procesregisseur.',
  'timeline.kind.ADDRESS_PROPOSAL_DECIDED.short':
    'Besluit over een nieuw adres uit de aanmelding genomen.',
  'timeline.kind.CONDITION_RECORDED': 'Bijzondere voorwaarde vastgelegd: {conditionKind}.',
  'timeline.kind.CONDITION_RECORDED.short': 'Bijzondere voorwaarde vastgelegd.',
  'timeline.kind.CONDITION_CHANGED': 'Bijzondere voorwaarde gewijzigd: {conditionKind}.',
  'timeline.kind.CONDITION_CHANGED.short': 'Bijzondere voorwaarde gewijzigd.',
  'timeline.kind.CONDITION_ENDED': 'Bijzondere voorwaarde beëindigd: {conditionKind}.',
  'timeline.kind.CONDITION_ENDED.short': 'Bijzondere voorwaarde beëindigd.',
  'timeline.kind.VIOLATION_REPORTED': 'Mogelijke overtreding gemeld ({conditionKind}).',
  'timeline.kind.VIOLATION_REPORTED.short': 'Mogelijke overtreding van een voorwaarde gemeld.',
  'timeline.kind.VIOLATION_ASSESSED': 'Melding van een mogelijke overtreding beoordeeld.',

  // Closing
  'closing.heading': 'Afsluiten',
  'closing.toggle': 'Casus afsluiten',
  'closing.intro':
    'Sluit de casus af als de doelen zijn bereikt of de aanpak niet meer nodig is. Een afgesloten casus kan niet meer worden gewijzigd.',
  'closing.grace':
    'Na het afsluiten houden de deelnemers nog {days, plural, one {# dag} other {# dagen}} leestoegang; daarna eindigt hun deelname vanzelf.',
  'closing.graceNone': 'Na het afsluiten eindigt de deelname van alle organisaties direct.',
  'closing.outcome': 'Resultaat',
  'closing.outcomeRequired': 'Kies het resultaat van de casus.',
  'closing.reason': 'Toelichting',
  'closing.reasonHint':
    'Waarom wordt de casus afgesloten, en wat is er afgesproken voor daarna? Minstens {min} tekens.',
  'closing.reasonRequired': 'Vul een toelichting in.',
  'closing.reasonTooShort': 'De toelichting moet minstens {min} tekens hebben.',
  'closing.reasonTooLong': 'De toelichting mag hoogstens {max} tekens hebben.',
  'closing.submit': 'Casus definitief afsluiten',
  'closing.notClosed': 'De casus is niet afgesloten.',
  'closing.closed': 'De casus is afgesloten.',
  'closing.summaryHeading': 'Afgesloten',
  'closing.closedAt': 'Afgesloten op',
  'closing.closedBy': 'Afgesloten door',
  'closing.accessEndsAt': 'Leestoegang deelnemers tot',
  'closing.outcome.GOAL_ACHIEVED': 'Doelen bereikt',
  'closing.outcome.PARTIALLY_ACHIEVED': 'Doelen deels bereikt',
  'closing.outcome.NOT_ACHIEVED': 'Doelen niet bereikt',
  'closing.outcome.REFERRED_TO_REGULAR_CARE': 'Overgedragen aan reguliere zorg of lokale aanpak',
  'closing.outcome.TAKEN_OVER_BY_JUSTICE': 'Overgenomen door justitieel kader (detentie, toezicht)',
  'closing.outcome.PERSON_MOVED': 'Betrokkene verhuisd buiten de regio',
  'closing.outcome.PERSON_DECEASED': 'Betrokkene overleden',
  'closing.outcome.NO_COOPERATION': 'Geen medewerking of geen grondslag meer',
  'closing.outcome.OTHER': 'Anders (zie toelichting)',

  // Grace period setting (covenant page)
  'graceSetting.heading': 'Leestoegang na afsluiten',
  'graceSetting.intro':
    'Hoeveel dagen deelnemers een afgesloten casus nog kunnen lezen, bijvoorbeeld om hun eigen dossier af te ronden. Daarna eindigt hun deelname. Kies 0 om de toegang direct bij afsluiten te beëindigen.',
  'graceSetting.current': 'Nu ingesteld: {days, plural, one {# dag} other {# dagen}}.',
  'graceSetting.label': 'Aantal dagen',
  'graceSetting.hint': 'Een heel getal van 0 tot en met {max}.',
  'graceSetting.invalid': 'Vul een heel getal van 0 tot en met {max} in.',
  'graceSetting.submit': 'Opslaan',
  'graceSetting.notSaved': 'De instelling is niet opgeslagen.',
  'graceSetting.saved':
    'Opgeslagen: deelnemers houden na afsluiten {days, plural, one {# dag} other {# dagen}} leestoegang.',
  'graceSetting.loading': 'De instelling wordt geladen…',

  // Dashboard
  'dashboard.title': 'Overzicht',
  'dashboard.intro':
    'Aanmeldingen en casussen van uw regio waarin het Veiligheidshuis deelneemt. De aantallen gaan alleen over casussen die u mag inzien.',
  'dashboard.loading': 'Het overzicht wordt geladen…',
  'dashboard.referralsHeading': 'Openstaande aanmeldingen',
  'dashboard.referralsCount':
    '{count, plural, one {# aanmelding wacht} other {# aanmeldingen wachten}} op triage.',
  'dashboard.referralsNone': 'Er wachten geen aanmeldingen op triage.',
  'dashboard.oldestReferral':
    'Langst wachtend: {reference}, sinds {date} ({days, plural, one {# dag} other {# dagen}}).',
  'dashboard.statusHeading': 'Casussen per status',
  'dashboard.statusCaption': 'Aantal casussen per status',
  'dashboard.status': 'Status',
  'dashboard.count': 'Aantal',
  'dashboard.countLink':
    '{count, plural, one {# casus} other {# casussen}} met status {status} bekijken',
  'dashboard.wijkHeading': 'Casussen per wijk',
  'dashboard.wijkCaption': 'Aantal casussen per wijk van de betrokkene',
  'dashboard.wijk': 'Wijk',
  'dashboard.open': 'Lopend',
  'dashboard.total': 'Totaal',
  'dashboard.wijkUnknown': 'Geen wijk bekend',
  'dashboard.wijkWithheld': 'Afgeschermd',
  'dashboard.wijkNone': 'Er zijn geen casussen.',
  'dashboard.overdueHeading': 'Acties over de deadline',
  'dashboard.overdueCount':
    '{count, plural, one {# actie is} other {# acties zijn}} over de deadline.',
  'dashboard.overdueCountCapped':
    '{count, plural, other {Meer dan # acties zijn}} over de deadline.',
  'dashboard.overdueNone': 'Er zijn geen acties over de deadline.',
  'dashboard.overdueCaption': 'Acties over de deadline, de langst verlopen eerst',
  'dashboard.overdueCase': 'Casus',
  'dashboard.overdueAction': 'Actie',
  'dashboard.overdueOwner': 'Eigenaar',
  'dashboard.overdueDue': 'Deadline',
  'dashboard.overdueMore': 'De {shown} langst verlopen acties staan hieronder.',
  'dashboard.overdueFailed': 'De acties over de deadline konden niet worden geladen.',
} satisfies Record<string, string>;
