import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useMe } from '../../auth/hooks/useMe';
import { canBreakGlass } from '../../auth/utils/permissions';
import { CaseResults } from '../../cases/components/CaseResults';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { RouterLink } from '../../shell/components/RouterLink';
import { SEARCH_CASES_QUERY } from '../graphql/searchCasesQuery';
import { searchPath } from '../utils/searchPath';

/** How many cases a search shows: a search is meant to find one, not to browse. */
const SEARCH_PAGE_SIZE = 50;

interface SearchResultsProps {
  text: string;
}

/** The cases found for a search text, as the case list shows them (the API applies the policy). */
export function SearchResults({ text }: SearchResultsProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const me = useMe();
  const headingId = useId();
  // Fresh every time: a search is audited, and participation may have changed.
  const { data, loading, error } = useQuery(SEARCH_CASES_QUERY, {
    variables: { text, first: SEARCH_PAGE_SIZE },
    fetchPolicy: 'network-only',
  });
  const cases = data?.searchCases.nodes;

  let status = '';
  if (!cases && loading) status = t('search.loading');
  else if (cases) status = t('search.results.count', { count: cases.length });

  return (
    <section aria-labelledby={headingId} className="schakel-case-results">
      <Heading level={2} id={headingId}>
        {t('search.results.heading')}
      </Heading>
      <Paragraph role="status">{status}</Paragraph>
      {error && !cases && (
        <Alert type="error">
          <Paragraph>{errorMessage(errorCodeOf(error))}</Paragraph>
        </Alert>
      )}
      {cases && cases.length === 0 && <Paragraph>{t('search.noResults.hint')}</Paragraph>}
      {cases && cases.length === 0 && canBreakGlass(me.roles) && (
        // The case may exist outside participation: the procesregisseur's way in, with a reason.
        <Paragraph>
          {t('search.noResults.breakGlassIntro')}{' '}
          <RouterLink to="/dossiers/openen-buiten-deelname">
            {t('search.noResults.breakGlassLink')}
          </RouterLink>
        </Paragraph>
      )}
      {cases && cases.length > 0 && (
        <CaseResults cases={cases} page={1} listSearch={searchPath(text)} />
      )}
      {data?.searchCases.pageInfo.hasNextPage && <Paragraph>{t('search.results.more')}</Paragraph>}
    </section>
  );
}
