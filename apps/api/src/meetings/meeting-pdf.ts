import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

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

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const SIZE = 10;
const LEADING = 14;

/** The standard fonts encode WinAnsi only: anything else becomes "?" instead of failing. */
function sanitizer(font: PDFFont) {
  const known = new Map<string, boolean>();
  return (text: string) =>
    [...text.replace(/\t/g, '    ')]
      .map((ch) => {
        let ok = known.get(ch);
        if (ok === undefined) {
          try {
            font.encodeText(ch);
            ok = true;
          } catch {
            ok = false;
          }
          known.set(ch, ok);
        }
        return ok ? ch : '?';
      })
      .join('');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width || !line) {
        line = candidate;
      } else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** The minutes export of one agency: only the items passed in (the caller filtered by policy). */
export async function buildMinutesPdf(input: MinutesPdfInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(input.title);
  doc.setProducer('Schakel');
  doc.setCreator('Schakel');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const clean = sanitizer(font);
  const width = A4.width - 2 * MARGIN;
  let page: PDFPage = doc.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;

  const line = (text: string, f: PDFFont = font, size = SIZE) => {
    for (const part of wrap(clean(text), f, size, width)) {
      if (y < MARGIN + LEADING) {
        page = doc.addPage([A4.width, A4.height]);
        y = A4.height - MARGIN;
      }
      page.drawText(part, { x: MARGIN, y, size, font: f });
      y -= size + 4;
    }
  };
  const gap = (h = LEADING / 2) => (y -= h);

  line(input.title, bold, 16);
  gap();
  line(input.meetingLine);
  line(input.agencyName);
  gap(LEADING);
  if (input.items.length === 0) line(input.labels.none);
  for (const item of input.items) {
    line(
      `${item.slot}  ${item.caseReference}${item.personName ? ` – ${item.personName}` : ''}`,
      bold,
      12,
    );
    gap(4);
    line(input.labels.minutes, bold);
    line(item.minutes ?? '—');
    gap(4);
    line(input.labels.decisions, bold);
    line(item.decisions ?? '—');
    gap(LEADING);
  }
  // No object streams: plain objects keep the file easy to inspect.
  return doc.save({ useObjectStreams: false });
}
