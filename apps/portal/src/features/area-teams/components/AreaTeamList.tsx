import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useT } from '../../i18n/hooks/useT';
import type { EditedAreaTeam } from '../hooks/useAreaTeamForm';
import { AreaTeamForm } from './AreaTeamForm';
import './areaTeams.css';

interface ListedTeam extends EditedAreaTeam {
  agency: { id: string; name: string };
  areas: readonly { id: string; name: string }[];
  members: readonly { id: string; name: string }[];
}

interface AreaTeamListProps {
  teams: readonly ListedTeam[];
  agencies: readonly { id: string; name: string }[];
  areas: readonly { id: string; name: string }[];
  onSaved: (name: string) => void;
}

/** The region's teams by agency, each with its wijken and members; one opens for a change. */
export function AreaTeamList({ teams, agencies, areas, onSaved }: AreaTeamListProps) {
  const t = useT();
  const id = useId();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section className="schakel-flow" aria-labelledby={`${id}-heading`}>
      <Heading level={2} id={`${id}-heading`}>
        {t('areaTeams.listHeading')}
      </Heading>
      {teams.length === 0 && <Paragraph>{t('areaTeams.none')}</Paragraph>}
      <ul className="schakel-area-team-list">
        {teams.map((team) => (
          <li key={team.id} className="schakel-area-team">
            <Heading level={3}>{team.name}</Heading>
            <Paragraph>
              {team.agency.name}
              {!team.active && <> · {t('areaTeams.inactive')}</>}
            </Paragraph>
            <Paragraph>
              {t('areaTeams.serves')}:{' '}
              {team.areas.length > 0
                ? team.areas.map((a) => a.name).join(', ')
                : t('areaTeams.noAreas')}
            </Paragraph>
            <Paragraph>
              {t('areaTeams.members')}:{' '}
              {team.members.length > 0
                ? team.members.map((m) => m.name).join(', ')
                : t('areaTeams.noMembers')}
            </Paragraph>
            {editing === team.id ? (
              <AreaTeamForm
                team={team}
                agencies={agencies}
                areas={areas}
                onDone={(name) => {
                  setEditing(null);
                  onSaved(name);
                }}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <Button
                type="button"
                appearance="secondary-action-button"
                onClick={() => setEditing(team.id)}
              >
                {t('areaTeams.edit', { name: team.name })}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
