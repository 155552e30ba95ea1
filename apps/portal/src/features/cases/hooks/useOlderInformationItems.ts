import { useApolloClient } from '@apollo/client/react';
import type { InformationCategory } from '@schakel/domain';
import { useCallback, useMemo, useState } from 'react';
import type { InformationItemFieldsFragment } from '../../../gql/graphql';
import { errorCodeOf, type ClientErrorCode } from '../../api-client/utils/errorCode';
import { OLDER_INFORMATION_ITEMS_QUERY } from '../graphql/olderInformationItemsQuery';

/** Items per "older information" page: the most the API returns in one answer. */
export const OLDER_PAGE_SIZE = 500;

type Item = InformationItemFieldsFragment;

export interface OlderInformationItems {
  /** The case's own items of the category followed by every older page loaded so far. */
  items: readonly Item[];
  loadOlder: () => Promise<void>;
  loading: boolean;
  /** How many items the last page added; null before the first page. */
  lastLoaded: number | null;
  failure: ClientErrorCode | null;
  /** The last page came back short: nothing older exists (whatever a count said). */
  exhausted: boolean;
}

/**
 * The items of one category of a case, page by page toward older ones. `newest` are the items the
 * case itself returned (the newest ones); when the case is fetched again after an item was added,
 * items that dropped out of it stay shown, so no gap opens before the older pages.
 */
export function useOlderInformationItems(
  caseId: string,
  category: InformationCategory,
  newest: readonly Item[],
): OlderInformationItems {
  const client = useApolloClient();
  const [kept, setKept] = useState<readonly Item[]>([]);
  const [loading, setLoading] = useState(false);
  const [lastLoaded, setLastLoaded] = useState<number | null>(null);
  const [failure, setFailure] = useState<ClientErrorCode | null>(null);
  const [exhausted, setExhausted] = useState(false);

  const items = useMemo(() => {
    const ids = new Set(newest.map((item) => item.id));
    return [...newest, ...kept.filter((item) => !ids.has(item.id))];
  }, [newest, kept]);

  const loadOlder = useCallback(async () => {
    const last = items[items.length - 1];
    if (!last || loading) return;
    setLoading(true);
    setFailure(null);
    try {
      const { data } = await client.query({
        query: OLDER_INFORMATION_ITEMS_QUERY,
        variables: { caseId, category, after: last.cursor, first: OLDER_PAGE_SIZE },
        fetchPolicy: 'network-only',
      });
      const page = data?.informationItems ?? [];
      setKept([...items, ...page]);
      setLastLoaded(page.length);
      setExhausted(page.length < OLDER_PAGE_SIZE);
    } catch (error) {
      setFailure(errorCodeOf(error));
    } finally {
      setLoading(false);
    }
  }, [client, caseId, category, items, loading]);

  return { items, loadOlder, loading, lastLoaded, failure, exhausted };
}
