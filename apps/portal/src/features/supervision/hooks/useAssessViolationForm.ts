import type { ViolationFollowUp } from '@schakel/domain';
import { useState, type FormEvent } from 'react';
import { useFormProblems } from '../../forms/hooks/useFormProblems';
import { useTypedMutation } from '../../forms/hooks/useTypedMutation';
import { useT } from '../../i18n/hooks/useT';
import {
  ASSESS_VIOLATION_MUTATION,
  VIOLATION_SIGNALS_QUERY,
  VIOLATION_SIGNALS_TO_ASSESS_QUERY,
} from '../graphql/supervision';
import {
  apiProblemAt,
  problemKey,
  ASSESS_FIELDS,
  checkAssessment,
  type AssessField,
} from '../utils/supervisionForm';

/** Probation's assessment of a signal, at the revision it read (a stale one: EDIT_CONFLICT). */
export function useAssessViolationForm(
  signal: { id: string; revision: number },
  onAssessed: () => void,
) {
  const t = useT();
  const [values, setValues] = useState<{ assessment: string; followUp: ViolationFollowUp | '' }>({
    assessment: '',
    followUp: '',
  });
  const problems = useFormProblems<AssessField, string>(ASSESS_FIELDS, (_field, problem) =>
    t(problemKey(problem)),
  );
  const [assess, { pending }] = useTypedMutation(ASSESS_VIOLATION_MUTATION, {
    refetchQueries: [VIOLATION_SIGNALS_QUERY, VIOLATION_SIGNALS_TO_ASSESS_QUERY],
    awaitRefetchQueries: true,
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const input = { signalId: signal.id, revision: signal.revision, ...values };
    const found = checkAssessment(input);
    if (Object.keys(found).length > 0) return problems.show(found);
    problems.clear();
    const outcome = await assess({
      input: {
        ...input,
        assessment: values.assessment.trim(),
        followUp: values.followUp as ViolationFollowUp,
      },
    });
    if (outcome.ok) return onAssessed();
    if (outcome.saved) return problems.showSaved(outcome.message);
    problems.show(apiProblemAt(ASSESS_FIELDS, outcome.code, outcome.field) ?? {}, outcome.message);
  }

  return {
    values,
    setAssessment: (assessment: string) => setValues((v) => ({ ...v, assessment })),
    setFollowUp: (followUp: ViolationFollowUp | '') => setValues((v) => ({ ...v, followUp })),
    problems,
    pending,
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}
