import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import { useT } from '../../i18n/hooks/useT';
import { AREA_WORKLOAD_QUERY } from '../graphql/areaTeamDocuments';
import './areaTeams.css';

/** One team's workload per wijk: counts only (ADR 0036); small other counts are not shown. */
export function AreaWorkloadTable({ teamId }: { teamId: string }) {
  const t = useT();
  const id = useId();
  const { data, error } = useQuery(AREA_WORKLOAD_QUERY, { variables: { teamId } });
  if (error) {
    return (
      <Alert type="error">
        <Paragraph>{t('areaTeams.loadFailed')}</Paragraph>
      </Alert>
    );
  }
  if (!data) return <Paragraph role="status">{t('areaTeams.loading')}</Paragraph>;
  const { team, rows, minimumCell } = data.areaWorkload;
  const caption = t('areaTeams.workload.caption', { team: team.name });
  const number = 'schakel-area-workload__number';
  return (
    <section className="schakel-flow" aria-labelledby={`${id}-heading`}>
      <Heading level={2} id={`${id}-heading`}>
        {team.name}
      </Heading>
      <div
        className="schakel-area-workload__scroll"
        role="region"
        aria-label={caption}
        tabIndex={0}
      >
        <Table className="schakel-area-workload__table">
          <TableCaption>{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('areaTeams.workload.area')}</TableHeaderCell>
              <TableHeaderCell scope="col" className={number}>
                {t('areaTeams.workload.participating')}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className={number}>
                {t('areaTeams.workload.inTriage')}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className={number}>
                {t('areaTeams.workload.active')}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className={number}>
                {t('areaTeams.workload.notParticipating')}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.areaId}>
                <TableHeaderCell scope="row">{row.areaName}</TableHeaderCell>
                <TableCell className={number}>{row.participating}</TableCell>
                <TableCell className={number}>{row.inTriage}</TableCell>
                <TableCell className={number}>{row.active}</TableCell>
                <TableCell className={number}>
                  {row.notParticipating ?? t('areaTeams.workload.suppressed', { min: minimumCell })}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Paragraph>{t('areaTeams.workload.suppressedNote', { min: minimumCell })}</Paragraph>
    </section>
  );
}
