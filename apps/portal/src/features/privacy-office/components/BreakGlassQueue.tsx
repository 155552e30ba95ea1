import { useQuery } from '@apollo/client/react';
import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { flushSync } from 'react-dom';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { localDate } from '../../forms/utils/localDate';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatShortDateTime } from '../../i18n/utils/formatDate';
import { RouterLink } from '../../shell/components/RouterLink';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import {
  BREAK_GLASS_QUEUE_QUERY,
  OPEN_REVIEW_COUNT_QUERY,
} from '../graphql/privacyOfficeDocuments';
import { trailLink } from '../utils/auditFilter';
import { BreakGlassReviewForm } from './BreakGlassReviewForm';

/** The review queue: oldest open break-the-glass access first, each with its review form. */
export function BreakGlassQueue() {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const id = useId();
  useDocumentTitle(t('privacyOffice.breakGlass.title'));
  const [notice, setNotice] = useState<string | null>(null);
  const queue = useQuery(BREAK_GLASS_QUEUE_QUERY, { fetchPolicy: 'network-only' });
  const data = queue.data?.breakGlassReviewQueue;

  async function reviewed(message: string) {
    flushSync(() => setNotice(message));
    document.getElementById(`${id}-notice`)?.focus();
    await queue.refetch();
    await queue.client.refetchQueries({ include: [OPEN_REVIEW_COUNT_QUERY] });
  }

  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('privacyOffice.breakGlass.title')}</Heading>
      <Paragraph>{t('privacyOffice.breakGlass.intro')}</Paragraph>
      <div id={`${id}-notice`} tabIndex={-1} aria-live="polite">
        {notice && (
          <Alert type="ok">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        )}
      </div>
      {queue.loading && !data && <Paragraph>{t('privacyOffice.breakGlass.loading')}</Paragraph>}
      {queue.error && (
        <Alert type="error">
          <Paragraph>
            {t('privacyOffice.breakGlass.failed', {
              message: errorMessage(errorCodeOf(queue.error)),
            })}
          </Paragraph>
        </Alert>
      )}
      {data && (
        <>
          <Paragraph>
            {t('privacyOffice.breakGlass.openCount', { count: data.openCount })}
          </Paragraph>
          {data.items.length === 0 && <Paragraph>{t('privacyOffice.breakGlass.none')}</Paragraph>}
          <ol className="schakel-privacy-list">
            {data.items.map((item) => {
              const time = formatShortDateTime(item.occurredAt, locale);
              const who = item.actor
                ? `${item.actor.name ?? item.actor.id} (${item.agency?.name ?? item.actor.email ?? ''})`
                : t('privacyOffice.event.system');
              return (
                <li key={item.eventId} className="schakel-privacy-card schakel-privacy-card--flag">
                  <article className="schakel-flow" aria-labelledby={`${id}-${item.eventId}`}>
                    <Heading level={2} id={`${id}-${item.eventId}`}>
                      {t('privacyOffice.breakGlass.item', {
                        case: item.caseReference ?? t('privacyOffice.breakGlass.caseGone'),
                        time,
                      })}
                    </Heading>
                    <DataList appearance="rows">
                      {/* When it was opened comes before how long the access lasts. */}
                      <DataListItem>
                        <DataListKey>{t('casePage.breakGlass.openedAt')}</DataListKey>
                        <DataListValue>
                          <time dateTime={item.occurredAt}>{time}</time>
                        </DataListValue>
                      </DataListItem>
                      <DataListItem>
                        <DataListKey>{t('privacyOffice.breakGlass.who')}</DataListKey>
                        <DataListValue>{who}</DataListValue>
                      </DataListItem>
                      <DataListItem>
                        <DataListKey>{t('privacyOffice.breakGlass.reason')}</DataListKey>
                        <DataListValue>
                          {item.reason ?? t('privacyOffice.breakGlass.reasonGone')}
                        </DataListValue>
                      </DataListItem>
                      {item.expiresAt && (
                        <DataListItem>
                          <DataListKey>{t('privacyOffice.breakGlass.expires')}</DataListKey>
                          <DataListValue>
                            {formatShortDateTime(item.expiresAt, locale)}
                          </DataListValue>
                        </DataListItem>
                      )}
                    </DataList>
                    {item.actor && (
                      <Paragraph>
                        <RouterLink
                          to={trailLink({
                            userId: item.actor.id,
                            day: localDate(new Date(item.occurredAt)),
                          })}
                        >
                          {t('privacyOffice.breakGlass.trailLink')}
                        </RouterLink>
                      </Paragraph>
                    )}
                    <BreakGlassReviewForm
                      eventId={item.eventId}
                      onReviewed={(message) => void reviewed(message)}
                    />
                  </article>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </div>
  );
}
