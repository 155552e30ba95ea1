import { useQuery } from '@apollo/client/react';
import { CASE_STATUSES } from '@schakel/domain';
import {
  Alert,
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
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useI18n } from '../../i18n/hooks/useI18n';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { formatDate } from '../../i18n/utils/formatDate';
import { RouterLink } from '../../shell/components/RouterLink';
import { MONITORING_DASHBOARD_QUERY } from '../graphql/monitoringDashboardQuery';
import { OverdueActionsSection } from './OverdueActionsSection';
import './monitoring.css';

/** The procesregisseur's overview: waiting referrals, cases by status and by wijk, overdue actions. */
export function MonitoringDashboard() {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const ids = { referrals: useId(), status: useId(), wijk: useId() };
  const { data, loading, error } = useQuery(MONITORING_DASHBOARD_QUERY, {
    fetchPolicy: 'cache-and-network',
  });

  if (!data) {
    return error ? (
      <Alert type="error">
        <Paragraph>{errorMessage(errorCodeOf(error))}</Paragraph>
      </Alert>
    ) : (
      <Paragraph role="status">{loading ? t('dashboard.loading') : ''}</Paragraph>
    );
  }

  const dashboard = data.monitoringDashboard;
  const counts = new Map(dashboard.byStatus.map((entry) => [entry.status, entry.count]));
  const oldest = dashboard.oldestReferral;

  return (
    <div className="schakel-flow">
      <section aria-labelledby={ids.referrals} className="schakel-flow">
        <Heading level={2} id={ids.referrals}>
          {t('dashboard.referralsHeading')}
        </Heading>
        <Paragraph>
          {dashboard.openReferrals > 0
            ? t('dashboard.referralsCount', { count: dashboard.openReferrals })
            : t('dashboard.referralsNone')}
        </Paragraph>
        {oldest && (
          <Paragraph>
            <RouterLink to={`/dossiers/${oldest.caseId}`}>
              {t('dashboard.oldestReferral', {
                reference: oldest.reference,
                date: formatDate(String(oldest.since), locale),
                // The API's count, as the triage queue shows it: one number for one referral.
                days: oldest.waitingDays,
              })}
            </RouterLink>
          </Paragraph>
        )}
      </section>

      <section aria-labelledby={ids.status} className="schakel-flow">
        <Heading level={2} id={ids.status}>
          {t('dashboard.statusHeading')}
        </Heading>
        <TableContainer className="schakel-dashboard__scroll">
          <Table className="schakel-dashboard__table">
            <TableCaption>{t('dashboard.statusCaption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('dashboard.status')}</TableHeaderCell>
                <TableHeaderCell scope="col" className="schakel-dashboard__number">
                  {t('dashboard.count')}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {CASE_STATUSES.map((status) => {
                const count = counts.get(status) ?? 0;
                const name = t(`caseStatus.${status}`);
                return (
                  <TableRow key={status}>
                    <TableHeaderCell scope="row">{name}</TableHeaderCell>
                    <TableCell className="schakel-dashboard__number">
                      {count > 0 ? (
                        // The case list filters by status, so the number leads to those cases.
                        <RouterLink to={`/dossiers?status=${status}`}>
                          <span aria-hidden="true">{count}</span>
                          <span className="schakel-visually-hidden">
                            {t('dashboard.countLink', { count, status: name })}
                          </span>
                        </RouterLink>
                      ) : (
                        count
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      </section>

      <section aria-labelledby={ids.wijk} className="schakel-flow">
        <Heading level={2} id={ids.wijk}>
          {t('dashboard.wijkHeading')}
        </Heading>
        {dashboard.byWijk.length === 0 ? (
          <Paragraph>{t('dashboard.wijkNone')}</Paragraph>
        ) : (
          <TableContainer className="schakel-dashboard__scroll">
            <Table className="schakel-dashboard__table">
              <TableCaption>{t('dashboard.wijkCaption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('dashboard.wijk')}</TableHeaderCell>
                  <TableHeaderCell scope="col" className="schakel-dashboard__number">
                    {t('dashboard.open')}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col" className="schakel-dashboard__number">
                    {t('dashboard.total')}
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {dashboard.byWijk.map((row) => (
                  <TableRow key={`${row.withheld ? 'withheld' : 'shown'}:${row.wijk ?? ''}`}>
                    <TableHeaderCell scope="row">
                      {row.withheld
                        ? t('dashboard.wijkWithheld')
                        : (row.wijk ?? t('dashboard.wijkUnknown'))}
                    </TableHeaderCell>
                    <TableCell className="schakel-dashboard__number">{row.openCount}</TableCell>
                    <TableCell className="schakel-dashboard__number">{row.totalCount}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </section>

      <OverdueActionsSection />
    </div>
  );
}
