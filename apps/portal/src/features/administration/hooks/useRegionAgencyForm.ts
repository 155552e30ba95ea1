import { useApolloClient } from '@apollo/client/react';
import {
  AGENCY_CONTACT_NAME_MAX,
  AGENCY_CONTACT_PHONE_MAX,
  AGENCY_CONTACT_PHONE_MIN,
  AGENCY_NAME_MAX,
  AGENCY_NAME_MIN,
  type AgencyType,
} from '@schakel/domain';
import { useState, type FormEvent } from 'react';
import type { RegionAgencyFieldsFragment } from '../../../gql/graphql';
import { useFormProblems } from '../../forms/hooks/useFormProblems';
import { useTypedMutation } from '../../forms/hooks/useTypedMutation';
import { useT } from '../../i18n/hooks/useT';
import {
  CREATE_REGION_AGENCY_MUTATION,
  REGION_AGENCIES_QUERY,
  UPDATE_REGION_AGENCY_MUTATION,
} from '../graphql/regionAgencies';
import {
  checkRegionAgency,
  EMPTY_REGION_AGENCY,
  REGION_AGENCY_FIELDS,
  regionAgencyProblemsForApiError,
  type RegionAgencyField,
  type RegionAgencyProblem,
  type RegionAgencyValues,
} from '../utils/regionAgencyFields';

type Agency = RegionAgencyFieldsFragment;

const valuesOf = (agency: Agency): RegionAgencyValues => ({
  name: agency.name,
  type: agency.type,
  contactName: agency.contactName ?? '',
  contactEmail: agency.contactEmail ?? '',
  contactPhone: agency.contactPhone ?? '',
});

export type RegionAgencyFormMode =
  { kind: 'create'; onSaved: (agency: Agency) => void } | { kind: 'edit'; agency: Agency };

/**
 * The state and submit of an agency's settings: a new agency, or an edit that sends back the
 * version it began from, so a colleague's save in between is not overwritten unseen.
 */
export function useRegionAgencyForm(mode: RegionAgencyFormMode) {
  const t = useT();
  const client = useApolloClient();
  const editing = mode.kind === 'edit' ? mode.agency : null;
  const [values, setValues] = useState<RegionAgencyValues>(() =>
    editing ? valuesOf(editing) : EMPTY_REGION_AGENCY,
  );
  const [baseVersion, setBaseVersion] = useState(editing?.settingsVersion ?? 0);
  /** What a colleague saved meanwhile, after an EDIT_CONFLICT. */
  const [conflict, setConflict] = useState<Agency | null>(null);
  const [saved, setSaved] = useState(false);
  const problems = useFormProblems<RegionAgencyField, RegionAgencyProblem>(
    REGION_AGENCY_FIELDS,
    (field, problem) => {
      switch (field) {
        case 'name':
          if (problem === 'REQUIRED') return t('regionAgencies.problem.nameRequired');
          if (problem === 'TAKEN') return t('regionAgencies.problem.nameTaken');
          return t('regionAgencies.problem.nameLength', {
            min: AGENCY_NAME_MIN,
            max: AGENCY_NAME_MAX,
          });
        case 'type':
          return problem === 'ROLES'
            ? t('regionAgencies.problem.typeRoles')
            : t('regionAgencies.problem.typeRequired');
        case 'contactName':
          return t('regionAgencies.problem.contactNameLength', { max: AGENCY_CONTACT_NAME_MAX });
        case 'contactEmail':
          return t('regionAgencies.problem.contactEmail');
        case 'contactPhone':
          return t('regionAgencies.problem.contactPhone', {
            min: AGENCY_CONTACT_PHONE_MIN,
            max: AGENCY_CONTACT_PHONE_MAX,
          });
      }
    },
  );
  const refetch = { refetchQueries: [REGION_AGENCIES_QUERY], awaitRefetchQueries: true };
  const [create, creating] = useTypedMutation(CREATE_REGION_AGENCY_MUTATION, refetch);
  const [update, updating] = useTypedMutation(UPDATE_REGION_AGENCY_MUTATION, refetch);
  const pending = creating.pending || updating.pending;

  /** A colleague saved first: show what is saved now, and edit on from that version. */
  async function showConflict(agencyId: string) {
    const { data } = await client
      .query({ query: REGION_AGENCIES_QUERY, fetchPolicy: 'network-only' })
      .catch(() => ({ data: undefined }));
    const now = data?.regionAgencies.find((a) => a.id === agencyId) ?? null;
    if (now) setBaseVersion(now.settingsVersion);
    problems.clear();
    setConflict(now);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setSaved(false);
    const found = checkRegionAgency(values);
    if (Object.keys(found).length > 0) return problems.show(found);
    problems.clear();
    const input = {
      name: values.name.trim(),
      type: values.type as AgencyType,
      contactName: values.contactName.trim() || null,
      contactEmail: values.contactEmail.trim() || null,
      contactPhone: values.contactPhone.trim() || null,
    };
    const outcome = editing
      ? await update({
          input: { ...input, agencyId: editing.id, expectedSettingsVersion: baseVersion },
        })
      : await create({ input });
    if (!outcome.ok && outcome.saved) return problems.showSaved(outcome.message);
    if (!outcome.ok) {
      if (editing && outcome.code === 'EDIT_CONFLICT') return showConflict(editing.id);
      const fieldProblems = regionAgencyProblemsForApiError(outcome.code, outcome.field);
      return fieldProblems ? problems.show(fieldProblems) : problems.show({}, outcome.message);
    }
    setConflict(null);
    if ('createRegionAgency' in outcome.data) {
      setValues(EMPTY_REGION_AGENCY);
      if (mode.kind === 'create') mode.onSaved(outcome.data.createRegionAgency);
    } else {
      const after = outcome.data.updateRegionAgency;
      setBaseVersion(after.settingsVersion);
      setValues(valuesOf(after));
      setSaved(true);
    }
  }

  return {
    values,
    set: (field: RegionAgencyField, value: string) => {
      setSaved(false);
      setValues((previous) => ({ ...previous, [field]: value }));
    },
    problems,
    pending,
    saved,
    conflict,
    takeSaved: () => {
      if (!conflict) return;
      setValues(valuesOf(conflict));
      setConflict(null);
      problems.clear();
    },
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}
