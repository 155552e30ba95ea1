/**
 * The text of a PDF as Mozilla's PDF.js (pdfjs-dist, a maintained general extractor) reads it,
 * with the document's language and title: a second, independent reading next to the small
 * reader in pdf-text.ts, so a test of what a letter says does not rest on our own parser.
 */
export interface PdfJsReading {
  /** The text of every page, lines joined with "\n". */
  text: string;
  pages: number;
  title: string | null;
  language: string | null;
}

interface PdfJs {
  getDocument(src: { data: Uint8Array; isEvalSupported: boolean; verbosity: number }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{
        getTextContent(): Promise<{ items: ({ str: string; hasEOL: boolean } | object)[] }>;
      }>;
      getMetadata(): Promise<{ info: Record<string, unknown> }>;
      destroy(): Promise<void>;
    }>;
  };
}

export async function extractPdfText(pdf: Uint8Array): Promise<PdfJsReading> {
  // ESM only: a computed name keeps ts-jest from turning the import into require().
  const moduleName = 'pdfjs-dist/legacy/build/pdf.mjs';
  const pdfjs = (await import(moduleName)) as PdfJs;
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(pdf),
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    let text = '';
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      for (const item of content.items) {
        if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
      }
      text += '\n';
    }
    const { info } = await doc.getMetadata();
    return {
      text,
      pages: doc.numPages,
      title: typeof info.Title === 'string' ? info.Title : null,
      language: typeof info.Language === 'string' ? info.Language : null,
    };
  } finally {
    await doc.destroy();
  }
}
