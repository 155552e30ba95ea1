/**
 * Dutch texts of this feature; merged into the app catalogue (features/i18n/messages/nl.ts).
 * The level texts are Schakel's own (ADR 0028): the Zelfredzaamheid-Matrix was the reference for
 * what such a scale covers, none of its wording is used.
 */
export const lifeDomainScoresNl = {
  'lifeDomains.heading': 'Zelfredzaamheid per leefgebied',
  'lifeDomains.intro':
    'De casusregisseur scoort elk leefgebied van 1 (crisis) tot 5 (zelfstandig op orde): bij de intake, bij elk vastgesteld plan en bij de afsluiting.',
  'lifeDomains.loading': 'De scores worden geladen…',
  'lifeDomains.none': 'Er zijn nog geen scores vastgelegd.',
  'lifeDomains.moment.INTAKE': 'Intake',
  'lifeDomains.moment.PLAN': 'Plan versie {number}',
  'lifeDomains.moment.CLOSING': 'Afsluiting',
  'lifeDomains.momentShort.INTAKE': 'Intake',
  'lifeDomains.momentShort.PLAN': 'Plan {number}',
  'lifeDomains.momentShort.CLOSING': 'Afsluiting',
  'lifeDomains.moments.heading': 'Momenten',
  'lifeDomains.moments.scored': 'Gescoord op {date} door {agency}',
  'lifeDomains.moments.open': 'Nog niet gescoord',
  'lifeDomains.moments.planAdopted': 'vastgesteld op {date}',
  'lifeDomains.score': 'Scoren',
  'lifeDomains.correct': 'Scores corrigeren',
  'lifeDomains.table.caption': 'Scores per leefgebied en moment',
  'lifeDomains.table.domain': 'Leefgebied',
  'lifeDomains.table.goals': 'Doelen in het plan',
  'lifeDomains.table.noGoals': 'Geen doel',
  'lifeDomains.table.notScored': 'Niet gescoord',
  'lifeDomains.table.withheld': 'Afgeschermd',
  'lifeDomains.table.withheldHint':
    'Afgeschermd: uw organisatie mag deze categorie ({category}) volgens het convenant niet inzien.',
  'lifeDomains.table.cell': '{score} – {level}',
  'lifeDomains.chart.heading': 'Verloop in een grafiek',
  'lifeDomains.chart.loading': 'De grafiek wordt geladen…',
  'lifeDomains.chart.label':
    'Grafiek van de scores per leefgebied over de momenten; dezelfde gegevens staan in de tabel.',
  'lifeDomains.chart.point': '{domain}, {moment}: {score} – {level}',
  'lifeDomains.chart.show': 'Leefgebieden in de grafiek',
  'lifeDomains.chart.empty': 'Kies een leefgebied met scores om de grafiek te zien.',
  'lifeDomains.form.heading': 'Scoren: {moment}',
  'lifeDomains.form.hint':
    'Kies per leefgebied het niveau dat nu het best past. Een leefgebied dat u niet kiest, houdt zijn eerdere score of blijft leeg.',
  'lifeDomains.form.submit': 'Scores opslaan',
  'lifeDomains.form.cancel': 'Annuleren',
  'lifeDomains.form.nothing': 'Kies bij minstens één leefgebied een score.',
  'lifeDomains.form.notYours':
    'Niet te scoren door uw organisatie (categorie {category} is voor u afgeschermd): {domains}.',
  'lifeDomains.form.saved': 'De scores van {moment} zijn opgeslagen.',
  'lifeDomains.form.conflict':
    'Iemand anders heeft deze scores intussen vastgelegd of gewijzigd. De nieuwste scores zijn geladen; controleer ze en sla opnieuw op.',

  'lifeDomains.level.1': 'Crisis',
  'lifeDomains.level.2': 'Ernstige problemen',
  'lifeDomains.level.3': 'Wankel',
  'lifeDomains.level.4': 'Op orde met steun',
  'lifeDomains.level.5': 'Zelfstandig op orde',

  'lifeDomains.level.HOUSING.1': 'Geen dak boven het hoofd, of uitzetting dreigt nu.',
  'lifeDomains.level.HOUSING.2':
    'Tijdelijk onderdak (opvang, bij kennissen) of de woning is in gevaar door huurachterstand of overlast.',
  'lifeDomains.level.HOUSING.3':
    'Eigen woonruimte, maar onzeker, of met zorgen over huur, onderhoud of overlast.',
  'lifeDomains.level.HOUSING.4': 'Vaste woonruimte; met wat hulp lukt het huishouden.',
  'lifeDomains.level.HOUSING.5': 'Vaste, passende woonruimte die de persoon zelf op orde houdt.',
  'lifeDomains.level.FINANCES.1':
    'Geen inkomen, of schulden met beslag, afsluiting of deurwaarder die nu spelen.',
  'lifeDomains.level.FINANCES.2':
    'Het inkomen dekt de vaste lasten niet; schulden zonder regeling.',
  'lifeDomains.level.FINANCES.3':
    'Inkomen en schulden zijn in beeld; een regeling of bewind is net gestart.',
  'lifeDomains.level.FINANCES.4': 'Rondkomen lukt met een regeling, budgetbeheer of bewind.',
  'lifeDomains.level.FINANCES.5':
    'Eigen inkomen; rekeningen worden zelf op tijd betaald, geen problematische schulden.',
  'lifeDomains.level.WORK_AND_DAYTIME.1': 'Geen dagbesteding; de dagen hebben geen structuur.',
  'lifeDomains.level.WORK_AND_DAYTIME.2': 'Af en toe iets te doen, zonder vast ritme.',
  'lifeDomains.level.WORK_AND_DAYTIME.3':
    'Een dagbesteding of traject is gestart, maar wordt wisselend volgehouden.',
  'lifeDomains.level.WORK_AND_DAYTIME.4':
    'Regelmatige dagbesteding, vrijwilligerswerk of werk met begeleiding.',
  'lifeDomains.level.WORK_AND_DAYTIME.5':
    'Werk, opleiding of dagbesteding die de persoon zelf volhoudt.',
  'lifeDomains.level.HEALTH_AND_CARE.1':
    'Ernstige lichamelijke of psychische klachten zonder behandeling; de gezondheid is in gevaar.',
  'lifeDomains.level.HEALTH_AND_CARE.2':
    'Duidelijke klachten; zorg wordt niet gezocht of afgehouden.',
  'lifeDomains.level.HEALTH_AND_CARE.3':
    'In behandeling of begeleiding, maar afspraken worden wisselend nagekomen.',
  'lifeDomains.level.HEALTH_AND_CARE.4':
    'Klachten zijn onder controle met zorg die trouw wordt gevolgd.',
  'lifeDomains.level.HEALTH_AND_CARE.5':
    'Geen klachten die het dagelijks leven hinderen, of de persoon regelt de zorg zelf.',
  'lifeDomains.level.ADDICTION.1': 'Het gebruik beheerst het leven en geeft nu gevaar.',
  'lifeDomains.level.ADDICTION.2': 'Problematisch gebruik; hulp ontbreekt of wordt afgewezen.',
  'lifeDomains.level.ADDICTION.3': 'Minder gebruik of in behandeling, met terugvallen.',
  'lifeDomains.level.ADDICTION.4': 'Het gebruik is onder controle, met hulp of nazorg.',
  'lifeDomains.level.ADDICTION.5': 'Geen problematisch gebruik.',
  'lifeDomains.level.JUSTICE_AND_BEHAVIOUR.1':
    'Pleegt herhaaldelijk delicten of veroorzaakt ernstige overlast; zaken stapelen zich op.',
  'lifeDomains.level.JUSTICE_AND_BEHAVIOUR.2':
    'Regelmatig politiecontact of overlast; voorwaarden en afspraken worden niet nageleefd.',
  'lifeDomains.level.JUSTICE_AND_BEHAVIOUR.3':
    'Af en toe politiecontact; voorwaarden worden wisselend nageleefd.',
  'lifeDomains.level.JUSTICE_AND_BEHAVIOUR.4':
    'Geen nieuwe feiten; voorwaarden en afspraken worden nageleefd met toezicht of steun.',
  'lifeDomains.level.JUSTICE_AND_BEHAVIOUR.5':
    'Geen politiecontact of overlast; houdt zich zelf aan regels en afspraken.',
  'lifeDomains.level.SOCIAL_NETWORK.1':
    'Geïsoleerd, of het netwerk schaadt (criminele of gebruikende omgeving).',
  'lifeDomains.level.SOCIAL_NETWORK.2': 'Weinig contacten; wie er is, kan of wil niet helpen.',
  'lifeDomains.level.SOCIAL_NETWORK.3': 'Enkele steunende contacten, naast belastende.',
  'lifeDomains.level.SOCIAL_NETWORK.4': 'Een klein netwerk dat steunt.',
  'lifeDomains.level.SOCIAL_NETWORK.5': 'Een steunend netwerk waar de persoon zelf in investeert.',
  'lifeDomains.level.SAFETY.1': 'Acuut gevaar voor de persoon of voor anderen.',
  'lifeDomains.level.SAFETY.2': 'Herhaald onveilige situaties; de risico’s zijn niet beheerst.',
  'lifeDomains.level.SAFETY.3':
    'De risico’s zijn in beeld; er is een veiligheidsplan, maar het is nog niet stevig.',
  'lifeDomains.level.SAFETY.4':
    'Veiligheidsafspraken werken; incidenten blijven uit of worden snel opgevangen.',
  'lifeDomains.level.SAFETY.5': 'Geen signalen van onveiligheid.',
  'lifeDomains.level.PARENTING.1': 'De kinderen zijn niet veilig of worden ernstig verwaarloosd.',
  'lifeDomains.level.PARENTING.2':
    'De zorg voor de kinderen schiet steeds tekort; hulp ontbreekt of wordt geweigerd.',
  'lifeDomains.level.PARENTING.3': 'De zorg voor de kinderen wisselt; hulp is gestart.',
  'lifeDomains.level.PARENTING.4': 'De kinderen krijgen wat ze nodig hebben, met ondersteuning.',
  'lifeDomains.level.PARENTING.5': 'De ouder zorgt zelf en goed voor de kinderen.',
} as const;
