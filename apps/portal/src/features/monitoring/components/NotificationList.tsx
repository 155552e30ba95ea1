import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useI18n } from '../../i18n/hooks/useI18n';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { formatShortDateTime } from '../../i18n/utils/formatDate';
import { RouterLink } from '../../shell/components/RouterLink';
import { MARK_NOTIFICATIONS_READ_MUTATION } from '../graphql/markNotificationsReadMutation';
import { NOTIFICATIONS_QUERY } from '../graphql/notificationsQuery';
import { UNREAD_NOTIFICATIONS_QUERY } from '../graphql/unreadNotificationsQuery';
import { useEventLabel } from '../hooks/useEventLabel';
import { notificationMessage, paramsOf } from '../utils/eventText';
import './monitoring.css';

export const NOTIFICATIONS_PAGE_SIZE = 50;

/** The caller's newest notifications, each with a link to its case, and "mark all as read". */
export function NotificationList() {
  const { t, locale } = useI18n();
  const label = useEventLabel();
  const errorMessage = useErrorMessage();
  const { data, loading, error } = useQuery(NOTIFICATIONS_QUERY, {
    variables: { first: NOTIFICATIONS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [markAll, marking] = useMutation(MARK_NOTIFICATIONS_READ_MUTATION, {
    refetchQueries: [NOTIFICATIONS_QUERY, UNREAD_NOTIFICATIONS_QUERY],
    awaitRefetchQueries: true,
  });
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function handleMarkAll() {
    setStatus(null);
    setFailure(null);
    try {
      await markAll({ variables: { ids: [] } });
      setStatus(t('notifications.markedRead'));
    } catch (caught) {
      setFailure(errorMessage(errorCodeOf(caught)));
    }
  }

  if (!data) {
    return error ? (
      <Alert type="error">
        <Paragraph>{errorMessage(errorCodeOf(error))}</Paragraph>
      </Alert>
    ) : (
      <Paragraph role="status">{loading ? t('notifications.loading') : ''}</Paragraph>
    );
  }

  const { items, unreadCount } = data.notifications;
  return (
    <div className="schakel-flow">
      <div className="schakel-notifications__actions">
        <Paragraph>
          {unreadCount > 0
            ? t('notifications.unreadCount', { count: unreadCount })
            : t('notifications.allRead')}
        </Paragraph>
        {unreadCount > 0 && (
          <Button
            type="button"
            appearance="secondary-action-button"
            busy={marking.loading}
            onClick={() => void handleMarkAll()}
          >
            {t('notifications.markAllRead')}
          </Button>
        )}
      </div>
      <div role="status">{status && <Paragraph>{status}</Paragraph>}</div>
      {failure && (
        <Alert type="error">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      {items.length === 0 ? (
        <Paragraph>{t('notifications.empty')}</Paragraph>
      ) : (
        <ul className="schakel-notification-list">
          {items.map((item) => {
            const message = notificationMessage(item.kind, item.params, label);
            const reference = paramsOf(item.params)['caseReference'];
            const unread = item.readAt === null;
            return (
              <li
                key={item.id}
                className={`schakel-notification${unread ? ' schakel-notification--unread' : ''}`}
              >
                <p className="schakel-notification__text">
                  {unread && (
                    <strong className="schakel-notification__unread">
                      {t('notifications.unread')}:{' '}
                    </strong>
                  )}
                  {message ? t(message.key, message.params) : item.kind}
                </p>
                <p className="schakel-notification__meta">
                  <time dateTime={String(item.createdAt)}>
                    {formatShortDateTime(String(item.createdAt), locale)}
                  </time>
                  {item.caseId && (
                    <>
                      {' · '}
                      <RouterLink to={`/dossiers/${item.caseId}`}>
                        {reference
                          ? item.personNameAccess === 'FULL' && item.personName
                            ? t('notifications.openCaseNamed', { reference, name: item.personName })
                            : t('notifications.openCase', { reference })
                          : t('notifications.openCaseNoReference')}
                      </RouterLink>
                    </>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
