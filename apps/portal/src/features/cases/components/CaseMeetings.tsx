import { Heading, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useId } from 'react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { formatTime } from '../../meetings/utils/amsterdamTime';
import { RouterLink } from '../../shell/components/RouterLink';
import { useCaseMeetings, type CaseMeeting } from '../hooks/useCaseMeetings';
import './cases.css';

/** The case's meetings: upcoming first (a closed one is never "upcoming"), then earlier ones. */
export function CaseMeetings({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const meetings = useCaseMeetings(caseId);
  return (
    <section aria-labelledby={headingId} className="schakel-flow">
      <Heading level={2} id={headingId}>
        {t('casePage.meetings.heading')}
      </Heading>
      <Paragraph>{t('casePage.meetings.intro')}</Paragraph>
      {meetings.loading || meetings.error ? (
        <Paragraph role="status">
          {meetings.error
            ? errorMessage(errorCodeOf(meetings.error))
            : t('casePage.meetings.loading')}
        </Paragraph>
      ) : (
        <>
          <MeetingGroup
            title={t('casePage.meetings.upcoming')}
            empty={t('casePage.meetings.noneUpcoming')}
            meetings={meetings.upcoming}
          />
          <MeetingGroup
            title={t('casePage.meetings.past')}
            empty={t('casePage.meetings.nonePast')}
            meetings={meetings.past}
          />
        </>
      )}
    </section>
  );
}

function MeetingGroup({
  title,
  empty,
  meetings,
}: {
  title: string;
  empty: string;
  meetings: readonly CaseMeeting[];
}) {
  const { t, locale } = useI18n();
  return (
    <>
      <Heading level={3}>{title}</Heading>
      {meetings.length === 0 ? (
        <Paragraph>{empty}</Paragraph>
      ) : (
        <ul className="schakel-case-meetings">
          {meetings.map(({ meeting, item }) => (
            <li key={meeting.id}>
              <RouterLink to={`/overleggen/${meeting.id}`}>
                <time dateTime={item.startsAt}>
                  {t('casePage.meetings.when', {
                    date: formatDate(item.startsAt, locale),
                    from: formatTime(item.startsAt),
                    to: formatTime(item.endsAt),
                  })}
                </time>
              </RouterLink>{' '}
              <StatusBadge status={meeting.status === 'CLOSED' ? 'inactive' : 'active'}>
                {t(`casePage.meetings.status.${meeting.status}`)}
              </StatusBadge>
              {meeting.location && (
                <span className="schakel-case-meetings__where"> · {meeting.location}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
