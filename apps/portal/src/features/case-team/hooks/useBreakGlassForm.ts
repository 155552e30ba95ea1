import { useMutation } from '@apollo/client/react';
import { breakGlassSchema, parseWith } from '@schakel/domain';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { CASE_QUERY } from '../../cases/graphql/caseQuery';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { BREAK_GLASS_MUTATION } from '../graphql/caseTeamDocuments';

type Field = 'reference' | 'reason' | 'confirm';

/**
 * Opening a case outside the covenant: a written reason and an explicit confirmation; the API
 * then asks for a fresh second factor (the Apollo link shows the step-up dialog) and flags the
 * opening for the privacy officer. Afterwards the case itself opens, with its warning banner.
 */
export function useBreakGlassForm(caseId: string | null) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const id = useId();
  const fieldId = (field: Field) => `${id}-${field}`;
  const [breakGlass, opening] = useMutation(BREAK_GLASS_MUTATION, { refetchQueries: [CASE_QUERY] });
  const [reference, setReference] = useState('');
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (opening.loading) return;
    setFailure(null);
    const found: Partial<Record<Field, string>> = {};
    if (!caseId && reference.trim() === '')
      found.reference = t('team.breakGlass.problem.reference');
    const parsed = parseWith(breakGlassSchema(), { reason });
    if (!parsed.ok) found.reason = t('team.breakGlass.problem.reason');
    if (!confirmed) found.confirm = t('team.breakGlass.problem.confirm');
    setProblems(found);
    const first = (['reference', 'reason', 'confirm'] as const).find((field) => found[field]);
    if (first || !parsed.ok) {
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    try {
      const { data } = await breakGlass({
        variables: {
          input: caseId
            ? { caseId, reason: parsed.value.reason }
            : { reference: reference.trim(), reason: parsed.value.reason },
        },
      });
      if (data) void navigate(`/dossiers/${data.breakGlass.caseId}`);
    } catch (error) {
      const code = errorCodeOf(error);
      if (code === 'NOT_FOUND') setFailure(t('team.breakGlass.notFound'));
      else if (code === 'STEP_UP_REQUIRED') setFailure(t('team.breakGlass.cancelled'));
      else setFailure(errorMessage(code));
    }
  }

  return {
    fieldId,
    askReference: caseId === null,
    values: { reference, reason, confirmed },
    setReference,
    setReason,
    setConfirmed,
    message: (field: Field) => problems[field] ?? null,
    failure,
    pending: opening.loading,
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}
