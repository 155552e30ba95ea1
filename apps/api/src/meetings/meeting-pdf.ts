import { TaggedPdf } from '../common/tagged-pdf';

export interface MinutesPdfItem {
  caseReference: string;
  personName: string | null;
  slot: string;
  minutes: string | null;
  decisions: string | null;
}

export interface MinutesPdfInput {
  title: string;
  meetingLine: string;
  agencyName: string;
  items: readonly MinutesPdfItem[];
  labels: { minutes: string; decisions: string; none: string };
}

/**
 * The minutes export of one agency: only the items passed in (the caller filtered by policy).
 * A tagged PDF (common/tagged-pdf.ts): every name in its own script, line breaks as typed.
 */
export async function buildMinutesPdf(input: MinutesPdfInput): Promise<Uint8Array> {
  const pdf = new TaggedPdf({ title: input.title });
  pdf.heading(input.title, 1, { after: 6 });
  pdf.paragraph(input.meetingLine);
  pdf.paragraph(input.agencyName, { after: 14 });
  if (input.items.length === 0) pdf.paragraph(input.labels.none);
  for (const item of input.items) {
    pdf.heading(
      `${item.slot}  ${item.caseReference}${item.personName ? ` – ${item.personName}` : ''}`,
      2,
      { size: 12, after: 4 },
    );
    pdf.heading(input.labels.minutes, 3, { size: 10 });
    pdf.paragraph(item.minutes ?? '—', { after: 4 });
    pdf.heading(input.labels.decisions, 3, { size: 10 });
    pdf.paragraph(item.decisions ?? '—', { after: 14 });
  }
  return pdf.finish();
}
