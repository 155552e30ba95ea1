import { describe, expect, it } from 'vitest';
import { pruneUnusedCss } from './prune-unused-css';

/** The rules of `css` as compact text, to compare what is left. */
const compact = (css: string) =>
  css
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .trim();

describe('pruning the shell stylesheet', () => {
  it('drops the rules of library classes nothing names, keeps the named ones and everything else', () => {
    const css = `
      .utrecht-button { color: red; }
      .utrecht-calendar { color: blue; }
      .utrecht-calendar, .utrecht-button--primary-action { color: green; }
      main > p { margin: 0; }
      .schakel-card .utrecht-link { color: purple; }`;
    const usage = 'className: "utrecht-button utrecht-button--primary-action"';
    expect(compact(pruneUnusedCss(css, usage))).toBe(
      compact(`
      .utrecht-button { color: red; }
      .utrecht-button--primary-action { color: green; }
      main > p { margin: 0; }`),
    );
  });

  it('keeps every class of a prefix the code builds names from', () => {
    const css = `.utrecht-alert--info { color: blue; } .utrecht-alert--error { color: red; } .utrecht-badge { color: gray; }`;
    const usage = 'const c = `utrecht-alert--${type}`';
    expect(compact(pruneUnusedCss(css, usage))).toBe(
      compact('.utrecht-alert--info { color: blue; } .utrecht-alert--error { color: red; }'),
    );
  });

  it('does not count classes inside :not(), :is(), :where() and :has(), which can match without them', () => {
    const css = `
      .utrecht-button:not(.utrecht-button--busy) { cursor: pointer; }
      :where(.utrecht-unused) p { margin: 0; }
      .utrecht-unused:not(.utrecht-button) { color: red; }`;
    const usage = '"utrecht-button"';
    expect(compact(pruneUnusedCss(css, usage))).toBe(
      compact(`
      .utrecht-button:not(.utrecht-button--busy) { cursor: pointer; }
      :where(.utrecht-unused) p { margin: 0; }`),
    );
  });

  it('removes at-rules left empty and leaves keyframes alone', () => {
    const css = `
      @media (min-width: 40em) { .utrecht-calendar { display: grid; } }
      @media print { .utrecht-button { display: none; } }
      @keyframes spin { from { rotate: 0; } to { rotate: 1turn; } }`;
    expect(compact(pruneUnusedCss(css, '"utrecht-button"'))).toBe(
      compact(`
      @media print { .utrecht-button { display: none; } }
      @keyframes spin { from { rotate: 0; } to { rotate: 1turn; } }`),
    );
  });

  it('keeps a custom property read by a kept rule, the code or a kept property, drops the others', () => {
    const css = `
      :root {
        --brand: #123;
        --utrecht-button-color: var(--brand);
        --utrecht-calendar-color: var(--other);
        --other: #456;
        --inline-only: 4px;
        --unread: 1px;
      }
      .utrecht-button { color: var(--utrecht-button-color); }
      .utrecht-calendar { color: var(--utrecht-calendar-color); }`;
    const usage = 'className: "utrecht-button", style: { gap: "var(--inline-only)" }';
    expect(compact(pruneUnusedCss(css, usage))).toBe(
      compact(`
      :root {
        --brand: #123;
        --utrecht-button-color: var(--brand);
        --inline-only: 4px;
      }
      .utrecht-button { color: var(--utrecht-button-color); }`),
    );
  });
});
