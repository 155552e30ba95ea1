import type { AgencyType, CaseTheme, InformationCategory, LetterLanguage } from '@schakel/domain';

/*
 * The words of the transparency letter (ADR 0035), in plain Dutch (B1) and English. Only fixed
 * sentences and structured data go into the letter, never a professional's free text: a reason
 * or a note may name other people or categories the reader of the letter must not get.
 */

export interface LetterTexts {
  title: string;
  subject: string;
  reference: string;
  date: string;
  to: string;
  greeting: (name: string | null) => string;
  intro: (zvh: string) => string;
  whyHeading: string;
  why: string;
  theme: Record<CaseTheme, string | null>;
  partnersHeading: string;
  partnersIntro: (count: number) => string;
  does: string;
  basis: string;
  sees: string;
  seesNothing: string;
  summaryOf: (what: string) => string;
  consentNote: string;
  agencyRole: Record<AgencyType, string>;
  category: Record<InformationCategory, string>;
  keptHeading: string;
  keptIntro: string;
  keptLine: (months: number, what: string) => string;
  rightsHeading: string;
  rights: string[];
  contactHeading: string;
  contactIntro: (zvh: string) => string;
  email: string;
  phone: string;
  address: string;
  noContact: (zvh: string) => string;
  complaint: string;
  closing: string;
  sender: (agency: string) => string;
}

const NL: LetterTexts = {
  title: 'Wie werken samen aan uw situatie',
  subject: 'Informatie over samenwerking in het Zorg- en Veiligheidshuis',
  reference: 'Kenmerk',
  date: 'Datum',
  to: 'Aan',
  greeting: (name) => (name ? `Beste ${name},` : 'Beste meneer, mevrouw,'),
  intro: (zvh) =>
    `Verschillende organisaties werken samen om u te helpen en om problemen te voorkomen. ` +
    `Dat doen zij in het ${zvh}. In deze brief leest u wie dat zijn en waarom. U leest ook ` +
    `welke gegevens zij over u mogen zien, hoe lang die worden bewaard en wat uw rechten zijn.`,
  whyHeading: 'Waarom werken wij samen?',
  why:
    'Soms spelen er problemen op meerdere gebieden tegelijk, bijvoorbeeld met wonen, geld, ' +
    'gezondheid of politie en justitie. Eén organisatie kan die problemen dan niet alleen ' +
    'oplossen. Daarom maken de organisaties samen één plan. Zo weet iedereen wat de ander doet.',
  theme: {
    FREQUENT_OFFENDER:
      'De samenwerking gaat over hulp en afspraken om nieuwe strafbare feiten te voorkomen.',
    CONFUSED_BEHAVIOUR:
      'De samenwerking gaat over hulp en zorg, zodat het thuis en in de buurt goed gaat.',
    DOMESTIC_VIOLENCE: 'De samenwerking gaat over veiligheid in en rond het gezin.',
    EX_DETAINEE: 'De samenwerking gaat over een goede terugkeer na uw detentie.',
    YOUTH_CRIME:
      'De samenwerking gaat over hulp aan jongeren, zodat zij niet in de criminaliteit raken.',
    RADICALISATION: 'De samenwerking gaat over hulp en veiligheid.',
    UNDERMINING: 'De samenwerking gaat over veiligheid in de buurt.',
    OTHER: null,
  },
  partnersHeading: 'Welke organisaties werken samen?',
  partnersIntro: (count) =>
    count === 1
      ? 'Op dit moment werkt 1 organisatie mee.'
      : `Op dit moment werken ${count} organisaties samen.`,
  does: 'Wat doet deze organisatie',
  basis: 'Waarom mag dat (wettelijke grondslag)',
  sees: 'Welke gegevens mag deze organisatie zien',
  seesNothing: 'geen gegevens uit de samenwerking, tenzij u daar toestemming voor geeft',
  summaryOf: (what) => `alleen een korte samenvatting van ${what}`,
  consentNote:
    'Sommige gegevens worden alleen gedeeld als u daar toestemming voor geeft. U mag uw ' +
    'toestemming altijd weer intrekken.',
  agencyRole: {
    MUNICIPALITY: 'helpt bij wonen, geld, werk en dagbesteding',
    POLICE: 'zorgt voor veiligheid in de buurt',
    PROBATION:
      'begeleidt u en houdt toezicht als de rechter of de officier van justitie dat heeft besloten',
    PUBLIC_PROSECUTOR: 'beslist over strafzaken',
    CARE: 'biedt zorg en behandeling',
    YOUTH: 'beschermt kinderen en jongeren',
    HOUSING: 'verhuurt woningen en helpt bij problemen met wonen',
    PRISON: 'bereidt uw terugkeer na detentie voor',
    VOLUNTEER: 'biedt een vrijwilliger (maatje) als u dat wilt',
    ZVH: 'organiseert de samenwerking en zit de overleggen voor',
  },
  category: {
    IDENTITY: 'uw naam, geboortedatum, adres en telefoonnummer',
    BSN: 'uw burgerservicenummer (BSN)',
    POLICE: 'politiegegevens, zoals meldingen',
    JUSTICE: 'justitiële gegevens, zoals straffen, strafzaken en voorwaarden',
    PROBATION: 'gegevens van de reclassering, zoals adviezen en het verloop van toezicht',
    CARE: 'medische gegevens, zoals diagnose en behandeling',
    CARE_SIGNAL: 'of u zorg krijgt en wie uw contactpersoon in de zorg is',
    SOCIAL: 'gegevens over inkomen, schulden, wonen en uitkering',
    SAFETY: 'waarschuwingen over veiligheid, bijvoorbeeld voor hulpverleners',
    PLAN: 'het plan van aanpak en de afspraken',
  },
  keptHeading: 'Hoe lang bewaren wij uw gegevens?',
  keptIntro:
    'Als de samenwerking stopt, bewaren wij uw gegevens nog een tijd. Daarna worden ze ' +
    'verwijderd. Hoe lang, hangt af van het soort gegevens:',
  keptLine: (months, what) =>
    `${months % 12 === 0 ? `${months / 12} jaar` : `${months} maanden`}: ${what}.`,
  rightsHeading: 'Wat zijn uw rechten?',
  rights: [
    'U mag vragen welke gegevens de organisaties over u hebben (inzage).',
    'U mag vragen om gegevens te verbeteren als ze niet kloppen.',
    'U mag vragen om gegevens te verwijderen of minder te gebruiken.',
    'U mag bezwaar maken tegen het gebruik van uw gegevens.',
  ],
  contactHeading: 'Waar kunt u terecht?',
  contactIntro: (zvh) =>
    `Het ${zvh} heeft één contactpunt voor uw vragen en verzoeken (Wet gegevensverwerking ` +
    'door samenwerkingsverbanden). U hoeft dus niet naar elke organisatie apart. Het ' +
    'contactpunt regelt uw verzoek met alle organisaties samen.',
  email: 'E-mail',
  phone: 'Telefoon',
  address: 'Adres',
  noContact: (zvh) => `Neem contact op met het ${zvh} en vraag naar het contactpunt privacy.`,
  complaint:
    'Bent u het niet eens met hoe wij met uw gegevens omgaan? Dan kunt u een klacht indienen ' +
    'bij de Autoriteit Persoonsgegevens.',
  closing: 'Met vriendelijke groet,',
  sender: (agency) => `${agency}, namens de samenwerkende organisaties`,
};

const EN: LetterTexts = {
  title: 'Who works together on your situation',
  subject: 'Information about cooperation in the Zorg- en Veiligheidshuis (Care and Safety House)',
  reference: 'Reference',
  date: 'Date',
  to: 'To',
  greeting: (name) => (name ? `Dear ${name},` : 'Dear Sir or Madam,'),
  intro: (zvh) =>
    `Several organisations work together to help you and to prevent problems. They do this in ` +
    `the ${zvh}. This letter tells you who they are and why. It also tells you which ` +
    `information about you they may see, how long it is kept and what your rights are.`,
  whyHeading: 'Why do we work together?',
  why:
    'Sometimes there are problems in several areas at once, for example with housing, money, ' +
    'health, or the police and justice. One organisation cannot solve these problems alone. ' +
    'That is why the organisations make one plan together. That way everyone knows what the ' +
    'others do.',
  theme: {
    FREQUENT_OFFENDER: 'The cooperation is about help and agreements to prevent new offences.',
    CONFUSED_BEHAVIOUR:
      'The cooperation is about help and care, so that things go well at home and in the neighbourhood.',
    DOMESTIC_VIOLENCE: 'The cooperation is about safety in and around the family.',
    EX_DETAINEE: 'The cooperation is about a good return after your detention.',
    YOUTH_CRIME: 'The cooperation is about helping young people stay out of crime.',
    RADICALISATION: 'The cooperation is about help and safety.',
    UNDERMINING: 'The cooperation is about safety in the neighbourhood.',
    OTHER: null,
  },
  partnersHeading: 'Which organisations work together?',
  partnersIntro: (count) =>
    count === 1
      ? 'At the moment, 1 organisation takes part.'
      : `At the moment, ${count} organisations work together.`,
  does: 'What this organisation does',
  basis: 'Why it is allowed (legal basis)',
  sees: 'Which information this organisation may see',
  seesNothing: 'no information from the cooperation, unless you give your consent',
  summaryOf: (what) => `only a short summary of ${what}`,
  consentNote:
    'Some information is only shared if you give your consent. You may always withdraw your ' +
    'consent.',
  agencyRole: {
    MUNICIPALITY: 'helps with housing, money, work and daytime activities',
    POLICE: 'keeps the neighbourhood safe',
    PROBATION: 'supports and supervises you when a judge or the public prosecutor decided so',
    PUBLIC_PROSECUTOR: 'decides on criminal cases',
    CARE: 'provides care and treatment',
    YOUTH: 'protects children and young people',
    HOUSING: 'rents out homes and helps with housing problems',
    PRISON: 'prepares your return after detention',
    VOLUNTEER: 'offers a volunteer (buddy) if you want one',
    ZVH: 'organises the cooperation and chairs the meetings',
  },
  category: {
    IDENTITY: 'your name, date of birth, address and phone number',
    BSN: 'your citizen service number (BSN)',
    POLICE: 'police information, such as reports',
    JUSTICE: 'judicial information, such as sentences, criminal cases and conditions',
    PROBATION: 'probation information, such as advice and how supervision goes',
    CARE: 'medical information, such as diagnosis and treatment',
    CARE_SIGNAL: 'whether you receive care and who your care contact is',
    SOCIAL: 'information about income, debts, housing and benefits',
    SAFETY: 'safety warnings, for example for professionals',
    PLAN: 'the plan of action and the agreements',
  },
  keptHeading: 'How long do we keep your information?',
  keptIntro:
    'When the cooperation ends, we keep your information for some time. After that it is ' +
    'deleted. How long depends on the kind of information:',
  keptLine: (months, what) =>
    `${months % 12 === 0 ? `${months / 12} year${months === 12 ? '' : 's'}` : `${months} months`}: ${what}.`,
  rightsHeading: 'What are your rights?',
  rights: [
    'You may ask which information the organisations have about you (access).',
    'You may ask to correct information that is wrong.',
    'You may ask to delete information or to use it less.',
    'You may object to the use of your information.',
  ],
  contactHeading: 'Where can you go?',
  contactIntro: (zvh) =>
    `The ${zvh} has one contact point for your questions and requests (Dutch law on data ` +
    'processing by partnerships, WGS). You do not have to contact each organisation ' +
    'separately. The contact point handles your request with all organisations together.',
  email: 'E-mail',
  phone: 'Phone',
  address: 'Address',
  noContact: (zvh) => `Contact the ${zvh} and ask for the privacy contact point.`,
  complaint:
    'Do you disagree with how we handle your information? Then you can file a complaint with ' +
    'the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).',
  closing: 'Kind regards,',
  sender: (agency) => `${agency}, on behalf of the cooperating organisations`,
};

export const LETTER_TEXTS: Readonly<Record<LetterLanguage, LetterTexts>> = { nl: NL, en: EN };
