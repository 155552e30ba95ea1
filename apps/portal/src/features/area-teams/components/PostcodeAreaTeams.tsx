import { useQuery } from '@apollo/client/react';
import { AREA_PARTNERS_QUERY } from '../graphql/areaTeamDocuments';
import { AreaTeamProposal } from './AreaTeamProposal';

const POSTCODE = /^([1-9][0-9]{3}) ?([A-Za-z]{2})$/;

interface PostcodeAreaTeamsProps {
  postcode: string;
  choices: readonly string[];
  onTake: (agencyIds: string[]) => void;
}

/** In the referral: the teams serving the wijk of the typed postcode, to propose as partners. */
export function PostcodeAreaTeams({ postcode, choices, onTake }: PostcodeAreaTeamsProps) {
  const match = POSTCODE.exec(postcode.trim());
  const normal = match ? `${match[1]}${match[2]!.toUpperCase()}` : null;
  const { data } = useQuery(AREA_PARTNERS_QUERY, {
    variables: { postcode: normal ?? '' },
    skip: normal === null,
  });
  const area = data?.areaPartners.area;
  if (!normal || !area) return null;
  return (
    <AreaTeamProposal
      area={area.name}
      teams={data.areaPartners.teams}
      choices={choices}
      onTake={onTake}
      action="propose"
    />
  );
}
