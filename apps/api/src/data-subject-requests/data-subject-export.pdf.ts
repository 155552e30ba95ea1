import { deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import type { AccessExport } from './data-subject-export.service';
import {
  ACCESS_BASIS,
  ACTION_STATUS,
  AGENCY_TYPE,
  AUDIT_ACTION,
  CASE_STATUS,
  CATEGORY,
  label,
  NL,
  PARTICIPANT_ROLE,
  THEME,
  USER_ROLE,
} from './data-subject-export.labels';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 48;
const SIZE = 10;
const LOG_SIZE = 7;
const LOG_LEADING = 9;

const DATE_NL = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const TIME_NL = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  minute: '2-digit',
});

/** YYYY-MM-DD → DD-MM-YYYY, as Dutch readers write dates. */
const day = (ymd: string | null): string => (ymd ? ymd.split('-').reverse().join('-') : '');
const period = (from: string, until: string | null) =>
  `${day(from)} – ${until ? day(until) : NL.ongoing}`;

/** The standard fonts encode WinAnsi only: anything else becomes "?" instead of failing. */
function sanitizer(font: PDFFont) {
  const known = new Map<string, boolean>();
  const ok = (ch: string) => {
    let yes = known.get(ch);
    if (yes === undefined) {
      try {
        font.encodeText(ch);
        yes = true;
      } catch {
        yes = false;
      }
      known.set(ch, yes);
    }
    return yes;
  };
  return (text: string) => {
    const clean = text.replace(/\t/g, '    ');
    // Fast path: plain ASCII is always encodable.
    if (/^[\x20-\x7e]*$/.test(clean)) return clean;
    return [...clean].map((ch) => (ok(ch) ? ch : '?')).join('');
  };
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (!line || font.widthOfTextAtSize(candidate, size) <= width) {
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

/**
 * The access export as a Dutch PDF for the person: identity, cases, agencies with their items
 * per category, plan actions, and the access log as a table (one line per event). The log is
 * drawn with clipped cells, never wrapped, so 10,000 events stay fast (tools/bench/dsr-export.mjs).
 */
export async function buildAccessExportPdf(data: AccessExport): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${NL.title} – ${data.region}`);
  doc.setProducer('Schakel');
  doc.setCreator('Schakel');
  doc.setLanguage('nl-NL');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const clean = sanitizer(font);
  const width = A4.width - 2 * MARGIN;
  let page: PDFPage = doc.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;

  const room = (h: number) => {
    if (y - h < MARGIN) {
      page = doc.addPage([A4.width, A4.height]);
      y = A4.height - MARGIN;
    }
  };
  const line = (text: string, f: PDFFont = font, size = SIZE, indent = 0) => {
    for (const part of wrap(clean(text), f, size, width - indent)) {
      room(size + 4);
      page.drawText(part, { x: MARGIN + indent, y: y - size, size, font: f });
      y -= size + 4;
    }
  };
  const gap = (h = 6) => (y -= h);
  const heading = (text: string) => {
    gap(8);
    room(40);
    line(text, bold, 13);
    gap(2);
  };

  line(`${NL.title} – ${data.region}`, bold, 16);
  gap();
  line(NL.intro(data.region));
  const made = new Date(data.generatedAt);
  line(NL.request(day(data.request.receivedOn), `${DATE_NL.format(made)} ${TIME_NL.format(made)}`));

  heading(NL.identity);
  const p = data.person;
  line(`${NL.name}: ${p.givenNames} ${p.familyName}`);
  line(`${NL.dateOfBirth}: ${day(p.dateOfBirth)}`);
  if (p.bsn) line(`${NL.bsn}: ${p.bsn}`);
  if (p.address) {
    const a = p.address;
    const address = [
      [a.street, a.houseNumber].filter(Boolean).join(' '),
      [a.postcode, a.city].filter(Boolean).join(' '),
    ]
      .filter(Boolean)
      .join(', ');
    if (address) line(`${NL.address}: ${address}`);
  }
  if (!p.address && data.partners.length > 0 && !data.addressReleased) {
    line(NL.addressNotReleased);
  }
  if (data.noData) {
    gap();
    line(NL.noData, bold);
  }

  if (data.partners.length > 0) {
    heading(NL.partners);
    line(NL.partnersIntro, font, 9);
    gap(2);
    for (const partner of data.partners) {
      const state = partner.notice ?? NL.released(day(partner.releasedOn));
      line(`${partner.agency} (${label(AGENCY_TYPE, partner.agencyType)}): ${state}`);
      if (partner.status === 'RELEASED' && partner.note) line(partner.note, font, 9, 16);
    }
  }

  if (data.cases.length > 0) {
    heading(NL.cases);
    for (const c of data.cases) {
      line(
        `${c.reference} – ${NL.theme}: ${label(THEME, c.theme)}; ${NL.status}: ` +
          `${label(CASE_STATUS, c.status)}; ${NL.period}: ${period(c.from, c.until)}`,
      );
    }
  }

  if (data.agencies.length > 0) {
    heading(NL.participations);
    for (const agency of data.agencies) {
      for (const part of agency.participations) {
        line(
          `${agency.name} (${label(AGENCY_TYPE, agency.type)}) – ${label(PARTICIPANT_ROLE, part.role)} ` +
            `in ${part.caseReference}, ${period(part.from, part.until)}; ${NL.legalBasis}: ${part.legalBasis}`,
        );
      }
    }
    heading(NL.itemsPerAgency);
    for (const agency of data.agencies) {
      if (agency.categories.length === 0) continue;
      gap(4);
      line(`${agency.name} (${label(AGENCY_TYPE, agency.type)})`, bold, 11);
      for (const group of agency.categories) {
        line(label(CATEGORY, group.category), bold, SIZE, 8);
        for (const item of group.items) {
          line(
            `${day(item.date)} – ${item.caseReference} – ${NL.source}: ${item.sourceAgency}; ` +
              `${NL.legalBasis}: ${item.legalBasis}`,
            font,
            9,
            16,
          );
          line(item.text, font, SIZE, 16);
          gap(3);
        }
      }
    }
  }

  if (data.planActions.length > 0) {
    heading(NL.planActions);
    for (const a of data.planActions) {
      line(
        `${a.caseReference} – ${a.description} (${a.ownerAgency}, ${NL.due} ${day(a.dueDate)}; ` +
          `${label(ACTION_STATUS, a.status)})`,
      );
    }
  }

  heading(NL.accessLog);
  if (!data.employeeNamesIncluded) line(NL.namesLeftOut, font, 9);
  gap(4);
  drawAccessLog(doc, { font, bold }, page, y, data, clean);
  // No object streams: plain objects keep the file easy to inspect.
  return doc.save({ useObjectStreams: false });
}

/** A PDF string operand: literal for plain ASCII (no encoding work), else the font's encoding. */
function pdfString(font: PDFFont, text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  return font.encodeText(text).toString();
}

/**
 * The access log as a table, one line per event, written as raw text operators in one deflated
 * content stream per page: pdf-lib's drawText costs ~0.05 ms a cell, too slow for 10,000 events
 * within the 2-second budget. The basis/purpose column wraps; the other cells are clipped.
 */
function drawAccessLog(
  doc: PDFDocument,
  fonts: { font: PDFFont; bold: PDFFont },
  firstPage: PDFPage,
  startY: number,
  data: AccessExport,
  clean: (text: string) => string,
): void {
  const { font, bold } = fonts;
  const width = A4.width - 2 * MARGIN;
  const names = data.employeeNamesIncluded;
  const fractions = names
    ? [0.13, 0.18, 0.11, 0.1, 0.09, 0.25, 0.14]
    : [0.14, 0.22, 0.13, 0.11, 0.1, 0.3];
  const columns = fractions.map((f) => f * width);
  const xs = columns.map((_, i) => MARGIN + columns.slice(0, i).reduce((s, w) => s + w, 0));
  const header = names ? [...NL.accessLogColumns, NL.employee] : [...NL.accessLogColumns];
  const WRAPPED = 5;
  const fits = (text: string, max: number) =>
    // Helvetica's widest glyph is ~1 em: short texts fit without measuring.
    text.length * LOG_SIZE * 0.6 <= max - 4 || font.widthOfTextAtSize(text, LOG_SIZE) <= max - 4;
  const cells = new Map<string, string>();
  const cell = (text: string, max: number, f: PDFFont): string => {
    const key = `${max}|${f === bold ? 'b' : ''}|${text}`;
    let out = cells.get(key);
    if (out === undefined) {
      let plain = clean(text);
      if (!fits(plain, max)) {
        while (plain.length > 1 && !fits(`${plain}…`, max)) plain = plain.slice(0, -1);
        plain = `${plain}…`;
      }
      out = pdfString(f, plain);
      cells.set(key, out);
    }
    return out;
  };
  const wrapped = new Map<string, string[]>();
  const wrappedCell = (text: string, max: number): string[] => {
    let out = wrapped.get(text);
    if (out === undefined) {
      const plain = clean(text);
      out = (fits(plain, max) ? [plain] : wrap(plain, font, LOG_SIZE, max - 4)).map((part) =>
        pdfString(font, part),
      );
      wrapped.set(text, out);
    }
    return out;
  };

  let page = firstPage;
  let y = startY;
  let ops: string[] = [];
  const keys = new Map<PDFPage, { regular: string; strong: string }>();
  const fontKeys = (p: PDFPage) => {
    let k = keys.get(p);
    if (!k) {
      k = {
        regular: p.node.newFontDictionary('LogF', font.ref).toString(),
        strong: p.node.newFontDictionary('LogB', bold.ref).toString(),
      };
      keys.set(p, k);
    }
    return k;
  };
  const flush = () => {
    if (ops.length === 0) return;
    const content = deflateSync(Buffer.from(`BT\n${ops.join('\n')}\nET`, 'latin1'));
    const stream = doc.context.stream(content, { Filter: 'FlateDecode' });
    page.node.addContentStream(doc.context.register(stream));
    ops = [];
  };
  const text = (x: number, at: number, operand: string, f: PDFFont) => {
    const k = fontKeys(page);
    ops.push(
      `${f === bold ? k.strong : k.regular} ${LOG_SIZE} Tf 1 0 0 1 ${x.toFixed(2)} ${(at - LOG_SIZE).toFixed(2)} Tm ${operand} Tj`,
    );
  };
  const row = (values: string[], f: PDFFont) => {
    const basis =
      f === font && values[WRAPPED] ? wrappedCell(values[WRAPPED], columns[WRAPPED]!) : null;
    const height = LOG_LEADING * (basis?.length ?? 1);
    if (y - height < MARGIN) {
      flush();
      page = doc.addPage([A4.width, A4.height]);
      y = A4.height - MARGIN;
      if (f === font) row(header, bold);
    }
    values.forEach((value, i) => {
      if (!value) return;
      if (i === WRAPPED && basis) {
        basis.forEach((part, n) => text(xs[i]!, y - n * LOG_LEADING, part, f));
      } else {
        text(xs[i]!, y, cell(value, columns[i]!, f), f);
      }
    });
    y -= height;
  };

  row(header, bold);
  if (data.accessLog.length === 0) row([NL.noEvents], font);
  for (const e of data.accessLog) {
    const at = new Date(e.at);
    const values = [
      `${DATE_NL.format(at)} ${TIME_NL.format(at)}`,
      e.agency ?? '—',
      label(AGENCY_TYPE, e.agencyType),
      e.roles.map((r) => label(USER_ROLE, r)).join(', '),
      label(AUDIT_ACTION, e.action),
      [label(ACCESS_BASIS, e.accessBasis), e.purpose].filter(Boolean).join(' – '),
    ];
    if (names) values.push(e.employee ?? '');
    row(values, font);
  }
  flush();
}
