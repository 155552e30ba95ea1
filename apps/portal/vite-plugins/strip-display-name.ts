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
// react-router ships only its development build: the same top-level `X.displayName = "…"` lines,
// and `var Form = React10.forwardRef(…)` / `React.createContext(…)` without a #__PURE__ mark,
// keep Form, useSubmit, the framework-mode prefetch links and the data router's error pages in
// the first chunk although the portal (declarative routing) uses none of them.
const REACT_ROUTER_DIST = /[\\/]node_modules[\\/]react-router[\\/]dist[\\/].+\.m?js$/;
const UNMARKED_REACT_CALL =
  /^(var [A-Za-z_$][\w$]* = )(React\d*\.(?:forwardRef|createContext)\()/gm;

export function stripDisplayName(): Plugin {
  return {
    name: 'schakel:strip-utrecht-display-name',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      const utrecht = UTRECHT_REACT_DIST.test(id);
      if (!utrecht && !REACT_ROUTER_DIST.test(id)) return null;
      const stripped = utrecht
        ? code
            .replace(DISPLAY_NAME_LINE, '')
            .replace(UNMARKED_FORWARD_REF, '$1/*#__PURE__*/ forwardRef(')
        : code.replace(DISPLAY_NAME_LINE, '').replace(UNMARKED_REACT_CALL, '$1/*#__PURE__*/ $2');
      // Lines are blanked, not removed, and stay put, so no new source map is needed.
      return stripped === code ? null : { code: stripped, map: null };
    },
  };
}
