import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useRef } from 'react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { CASES_QUERY } from '../graphql/casesQuery';
import { useCaseListParams } from '../hooks/useCaseListParams';
import {
  caseListSearch,
  caseListVariables,
  hasFilters,
  nextPage,
  pageNumber,
  previousPage,
} from '../utils/caseListParams';
import { CaseFilters } from './CaseFilters';
import { CasePagination } from './CasePagination';
import { CaseResults } from './CaseResults';
import './cases.css';

/** The cases the caller may see, with filters and pages that live in the URL. */
export function CaseList() {
  const t = useT();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const { params, search, hrefFor, setParams } = useCaseListParams();
  const page = pageNumber(params);
  // Fresh on every visit: participation and the covenant may have changed since the last one.
  const { data, loading, error } = useQuery(CASES_QUERY, {
    variables: caseListVariables(params),
    fetchPolicy: 'cache-and-network',
  });

  const cases = data?.cases.nodes;
  const endCursor = data?.cases.pageInfo.endCursor ?? null;
  const hasNext = data?.cases.pageInfo.hasNextPage === true && endCursor !== null;

  let status: string;
  if (error && !cases) status = '';
  else if (!cases) status = loading ? t('cases.loading') : '';
  else if (cases.length === 0)
    status = t(hasFilters(params) ? 'cases.emptyFiltered' : 'cases.empty');
  else if (cases.length === 1) status = t('cases.results.countOne', { page });
  else status = t('cases.results.count', { page, count: cases.length });

  return (
    <div className="schakel-flow">
      {/* Remounted when the URL changes (back button, "wissen"), so the fields show what is applied. */}
      <CaseFilters
        key={caseListSearch({ ...params, cursors: [] }).toString()}
        params={params}
        onApply={setParams}
      />
      <section aria-labelledby={headingId} className="schakel-case-results">
        <Heading level={2} id={headingId} ref={resultsHeading} tabIndex={-1}>
          {t('cases.results.heading')}
        </Heading>
        <Paragraph role="status">{status}</Paragraph>
        {error && !cases && (
          <Alert type="error">
            <Paragraph>{errorMessage(errorCodeOf(error))}</Paragraph>
          </Alert>
        )}
        {cases && cases.length > 0 && <CaseResults cases={cases} page={page} listSearch={search} />}
        {cases && (
          <CasePagination
            page={page}
            previousHref={params.cursors.length > 0 ? hrefFor(previousPage(params)) : null}
            nextHref={hasNext ? hrefFor(nextPage(params, endCursor)) : null}
            onNavigate={() => resultsHeading.current?.focus()}
          />
        )}
      </section>
    </div>
  );
}
