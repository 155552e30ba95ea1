import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { UpdateCovenantInput } from '../../../gql/graphql';
import { errorCodeOf, errorFieldOf, type ClientErrorCode } from '../../api-client/utils/errorCode';
import { COVENANT_QUERY } from '../graphql/covenantQuery';
import { UPDATE_COVENANT_MUTATION } from '../graphql/updateCovenantMutation';

export type UpdateCovenantResult =
  { ok: true; version: number } | { ok: false; code: ClientErrorCode; field: string | null };

/** Saves a new covenant version; the page then shows it and the longer version list. */
export function useUpdateCovenant(): {
  updateCovenant: (input: UpdateCovenantInput) => Promise<UpdateCovenantResult>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(UPDATE_COVENANT_MUTATION, {
    refetchQueries: [COVENANT_QUERY],
    awaitRefetchQueries: true,
  });

  const updateCovenant = useCallback(
    async (input: UpdateCovenantInput): Promise<UpdateCovenantResult> => {
      try {
        const { data } = await mutate({ variables: { input } });
        if (!data) return { ok: false, code: 'INTERNAL', field: null };
        return { ok: true, version: data.updateCovenant.version };
      } catch (error) {
        return { ok: false, code: errorCodeOf(error), field: errorFieldOf(error) };
      }
    },
    [mutate],
  );

  return { updateCovenant, loading };
}
