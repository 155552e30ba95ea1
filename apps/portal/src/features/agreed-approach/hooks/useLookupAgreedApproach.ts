import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { LookupAgreedApproachInput, LookupAgreedApproachMutation } from '../../../gql/graphql';
import { errorCodeOf, errorFieldOf, type ClientErrorCode } from '../../api-client/utils/errorCode';
import { LOOKUP_AGREED_APPROACH_MUTATION } from '../graphql/lookupAgreedApproachMutation';

export type LookupResult = LookupAgreedApproachMutation['lookupAgreedApproach'];
export type LookupOutcome =
  { ok: true; result: LookupResult } | { ok: false; code: ClientErrorCode; field: string | null };

/** Looks a card up (a mutation: the API logs every lookup). Nothing is cached. */
export function useLookupAgreedApproach(): {
  lookup: (input: LookupAgreedApproachInput) => Promise<LookupOutcome>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(LOOKUP_AGREED_APPROACH_MUTATION, {
    fetchPolicy: 'no-cache',
  });
  const lookup = useCallback(
    async (input: LookupAgreedApproachInput): Promise<LookupOutcome> => {
      try {
        const { data } = await mutate({ variables: { input } });
        return data
          ? { ok: true, result: data.lookupAgreedApproach }
          : { ok: false, code: 'INTERNAL', field: null };
      } catch (error) {
        return { ok: false, code: errorCodeOf(error), field: errorFieldOf(error) };
      }
    },
    [mutate],
  );
  return { lookup, loading };
}
