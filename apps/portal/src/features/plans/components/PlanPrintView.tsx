import { useQuery } from '@apollo/client/react';
import { LIFE_DOMAINS } from '@schakel/domain';
import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { CasusregisseurName } from '../../cases/components/CasusregisseurName';
import { PersonName } from '../../cases/components/PersonName';
import { ProtectedText } from '../../cases/components/ProtectedText';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { RouterLink } from '../../shell/components/RouterLink';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { CASE_PLAN_QUERY } from '../graphql/casePlanQuery';
import { PLAN_PRINT_CASE_QUERY } from '../graphql/planPrintQuery';
import './plans.css';

/**
 * The plan of action on paper: the case's header and the version in force as a table per life
 * domain, without navigation or controls (print CSS hides the buttons too).
 */
export function PlanPrintView({ caseId }: { caseId: string }) {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const [printedOn] = useState(() => new Date().toISOString());
  const caseQuery = useQuery(PLAN_PRINT_CASE_QUERY, { variables: { id: caseId } });
  const planQuery = useQuery(CASE_PLAN_QUERY, {
    variables: { caseId },
    fetchPolicy: 'cache-and-network',
  });
  const caseData = caseQuery.data?.case;
  const plan = planQuery.data?.casePlan;
  const reference = caseData?.reference ?? '';
  useDocumentTitle(t('casePage.print.title', { reference }));
  const error = caseQuery.error ?? planQuery.error;
  const back = (
    <Paragraph className="schakel-print__controls">
      <RouterLink to={`/dossiers/${caseId}?sectie=plan`}>{t('casePage.print.back')}</RouterLink>
    </Paragraph>
  );

  if (!caseData || !plan) {
    return (
      <div className="schakel-flow schakel-print">
        {back}
        <Heading level={1}>{t('plan.heading')}</Heading>
        <Paragraph role="status">
          {error ? errorMessage(errorCodeOf(error)) : t('plan.loading')}
        </Paragraph>
      </div>
    );
  }

  const version = plan.adopted ?? plan.draft;
  const person = caseData.subject;
  const domains = LIFE_DOMAINS.filter((domain) =>
    version?.goals.some((goal) => goal.lifeDomain === domain),
  );
  return (
    <div className="schakel-flow schakel-print">
      {back}
      <Heading level={1}>{t('casePage.print.title', { reference })}</Heading>
      <DataList appearance="rows" className="schakel-print__facts">
        <DataListItem>
          <DataListKey>{t('casePage.summary.person')}</DataListKey>
          <DataListValue>
            <PersonName givenNames={person.givenNames} familyName={person.familyName} />
            {person.dateOfBirth.access !== 'WITHHELD' && person.dateOfBirth.value && (
              <>
                {' · '}
                <ProtectedText
                  value={person.dateOfBirth}
                  format={(value) => formatDate(value, locale)}
                />
              </>
            )}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('casePage.summary.casusregisseur')}</DataListKey>
          <DataListValue>
            <CasusregisseurName caseData={caseData} />
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('casePage.summary.status')}</DataListKey>
          <DataListValue>{t(`caseStatus.${caseData.status}`)}</DataListValue>
        </DataListItem>
      </DataList>
      {!version ? (
        <Paragraph>{t('plan.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {version.status === 'DRAFT'
              ? t('casePage.print.draft', { number: version.number })
              : t('casePage.print.version', {
                  number: version.number,
                  date: formatDate(version.adoptedOn ?? '', locale),
                })}
          </Paragraph>
          {version.goals.length === 0 && <Paragraph>{t('plan.noGoals')}</Paragraph>}
          {domains.map((domain) => (
            <section key={domain} className="schakel-print__domain">
              <Heading level={2}>{t(`plan.lifeDomain.${domain}`)}</Heading>
              {version.goals
                .filter((goal) => goal.lifeDomain === domain)
                .map((goal) => (
                  <div key={goal.id} className="schakel-print__goal">
                    <Heading level={3}>{goal.description}</Heading>
                    {goal.actions.length === 0 ? (
                      <Paragraph>{t('plan.action.none')}</Paragraph>
                    ) : (
                      <table className="utrecht-table schakel-print__table">
                        <thead className="utrecht-table__header">
                          <tr className="utrecht-table__row">
                            <th className="utrecht-table__header-cell" scope="col">
                              {t('casePage.print.action')}
                            </th>
                            <th className="utrecht-table__header-cell" scope="col">
                              {t('casePage.print.owner')}
                            </th>
                            <th className="utrecht-table__header-cell" scope="col">
                              {t('casePage.print.due')}
                            </th>
                            <th className="utrecht-table__header-cell" scope="col">
                              {t('casePage.print.status')}
                            </th>
                          </tr>
                        </thead>
                        <tbody className="utrecht-table__body">
                          {goal.actions.map((action) => (
                            <tr key={action.id} className="utrecht-table__row">
                              <td className="utrecht-table__cell">{action.description}</td>
                              <td className="utrecht-table__cell">
                                {action.ownerAgency.name}
                                {action.ownerUser && ` (${action.ownerUser.displayName})`}
                              </td>
                              <td className="utrecht-table__cell">
                                {formatDate(action.dueDate, locale)}
                              </td>
                              <td className="utrecht-table__cell">
                                {t(`plan.actionStatus.${action.status}`)}
                                {action.overdue && ` · ${t('plan.action.overdue')}`}
                              </td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    )}
                  </div>
                ))}
            </section>
          ))}
        </>
      )}
      <Paragraph className="schakel-print__footer">
        {t('casePage.print.printedOn', { date: formatDate(printedOn, locale) })}
      </Paragraph>
      <div className="schakel-print__controls">
        <Button type="button" appearance="primary-action-button" onClick={() => window.print()}>
          {t('casePage.print.button')}
        </Button>
      </div>
    </div>
  );
}
