import type { Plugin } from 'vite';

// Utrecht's React packages ship pre-bundled files with top-level `X.displayName = '…';`
// statements. Bundlers treat those as side effects, so every component stays in the bundle
// even when unused (about +54 kB gzip). Dropping the lines lets tree-shaking work; React
// DevTools then shows the function names instead.
const UTRECHT_REACT_DIST =
  /[\\/]node_modules[\\/]@utrecht[\\/][^\\/]+-react[\\/]dist[\\/].+\.m?js$/;
const DISPLAY_NAME_LINE = /^[A-Za-z_$][\w$]*\.displayName\s*=\s*(['"])[^'"\n]*\1;?[ \t]*$/gm;
// The per-component packages also call forwardRef() without a #__PURE__ mark, which keeps
// unused ones (Listbox, Checkbox, …) alive for the same reason.
const UNMARKED_FORWARD_REF = /^(const [A-Za-z_$][\w$]* = )forwardRef\(/gm;

export function stripDisplayName(): Plugin {
  return {
    name: 'schakel:strip-utrecht-display-name',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!UTRECHT_REACT_DIST.test(id)) return null;
      const stripped = code
        .replace(DISPLAY_NAME_LINE, '')
        .replace(UNMARKED_FORWARD_REF, '$1/*#__PURE__*/ forwardRef(');
      // Lines are blanked, not removed, and stay put, so no new source map is needed.
      return stripped === code ? null : { code: stripped, map: null };
    },
  };
}
