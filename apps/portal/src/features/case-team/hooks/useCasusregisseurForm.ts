import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import type { CaseDetailFieldsFragment } from '../../../gql/graphql';
import { errorCodeOf, errorFieldOf } from '../../api-client/utils/errorCode';
import { CASE_QUERY } from '../../cases/graphql/caseQuery';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import {
  APPOINT_CASUSREGISSEUR_MUTATION,
  CASUSREGISSEUR_CANDIDATES_QUERY,
} from '../graphql/caseTeamDocuments';

/**
 * Appointing or changing the casusregisseur: a partner taking part, and optionally one of its
 * professionals. The lead the user saw goes along, so a change made meanwhile is not overwritten.
 */
export function useCasusregisseurForm(caseData: CaseDetailFieldsFragment, onDone: () => void) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const id = useId();
  const fieldId = (field: 'agencyId' | 'userId') => `${id}-${field}`;
  const candidates = useQuery(CASUSREGISSEUR_CANDIDATES_QUERY, {
    variables: { caseId: caseData.id },
    fetchPolicy: 'network-only',
  });
  const [appoint, appointed] = useMutation(APPOINT_CASUSREGISSEUR_MUTATION, {
    refetchQueries: [CASE_QUERY],
    awaitRefetchQueries: true,
  });
  const [agencyId, setAgencyIdState] = useState(caseData.casusregisseurAgency?.id ?? '');
  const [userId, setUserId] = useState(caseData.casusregisseur?.id ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const people = candidates.data?.casusregisseurCandidates ?? [];
  const agencies = [...new Map(people.map((p) => [p.agency.id, p.agency])).values()];
  const professionals = people.filter((p) => p.agency.id === agencyId);

  function setAgencyId(value: string) {
    setAgencyIdState(value);
    setUserId('');
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (appointed.loading) return;
    setFailure(null);
    if (agencyId === '') {
      setProblem(t('team.lead.problem.agency'));
      document.getElementById(fieldId('agencyId'))?.focus();
      return;
    }
    setProblem(null);
    try {
      await appoint({
        variables: {
          input: {
            caseId: caseData.id,
            agencyId,
            userId: userId || null,
            previousAgencyId: caseData.casusregisseurAgency?.id ?? null,
            previousUserId: caseData.casusregisseur?.id ?? null,
          },
        },
      });
      onDone();
    } catch (error) {
      const code = errorCodeOf(error);
      if (code === 'EDIT_CONFLICT') setFailure(t('team.lead.conflict'));
      else if (errorFieldOf(error) === 'agencyId') setProblem(errorMessage(code));
      else setFailure(errorMessage(code));
    }
  }

  return {
    fieldId,
    agencies,
    professionals,
    loadingChoices: candidates.loading,
    values: { agencyId, userId },
    setAgencyId,
    setUserId,
    problem,
    failure,
    pending: appointed.loading,
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}
