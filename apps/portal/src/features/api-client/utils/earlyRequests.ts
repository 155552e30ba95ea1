/*
 * The first page's data, asked for while the shell's JavaScript is still on its way (issue 14,
 * target 4; docs/performance.md "Fast on a phone"). On a slow phone the shell takes ~1.5 s to
 * arrive and run; only then did it ask who is signed in (`Me`), render, and only then ask for the
 * cases. A small script of its own (built from `startEarlyRequests` by
 * vite-plugins/early-requests.ts, loaded before the shell) sends those requests at once, and the
 * shell's Apollo link (`createEarlyRequestLink`) answers its own first `Me` and `Cases` with them.
 *
 * Nothing is decided here that the API does not decide again: the requests are the portal's own
 * documents, sent with the session cookie like any other; the case list is asked for only on its
 * own page and only for roles that see case content (as the page itself would), so nobody's trail
 * gets a refused read they did not make. An answer is used once, only for the same document and
 * variables, and only while the page starts; anything else goes to the network as before.
 */

/** What the early script sends: texts as the shell's Apollo Client prints them. */
export interface EarlyRequestsConfig {
  me: { query: string };
  cases: { path: string; query: string; variables: Record<string, unknown> };
  /** Roles that alone bring no case content (`ROLES_WITHOUT_CASE_CONTENT`). */
  rolesWithoutCaseContent: readonly string[];
  /** The Intl locales and time zone the portal formats with (`INTL_LOCALE`, formatDate.ts). */
  intl: { locales: readonly string[]; timeZone: string };
}

/** A request the early script sent, and its answer (null when it failed or was refused). */
export interface EarlyRequest {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
  result: Promise<unknown>;
}

/** Where the early script leaves its requests for the shell. */
export interface EarlyRequests {
  startedAt: number;
  requests: EarlyRequest[];
}

/** How long after the start an early answer may still be used (the shell asks at once). */
export const EARLY_REQUESTS_TTL_MS = 30_000;

interface EarlyWindow {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  setTimeout: (callback: () => void, ms: number) => unknown;
  Intl: Pick<typeof Intl, 'NumberFormat' | 'DateTimeFormat'>;
  location: { pathname: string; search: string };
  performance: { now(): number };
  /** Where the shell finds them (`takeEarlyAnswer`). */
  __schakelEarlyRequests?: EarlyRequests;
}

/**
 * Runs in the page as a script of its own, before the shell. This file has no imports and its
 * functions use no name from outside it: the build copies the file into that script as it is.
 */
export function startEarlyRequests(config: EarlyRequestsConfig, win: EarlyWindow): void {
  const post = (operationName: string, query: string, variables: Record<string, unknown>) =>
    win
      .fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ operationName, variables, query }),
      })
      .then((response) =>
        response.ok && /json/.test(response.headers.get('content-type') ?? '')
          ? (response.json() as Promise<unknown>)
          : null,
      )
      .catch(() => null);
  const early: EarlyRequests = { startedAt: win.performance.now(), requests: [] };
  win.__schakelEarlyRequests = early;
  const me = post('Me', config.me.query, {});
  early.requests.push({ operationName: 'Me', query: config.me.query, variables: {}, result: me });
  const path = win.location.pathname.replace(/\/+$/, '');
  const onCaseList = path === config.cases.path && win.location.search === '';
  if (onCaseList) askForCases(config, early, me, post);
  // The browser's first Intl number or date format loads its locale data (~25 ms, ~200 ms on a
  // slow phone), and every page formats a count or a date in its first render. Done here, after
  // the first requests are on their way, it falls in the time the page waits for the shell.
  void me.then(() =>
    win.setTimeout(() => {
      try {
        for (const locale of config.intl.locales) {
          new win.Intl.NumberFormat(locale).format(0);
          new win.Intl.DateTimeFormat(locale, {
            dateStyle: 'long',
            timeStyle: 'short',
            timeZone: config.intl.timeZone,
          }).format(0);
        }
      } catch {
        // Only a head start: the page formats as it would have anyway.
      }
    }, 0),
  );
}

/** On the case list, for a role that sees case content, the list's first page once `Me` answers. */
function askForCases(
  config: EarlyRequestsConfig,
  early: EarlyRequests,
  me: Promise<unknown>,
  post: (
    operationName: string,
    query: string,
    variables: Record<string, unknown>,
  ) => Promise<unknown>,
): void {
  const cases = me.then((answer) => {
    const roles = (answer as { data?: { me?: { roles?: unknown } | null } } | null)?.data?.me
      ?.roles;
    const seesCases =
      Array.isArray(roles) &&
      roles.some((role) => !config.rolesWithoutCaseContent.includes(String(role)));
    return seesCases ? post('Cases', config.cases.query, config.cases.variables) : null;
  });
  early.requests.push({
    operationName: 'Cases',
    query: config.cases.query,
    variables: config.cases.variables,
    result: cases,
  });
}
