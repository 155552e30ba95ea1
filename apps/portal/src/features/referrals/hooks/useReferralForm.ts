import { useLazyQuery, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { CaseTheme, InformationCategory } from '../../../gql/graphql';
import { errorCodeOf, errorFieldOf } from '../../api-client/utils/errorCode';
import { useMe } from '../../auth/hooks/useMe';
import { AGENCIES_QUERY } from '../../cases/graphql/agenciesQuery';
import { useFormProblems } from '../../forms/hooks/useFormProblems';
import { useTypedMutation } from '../../forms/hooks/useTypedMutation';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import type { MessageKey } from '../../i18n/messages/nl';
import {
  CREATE_REFERRAL_MUTATION,
  REFERRAL_PERSON_LOOKUP_QUERY,
  REFERRAL_REASON_CATEGORIES_QUERY,
} from '../graphql/referralDocuments';
import {
  checkReferral,
  checkSearch,
  EMPTY_REFERRAL,
  fieldOfApi,
  personInput,
  REFERRAL_FIELDS,
  type ReferralField,
  type ReferralProblem,
  type ReferralValues,
} from '../utils/referralValidation';

export type ChosenPerson = { kind: 'existing'; id: string; name: string } | { kind: 'new' } | null;

export const REFERRAL_LABELS: Record<ReferralField, MessageKey> = {
  bsn: 'referral.bsn',
  givenNames: 'referral.givenNames',
  familyName: 'referral.familyName',
  dateOfBirth: 'referral.dateOfBirth',
  postcode: 'referral.postcode',
  theme: 'referral.theme',
  reason: 'referral.reason',
  goal: 'referral.goal',
  reasonCategories: 'referral.reasonCategories',
  personInformed: 'referral.personInformed',
  notInformedReason: 'referral.notInformedReason',
  proposedAgencyIds: 'referral.partners',
};

/** The state and the two submits of the referral: find the person first, then the referral. */
export function useReferralForm() {
  const t = useT();
  const errorMessage = useErrorMessage();
  const me = useMe();
  const [values, setValues] = useState<ReferralValues>(EMPTY_REFERRAL);
  const [chosen, setChosen] = useState<ChosenPerson>(null);
  const [sent, setSent] = useState<{ caseId: string; reference: string } | null>(null);

  const problems = useFormProblems<ReferralField, ReferralProblem>(
    REFERRAL_FIELDS,
    (field, problem) => {
      if (field === 'personInformed') return t('referral.chooseInformed');
      if (field === 'reasonCategories') {
        return t(
          problem === 'REQUIRED'
            ? 'referral.reasonCategoriesRequired'
            : 'referral.reasonCategoriesRefused',
        );
      }
      return t(`referral.problem.${problem}`, {
        field: t(REFERRAL_LABELS[field]).toLowerCase(),
      });
    },
  );

  const agencies = useQuery(AGENCIES_QUERY);
  const writable = useQuery(REFERRAL_REASON_CATEGORIES_QUERY);
  const [lookup, found] = useLazyQuery(REFERRAL_PERSON_LOOKUP_QUERY, {
    fetchPolicy: 'network-only',
  });
  const [createReferral, created] = useTypedMutation(CREATE_REFERRAL_MUTATION);

  const set = (field: keyof ReferralValues) => (value: string) =>
    setValues((previous) => ({ ...previous, [field]: value }));
  const toggle =
    (field: 'reasonCategories' | 'proposedAgencyIds', value: string) => (checked: boolean) =>
      setValues((previous) => ({
        ...previous,
        [field]: checked
          ? [...previous[field], value]
          : previous[field].filter((other) => other !== value),
      }));

  async function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const searchProblems = checkSearch(values);
    if (Object.keys(searchProblems).length > 0) return problems.show(searchProblems);
    problems.clear();
    const byBsn = values.bsn.trim() !== '';
    const { error } = await lookup({
      variables: {
        input: byBsn
          ? { bsn: values.bsn.trim() }
          : {
              familyName: values.familyName.trim(),
              givenNames: values.givenNames.trim() || null,
              dateOfBirth: values.dateOfBirth.trim(),
            },
      },
    });
    if (error) {
      const field = fieldOfApi(errorFieldOf(error));
      problems.show(
        field ? { [field]: 'INVALID' } : {},
        field ? null : errorMessage(errorCodeOf(error)),
      );
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (created.pending) return;
    const checked = checkReferral(values, chosen?.kind === 'new');
    if (Object.keys(checked).length > 0) return problems.show(checked);
    problems.clear();
    const outcome = await createReferral({
      input: {
        ...(chosen?.kind === 'existing'
          ? { personId: chosen.id }
          : { person: personInput(values) }),
        theme: values.theme as CaseTheme,
        reason: values.reason.trim(),
        goal: values.goal.trim(),
        reasonCategories: values.reasonCategories as InformationCategory[],
        proposedAgencyIds: values.proposedAgencyIds,
        personInformed: values.personInformed === 'yes',
        notInformedReason: values.personInformed === 'no' ? values.notInformedReason.trim() : null,
      },
    });
    // The receipt takes the focus when it shows (ReferralSent).
    if (outcome.ok) return setSent(outcome.data.createReferral);
    // Saved, only not shown: clear what was typed (the message stays on this step), so the
    // referral cannot be sent twice by pressing the button again.
    if (outcome.saved) {
      setValues(EMPTY_REFERRAL);
      return problems.showSaved(outcome.message);
    }
    // Everything typed stays: only what is wrong needs correcting.
    const field = fieldOfApi(outcome.field);
    // A category the agency may not write is refused as FORBIDDEN on that field.
    if ((outcome.code === 'BAD_USER_INPUT' || field === 'reasonCategories') && field) {
      problems.show({ [field]: 'INVALID' });
    } else problems.show({}, outcome.message);
  }

  function startOver() {
    setSent(null);
    setChosen(null);
    setValues(EMPTY_REFERRAL);
  }

  const allAgencies = agencies.data?.agencies ?? [];
  return {
    values,
    set,
    toggle,
    chosen,
    choose: setChosen,
    sent,
    startOver,
    problems,
    search: (event: FormEvent<HTMLFormElement>) => void search(event),
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
    searching: found.loading,
    results: found.data?.referralPersonLookup ?? null,
    sending: created.pending,
    categoryChoices: writable.data?.referralReasonCategories ?? [],
    categoriesLoading: writable.loading,
    // A volunteer organisation is never proposed: it joins only after the person's recorded
    // consent for it, which can be recorded once the case exists (after triage).
    partnerChoices: allAgencies.filter(
      (agency) =>
        agency.type !== 'ZVH' && agency.type !== 'VOLUNTEER' && agency.id !== me.agency.id,
    ),
    hasVolunteers: allAgencies.some((agency) => agency.type === 'VOLUNTEER'),
  };
}

export type ReferralFormState = ReturnType<typeof useReferralForm>;
