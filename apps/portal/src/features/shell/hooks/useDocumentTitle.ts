import { useEffect } from 'react';
import { useT } from '../../i18n/hooks/useT';

/** Sets "<page> — Schakel" as the tab title, so each page is announced and bookmarked by name. */
export function useDocumentTitle(page: string): void {
  const t = useT();
  useEffect(() => {
    document.title = t('document.title', { page });
  }, [page, t]);
}
