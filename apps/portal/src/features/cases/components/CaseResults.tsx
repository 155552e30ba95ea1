import type { CaseListItemFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../i18n/hooks/useT';
import { useNarrowScreen } from '../hooks/useNarrowScreen';
import { CaseCards } from './CaseCards';
import { CaseTable } from './CaseTable';

interface CaseResultsProps {
  cases: readonly CaseListItemFieldsFragment[];
  page: number;
  listSearch: string;
}

/** A page of cases: a table on a wide screen, cards on a phone (no sideways scrolling). */
export function CaseResults({ cases, page, listSearch }: CaseResultsProps) {
  const t = useT();
  const narrow = useNarrowScreen();
  return narrow ? (
    <CaseCards cases={cases} listSearch={listSearch} label={t('cases.results.caption', { page })} />
  ) : (
    <CaseTable cases={cases} page={page} listSearch={listSearch} />
  );
}
