import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { errorCodeOf, errorFieldOf, type ClientErrorCode } from '../../api-client/utils/errorCode';
import { COVENANT_QUERY } from '../graphql/covenantQuery';
import {
  APPROVE_COVENANT_PROPOSAL_MUTATION,
  REJECT_COVENANT_PROPOSAL_MUTATION,
} from '../graphql/covenantProposalMutations';
import { COVENANT_PROPOSALS_QUERY } from '../graphql/covenantProposalsQuery';

export type CovenantDecision = 'APPROVE' | 'REJECT';

export type DecideCovenantResult =
  | { ok: true; resultingVersion: number | null }
  | { ok: false; code: ClientErrorCode; field: string | null };

/** The privacy officer's approval or rejection; an approval makes the proposal the covenant. */
export function useDecideCovenantProposal(): {
  decide: (
    decision: CovenantDecision,
    proposalId: string,
    reason: string | null,
  ) => Promise<DecideCovenantResult>;
  loading: boolean;
} {
  const options = {
    refetchQueries: [COVENANT_PROPOSALS_QUERY, COVENANT_QUERY],
    awaitRefetchQueries: true,
  };
  const [approve, approving] = useMutation(APPROVE_COVENANT_PROPOSAL_MUTATION, options);
  const [reject, rejecting] = useMutation(REJECT_COVENANT_PROPOSAL_MUTATION, options);

  const decide = useCallback(
    async (
      decision: CovenantDecision,
      proposalId: string,
      reason: string | null,
    ): Promise<DecideCovenantResult> => {
      const variables = { input: { proposalId, reason } };
      try {
        if (decision === 'APPROVE') {
          const { data } = await approve({ variables });
          if (!data) return { ok: false, code: 'INTERNAL', field: null };
          return {
            ok: true,
            resultingVersion: data.approveCovenantProposal.resultingVersion ?? null,
          };
        }
        const { data } = await reject({ variables });
        if (!data) return { ok: false, code: 'INTERNAL', field: null };
        return { ok: true, resultingVersion: null };
      } catch (error) {
        return { ok: false, code: errorCodeOf(error), field: errorFieldOf(error) };
      }
    },
    [approve, reject],
  );

  return { decide, loading: approving.loading || rejecting.loading };
}
