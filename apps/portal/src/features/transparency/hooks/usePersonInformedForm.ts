import type { NotInformedReason } from '@schakel/domain';
import { useState, type FormEvent } from 'react';
import type { CasePersonInformedFieldsFragment } from '../../../gql/graphql';
import { useFormProblems } from '../../forms/hooks/useFormProblems';
import { useTypedMutation } from '../../forms/hooks/useTypedMutation';
import { useT } from '../../i18n/hooks/useT';
import {
  CASE_PERSON_INFORMED_QUERY,
  RECORD_PERSON_INFORMED_MUTATION,
} from '../graphql/transparency';
import {
  checkInformed,
  INFORMED_FIELDS,
  informedApiProblem,
  informedProblemKey,
  type InformedField,
} from '../utils/informedForm';

export interface InformedValues {
  informed: 'yes' | 'no' | '';
  informedOn: string;
  informedByAgencyId: string;
  notInformedReason: NotInformedReason | '';
  explanation: string;
}

/**
 * The starting values: the record as it stands, or else the referral's answer (informed by the
 * referrer on the day of the referral; "not informed" without a reason, which the lead gives).
 */
export function initialInformedValues(view: CasePersonInformedFieldsFragment): InformedValues {
  const record = view.record;
  if (record) {
    return {
      informed: record.informed ? 'yes' : 'no',
      informedOn: record.informedOn ?? '',
      informedByAgencyId: record.informedBy?.id ?? '',
      notInformedReason: record.notInformedReason ?? '',
      explanation: record.explanation ?? '',
    };
  }
  const answer = view.referralAnswer;
  return {
    informed: answer ? (answer.informed ? 'yes' : 'no') : '',
    informedOn: answer?.informed ? answer.referredOn : '',
    informedByAgencyId: answer?.informed ? answer.referrer.id : '',
    notInformedReason: '',
    explanation: '',
  };
}

/** A case lead records whether the person was informed, at the revision it read. */
export function usePersonInformedForm(
  view: CasePersonInformedFieldsFragment,
  onRecorded: () => void,
) {
  const t = useT();
  const [values, setValues] = useState<InformedValues>(() => initialInformedValues(view));
  const problems = useFormProblems<InformedField, string>(INFORMED_FIELDS, (_field, problem) =>
    t(informedProblemKey(problem)),
  );
  const [record, { pending }] = useTypedMutation(RECORD_PERSON_INFORMED_MUTATION, {
    refetchQueries: [CASE_PERSON_INFORMED_QUERY],
    awaitRefetchQueries: true,
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    if (values.informed === '') return problems.show({ informed: 'REQUIRED' });
    const informed = values.informed === 'yes';
    const input = {
      caseId: view.caseId,
      informed,
      informedOn: informed ? values.informedOn : null,
      informedByAgencyId: informed && values.informedByAgencyId ? values.informedByAgencyId : null,
      notInformedReason: !informed && values.notInformedReason ? values.notInformedReason : null,
      explanation: values.explanation.trim() || null,
      revision: view.record?.revision ?? null,
    };
    const found = checkInformed(input);
    if (Object.keys(found).length > 0) return problems.show(found);
    problems.clear();
    const outcome = await record({ input });
    if (outcome.ok) return onRecorded();
    if (outcome.saved) return problems.showSaved(outcome.message);
    problems.show(informedApiProblem(outcome.code, outcome.field) ?? {}, outcome.message);
  }

  return {
    values,
    set:
      <K extends keyof InformedValues>(key: K) =>
      (value: InformedValues[K]) =>
        setValues((v) => ({ ...v, [key]: value })),
    problems,
    pending,
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}
