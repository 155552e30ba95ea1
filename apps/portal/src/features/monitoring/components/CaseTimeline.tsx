import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatShortDateTime } from '../../i18n/utils/formatDate';
import { CASE_TIMELINE_QUERY } from '../graphql/caseTimelineQuery';
import { useEventLabel } from '../hooks/useEventLabel';
import { timelineMessage } from '../utils/eventText';
import './monitoring.css';

interface CaseTimelineProps {
  caseId: string;
}

/**
 * The steps of a case, newest first: what happened last is what a professional opening the
 * dossier needs first; the referral is at the bottom.
 */
export function CaseTimeline({ caseId }: CaseTimelineProps) {
  const { t, locale } = useI18n();
  const label = useEventLabel();
  const headingId = useId();
  const { data, loading, error } = useQuery(CASE_TIMELINE_QUERY, {
    variables: { caseId },
    fetchPolicy: 'cache-and-network',
  });
  const events = data ? [...data.caseTimeline].reverse() : [];

  return (
    <section aria-labelledby={headingId} className="schakel-flow">
      <Heading level={2} id={headingId}>
        {t('timeline.heading')}
      </Heading>
      {!data ? (
        <Paragraph role="status">
          {error ? t('timeline.failed') : loading ? t('timeline.loading') : ''}
        </Paragraph>
      ) : events.length === 0 ? (
        <Paragraph>{t('timeline.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('timeline.intro')}</Paragraph>
          <ol className="schakel-timeline">
            {events.map((event) => {
              const message = timelineMessage(event.kind, event.params, label);
              return (
                <li key={event.id} className="schakel-timeline__event">
                  <p className="schakel-timeline__meta">
                    <time dateTime={String(event.at)}>
                      {formatShortDateTime(String(event.at), locale)}
                    </time>
                    {event.actorAgency &&
                      ` · ${t('timeline.by', { agency: event.actorAgency.name })}`}
                  </p>
                  <p className="schakel-timeline__text">
                    {message ? t(message.key, message.params) : event.kind}
                  </p>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
