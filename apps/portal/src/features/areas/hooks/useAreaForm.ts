import { areaSchema, parseWith } from '@schakel/domain';
import { useState, type FormEvent } from 'react';
import { useFormProblems, type FieldProblems } from '../../forms/hooks/useFormProblems';
import { useTypedMutation } from '../../forms/hooks/useTypedMutation';
import { useT } from '../../i18n/hooks/useT';
import { AREAS_QUERY, CREATE_AREA_MUTATION, UPDATE_AREA_MUTATION } from '../graphql/areaDocuments';
import { formatRangesText, parseRangesText } from '../utils/postcodeRanges';

export const AREA_FIELDS = ['name', 'ranges'] as const;
export type AreaField = (typeof AREA_FIELDS)[number];
type Problem = 'INVALID';

export interface EditedArea {
  id: string;
  name: string;
  active: boolean;
  version: number;
  ranges: readonly { from: string; to: string }[];
}

/**
 * Adding a wijk (no `area`) or changing one: checked with the schema the API uses; a stale edit
 * (EDIT_CONFLICT), a name or postcodes another wijk holds are reported at their field.
 */
export function useAreaForm(area: EditedArea | null, onDone: (name: string) => void) {
  const t = useT();
  const refetch = { refetchQueries: [AREAS_QUERY], awaitRefetchQueries: true };
  const [create, created] = useTypedMutation(CREATE_AREA_MUTATION, refetch);
  const [update, updated] = useTypedMutation(UPDATE_AREA_MUTATION, refetch);
  const [values, setValues] = useState({
    name: area?.name ?? '',
    ranges: area ? formatRangesText(area.ranges) : '',
    active: area?.active ?? true,
  });
  const problems = useFormProblems<AreaField, Problem>(AREA_FIELDS, (field) =>
    t(field === 'name' ? 'areas.name.invalid' : 'areas.ranges.invalid'),
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { name: values.name, ranges: parseRangesText(values.ranges) };
    const parsed = parseWith(areaSchema(), input);
    if (!parsed.ok) {
      const found: FieldProblems<AreaField, Problem> = {};
      for (const p of parsed.problems) found[p.path.split('.')[0] as AreaField] ??= 'INVALID';
      return problems.show(found);
    }
    problems.clear();
    const outcome = area
      ? await update({
          input: { ...input, id: area.id, active: values.active, expectedVersion: area.version },
        })
      : await create({ input });
    if (outcome.ok) {
      if (!area) setValues({ name: '', ranges: '', active: true });
      return onDone(parsed.value.name);
    }
    if (outcome.code === 'EDIT_CONFLICT') return problems.show({}, t('areas.conflict'));
    // A name or postcodes another wijk holds, or anything else: the API's translated message.
    problems.show({}, outcome.message);
  }

  return {
    values,
    set: (field: 'name' | 'ranges') => (value: string) =>
      setValues((v) => ({ ...v, [field]: value })),
    setActive: (active: boolean) => setValues((v) => ({ ...v, active })),
    submit,
    problems,
    pending: created.pending || updated.pending,
  };
}
