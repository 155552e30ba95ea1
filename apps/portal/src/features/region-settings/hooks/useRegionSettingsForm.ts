import { useQuery } from '@apollo/client/react';
import {
  parseWith,
  REGION_SETTINGS_BOUNDS,
  regionSettingsSchema,
  type InputProblemCode,
} from '@schakel/domain';
import { useState, type FormEvent } from 'react';
import { useFormProblems, type FieldProblems } from '../../forms/hooks/useFormProblems';
import { useTypedMutation } from '../../forms/hooks/useTypedMutation';
import { useT } from '../../i18n/hooks/useT';
import type { MessageKey } from '../../i18n/messages/nl';
import type { RegionalSettingsQuery } from '../../../gql/graphql';
import {
  REGIONAL_SETTINGS_QUERY,
  UPDATE_REGIONAL_SETTINGS_MUTATION,
} from '../graphql/regionalSettings';

/** In the order of the form, so the first problem is the first field on screen. */
export const REGION_SETTINGS_FIELDS = [
  'name',
  'contactEmail',
  'contactPhone',
  'accessReviewMonths',
  'covenantGraceDays',
  'closingGraceDays',
  'wgsContactEmail',
  'wgsContactPhone',
  'wgsContactAddress',
  'volunteerGoalMin',
  'volunteerGoalMax',
] as const;
export type RegionSettingsField = (typeof REGION_SETTINGS_FIELDS)[number];
export type RegionSettingsFormValues = Record<RegionSettingsField, string>;
type Problem = InputProblemCode | 'CONFLICT';

const NUMBER_FIELDS = [
  'accessReviewMonths',
  'covenantGraceDays',
  'closingGraceDays',
  'volunteerGoalMin',
  'volunteerGoalMax',
] as const;

/** The bounds a field's wording names ({min}, {max}). */
export function boundsOf(field: RegionSettingsField): { min: number; max: number } | undefined {
  if (field === 'volunteerGoalMin' || field === 'volunteerGoalMax') {
    return REGION_SETTINGS_BOUNDS.volunteerGoal;
  }
  return (REGION_SETTINGS_BOUNDS as Record<string, { min: number; max: number }>)[field];
}

const INVALID: Record<RegionSettingsField, MessageKey> = {
  name: 'regionSettings.name.invalid',
  contactEmail: 'regionSettings.contactEmail.invalid',
  contactPhone: 'regionSettings.contactPhone.invalid',
  accessReviewMonths: 'regionSettings.accessReviewMonths.invalid',
  covenantGraceDays: 'regionSettings.covenantGraceDays.invalid',
  closingGraceDays: 'regionSettings.closingGraceDays.invalid',
  wgsContactEmail: 'regionSettings.wgsContactEmail.invalid',
  wgsContactPhone: 'regionSettings.wgsContactPhone.invalid',
  wgsContactAddress: 'regionSettings.wgsContactAddress.invalid',
  volunteerGoalMin: 'regionSettings.volunteerGoalMin.invalid',
  volunteerGoalMax: 'regionSettings.volunteerGoalMax.invalid',
};

function toForm(settings: RegionalSettingsQuery['regionalSettings']): RegionSettingsFormValues {
  return {
    name: settings.name,
    contactEmail: settings.contactEmail ?? '',
    contactPhone: settings.contactPhone ?? '',
    accessReviewMonths: String(settings.accessReviewMonths),
    covenantGraceDays: String(settings.covenantGraceDays),
    closingGraceDays: String(settings.closingGraceDays),
    wgsContactEmail: settings.wgsContactEmail ?? '',
    wgsContactPhone: settings.wgsContactPhone ?? '',
    wgsContactAddress: settings.wgsContactAddress ?? '',
    volunteerGoalMin: String(settings.volunteerGoalMin),
    volunteerGoalMax: String(settings.volunteerGoalMax),
  };
}

/**
 * The state and submit of the region's settings: checked with the schema the API uses before
 * sending; the change names the version it was based on, so another administrator's change in
 * between is reported (EDIT_CONFLICT) instead of overwritten.
 */
export function useRegionSettingsForm() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(REGIONAL_SETTINGS_QUERY);
  const [save, { pending }] = useTypedMutation(UPDATE_REGIONAL_SETTINGS_MUTATION);
  // What the administrator is editing, with the version it is based on; until the first edit,
  // the settings as loaded.
  const [draft, setDraft] = useState<{ values: RegionSettingsFormValues; version: number } | null>(
    null,
  );
  const [saved, setSaved] = useState(false);
  const [conflict, setConflict] = useState(false);
  const problems = useFormProblems<RegionSettingsField, Problem>(
    REGION_SETTINGS_FIELDS,
    (field, problem) => {
      if (problem === 'REQUIRED' || problem === 'TOO_SHORT' || problem === 'TOO_LONG') {
        if (field === 'name') return t('regionSettings.name.invalid');
      }
      if (problem === 'RANGE' && field === 'volunteerGoalMax') {
        return t('regionSettings.volunteerGoalMax.range');
      }
      return t(INVALID[field], boundsOf(field) ?? {});
    },
  );

  const settings = data?.regionalSettings;
  const current =
    draft ?? (settings ? { values: toForm(settings), version: settings.version } : null);
  const values = current?.values ?? null;
  const version = current?.version ?? null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending || values === null || version === null) return;
    setSaved(false);
    setConflict(false);
    const input = {
      ...values,
      ...Object.fromEntries(NUMBER_FIELDS.map((f) => [f, values[f].trim()])),
    };
    const parsed = parseWith(regionSettingsSchema(), input);
    if (!parsed.ok) {
      const found: FieldProblems<RegionSettingsField, Problem> = {};
      for (const p of parsed.problems) found[p.path as RegionSettingsField] ??= p.code;
      return problems.show(found);
    }
    problems.clear();
    const outcome = await save({ input: { ...parsed.value, expectedVersion: version } });
    if (outcome.ok) {
      const next = outcome.data.updateRegionalSettings;
      setDraft({ values: toForm(next), version: next.version });
      setSaved(true);
      return;
    }
    if (outcome.code === 'EDIT_CONFLICT') {
      setConflict(true);
      return problems.show({}, t('regionSettings.conflict'));
    }
    const field = outcome.field as RegionSettingsField | null;
    if (field && REGION_SETTINGS_FIELDS.includes(field))
      return problems.show({ [field]: 'INVALID' });
    problems.show({}, outcome.message);
  }

  /** After a conflict: the settings as they are now (what was typed is replaced). */
  async function reload() {
    const { data: fresh } = await refetch();
    setDraft(
      fresh
        ? {
            values: toForm(fresh.regionalSettings),
            version: fresh.regionalSettings.version,
          }
        : null,
    );
    setConflict(false);
    problems.clear();
  }

  return {
    loading,
    failed: error !== undefined,
    values,
    set: (field: RegionSettingsField, value: string) =>
      setDraft((previous) => {
        const base = previous ?? current;
        return base ? { ...base, values: { ...base.values, [field]: value } } : base;
      }),
    problems,
    pending,
    saved,
    conflict,
    reload: () => void reload(),
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}
