import { useMutation } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { useCallback } from 'react';
import { errorCodeOf, errorFieldOf, type ClientErrorCode } from '../../api-client/utils/errorCode';
import { useReloadPlan } from './useReloadPlan';

export interface PlanFailure {
  code: ClientErrorCode;
  /** The input field the API named, if any. */
  field: string | null;
}

/**
 * Runs a plan mutation; resolves to null on success or to what went wrong. The plan views are
 * fetched again afterwards: a status lives on in every version that holds the action.
 * `alsoReload` names other queries the change alters (adopting makes an accepted case active).
 */
export function usePlanMutation<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  alsoReload: readonly string[] = [],
): { run: (variables: TVariables) => Promise<PlanFailure | null>; loading: boolean } {
  const [mutate, { loading }] = useMutation(document);
  const reload = useReloadPlan(alsoReload);
  const run = useCallback(
    async (variables: TVariables) => {
      try {
        // The generic document cannot prove its variables to Apollo's overloads.
        const { data } = await mutate(...([{ variables }] as unknown as Parameters<typeof mutate>));
        if (!data) return { code: 'INTERNAL' as const, field: null };
        // The change is made; a failed refresh only leaves the view stale until the next one.
        await reload().catch(() => undefined);
        return null;
      } catch (error) {
        return { code: errorCodeOf(error), field: errorFieldOf(error) };
      }
    },
    [mutate, reload],
  );
  return { run, loading };
}
