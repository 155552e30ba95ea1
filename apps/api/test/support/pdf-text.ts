import { inflateSync } from 'node:zlib';

/**
 * A small PDF reader for tests of the documents Schakel writes (common/tagged-pdf.ts): the text
 * as a reader gets it — glyphs mapped back through each font's /ToUnicode map, a marked span's
 * /ActualText instead of its glyphs (right-to-left names), one line per baseline — and the
 * accessibility markers of the catalogue. It reads classic PDFs with Flate streams and no object
 * streams (what PDFKit writes); it is not a general PDF parser.
 */
export interface PdfReading {
  /** The shown text, lines joined with "\n". */
  text: string;
  /** The text of each tagged content item (a paragraph, a table cell), its lines joined by a space. */
  blocks: string[];
  title: string | null;
  lang: string | null;
  tagged: boolean;
  displayTitle: boolean;
  pdfUa: boolean;
  /** Structure types in the order of the file (S entries of StructElem objects). */
  structure: string[];
  /** Base names of the fonts, and whether each is embedded. */
  fonts: { name: string; embedded: boolean }[];
}

interface PdfObject {
  body: string;
  stream: Buffer | null;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const raw = pdf.toString('latin1');
  const out = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const whole = m[2]!;
    const at = whole.search(/stream\r?\n/);
    let body = whole;
    let stream: Buffer | null = null;
    if (at >= 0 && /^\s*<</.test(whole)) {
      body = whole.slice(0, at);
      const start = at + whole.slice(at).indexOf('\n') + 1;
      // The dictionary's direct /Length says where the data ends. Trimming a line end before
      // "endstream" instead would cut a compressed stream whose last byte happens to be \r
      // (one in 256), and lose that page's text.
      const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(body);
      const end = length ? start + Number(length[1]) : whole.lastIndexOf('endstream');
      const data = whole.slice(start, end);
      let bytes = Buffer.from(length ? data : data.replace(/\r?\n$/, ''), 'latin1');
      if (/\/FlateDecode/.test(body)) {
        try {
          bytes = inflateSync(bytes);
        } catch {
          // leave as is
        }
      }
      stream = bytes;
    }
    out.set(Number(m[1]), { body, stream });
  }
  return out;
}

/** Literal string (with escapes) or hex string → bytes. */
function stringBytes(token: string): Buffer {
  if (token.startsWith('<')) return Buffer.from(token.slice(1, -1).replace(/\s/g, ''), 'hex');
  const inner = token.slice(1, -1);
  const bytes: number[] = [];
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c !== '\\') {
      bytes.push(c.charCodeAt(0));
      continue;
    }
    const n = inner[++i]!;
    const simple: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
    if (n in simple) bytes.push(simple[n]!);
    else if (/[0-7]/.test(n)) {
      let oct = n;
      while (oct.length < 3 && /[0-7]/.test(inner[i + 1] ?? '')) oct += inner[++i];
      bytes.push(parseInt(oct, 8));
    } else if (n === '\n') continue;
    else bytes.push(n.charCodeAt(0));
  }
  return Buffer.from(bytes);
}

/** A PDF text string: UTF-16BE with a byte-order mark, else PDFDocEncoding (≈ Latin-1). */
function textString(token: string): string {
  const b = stringBytes(token);
  if (b[0] === 0xfe && b[1] === 0xff) return b.subarray(2).swap16().toString('utf16le');
  return b.toString('latin1');
}

const hexToText = (hex: string) => {
  const b = Buffer.from(hex, 'hex');
  return b.length % 2 === 0 ? Buffer.from(b).swap16().toString('utf16le') : b.toString('latin1');
};

function toUnicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) {
      map.set(parseInt(m[1]!, 16), hexToText(m[2]!));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const re = /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g;
    for (const m of block[1]!.matchAll(re)) {
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      if (m[3]!.startsWith('[')) {
        const targets = [...m[3]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((t) => hexToText(t[1]!));
        targets.forEach((t, i) => map.set(lo + i, t));
      } else {
        const base = Buffer.from(m[3]!.slice(1, -1), 'hex');
        for (let code = lo; code <= hi; code++) {
          const b = Buffer.from(base);
          b.writeUInt16BE(b.readUInt16BE(b.length - 2) + (code - lo), b.length - 2);
          map.set(code, b.swap16().toString('utf16le'));
        }
      }
    }
  }
  return map;
}

const TOKEN =
  /\s*(<<|>>|\[|\]|<[0-9a-fA-F\s]*>|\((?:\\[\s\S]|[^\\)])*\)|\/[^\s/<>[\]()]*|-?\d*\.?\d+|[A-Za-z'"*]+)/gy;

/** Tokens of a content stream; literal strings with nested parentheses are balanced by hand. */
function tokens(content: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < content.length) {
    while (i < content.length && /\s/.test(content[i]!)) i++;
    if (i >= content.length) break;
    if (content[i] === '(') {
      let depth = 0;
      let j = i;
      for (; j < content.length; j++) {
        const c = content[j]!;
        if (c === '\\') {
          j++;
          continue;
        }
        if (c === '(') depth++;
        if (c === ')' && --depth === 0) break;
      }
      out.push(content.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(content);
    if (!m) {
      i++;
      continue;
    }
    out.push(m[1]!);
    i = TOKEN.lastIndex;
  }
  return out;
}

export function readPdf(pdf: Buffer | Uint8Array): PdfReading {
  const buf = Buffer.from(pdf);
  const objs = objects(buf);
  const ref = (body: string, key: string) => {
    const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(body);
    return m ? objs.get(Number(m[1])) : undefined;
  };

  // Fonts by resource name: PDFKit names a font once per document (/F1, /F2 …).
  const maps = new Map<string, Map<number, string>>();
  const fonts: PdfReading['fonts'] = [];
  for (const o of objs.values()) {
    for (const m of o.body.matchAll(/\/(F\d+)\s+(\d+) 0 R/g)) {
      const font = objs.get(Number(m[2]));
      if (!font || maps.has(m[1]!)) continue;
      const cmap = ref(font.body, 'ToUnicode');
      maps.set(
        m[1]!,
        cmap?.stream ? toUnicodeMap(cmap.stream.toString('latin1')) : new Map<number, string>(),
      );
    }
    if (/\/Type\s*\/Font\b/.test(o.body) && !/\/Subtype\s*\/CIDFontType/.test(o.body)) {
      const name = /\/BaseFont\s*\/([^\s/>]+)/.exec(o.body)?.[1] ?? '?';
      const descendant = /\/DescendantFonts\s*\[\s*(\d+) 0 R/.exec(o.body);
      const descr = descendant ? objs.get(Number(descendant[1])) : o;
      const fd = descr ? ref(descr.body, 'FontDescriptor') : undefined;
      fonts.push({ name, embedded: !!fd && /\/FontFile[23]?\s/.test(fd.body) });
    }
  }

  const lines: string[] = [];
  let current = '';
  let lastY: number | null = null;
  // A new structure element on the same baseline (the next table cell) is set apart by a tab.
  let newElement = false;
  const blocks: string[] = [];
  let block = '';
  const emit = (text: string, y: number) => {
    if (newElement) {
      if (block) blocks.push(block);
      block = '';
    } else if (block && lastY !== null && Math.abs(y - lastY) > 1) {
      block = `${block.trimEnd()} `;
    }
    block += text;
    if (lastY !== null && Math.abs(y - lastY) > 1) {
      lines.push(current);
      current = '';
    } else if (newElement && current) current += '\t';
    newElement = false;
    current += text;
    lastY = y;
  };
  for (const o of objs.values()) {
    if (
      !o.stream ||
      /\/Type\s*\/(XObject|Metadata)|\/Length1|\/Subtype\s*\/CIDFontType/.test(o.body)
    ) {
      continue;
    }
    const content = o.stream.toString('latin1');
    if (!/\bBT\b/.test(content) || /begincmap/.test(content)) continue;
    const t = tokens(content);
    let font = new Map<number, string>();
    let y = 0;
    // ActualText replaces the glyphs of its span; nested marks count depth.
    const marks: (string | null)[] = [];
    const operands: string[] = [];
    const decode = (s: string) => {
      const b = stringBytes(s);
      let out = '';
      for (let k = 0; k + 1 < b.length; k += 2) out += font.get(b.readUInt16BE(k)) ?? '';
      return out;
    };
    const inActual = () => marks.some((m) => m !== null);
    for (let k = 0; k < t.length; k++) {
      const tok = t[k]!;
      if (/^[A-Za-z'"*]+$/.test(tok) && !/^(true|false|null)$/.test(tok)) {
        switch (tok) {
          case 'Tf':
            font = maps.get(operands[operands.length - 2]!.slice(1)) ?? new Map<number, string>();
            break;
          case 'Tm':
            y = Number(operands[operands.length - 1]);
            break;
          case 'Td':
          case 'TD':
            y += Number(operands[operands.length - 1]);
            break;
          case 'Tj':
            if (!inActual()) emit(decode(operands[operands.length - 1]!), y);
            break;
          case 'TJ': {
            if (inActual()) break;
            const start = operands.lastIndexOf('[');
            const parts = operands.slice(start + 1).filter((p) => /^[<(]/.test(p) && p !== '<<');
            emit(parts.map(decode).join(''), y);
            break;
          }
          case 'BMC':
            marks.push(null);
            break;
          case 'BDC': {
            const open = operands.lastIndexOf('<<');
            const dict = open >= 0 ? operands.slice(open) : [];
            const at = dict.indexOf('/ActualText');
            const actual = at >= 0 ? textString(dict[at + 1]!) : null;
            if (dict.includes('/MCID')) newElement = true;
            if (actual !== null && !inActual()) emit(actual, y);
            marks.push(actual);
            break;
          }
          case 'EMC':
            marks.pop();
            break;
        }
        operands.length = 0;
      } else {
        operands.push(tok);
      }
    }
  }
  if (current) lines.push(current);
  if (block) blocks.push(block);

  const all = [...objs.values()];
  const catalog = all.find((o) => /\/Type\s*\/Catalog/.test(o.body))?.body ?? '';
  const info = all.find((o) => /\/Producer/.test(o.body) && /\/Title/.test(o.body))?.body ?? '';
  const direct = (key: string) => {
    const m = new RegExp(
      `/${key}\\s*(\\((?:\\\\[\\s\\S]|[^\\\\)])*\\)|<[0-9a-fA-F]*>|\\d+ 0 R)`,
    ).exec(info);
    if (!m) return undefined;
    const r = /^(\d+) 0 R$/.exec(m[1]!);
    return r ? objs.get(Number(r[1]))?.body.trim() : m[1];
  };
  const titleToken = direct('Title');
  const langToken = /\/Lang\s*(\((?:\\[\s\S]|[^\\)])*\))/.exec(catalog)?.[1];
  const metadata = all
    .filter((o) => o.stream && /\/Type\s*\/Metadata/.test(o.body))
    .map((o) => o.stream!.toString('utf8'))
    .join('\n');
  return {
    text: lines.join('\n'),
    blocks,
    title: titleToken ? textString(titleToken) : null,
    lang: langToken ? textString(langToken) : null,
    tagged:
      /\/StructTreeRoot\s+\d+ 0 R/.test(catalog) &&
      all.some((o) => /\/MarkInfo/.test(o.body) || /\/Marked\s+true/.test(o.body)),
    displayTitle: all.some((o) => /\/DisplayDocTitle\s+true/.test(o.body)),
    pdfUa: /<pdfuaid:part>1<\/pdfuaid:part>/.test(metadata),
    structure: all
      .filter((o) => /^\s*<<\s*\/S\s*\/\w+\s*\/P\s+\d+ 0 R/.test(o.body))
      .map((o) => /\/S\s*\/(\w+)/.exec(o.body)?.[1] ?? '?'),
    fonts,
  };
}
