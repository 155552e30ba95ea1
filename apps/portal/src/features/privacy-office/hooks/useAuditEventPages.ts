import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { AUDIT_EVENTS_QUERY } from '../graphql/privacyOfficeDocuments';
import { toApiFilter, type AuditFilterValues } from '../utils/auditFilter';

export const PAGE_SIZE = 25;

/** The trail's events for the applied filter, page by page ("Meer laden"). */
export function useAuditEventPages(applied: AuditFilterValues, eventId: (id: string) => string) {
  const errorMessage = useErrorMessage();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
  const variables = useMemo(() => ({ filter: toApiFilter(applied), first: PAGE_SIZE }), [applied]);
  const results = useQuery(AUDIT_EVENTS_QUERY, {
    variables,
    // Every search is itself recorded; never answer it from a stale cache.
    fetchPolicy: 'network-only',
  });
  const page = results.data?.auditEvents;

  // Keyboard users continue at the first new event instead of the top of the list.
  const focusIndex = useRef<number | null>(null);
  const items = page?.items;
  useEffect(() => {
    const index = focusIndex.current;
    const target = index === null ? undefined : items?.[index];
    if (!target) return;
    focusIndex.current = null;
    // The first new event may have joined the last line of a page view: focus that line.
    const line =
      document.getElementById(eventId(target.id)) ??
      document.querySelector<HTMLElement>(`[data-event-ids~="${CSS.escape(target.id)}"]`);
    line?.focus();
  }, [items, eventId]);

  async function loadMore() {
    if (!page?.endCursor || loadingMore) return;
    focusIndex.current = page.items.length;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await results.fetchMore({
        variables: { after: page.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          auditEvents: {
            ...fetchMoreResult.auditEvents,
            items: [...(previous.auditEvents?.items ?? []), ...fetchMoreResult.auditEvents.items],
          },
        }),
      });
    } catch (error) {
      // The results shown stay; the officer sees why no more came and can try again.
      focusIndex.current = null;
      setMoreError(errorMessage(errorCodeOf(error)));
    } finally {
      setLoadingMore(false);
    }
  }

  return {
    page,
    loading: results.loading,
    error: results.error,
    loadingMore,
    moreError,
    loadMore: () => void loadMore(),
  };
}

export type AuditEventPages = ReturnType<typeof useAuditEventPages>;
