import type { ConditionKind, ConditionStatus, LegalSourceKind } from '@schakel/domain';
import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { SupervisionConditionFieldsFragment } from '../../../gql/graphql';
import { useFormProblems } from '../../forms/hooks/useFormProblems';
import { useTypedMutation } from '../../forms/hooks/useTypedMutation';
import { useT } from '../../i18n/hooks/useT';
import {
  RECORD_SUPERVISION_CONDITION_MUTATION,
  SUPERVISION_CONDITIONS_QUERY,
  UPDATE_SUPERVISION_CONDITION_MUTATION,
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

/** The form's values of a condition read from the API (to change it). */
function valuesOf(condition: SupervisionConditionFieldsFragment): ConditionValues {
  return {
    kind: condition.kind,
    subject: condition.subject ?? '',
    frequency: condition.frequency ?? '',
    alcoholMonitor: condition.alcoholMonitor,
    notes: condition.notes ?? '',
    legalSourceKind: condition.legalSourceKind,
    legalSourceDate: condition.legalSourceDate,
    parketNumber: condition.parketNumber,
    startsOn: condition.startsOn,
    endsOn: condition.endsOn ?? '',
    status: condition.status,
  };
}

/** The queries a recorded or changed condition shows in. */
const RELOAD = [SUPERVISION_CONDITIONS_QUERY, 'CaseTimeline'];

/**
 * Probation records a special condition, or changes one it read (`condition`: at its revision,
 * else EDIT_CONFLICT); the case's conditions and timeline are loaded again afterwards.
 */
export function useSupervisionConditionForm(
  caseId: string,
  onRecorded: () => void,
  condition?: SupervisionConditionFieldsFragment,
) {
  const t = useT();
  const client = useApolloClient();
  const [values, setValues] = useState<ConditionValues>(() =>
    condition ? valuesOf(condition) : EMPTY,
  );
  const problems = useFormProblems<ConditionField, string>(CONDITION_FIELDS, (_field, problem) =>
    t(problemKey(problem)),
  );
  const [record, recording] = useTypedMutation(RECORD_SUPERVISION_CONDITION_MUTATION, {
    refetchQueries: RELOAD,
    awaitRefetchQueries: true,
  });
  const [update, updating] = useTypedMutation(UPDATE_SUPERVISION_CONDITION_MUTATION, {
    refetchQueries: RELOAD,
    awaitRefetchQueries: true,
  });
  const pending = recording.pending || updating.pending;

  async function save(values: ConditionValues) {
    if (pending) return;
    const input = { ...values, caseId };
    const found = checkCondition(input);
    if (Object.keys(found).length > 0) return problems.show(found);
    problems.clear();
    const fields = {
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
    };
    const outcome = condition
      ? await update({
          input: { ...fields, conditionId: condition.id, revision: condition.revision },
        })
      : await record({ input: { ...fields, caseId } });
    if (outcome.ok) {
      if (!condition) setValues(EMPTY);
      onRecorded();
      return;
    }
    if (outcome.saved) {
      if (!condition) setValues(EMPTY);
      return problems.showSaved(outcome.message);
    }
    if (outcome.code === 'EDIT_CONFLICT') {
      // Someone changed the condition meanwhile: the input stays; the newest version is shown.
      void client.refetchQueries({ include: RELOAD }).catch(() => undefined);
      return problems.show({}, t('supervision.editConflict'));
    }
    problems.show(
      apiProblemAt(CONDITION_FIELDS, outcome.code, outcome.field) ?? {},
      outcome.message,
    );
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await save(values);
  }

  /** Ends the condition as it was read (one click): it leaves the police card at once. */
  async function end() {
    const ended = { ...values, status: 'ENDED' as const };
    setValues(ended);
    await save(ended);
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
    end: () => void end(),
    editing: condition !== undefined,
  };
}
