import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';

/**
 * Tagged, accessible PDFs (PDF/UA-1) for every document Schakel hands out (ADR 0025).
 *
 * - One embedded Unicode font (DejaVu Sans, subset per document): Yılmaz, Şahin, Doğan, Łódź,
 *   Arabic and Cyrillic names print as written instead of "Y?lmaz".
 * - A structure tree (Document → H1/H2/P/Table) in reading order, the document language and a
 *   title shown in the window bar; page furniture is not drawn, so nothing is left untagged.
 * - Line breaks in the text are kept; right-to-left runs (Arabic, Hebrew) are shaped and laid out
 *   right to left, with their logical text as /ActualText so copy, search and screen readers get
 *   the name in the right order.
 */

const fontFile = (name: string) => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}`));

let fonts: { regular: Buffer; bold: Buffer } | null = null;
/** Read once per process: ~1.4 MB in memory, a few kB of it embedded per document. */
function loadFonts() {
  fonts ??= { regular: fontFile('DejaVuSans.ttf'), bold: fontFile('DejaVuSans-Bold.ttf') };
  return fonts;
}

export const A4 = { width: 595.28, height: 841.89 };

/** Right-to-left scripts: Hebrew, Arabic (with supplements and presentation forms), Syriac, Thaana, NKo. */
const RTL = '\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFF';
const RTL_RUN = new RegExp(`[${RTL}]+(?:[ \\u00A0]+[${RTL}]+)*`, 'g');
const HAS_RTL = new RegExp(`[${RTL}]`);

/**
 * Left-to-right text without OpenType substitutions or kerning: DejaVu's large GSUB/GPOS tables
 * cost ~1 ms a layout, ten times plain glyph lookup, and a 10,000-line access log lays out many
 * unique strings. Ligatures off also keeps copied text letter for letter. Right-to-left runs keep
 * the font's default features (Arabic needs its joining forms).
 */
const PLAIN = Object.fromEntries(
  ['kern', 'liga', 'clig', 'calt', 'ccmp', 'locl', 'mark', 'mkmk', 'rlig', 'dlig'].map((f) => [
    f,
    false,
  ]),
) as unknown as PDFKit.Mixins.OpenTypeFeatures[];

export interface TextStyle {
  bold?: boolean;
  size?: number;
  indent?: number;
  /** Space below the paragraph, in points. */
  after?: number;
}

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

export class TaggedPdf {
  readonly doc: Doc;
  private readonly root: Struct;
  private readonly margin: number;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Uint8Array>;

  constructor(options: { title: string; lang?: string; margin?: number; subject?: string }) {
    const { regular, bold } = loadFonts();
    this.margin = options.margin ?? 56;
    this.doc = new PDFDocument({
      size: 'A4',
      margin: this.margin,
      pdfVersion: '1.7',
      // @types/pdfkit lists only the PDF/A subsets; PDFKit 0.20 also writes the PDF/UA identifier.
      subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
      tagged: true,
      displayTitle: true,
      lang: options.lang ?? 'nl-NL',
      // No default font: PDFKit's would be Helvetica, which is not embedded (PDF/UA wants every
      // font embedded). A font Buffer here would be re-opened on every font() call.
      font: null as unknown as string,
      info: {
        Title: options.title,
        ...(options.subject ? { Subject: options.subject } : {}),
        Producer: 'Schakel',
        Creator: 'Schakel',
      },
    });
    this.doc.registerFont('regular', regular);
    this.doc.registerFont('bold', bold);
    this.doc.font('regular');
    const done = new Promise<Uint8Array>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.doc.on('end', () => resolve(new Uint8Array(Buffer.concat(this.chunks))));
      this.doc.on('error', reject);
    });
    this.done = done;
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
  }

  /** Usable width between the margins. */
  get width(): number {
    return this.doc.page.width - 2 * this.margin;
  }

  get left(): number {
    return this.margin;
  }

  heading(text: string, level: 1 | 2 | 3 = 1, style: TextStyle = {}): this {
    const size = style.size ?? (level === 1 ? 16 : level === 2 ? 13 : 11);
    if (level > 1) this.ensureRoom(size * 3);
    this.block(`H${level}`, text, { bold: true, ...style, size });
    return this;
  }

  paragraph(text: string, style: TextStyle = {}): this {
    this.block('P', text, style);
    return this;
  }

  /** Vertical space, in points. */
  gap(points: number): this {
    this.doc.y += points;
    return this;
  }

  /** A new page when less than `points` are left on this one (keeps a heading with its text). */
  ensureRoom(points: number): this {
    if (this.doc.y + points > this.doc.page.height - this.margin) this.doc.addPage();
    return this;
  }

  /**
   * A table tagged as Table → TR → TH/TD: each cell wraps within its column, a row is as high as
   * its highest cell, and the header row is repeated on every page it continues on.
   */
  table(
    header: readonly string[],
    rows: readonly (readonly string[])[],
    widths: number[],
    size = 8,
  ): this {
    const doc = this.doc;
    const table = doc.struct('Table');
    this.root.add(table);
    const xs = widths.map((_, i) => this.margin + widths.slice(0, i).reduce((s, w) => s + w, 0));
    const height = (values: readonly string[], bold: boolean) => {
      doc.font(bold ? 'bold' : 'regular').fontSize(size);
      return Math.max(
        ...values.map((v, i) => doc.heightOfString(clean(v) || ' ', { width: widths[i]! - 4 })),
      );
    };
    const row = (values: readonly string[], cellType: 'TH' | 'TD') => {
      const bold = cellType === 'TH';
      const h = height(values, bold);
      if (doc.y + h > doc.page.height - this.margin) {
        doc.addPage();
        if (!bold) row(header, 'TH');
      }
      const top = doc.y;
      const tr = doc.struct('TR');
      table.add(tr);
      values.forEach((value, i) => {
        const cell = doc.struct(cellType);
        tr.add(cell);
        cell.add(() => {
          doc.font(bold ? 'bold' : 'regular').fontSize(size);
          this.write(value || ' ', { x: xs[i]!, y: top, width: widths[i]! - 4 });
        });
        cell.end();
      });
      tr.end();
      doc.x = this.margin;
      doc.y = top + h + 2;
    };
    row(header, 'TH');
    for (const values of rows) row(values, 'TD');
    table.end();
    return this;
  }

  /** The finished document. */
  async finish(): Promise<Uint8Array> {
    this.root.end();
    this.doc.end();
    return this.done;
  }

  private block(type: string, text: string, style: TextStyle): void {
    const doc = this.doc;
    const indent = style.indent ?? 0;
    const element = doc.struct(type);
    this.root.add(element);
    element.add(() => {
      doc.font(style.bold ? 'bold' : 'regular').fontSize(style.size ?? 10);
      this.write(text, { x: this.margin + indent, width: this.width - indent });
    });
    element.end();
    doc.x = this.margin;
    if (style.after) doc.y += style.after;
  }

  /** Text with its line breaks, right-to-left runs shaped and marked with their logical text. */
  private write(text: string, at: { x: number; y?: number; width: number }): void {
    const doc = this.doc;
    const value = clean(text);
    const options = { width: at.width, lineGap: 1, features: PLAIN };
    if (!HAS_RTL.test(value)) {
      doc.text(value, at.x, at.y ?? doc.y, options);
      return;
    }
    const parts: { text: string; rtl: boolean }[] = [];
    let last = 0;
    for (const m of value.matchAll(RTL_RUN)) {
      if (m.index > last) parts.push({ text: value.slice(last, m.index), rtl: false });
      parts.push({ text: m[0], rtl: true });
      last = m.index + m[0].length;
    }
    if (last < value.length) parts.push({ text: value.slice(last), rtl: false });
    parts.forEach((part, i) => {
      const continued = i < parts.length - 1;
      // One run is shaped as one piece: no-break spaces keep the wrapper from splitting it.
      const shown = part.rtl ? part.text.replace(/ /g, '\u00A0') : part.text;
      if (part.rtl) doc.markContent('Span', { actual: part.text });
      const run = part.rtl ? { width: at.width, lineGap: 1, continued } : { ...options, continued };
      if (i === 0) doc.text(shown, at.x, at.y ?? doc.y, run);
      else doc.text(shown, run);
      if (part.rtl) doc.endMarkedContent();
    });
  }
}

/** Tabs as spaces, one kind of line break, no control characters a font cannot show. */
function clean(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/\t/g, '    ')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
  );
}
