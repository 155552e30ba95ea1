import type { ConditionKind, ConditionStatus, LegalSourceKind } from '@schakel/domain';
import { useState, type FormEvent } from 'react';
import { useFormProblems } from '../../forms/hooks/useFormProblems';
import { useTypedMutation } from '../../forms/hooks/useTypedMutation';
import { useT } from '../../i18n/hooks/useT';
import {
  RECORD_SUPERVISION_CONDITION_MUTATION,
  SUPERVISION_CONDITIONS_QUERY,
} from '../graphql/supervision';
import {
  apiProblemAt,
  problemKey,
  checkCondition,
  CONDITION_FIELDS,
  type ConditionField,
} from '../utils/supervisionForm';

export interface ConditionValues {
  kind: ConditionKind | '';
  subject: string;
  frequency: string;
  alcoholMonitor: boolean;
  notes: string;
  legalSourceKind: LegalSourceKind | '';
  legalSourceDate: string;
  parketNumber: string;
  startsOn: string;
  endsOn: string;
  status: ConditionStatus;
}

const EMPTY: ConditionValues = {
  kind: '',
  subject: '',
  frequency: '',
  alcoholMonitor: false,
  notes: '',
  legalSourceKind: '',
  legalSourceDate: '',
  parketNumber: '',
  startsOn: '',
  endsOn: '',
  status: 'ACTIVE',
};

/** Probation records a special condition; the case's conditions are loaded again afterwards. */
export function useSupervisionConditionForm(caseId: string, onRecorded: () => void) {
  const t = useT();
  const [values, setValues] = useState<ConditionValues>(EMPTY);
  const problems = useFormProblems<ConditionField, string>(CONDITION_FIELDS, (_field, problem) =>
    t(problemKey(problem)),
  );
  const [record, { pending }] = useTypedMutation(RECORD_SUPERVISION_CONDITION_MUTATION, {
    refetchQueries: [SUPERVISION_CONDITIONS_QUERY],
    awaitRefetchQueries: true,
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const input = { ...values, caseId };
    const found = checkCondition(input);
    if (Object.keys(found).length > 0) return problems.show(found);
    problems.clear();
    const outcome = await record({
      input: {
        caseId,
        kind: values.kind as ConditionKind,
        subject: values.subject.trim() || null,
        frequency: values.frequency.trim() || null,
        alcoholMonitor: values.kind === 'ALCOHOL_BAN' && values.alcoholMonitor,
        notes: values.notes.trim() || null,
        legalSourceKind: values.legalSourceKind as LegalSourceKind,
        legalSourceDate: values.legalSourceDate,
        parketNumber: values.parketNumber.trim(),
        startsOn: values.startsOn,
        endsOn: values.endsOn || null,
        status: values.status,
      },
    });
    if (outcome.ok) {
      setValues(EMPTY);
      onRecorded();
      return;
    }
    if (outcome.saved) {
      setValues(EMPTY);
      return problems.showSaved(outcome.message);
    }
    problems.show(
      apiProblemAt(CONDITION_FIELDS, outcome.code, outcome.field) ?? {},
      outcome.message,
    );
  }

  return {
    values,
    set:
      <K extends keyof ConditionValues>(field: K) =>
      (value: ConditionValues[K]) =>
        setValues((previous) => ({ ...previous, [field]: value })),
    problems,
    pending,
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}
