import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { UpdateCovenantInput } from '../../../gql/graphql';
import { errorCodeOf, errorFieldOf, type ClientErrorCode } from '../../api-client/utils/errorCode';
import { PROPOSE_COVENANT_CHANGE_MUTATION } from '../graphql/covenantProposalMutations';
import { COVENANT_PROPOSALS_QUERY } from '../graphql/covenantProposalsQuery';

export type ProposeCovenantResult =
  { ok: true } | { ok: false; code: ClientErrorCode; field: string | null };

/** Proposes a new covenant version; it takes effect only once a privacy officer approves it. */
export function useProposeCovenantChange(): {
  propose: (input: UpdateCovenantInput) => Promise<ProposeCovenantResult>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(PROPOSE_COVENANT_CHANGE_MUTATION, {
    refetchQueries: [COVENANT_PROPOSALS_QUERY],
    awaitRefetchQueries: true,
  });

  const propose = useCallback(
    async (input: UpdateCovenantInput): Promise<ProposeCovenantResult> => {
      try {
        const { data } = await mutate({ variables: { input } });
        if (!data) return { ok: false, code: 'INTERNAL', field: null };
        return { ok: true };
      } catch (error) {
        return { ok: false, code: errorCodeOf(error), field: errorFieldOf(error) };
      }
    },
    [mutate],
  );

  return { propose, loading };
}
