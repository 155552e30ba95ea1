import { useMutation } from '@apollo/client/react';
import { endParticipationSchema, parseWith } from '@schakel/domain';
import { useId, useState, type FormEvent } from 'react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { CASE_QUERY } from '../../cases/graphql/caseQuery';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { END_CASE_PARTICIPATION_MUTATION } from '../graphql/caseTeamDocuments';

/** Ending one agency's participation, with a reason: its access ends with its next request. */
export function useEndParticipationForm(participantId: string, onDone: () => void) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const id = useId();
  const reasonId = `${id}-reason`;
  const [end, ended] = useMutation(END_CASE_PARTICIPATION_MUTATION, {
    refetchQueries: [CASE_QUERY],
    awaitRefetchQueries: true,
  });
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (ended.loading) return;
    setFailure(null);
    const parsed = parseWith(endParticipationSchema(), { reason });
    if (!parsed.ok) {
      setProblem(t('team.end.problem.reason'));
      document.getElementById(reasonId)?.focus();
      return;
    }
    setProblem(null);
    try {
      await end({ variables: { input: { participantId, reason: parsed.value.reason } } });
      onDone();
    } catch (error) {
      setFailure(errorMessage(errorCodeOf(error)));
    }
  }

  return {
    reasonId,
    reason,
    setReason,
    problem,
    failure,
    pending: ended.loading,
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}
