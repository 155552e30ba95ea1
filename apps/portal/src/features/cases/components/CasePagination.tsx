import { Link } from 'react-router-dom';
import { useT } from '../../i18n/hooks/useT';
import './cases.css';

interface CasePaginationProps {
  page: number;
  /** Where "Vorige" goes; null on the first page. */
  previousHref: string | null;
  /** Where "Volgende" goes; null on the last page. */
  nextHref: string | null;
  /** Called when the user changes page, so focus can move to the new results. */
  onNavigate: () => void;
}

/** Cursor pagination with Utrecht's pagination classes (it has no React component for it). */
export function CasePagination({ page, previousHref, nextHref, onNavigate }: CasePaginationProps) {
  const t = useT();
  if (!previousHref && !nextHref) return null;
  const relative = 'utrecht-link utrecht-link--html-a utrecht-pagination__relative-link';
  return (
    <nav aria-label={t('cases.pagination.label')} className="utrecht-pagination schakel-pagination">
      {previousHref && (
        <Link
          to={previousHref}
          rel="prev"
          className={`${relative} utrecht-pagination__relative-link--prev`}
          onClick={onNavigate}
        >
          {t('cases.pagination.previous')}
        </Link>
      )}
      <span
        aria-current="page"
        className="utrecht-pagination__page-link utrecht-pagination__page-link--current"
      >
        {t('cases.pagination.current', { page })}
      </span>
      {nextHref && (
        <Link
          to={nextHref}
          rel="next"
          className={`${relative} utrecht-pagination__relative-link--next`}
          onClick={onNavigate}
        >
          {t('cases.pagination.next')}
        </Link>
      )}
    </nav>
  );
}
