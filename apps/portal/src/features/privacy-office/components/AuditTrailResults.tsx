import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import type { AuditTrailSearchState } from '../hooks/useAuditTrailSearch';
import { useMemo } from 'react';
import { groupAuditEvents } from '../utils/groupAuditEvents';
import { AuditEventLine } from './AuditEventLine';

/** The events found, as cards, with their count and "Meer laden". */
export function AuditTrailResults({ search }: { search: AuditTrailSearchState }) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const { results, resultsId } = search;
  const { page } = results;
  const groups = useMemo(() => groupAuditEvents(page?.items ?? []), [page?.items]);
  return (
    <section aria-labelledby={resultsId} className="schakel-flow">
      <Heading level={2} id={resultsId} tabIndex={-1}>
        {t('privacyOffice.results.heading')}
      </Heading>
      <div aria-live="polite">
        {results.loading && !page && <Paragraph>{t('privacyOffice.results.loading')}</Paragraph>}
        {results.error && !search.refusedAtField && (
          <Paragraph>
            {t('privacyOffice.results.failed', {
              message: errorMessage(errorCodeOf(results.error)),
            })}
          </Paragraph>
        )}
        {page && page.items.length === 0 && (
          <Paragraph>{t('privacyOffice.results.none')}</Paragraph>
        )}
        {page && page.items.length > 0 && (
          <Paragraph>
            {t(page.hasMore ? 'privacyOffice.results.countMore' : 'privacyOffice.results.count', {
              count: page.items.length,
            })}{' '}
            {t('privacyOffice.results.lines', { count: groups.length })}
          </Paragraph>
        )}
      </div>
      {page && page.items.length > 0 && (
        <>
          <Paragraph>{t('privacyOffice.group.explain')}</Paragraph>
          <ol className="schakel-privacy-list">
            {groups.map((group) => (
              <li
                key={group.id}
                id={search.eventId(group.id)}
                data-event-ids={group.events.map((e) => e.id).join(' ')}
                tabIndex={-1}
              >
                <AuditEventLine group={group} onPerson={search.selectPerson} />
              </li>
            ))}
          </ol>
        </>
      )}
      {page?.hasMore && (
        <div>
          <div aria-live="polite">
            {results.moreError && (
              <Paragraph>
                {t('privacyOffice.results.moreFailed', { message: results.moreError })}
              </Paragraph>
            )}
          </div>
          <Button
            appearance="secondary-action-button"
            busy={results.loadingMore}
            onClick={results.loadMore}
          >
            {t('privacyOffice.results.more')}
          </Button>
        </div>
      )}
    </section>
  );
}
