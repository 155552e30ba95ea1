import {
  INFORMATION_CATEGORIES,
  type AgencyType,
  type CaseTheme,
  type InformationCategory,
  type LetterLanguage,
} from '@schakel/domain';
import type { CategoryGrant } from '@schakel/sharing-policy';
import { TaggedPdf } from '../common/tagged-pdf';
import { LETTER_TEXTS } from './transparency-letter.texts';

/** Everything the letter says, gathered from structured data only (no free text of a case). */
export interface LetterData {
  language: LetterLanguage;
  generatedAt: Date;
  /** The Veiligheidshuis of the region ("Zorg- en Veiligheidshuis Demo-regio"). */
  zvhName: string;
  caseReference: string;
  theme: CaseTheme;
  /** Null when the generating user may not read the person's IDENTITY. */
  personName: string | null;
  partners: {
    name: string;
    type: AgencyType;
    legalBasis: string;
    grants: Record<InformationCategory, Pick<CategoryGrant, 'read' | 'readSummary'>>;
  }[];
  retention: { category: InformationCategory; months: number }[];
  contact: { email: string | null; phone: string | null; address: string | null };
  senderAgency: string;
}

const LOCALE: Record<LetterLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

/** What a partner may see, in plain words: full categories, then summaries only. */
export function partnerSees(
  language: LetterLanguage,
  grants: LetterData['partners'][number]['grants'],
): string {
  const t = LETTER_TEXTS[language];
  const full = INFORMATION_CATEGORIES.filter((c) => grants[c].read).map((c) => t.category[c]);
  const summary = INFORMATION_CATEGORIES.filter(
    (c) => !grants[c].read && grants[c].readSummary,
  ).map((c) => t.summaryOf(t.category[c]));
  const all = [...full, ...summary];
  return all.length === 0 ? t.seesNothing : all.join('; ');
}

/** Retention periods grouped by length, shortest first: "1 jaar: medische gegevens …". */
export function retentionLines(
  language: LetterLanguage,
  retention: LetterData['retention'],
): string[] {
  const t = LETTER_TEXTS[language];
  const byMonths = new Map<number, InformationCategory[]>();
  for (const { category, months } of retention) {
    byMonths.set(months, [...(byMonths.get(months) ?? []), category]);
  }
  return [...byMonths.entries()]
    .sort(([a], [b]) => a - b)
    .map(([months, categories]) =>
      t.keptLine(months, categories.map((c) => t.category[c]).join('; ')),
    );
}

/**
 * The transparency letter as a tagged PDF (PDF/UA, language and title set, reading order:
 * header, title, sections with their headings). Never stored: built per download.
 */
export async function buildTransparencyLetterPdf(data: LetterData): Promise<Uint8Array> {
  const t = LETTER_TEXTS[data.language];
  const day = new Intl.DateTimeFormat(LOCALE[data.language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(data.generatedAt);
  const pdf = new TaggedPdf({
    title: t.title,
    subject: t.subject,
    lang: LOCALE[data.language],
  });
  pdf.paragraph(data.zvhName, { bold: true, after: 4 });
  if (data.personName) pdf.paragraph(`${t.to}: ${data.personName}`);
  pdf.paragraph(`${t.date}: ${day}`);
  pdf.paragraph(`${t.reference}: ${data.caseReference}`, { after: 12 });

  pdf.heading(t.title, 1, { after: 6 });
  pdf.paragraph(t.greeting(data.personName), { after: 4 });
  pdf.paragraph(t.intro(data.zvhName), { after: 8 });

  pdf.heading(t.whyHeading, 2, { after: 4 });
  pdf.paragraph(t.why, { after: 4 });
  const theme = t.theme[data.theme];
  if (theme) pdf.paragraph(theme, { after: 8 });

  pdf.heading(t.partnersHeading, 2, { after: 4 });
  pdf.paragraph(t.partnersIntro(data.partners.length), { after: 6 });
  for (const partner of data.partners) {
    pdf.heading(partner.name, 3, { after: 2 });
    pdf.paragraph(`${t.does}: ${t.agencyRole[partner.type]}.`, { indent: 8 });
    pdf.paragraph(`${t.basis}: ${partner.legalBasis}.`, { indent: 8 });
    pdf.paragraph(`${t.sees}: ${partnerSees(data.language, partner.grants)}.`, {
      indent: 8,
      after: 6,
    });
  }
  pdf.paragraph(t.consentNote, { after: 8 });

  pdf.heading(t.keptHeading, 2, { after: 4 });
  pdf.paragraph(t.keptIntro, { after: 2 });
  for (const line of retentionLines(data.language, data.retention)) {
    pdf.paragraph(`• ${line}`, { indent: 8 });
  }
  pdf.gap(8);

  pdf.heading(t.rightsHeading, 2, { after: 4 });
  for (const right of t.rights) pdf.paragraph(`• ${right}`, { indent: 8 });
  pdf.gap(8);

  pdf.heading(t.contactHeading, 2, { after: 4 });
  pdf.paragraph(t.contactIntro(data.zvhName), { after: 4 });
  const { email, phone, address } = data.contact;
  if (!email && !phone && !address) pdf.paragraph(t.noContact(data.zvhName));
  if (email) pdf.paragraph(`${t.email}: ${email}`, { indent: 8 });
  if (phone) pdf.paragraph(`${t.phone}: ${phone}`, { indent: 8 });
  if (address) pdf.paragraph(`${t.address}: ${address}`, { indent: 8 });
  pdf.gap(6);
  pdf.paragraph(t.complaint, { after: 12 });

  pdf.paragraph(t.closing);
  pdf.paragraph(t.sender(data.senderAgency));
  return pdf.finish();
}
