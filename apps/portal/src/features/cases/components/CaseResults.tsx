import type { CaseListItemFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../i18n/hooks/useT';
import { CaseCards } from './CaseCards';
import { CaseTable } from './CaseTable';
import './cases.css';

interface CaseResultsProps {
  cases: readonly CaseListItemFieldsFragment[];
  page: number;
  listSearch: string;
}

/** A page of cases: a table on a wide screen, cards on a phone (CSS shows one of the two). */
export function CaseResults({ cases, page, listSearch }: CaseResultsProps) {
  const t = useT();
  return (
    <>
      <div className="schakel-case-results__wide">
        <CaseTable cases={cases} page={page} listSearch={listSearch} />
      </div>
      <div className="schakel-case-results__narrow">
        <CaseCards
          cases={cases}
          listSearch={listSearch}
          label={t('cases.results.caption', { page })}
        />
      </div>
    </>
  );
}
