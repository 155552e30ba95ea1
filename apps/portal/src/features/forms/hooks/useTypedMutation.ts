import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { errorCodeOf, errorFieldOf, type ClientErrorCode } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';

export type MutationOutcome<TData> =
  | { ok: true; data: TData }
  | {
      ok: false;
      code: ClientErrorCode;
      /** The input field the API named (`extensions.field`), if any. */
      field: string | null;
      /** The code worded for the user. */
      message: string;
    };

/**
 * Runs a generated mutation document and answers with its data or its error as a code, a field
 * and a sentence: forms decide what to show, never parse Apollo errors themselves.
 */
export function useTypedMutation<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  /** What to reload after success, as with useMutation. */
  options: Pick<
    useMutation.Options<TData, TVariables>,
    'refetchQueries' | 'awaitRefetchQueries'
  > = {},
): [(variables: TVariables) => Promise<MutationOutcome<TData>>, { pending: boolean }] {
  const errorMessage = useErrorMessage();
  const [mutate, state] = useMutation(document, options);
  const run = useCallback(
    async (variables: TVariables): Promise<MutationOutcome<TData>> => {
      try {
        // The generated document types the variables; Apollo's variadic options type cannot see
        // through the generic parameter, so the one argument is spelled out for it.
        const options = [{ variables }] as unknown as Parameters<typeof mutate>;
        const { data } = await mutate(...options);
        if (data) return { ok: true, data };
        return { ok: false, code: 'INTERNAL', field: null, message: errorMessage('INTERNAL') };
      } catch (error) {
        const code = errorCodeOf(error);
        return { ok: false, code, field: errorFieldOf(error), message: errorMessage(code) };
      }
    },
    [mutate, errorMessage],
  );
  return [run, { pending: state.loading }];
}
