import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { errorCodeOf, errorFieldOf, type ClientErrorCode } from '../../api-client/utils/errorCode';

export type ReviewMutationResult<TData> =
  { ok: true; data: TData } | { ok: false; code: ClientErrorCode; field: string | null };

/** Runs a mutation and returns its errors typed instead of throwing them. */
export function useReviewMutation<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
): { run: (variables: TVariables) => Promise<ReviewMutationResult<TData>>; loading: boolean } {
  const [mutate, { loading }] = useMutation(document);
  const run = useCallback(
    async (variables: TVariables): Promise<ReviewMutationResult<TData>> => {
      try {
        // The generic document cannot prove its variables to Apollo's overloads.
        const { data } = await mutate(...([{ variables }] as unknown as Parameters<typeof mutate>));
        if (!data) return { ok: false, code: 'INTERNAL', field: null };
        return { ok: true, data };
      } catch (error) {
        return { ok: false, code: errorCodeOf(error), field: errorFieldOf(error) };
      }
    },
    [mutate],
  );
  return { run, loading };
}
