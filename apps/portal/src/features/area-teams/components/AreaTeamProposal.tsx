import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useT } from '../../i18n/hooks/useT';
import './areaTeams.css';

interface AreaTeamProposalProps {
  area: string;
  teams: readonly { id: string; name: string; agency: { id: string; name: string } }[];
  /** The agencies that may be ticked here (the others are the caller's own, or the ZVH). */
  choices: readonly string[];
  /** Ticks the agencies; nothing is added until the form is sent. */
  onTake: (agencyIds: string[]) => void;
  action: 'propose' | 'take';
}

/**
 * The partners of the person's wijk (ADR 0036) as a proposal: the teams serving the wijk, and one
 * button that ticks their agencies in the form. Nothing is added by itself.
 */
export function AreaTeamProposal({ area, teams, choices, onTake, action }: AreaTeamProposalProps) {
  const t = useT();
  const [taken, setTaken] = useState(false);
  const agencyIds = [...new Set(teams.map((team) => team.agency.id))].filter((id) =>
    choices.includes(id),
  );
  if (teams.length === 0) {
    return <Paragraph>{t('areaTeams.proposalNone', { area })}</Paragraph>;
  }
  return (
    <div className="schakel-area-team__proposal">
      <Paragraph>{t('areaTeams.proposal', { area, teams: teams.length })}</Paragraph>
      <ul>
        {teams.map((team) => (
          <li key={team.id}>
            {t('areaTeams.proposalTeam', { team: team.name, agency: team.agency.name })}
          </li>
        ))}
      </ul>
      {agencyIds.length > 0 && (
        <div>
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => {
              onTake(agencyIds);
              setTaken(true);
            }}
          >
            {t(action === 'propose' ? 'areaTeams.propose' : 'areaTeams.take', { area })}
          </Button>
        </div>
      )}
      <div role="status">{taken && <Paragraph>{t('areaTeams.taken', { area })}</Paragraph>}</div>
    </div>
  );
}
