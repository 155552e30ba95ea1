import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { errorCodeOf, errorFieldOf, type ClientErrorCode } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';

export type MutationOutcome<TData> =
  | { ok: true; data: TData }
  | {
      ok: false;
      /**
       * The change was saved but its result could not be shown (SAVED_NOT_SHOWN): the form must
       * not offer to send it again; the page's data is reloaded already.
       */
      saved: boolean;
      code: ClientErrorCode;
      /** The input field the API named (`extensions.field`), if any. */
      field: string | null;
      /** The code worded for the user. */
      message: string;
    };

/**
 * Runs a generated mutation document and answers with its data or its error as a code, a field
 * and a sentence: forms decide what to show, never parse Apollo errors themselves.
 *
 * SAVED_NOT_SHOWN means the API committed the change (with its audit event) and then failed to
 * read it back: a retry would make it twice, so the outcome says `saved` and every active query
 * is reloaded to show what was saved.
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
  const client = useApolloClient();
  const [mutate, state] = useMutation(document, options);
  const run = useCallback(
    async (variables: TVariables): Promise<MutationOutcome<TData>> => {
      try {
        // The generated document types the variables; Apollo's variadic options type cannot see
        // through the generic parameter, so the one argument is spelled out for it.
        const options = [{ variables }] as unknown as Parameters<typeof mutate>;
        const { data } = await mutate(...options);
        if (data) return { ok: true, data };
        const message = errorMessage('INTERNAL');
        return { ok: false, saved: false, code: 'INTERNAL', field: null, message };
      } catch (error) {
        const code = errorCodeOf(error);
        const saved = code === 'SAVED_NOT_SHOWN';
        // Not awaited: the form tells the user at once; the reload shows what was saved.
        if (saved) void client.refetchQueries({ include: 'active' }).catch(() => undefined);
        return { ok: false, saved, code, field: errorFieldOf(error), message: errorMessage(code) };
      }
    },
    [mutate, errorMessage, client],
  );
  return [run, { pending: state.loading }];
}
