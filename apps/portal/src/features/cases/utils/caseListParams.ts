import { CASE_STATUSES, type CaseStatus } from '@schakel/domain';
import type { CaseTheme, CasesQueryVariables } from '../../../gql/graphql';
import { CASE_THEMES } from './caseEnums';

/** Cases per page (the API's default). */
export const CASE_PAGE_SIZE = 20;

/**
 * What the case list shows, kept in the URL so a reload or a shared link keeps it:
 * `?status=ACTIVE&thema=DOMESTIC_VIOLENCE&na=<cursor>&na=<cursor>`. `na` ("after") holds the cursor
 * of every page before the current one, so "Vorige" (previous) needs no extra request.
 */
export interface CaseListParams {
  status: CaseStatus | null;
  theme: CaseTheme | null;
  /** The end cursors of the pages before this one; empty on the first page. */
  cursors: readonly string[];
}

const KEY = { status: 'status', theme: 'thema', cursor: 'na' } as const;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

/** Unknown values (an old bookmark, a typo) are ignored rather than sent to the API. */
export function parseCaseListParams(search: URLSearchParams): CaseListParams {
  return {
    status: oneOf(CASE_STATUSES, search.get(KEY.status)),
    theme: oneOf(CASE_THEMES, search.get(KEY.theme)),
    cursors: search.getAll(KEY.cursor).filter((cursor) => cursor !== ''),
  };
}

export function caseListSearch(params: CaseListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.status) search.set(KEY.status, params.status);
  if (params.theme) search.set(KEY.theme, params.theme);
  for (const cursor of params.cursors) search.append(KEY.cursor, cursor);
  return search;
}

export function hasFilters(params: CaseListParams): boolean {
  return params.status !== null || params.theme !== null;
}

/** The page number shown to the user, from 1. */
export function pageNumber(params: CaseListParams): number {
  return params.cursors.length + 1;
}

export function caseListVariables(params: CaseListParams): CasesQueryVariables {
  const after = params.cursors[params.cursors.length - 1];
  const filter = {
    ...(params.status ? { statuses: [params.status] } : {}),
    ...(params.theme ? { themes: [params.theme] } : {}),
  };
  return {
    first: CASE_PAGE_SIZE,
    ...(after ? { after } : {}),
    ...(hasFilters(params) ? { filter } : {}),
  };
}

export const nextPage = (params: CaseListParams, endCursor: string): CaseListParams => ({
  ...params,
  cursors: [...params.cursors, endCursor],
});

export const previousPage = (params: CaseListParams): CaseListParams => ({
  ...params,
  cursors: params.cursors.slice(0, -1),
});
