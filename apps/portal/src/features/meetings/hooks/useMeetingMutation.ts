import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { errorCodeOf, errorFieldOf, type ClientErrorCode } from '../../api-client/utils/errorCode';

export type MeetingMutationResult<TData> =
  { ok: true; data: TData } | { ok: false; code: ClientErrorCode; field: string | null };

/** Runs a meeting mutation; the answer (the meeting) lands in the cache, errors come back typed. */
export function useMeetingMutation<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
): {
  run: (variables: TVariables) => Promise<MeetingMutationResult<TData>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(document);
  const run = useCallback(
    async (variables: TVariables): Promise<MeetingMutationResult<TData>> => {
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
