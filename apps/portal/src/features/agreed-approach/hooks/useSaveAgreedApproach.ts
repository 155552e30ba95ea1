import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { SaveAgreedApproachInput } from '../../../gql/graphql';
import { errorCodeOf, errorFieldOf, type ClientErrorCode } from '../../api-client/utils/errorCode';
import { CASE_AGREED_APPROACH_QUERY } from '../graphql/caseAgreedApproachQuery';
import { SAVE_AGREED_APPROACH_MUTATION } from '../graphql/saveAgreedApproachMutation';

export type SaveOutcome =
  { ok: true; revision: number } | { ok: false; code: ClientErrorCode; field: string | null };

export function useSaveAgreedApproach(): {
  save: (input: SaveAgreedApproachInput) => Promise<SaveOutcome>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(SAVE_AGREED_APPROACH_MUTATION, {
    refetchQueries: [CASE_AGREED_APPROACH_QUERY],
    awaitRefetchQueries: true,
  });
  const save = useCallback(
    async (input: SaveAgreedApproachInput): Promise<SaveOutcome> => {
      try {
        const { data } = await mutate({ variables: { input } });
        const revision = data?.saveAgreedApproach.card?.revision;
        return revision ? { ok: true, revision } : { ok: false, code: 'INTERNAL', field: null };
      } catch (error) {
        return { ok: false, code: errorCodeOf(error), field: errorFieldOf(error) };
      }
    },
    [mutate],
  );
  return { save, loading };
}
