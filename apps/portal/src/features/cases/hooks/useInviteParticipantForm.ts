import { useMutation, useQuery } from '@apollo/client/react';
import { parseWith, participationSchema } from '@schakel/domain';
import { useId, useState, type FormEvent } from 'react';
import type { InformationCategory } from '../../../gql/graphql';
import { errorCodeOf, errorFieldOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import type { MessageKey } from '../../i18n/messages/nl';
import { ADD_CASE_PARTICIPANT_MUTATION } from '../graphql/addCaseParticipantMutation';
import { AGENCIES_QUERY } from '../graphql/agenciesQuery';
import { CASE_QUERY } from '../graphql/caseQuery';

export type InviteField = 'agencyId' | 'reason' | 'reasonCategories' | 'legalBasis';
type Problems = Partial<Record<InviteField, MessageKey>>;
const FIELDS: readonly InviteField[] = ['agencyId', 'reason', 'reasonCategories', 'legalBasis'];

/**
 * The state and submit of inviting a partner into a case: the agencies not taking part yet, the
 * reason with the categories that may read it, and the legal basis.
 */
export function useInviteParticipantForm(caseId: string, participating: readonly string[]) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const id = useId();
  const fieldId = (field: InviteField) => `${id}-${field}`;
  const agencies = useQuery(AGENCIES_QUERY);
  const [invite, invited] = useMutation(ADD_CASE_PARTICIPANT_MUTATION, {
    refetchQueries: [CASE_QUERY],
    awaitRefetchQueries: true,
  });
  const [agencyId, setAgencyId] = useState('');
  const [reason, setReason] = useState('');
  const [chosen, setChosen] = useState<InformationCategory[]>([]);
  const [legalBasis, setLegalBasis] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const choices = (agencies.data?.agencies ?? []).filter(
    (agency) => !participating.includes(agency.id),
  );

  function check(): Problems {
    const found: Problems = {};
    // The texts are checked as the API checks them; agency and categories only need a choice here.
    const texts = parseWith(participationSchema(), { reason, legalBasis });
    const wrong = new Set(texts.ok ? [] : texts.problems.map((problem) => problem.path));
    if (agencyId === '') found.agencyId = 'invite.problem.agency';
    if (wrong.has('reason')) found.reason = 'invite.problem.reason';
    if (chosen.length === 0) found.reasonCategories = 'invite.problem.categories';
    if (wrong.has('legalBasis')) found.legalBasis = 'invite.problem.legalBasis';
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (invited.loading) return;
    setDone(null);
    setFailure(null);
    const found = check();
    setProblems(found);
    const first = FIELDS.find((field) => found[field]);
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    try {
      await invite({
        variables: {
          input: {
            caseId,
            agencyId,
            role: 'PARTNER',
            reason: reason.trim(),
            reasonCategories: chosen,
            legalBasis: legalBasis.trim(),
          },
        },
      });
      const name = choices.find((agency) => agency.id === agencyId)?.name ?? '';
      setAgencyId('');
      setReason('');
      setChosen([]);
      setLegalBasis('');
      setDone(t('invite.done', { agency: name }));
    } catch (error) {
      const field = errorFieldOf(error);
      if (field === 'reasonCategories') {
        setProblems({ reasonCategories: 'invite.problem.categoriesRefused' });
        document.getElementById(fieldId('reasonCategories'))?.focus();
      } else {
        setFailure(errorMessage(errorCodeOf(error)));
      }
    }
  }

  function choose(category: InformationCategory, checked: boolean) {
    setChosen((previous) =>
      checked ? [...previous, category] : previous.filter((other) => other !== category),
    );
  }

  return {
    /** The form's own id, for controls and hints that are not fields. */
    id,
    fieldId,
    choices,
    values: { agencyId, reason, chosen, legalBasis },
    setAgencyId,
    setReason,
    choose,
    setLegalBasis,
    message: (field: InviteField) => (problems[field] ? t(problems[field]) : null),
    failure,
    done,
    pending: invited.loading,
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}

export type InviteParticipantFormState = ReturnType<typeof useInviteParticipantForm>;
