import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every text a user reads or hears comes from the message catalogue, so that it exists in Dutch
 * and English: this scan of the portal's JSX fails on a hard-coded one. Text is anything with a
 * letter; symbols, numbers and punctuation (" · ", "→", "(", "2") are not language.
 */
const SRC = join(__dirname, '../../..');
const SPOKEN_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'title',
  'placeholder',
  'alt',
  'label',
]);
const LETTER = /\p{L}/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'gql' || entry.name === 'test' ? [] : sourceFiles(path);
    return /\.tsx$/.test(entry.name) && !/\.test\.tsx$/.test(entry.name) ? [path] : [];
  });
}

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  if (ts.isJsxExpression(node) && node.expression) return literalText(node.expression);
  if (ts.isConditionalExpression(node))
    return literalText(node.whenTrue) ?? literalText(node.whenFalse);
  if (
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken
  )
    return literalText(node.right);
  return null;
}

/** The hard-coded texts of one file, as "file:line text". */
export function hardcodedTexts(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    found.push(`${relative(SRC, fileName)}:${line + 1} ${JSON.stringify(text.trim())}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && ts.isJsxElement(node.parent)) {
      const text = literalText(node);
      if (text && LETTER.test(text)) report(node, text);
    }
    if (
      ts.isJsxAttribute(node) &&
      SPOKEN_ATTRIBUTES.has(node.name.getText(file)) &&
      node.initializer
    ) {
      const text = literalText(node.initializer);
      if (text && LETTER.test(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('texts in the portal', () => {
  it('recognises hard-coded text, labels and placeholders (so the scan below can fail)', () => {
    const sample = `
      const a = <p>Opslaan</p>;
      const b = <input aria-label="Zoeken" placeholder={'bijv. 1987'} />;
      const c = <img alt="Logo" title={x ? 'Aan' : 'Uit'} />;
      const d = <p>{'Klaar'}</p>;
      const e = <abbr title={\`Versie \${n}\`} />;
      const ok = <p className="x" aria-hidden="true">{t('save')} · 2 → {name}</p>;`;
    expect(
      hardcodedTexts(join(SRC, 'sample.tsx'), sample).map((line) => line.split(' ')[1]),
    ).toEqual(['"Opslaan"', '"Zoeken"', '"bijv.', '"Logo"', '"Aan"', '"Klaar"', '"Versie"']);
  });

  it('takes every text a user reads or hears from the message catalogue', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((path) => hardcodedTexts(path, readFileSync(path, 'utf8')));
    expect(found).toEqual([]);
  });
});
