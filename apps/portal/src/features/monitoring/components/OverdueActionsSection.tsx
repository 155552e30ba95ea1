import { useQuery } from '@apollo/client/react';
import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { CaseSubjectName } from '../../cases/components/CaseSubjectName';
import { RouterLink } from '../../shell/components/RouterLink';
import { OVERDUE_ACTIONS_QUERY } from '../graphql/overdueActionsQuery';
import './monitoring.css';

const SHOWN = 10;

/** The plans feature's overdue actions, longest overdue first; its own query, so it fails alone. */
export function OverdueActionsSection() {
  const { t, locale } = useI18n();
  const headingId = useId();
  const { data, loading, error } = useQuery(OVERDUE_ACTIONS_QUERY, {
    variables: { first: SHOWN },
    fetchPolicy: 'cache-and-network',
  });
  const overdue = data?.overdueActions;

  return (
    <section aria-labelledby={headingId} className="schakel-flow">
      <Heading level={2} id={headingId}>
        {t('dashboard.overdueHeading')}
      </Heading>
      {!overdue ? (
        <Paragraph role="status">
          {error ? t('dashboard.overdueFailed') : loading ? t('dashboard.loading') : ''}
        </Paragraph>
      ) : overdue.totalCount === 0 ? (
        <Paragraph>{t('dashboard.overdueNone')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {overdue.totalCountCapped
              ? t('dashboard.overdueCountCapped', { count: overdue.totalCount })
              : t('dashboard.overdueCount', { count: overdue.totalCount })}
            {overdue.totalCount > overdue.nodes.length &&
              ` ${t('dashboard.overdueMore', { shown: overdue.nodes.length })}`}
          </Paragraph>
          <TableContainer className="schakel-dashboard__scroll">
            <Table className="schakel-dashboard__table">
              <TableCaption>{t('dashboard.overdueCaption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('dashboard.overdueCase')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('dashboard.overdueAction')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('dashboard.overdueOwner')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('dashboard.overdueDue')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {overdue.nodes.map((action) => (
                  <TableRow key={action.id}>
                    <TableHeaderCell scope="row">
                      <RouterLink to={`/dossiers/${action.caseId}`}>
                        {action.caseReference}
                      </RouterLink>{' '}
                      <CaseSubjectName name={action.personName} access={action.personNameAccess} />
                    </TableHeaderCell>
                    <TableCell>{action.description}</TableCell>
                    <TableCell>{action.ownerAgency.name}</TableCell>
                    <TableCell>{formatDate(action.dueDate, locale)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </>
      )}
    </section>
  );
}
