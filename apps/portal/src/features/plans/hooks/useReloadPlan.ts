import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';

// The views a plan change can alter: the case's plan, its history and "Mijn acties".
const PLAN_QUERIES = new Set(['CasePlan', 'PlanVersions', 'PlanVersionDiff', 'MyActions']);

/** Fetches the plan views on screen again, e.g. after a change or an edit conflict. */
export function useReloadPlan(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    await client.refetchQueries({
      include: 'active',
      onQueryUpdated: (observable) => PLAN_QUERIES.has(observable.queryName ?? ''),
    });
  }, [client]);
}
