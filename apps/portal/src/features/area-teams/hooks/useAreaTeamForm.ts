import { areaTeamSchema, parseWith } from '@schakel/domain';
import { useState, type FormEvent } from 'react';
import { useFormProblems, type FieldProblems } from '../../forms/hooks/useFormProblems';
import { useTypedMutation } from '../../forms/hooks/useTypedMutation';
import { useT } from '../../i18n/hooks/useT';
import {
  AREA_TEAMS_QUERY,
  CREATE_AREA_TEAM_MUTATION,
  UPDATE_AREA_TEAM_MUTATION,
} from '../graphql/areaTeamDocuments';

export const AREA_TEAM_FIELDS = ['agencyId', 'name', 'areaIds', 'memberUserIds'] as const;
export type AreaTeamField = (typeof AREA_TEAM_FIELDS)[number];
type Problem = 'INVALID';

export interface EditedAreaTeam {
  id: string;
  name: string;
  active: boolean;
  version: number;
  agency: { id: string };
  areas: readonly { id: string }[];
  members: readonly { id: string }[];
}

/**
 * Adding a team (no `team`) or changing one: checked with the schema the API uses; a stale edit
 * (EDIT_CONFLICT) and a name the agency already uses are said in words.
 */
export function useAreaTeamForm(team: EditedAreaTeam | null, onDone: (name: string) => void) {
  const t = useT();
  const refetch = { refetchQueries: [AREA_TEAMS_QUERY], awaitRefetchQueries: true };
  const [create, created] = useTypedMutation(CREATE_AREA_TEAM_MUTATION, refetch);
  const [update, updated] = useTypedMutation(UPDATE_AREA_TEAM_MUTATION, refetch);
  const empty = { agencyId: '', name: '', areaIds: [], memberUserIds: [], active: true };
  const [values, setValues] = useState<{
    agencyId: string;
    name: string;
    areaIds: string[];
    memberUserIds: string[];
    active: boolean;
  }>(
    team
      ? {
          agencyId: team.agency.id,
          name: team.name,
          areaIds: team.areas.map((a) => a.id),
          memberUserIds: team.members.map((m) => m.id),
          active: team.active,
        }
      : empty,
  );
  const problems = useFormProblems<AreaTeamField, Problem>(AREA_TEAM_FIELDS, (field) =>
    t(field === 'agencyId' ? 'areaTeams.agency.invalid' : 'areaTeams.name.invalid'),
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      agencyId: values.agencyId,
      name: values.name,
      areaIds: values.areaIds,
      memberUserIds: values.memberUserIds,
    };
    const parsed = parseWith(areaTeamSchema(), input);
    if (!parsed.ok) {
      const found: FieldProblems<AreaTeamField, Problem> = {};
      for (const p of parsed.problems) found[p.path.split('.')[0] as AreaTeamField] ??= 'INVALID';
      return problems.show(found);
    }
    problems.clear();
    const outcome = team
      ? await update({
          input: {
            id: team.id,
            name: input.name,
            areaIds: input.areaIds,
            memberUserIds: input.memberUserIds,
            active: values.active,
            expectedVersion: team.version,
          },
        })
      : await create({ input });
    if (outcome.ok) {
      if (!team) setValues(empty);
      return onDone(parsed.value.name);
    }
    if (outcome.code === 'EDIT_CONFLICT') return problems.show({}, t('areaTeams.conflict'));
    problems.show({}, outcome.message);
  }

  const toggle = (field: 'areaIds' | 'memberUserIds', id: string, on: boolean) =>
    setValues((v) => ({
      ...v,
      [field]: on ? [...v[field].filter((x) => x !== id), id] : v[field].filter((x) => x !== id),
    }));

  return {
    values,
    setName: (name: string) => setValues((v) => ({ ...v, name })),
    setAgency: (agencyId: string) => setValues((v) => ({ ...v, agencyId, memberUserIds: [] })),
    setActive: (active: boolean) => setValues((v) => ({ ...v, active })),
    toggle,
    submit,
    problems,
    pending: created.pending || updated.pending,
  };
}
