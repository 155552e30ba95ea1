import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { AddInformationItemInput } from '../../../gql/graphql';
import { errorCodeOf, errorFieldOf, type ClientErrorCode } from '../../api-client/utils/errorCode';
import { ADD_INFORMATION_ITEM_MUTATION } from '../graphql/addInformationItemMutation';
import { CASE_QUERY } from '../graphql/caseQuery';

export interface AddInformationItemFailure {
  code: ClientErrorCode;
  /** The input field the API named, if any. */
  field: string | null;
}

/**
 * Records an information item; resolves to null on success or to what went wrong. The dossier is
 * fetched again afterwards, so it shows the item exactly as the API masks it for the caller.
 */
export function useAddInformationItem(): {
  addInformationItem: (input: AddInformationItemInput) => Promise<AddInformationItemFailure | null>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(ADD_INFORMATION_ITEM_MUTATION, {
    refetchQueries: [CASE_QUERY],
    awaitRefetchQueries: true,
  });

  const addInformationItem = useCallback(
    async (input: AddInformationItemInput) => {
      try {
        const { data } = await mutate({ variables: { input } });
        return data ? null : { code: 'INTERNAL' as const, field: null };
      } catch (error) {
        return { code: errorCodeOf(error), field: errorFieldOf(error) };
      }
    },
    [mutate],
  );

  return { addInformationItem, loading };
}
