import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { AreaTeamForm } from '../features/area-teams/components/AreaTeamForm';
import { AreaTeamList } from '../features/area-teams/components/AreaTeamList';
import { AREA_TEAMS_QUERY } from '../features/area-teams/graphql/areaTeamDocuments';
import { useT } from '../features/i18n/hooks/useT';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

/** /beheer/gebiedsteams: the functional administrator's area teams (ADR 0036; no case content). */
export function AreaTeamsPage() {
  const t = useT();
  const id = useId();
  const { data, error } = useQuery(AREA_TEAMS_QUERY);
  const [saved, setSaved] = useState<{
    key: 'areaTeams.added' | 'areaTeams.saved';
    name: string;
  } | null>(null);
  useDocumentTitle(t('areaTeams.title'));
  const agencies = data?.agencies.filter((agency) => agency.type !== 'VOLUNTEER') ?? [];
  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('areaTeams.title')}</Heading>
      <Paragraph>{t('areaTeams.intro')}</Paragraph>
      <div role="status">
        {saved && (
          <Alert type="ok" role="none">
            <Paragraph>{t(saved.key, { name: saved.name })}</Paragraph>
          </Alert>
        )}
        {!data && !error && <Paragraph>{t('areaTeams.loading')}</Paragraph>}
      </div>
      {error && (
        <Alert type="error">
          <Paragraph>{t('areaTeams.loadFailed')}</Paragraph>
        </Alert>
      )}
      {data && (
        <>
          <AreaTeamList
            teams={data.areaTeams}
            agencies={agencies}
            areas={data.areas}
            onSaved={(name) => setSaved({ key: 'areaTeams.saved', name })}
          />
          <section className="schakel-flow" aria-labelledby={`${id}-add`}>
            <Heading level={2} id={`${id}-add`}>
              {t('areaTeams.addHeading')}
            </Heading>
            <AreaTeamForm
              team={null}
              agencies={agencies}
              areas={data.areas}
              onDone={(name) => setSaved({ key: 'areaTeams.added', name })}
            />
          </section>
        </>
      )}
    </div>
  );
}
