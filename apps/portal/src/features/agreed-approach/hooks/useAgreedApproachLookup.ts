import { useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useFormProblems } from '../../forms/hooks/useFormProblems';
import { localDate } from '../../forms/utils/localDate';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import {
  checkLookup,
  firstLookupProblem,
  LOOKUP_FIELDS,
  lookupProblemsForApiError,
  PURPOSE_MAX,
  PURPOSE_MIN,
  type LookupField,
  type LookupProblem,
  type LookupValues,
  type SearchMode,
} from '../utils/lookupProblems';
import { useLookupAgreedApproach, type LookupResult } from './useLookupAgreedApproach';

const EMPTY: LookupValues = {
  mode: 'BSN',
  bsn: '',
  familyName: '',
  givenNames: '',
  dateOfBirth: '',
  purposeKind: '',
  purpose: '',
};

/** The state and submit of the police lookup; the result heading takes the focus when found. */
export function useAgreedApproachLookup() {
  const t = useT();
  const errorMessage = useErrorMessage();
  const { lookup, loading } = useLookupAgreedApproach();
  const [values, setValues] = useState<LookupValues>(EMPTY);
  const [result, setResult] = useState<LookupResult | null>(null);
  const problems = useFormProblems<LookupField, LookupProblem>(LOOKUP_FIELDS, (field, problem) => {
    switch (field) {
      case 'bsn':
        return t(
          problem === 'REQUIRED'
            ? 'agreedApproach.lookup.bsnRequired'
            : 'agreedApproach.lookup.bsnInvalid',
        );
      case 'familyName':
        return t('agreedApproach.lookup.familyNameRequired');
      case 'dateOfBirth':
        return t(
          problem === 'REQUIRED'
            ? 'agreedApproach.lookup.dateOfBirthRequired'
            : 'agreedApproach.lookup.dateOfBirthInvalid',
        );
      case 'purposeKind':
        return t('agreedApproach.lookup.purposeKindRequired');
      case 'purpose':
        return problem === 'REQUIRED'
          ? t('agreedApproach.lookup.purposeRequired')
          : problem === 'TOO_LONG'
            ? t('agreedApproach.lookup.purposeTooLong', { max: PURPOSE_MAX })
            : t('agreedApproach.lookup.purposeTooShort', { min: PURPOSE_MIN });
    }
  });
  const resultId = problems.controlId('result');

  /** A failed attempt hides the previous result; the problems take the focus. */
  function showProblems(...args: Parameters<typeof problems.show>) {
    setResult(null);
    problems.show(...args);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found = checkLookup(values, localDate());
    if (firstLookupProblem(found)) return showProblems(found);
    problems.clear();
    const search =
      values.mode === 'BSN'
        ? { bsn: values.bsn.replace(/[\s.-]/g, '') }
        : {
            familyName: values.familyName.trim(),
            dateOfBirth: values.dateOfBirth,
            ...(values.givenNames.trim() ? { givenNames: values.givenNames.trim() } : {}),
          };
    // The form keeps its input, so the officer can correct a typo and search again.
    const outcome = await lookup({
      ...search,
      purposeKind: values.purposeKind || null,
      purpose: values.purpose.trim(),
    });
    if (!outcome.ok) {
      const fieldProblems = lookupProblemsForApiError(outcome.code, outcome.field);
      if (fieldProblems) showProblems(fieldProblems);
      else showProblems({}, errorMessage(outcome.code));
      return;
    }
    flushSync(() => setResult(outcome.result));
    problems.focus(resultId);
  }

  return {
    values,
    set: (field: Exclude<keyof LookupValues, 'mode'>, value: string) =>
      setValues((previous) => ({ ...previous, [field]: value })),
    setMode: (mode: SearchMode) => {
      setValues((previous) => ({ ...previous, mode }));
      // The field problems of the other mode go; a failure of the request as a whole stays
      // (the two are never shown together).
      if (Object.keys(problems.problems).length > 0) problems.clear();
    },
    problems,
    pending: loading,
    result,
    resultId,
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}

export type AgreedApproachLookupState = ReturnType<typeof useAgreedApproachLookup>;
