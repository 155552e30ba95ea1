import { Link, StatusBadge } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { MeetingStatus } from '../../../gql/graphql';
import { StepUpLink } from '../../mfa/components/StepUpLink';
import { useT } from '../../i18n/hooks/useT';
import { calendarUrl, minutesPdfUrl } from '../utils/meetingTypes';

interface MeetingFactsProps {
  meeting: {
    id: string;
    status: MeetingStatus;
    location?: string | null;
    onlineUrl?: string | null;
    chair: { displayName: string };
  };
  /** Rows shown before location, link and chair (e.g. the time on the meeting page). */
  leading?: ReactNode;
  /** Shown between the details and the file links (e.g. the agenda in the list). */
  children?: ReactNode;
}

/** Status, place, link, chair and the .ics / minutes PDF downloads of a meeting. */
export function MeetingFacts({ meeting, leading, children }: MeetingFactsProps) {
  const t = useT();
  return (
    <>
      <StatusBadge status={meeting.status === 'CLOSED' ? 'inactive' : 'active'}>
        {t(`meetings.status.${meeting.status}`)}
      </StatusBadge>
      <dl className="schakel-meeting-card__details">
        {leading}
        {meeting.location && (
          <div>
            <dt>{t('meetings.location')}</dt>
            <dd>{meeting.location}</dd>
          </div>
        )}
        {meeting.onlineUrl && (
          <div>
            <dt>{t('meetings.onlineUrl')}</dt>
            <dd>
              <Link href={meeting.onlineUrl} rel="noopener noreferrer">
                {meeting.onlineUrl}
              </Link>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('meetings.chair')}</dt>
          <dd>{meeting.chair.displayName}</dd>
        </div>
      </dl>
      {children}
      <p className="schakel-meeting-card__files">
        <StepUpLink href={calendarUrl(meeting.id)}>{t('meetings.calendar')}</StepUpLink>
        {meeting.status === 'CLOSED' && (
          <StepUpLink href={minutesPdfUrl(meeting.id)}>{t('meetings.minutesPdf')}</StepUpLink>
        )}
      </p>
    </>
  );
}
