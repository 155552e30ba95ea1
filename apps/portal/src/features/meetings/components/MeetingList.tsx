import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useMe } from '../../auth/hooks/useMe';
import { canPlanMeetings } from '../../auth/utils/permissions';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { RouterLink } from '../../shell/components/RouterLink';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { MY_MEETINGS_QUERY } from '../graphql/meetingDocuments';
import { formatTime } from '../utils/amsterdamTime';
import type { MeetingSummaryFieldsFragment as Meeting } from '../../../gql/graphql';
import { AgendaEntryText } from './AgendaEntryText';
import { MeetingFacts } from './MeetingFacts';
import './meetings.css';

const HALF_YEAR = 182 * 86_400_000;

/** "Mijn overleggen": the meetings of the last and next half year with my agenda items. */
export function MeetingList() {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const { roles } = useMe();
  useDocumentTitle(t('meetings.title'));
  // One window per visit: the query's variables must not change on every render.
  const [span] = useState(() => {
    const now = Date.now();
    return { now, from: new Date(now - HALF_YEAR), to: new Date(now + HALF_YEAR) };
  });
  const { data, error, loading } = useQuery(MY_MEETINGS_QUERY, {
    variables: { from: span.from.toISOString(), to: span.to.toISOString() },
    fetchPolicy: 'cache-and-network',
  });
  const meetings = data?.myMeetings;
  // A closed meeting is over, even when it closed before its planned end.
  const isUpcoming = (m: Meeting) =>
    m.status !== 'CLOSED' && new Date(m.endsAt).getTime() >= span.now;
  const upcoming = (meetings ?? []).filter(isUpcoming);
  const past = (meetings ?? []).filter((m) => !isUpcoming(m)).reverse();

  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('meetings.title')}</Heading>
      <Paragraph>{t('meetings.intro')}</Paragraph>
      {canPlanMeetings(roles) && (
        <Paragraph>
          <RouterLink to="/overleggen/nieuw">{t('meetings.plan')}</RouterLink>
        </Paragraph>
      )}
      {error && !meetings && <Paragraph role="alert">{errorMessage(errorCodeOf(error))}</Paragraph>}
      {!meetings ? (
        <Paragraph role="status">{loading ? t('meetings.loading') : ''}</Paragraph>
      ) : (
        <>
          <MeetingSection
            title={t('meetings.upcoming')}
            empty={t('meetings.noneUpcoming')}
            meetings={upcoming}
          />
          <MeetingSection
            title={t('meetings.past')}
            empty={t('meetings.nonePast')}
            meetings={past}
          />
        </>
      )}
    </div>
  );
}

function MeetingSection({
  title,
  empty,
  meetings,
}: {
  title: string;
  empty: string;
  meetings: readonly Meeting[];
}) {
  return (
    <section className="schakel-flow" aria-label={title}>
      <Heading level={2}>{title}</Heading>
      {meetings.length === 0 ? (
        <Paragraph>{empty}</Paragraph>
      ) : (
        <ul className="schakel-meeting-list">
          {meetings.map((meeting) => (
            <MeetingCard key={meeting.id} meeting={meeting} />
          ))}
        </ul>
      )}
    </section>
  );
}

function MeetingCard({ meeting }: { meeting: Meeting }) {
  const { t, locale } = useI18n();
  const date = formatDate(meeting.startsAt, locale);
  return (
    <li className="schakel-meeting-card">
      <Heading level={3}>
        <RouterLink to={`/overleggen/${meeting.id}`}>
          {t('meetings.meetingOn', {
            date,
            from: formatTime(meeting.startsAt),
            to: formatTime(meeting.endsAt),
          })}
        </RouterLink>
      </Heading>
      <MeetingFacts meeting={meeting}>
        <ol className="schakel-meeting-card__agenda" aria-label={t('meetings.agenda')}>
          {meeting.agenda.map((entry) => (
            <li key={entry.item?.id ?? entry.startsAt}>
              <AgendaEntryText entry={entry} />
            </li>
          ))}
        </ol>
      </MeetingFacts>
    </li>
  );
}
