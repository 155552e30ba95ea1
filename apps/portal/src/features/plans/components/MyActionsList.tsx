import { useQuery } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
  StatusBadge,
} from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { CaseSubjectName } from '../../cases/components/CaseSubjectName';
import { RouterLink } from '../../shell/components/RouterLink';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { MY_ACTIONS_QUERY } from '../graphql/myActionsQuery';
import { ActionProgress } from './ActionProgress';
import './plans.css';

const PAGE = 25;

/** "Mijn acties": my agency's actions across cases, overdue first, with a quick status change. */
export function MyActionsList() {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const id = useId();
  useDocumentTitle(t('myActions.title'));
  const [showFinished, setShowFinished] = useState(false);
  const { data, error, loading, fetchMore } = useQuery(MY_ACTIONS_QUERY, {
    variables: {
      first: PAGE,
      filter: showFinished ? { statuses: ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'] } : null,
    },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.myActions;

  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('myActions.title')}</Heading>
      <Paragraph>{t('myActions.intro')}</Paragraph>
      <FormField
        type="checkbox"
        label={<FormLabel htmlFor={`${id}-finished`}>{t('myActions.showFinished')}</FormLabel>}
        input={
          <Checkbox
            id={`${id}-finished`}
            checked={showFinished}
            onChange={(e) => setShowFinished(e.target.checked)}
          />
        }
      />
      {error && !page && <Paragraph role="alert">{errorMessage(errorCodeOf(error))}</Paragraph>}
      <div aria-live="polite">
        {!page ? (
          <Paragraph role="status">{loading ? t('myActions.loading') : ''}</Paragraph>
        ) : page.nodes.length === 0 ? (
          <Paragraph>{t('myActions.empty')}</Paragraph>
        ) : (
          <Paragraph className="schakel-visually-hidden">
            {t('myActions.count', { count: page.nodes.length })}
          </Paragraph>
        )}
      </div>
      {page && page.nodes.length > 0 && (
        <ul className="schakel-my-actions">
          {page.nodes.map((action) => (
            <li key={action.id} className="schakel-my-action">
              <p className="schakel-plan-action__title">
                <span className="schakel-plan-action__description">{action.description}</span>
                <StatusBadge
                  status={
                    action.status === 'DONE' || action.status === 'CANCELLED'
                      ? 'inactive'
                      : 'active'
                  }
                >
                  {t(`plan.actionStatus.${action.status}`)}
                </StatusBadge>
                {action.overdue && (
                  <StatusBadge status="error">{t('plan.action.overdue')}</StatusBadge>
                )}
              </p>
              <dl className="schakel-plan-action__meta">
                <div>
                  <dt>{t('plan.action.due')}</dt>
                  <dd>{formatDate(action.dueDate, locale)}</dd>
                </div>
                <div>
                  <dt>{t('plan.goal.lifeDomain')}</dt>
                  <dd>{t(`plan.lifeDomain.${action.lifeDomain}`)}</dd>
                </div>
                {action.ownerUser && (
                  <div>
                    <dt>{t('plan.action.owner')}</dt>
                    <dd>{action.ownerUser.displayName}</dd>
                  </div>
                )}
              </dl>
              <Paragraph>
                <RouterLink to={`/dossiers/${action.caseId}`}>
                  {t('myActions.case', { reference: action.caseReference })}
                </RouterLink>{' '}
                <CaseSubjectName name={action.personName} access={action.personNameAccess} />
                {action.versionStatus === 'DRAFT' && ` (${t('myActions.concept')})`}
                {' — '}
                {action.goal}
              </Paragraph>
              <ActionProgress
                actionId={action.id}
                description={action.description}
                status={action.status}
                statusRevision={action.statusRevision}
                canChangeStatus
                canAddNote={false}
              />
            </li>
          ))}
        </ul>
      )}
      {page?.pageInfo.hasNextPage && (
        <div>
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() =>
              void fetchMore({
                variables: { after: page.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  ...previous,
                  myActions: {
                    ...fetchMoreResult.myActions,
                    nodes: [...previous.myActions.nodes, ...fetchMoreResult.myActions.nodes],
                  },
                }),
              })
            }
          >
            {t('myActions.more')}
          </Button>
        </div>
      )}
    </div>
  );
}
