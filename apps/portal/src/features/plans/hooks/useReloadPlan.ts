import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';

// The views a plan change can alter: the case's plan, its history and "Mijn acties".
const PLAN_QUERIES = ['CasePlan', 'PlanVersions', 'PlanVersionDiff', 'MyActions'];

/**
 * Fetches the plan views on screen again, e.g. after a change or an edit conflict; `alsoReload`
 * names further queries (by operation name) the change alters, such as the case's status.
 */
export function useReloadPlan(alsoReload: readonly string[] = []): () => Promise<void> {
  const client = useApolloClient();
  const names = [...PLAN_QUERIES, ...alsoReload].join(',');
  return useCallback(async () => {
    const include = new Set(names.split(','));
    await client.refetchQueries({
      include: 'active',
      onQueryUpdated: (observable) => include.has(observable.queryName ?? ''),
    });
  }, [client, names]);
}
