import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { AreaWorkloadTable } from '../features/area-teams/components/AreaWorkloadTable';
import { MY_AREA_TEAMS_QUERY } from '../features/area-teams/graphql/areaTeamDocuments';
import { useT } from '../features/i18n/hooks/useT';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

/** /mijn-gebied: the workload of the caller's area teams, as counts per wijk (ADR 0036). */
export function AreaWorkloadPage() {
  const t = useT();
  const { data, error } = useQuery(MY_AREA_TEAMS_QUERY);
  useDocumentTitle(t('areaTeams.workload.title'));
  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('areaTeams.workload.title')}</Heading>
      <Paragraph>{t('areaTeams.workload.intro')}</Paragraph>
      {error && (
        <Alert type="error">
          <Paragraph>{t('areaTeams.loadFailed')}</Paragraph>
        </Alert>
      )}
      {!data && !error && <Paragraph role="status">{t('areaTeams.loading')}</Paragraph>}
      {data?.myAreaTeams.length === 0 && <Paragraph>{t('areaTeams.workload.noTeams')}</Paragraph>}
      {data?.myAreaTeams.map((team) => (
        <AreaWorkloadTable key={team.id} teamId={team.id} />
      ))}
    </div>
  );
}
