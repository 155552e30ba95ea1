import { useCallback, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import { caseListSearch, parseCaseListParams, type CaseListParams } from '../utils/caseListParams';

/** The case list's filters and page, read from and written to the URL. */
export function useCaseListParams(): {
  params: CaseListParams;
  /** The current query string, to come back to this exact list from a dossier. */
  search: string;
  hrefFor: (params: CaseListParams) => string;
  setParams: (params: CaseListParams) => void;
} {
  const [searchParams, setSearchParams] = useSearchParams();
  const { pathname } = useLocation();
  const params = useMemo(() => parseCaseListParams(searchParams), [searchParams]);
  const hrefFor = useCallback(
    (next: CaseListParams) => {
      const query = caseListSearch(next).toString();
      return query ? `${pathname}?${query}` : pathname;
    },
    [pathname],
  );
  const setParams = useCallback(
    (next: CaseListParams) => setSearchParams(caseListSearch(next)),
    [setSearchParams],
  );
  const query = searchParams.toString();
  return { params, search: query ? `?${query}` : '', hrefFor, setParams };
}
