import {
  Checkbox,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { CasePlan } from '../../plans/components/CasePlan';
import { RouterLink } from '../../shell/components/RouterLink';
import { RECORD_ATTENDANCE_MUTATION } from '../graphql/meetingDocuments';
import { useMeetingMutation } from '../hooks/useMeetingMutation';
import { formatTime } from '../utils/amsterdamTime';
import type { Meeting, MeetingItem } from '../utils/meetingTypes';
import { MinutesEditor } from './MinutesEditor';

interface MeetingItemPanelProps {
  meeting: Pick<Meeting, 'isChair' | 'status'>;
  item: MeetingItem;
  number: number;
  current: boolean;
  reload: () => Promise<number | null>;
}

/** One agenda item: who is invited and present, minutes and decisions, and the case's plan. */
export function MeetingItemPanel({
  meeting,
  item,
  number,
  current,
  reload,
}: MeetingItemPanelProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const id = useId();
  const attendance = useMeetingMutation(RECORD_ATTENDANCE_MUTATION);
  const [attendanceError, setAttendanceError] = useState<string | null>(null);
  const chairWrites = meeting.isChair && meeting.status !== 'PLANNED';
  const presence = new Map(item.attendance.map((a) => [a.agency.id, a.present]));
  const withheld = item.minutesAccess === 'WITHHELD';

  return (
    <section
      aria-labelledby={`${id}-heading`}
      className={`schakel-meeting-panel${current ? ' schakel-meeting-panel--current' : ''}`}
    >
      <Heading level={2} id={`${id}-heading`}>
        {t('meetings.itemNumber', { number })}: {item.caseReference}
      </Heading>
      {current && <p className="schakel-meeting-current-marker">{t('meetings.current')}</p>}
      <Paragraph>
        {formatTime(item.startsAt)}–{formatTime(item.endsAt)} ·{' '}
        {item.personName ?? t('meetings.nameWithheld')}
        {/* The item on the table now is not "besproken" yet, whatever its stored status. */}
        {!current && <> · {t(`meetings.itemStatus.${item.status}`)}</>}
      </Paragraph>
      <Paragraph>
        <RouterLink to={`/dossiers/${item.caseId}`}>
          {t('meetings.toCase', { reference: item.caseReference })}
        </RouterLink>
      </Paragraph>

      <Heading level={3}>
        {chairWrites ? t('meetings.item.attendance') : t('meetings.item.invitees')}
      </Heading>
      {attendanceError && <Paragraph role="alert">{attendanceError}</Paragraph>}
      {chairWrites ? (
        <div className="schakel-meeting-attendance">
          {item.invitees.map((agency) => (
            <FormField
              key={agency.id}
              type="checkbox"
              label={
                <FormLabel htmlFor={`${id}-present-${agency.id}`}>
                  {t('meetings.item.present', { agency: agency.name })}
                </FormLabel>
              }
              input={
                <Checkbox
                  id={`${id}-present-${agency.id}`}
                  checked={presence.get(agency.id) === true}
                  disabled={attendance.loading}
                  onChange={(event) => {
                    setAttendanceError(null);
                    void attendance
                      .run({
                        input: {
                          itemId: item.id,
                          agencyId: agency.id,
                          present: event.target.checked,
                        },
                      })
                      .then((result) => {
                        if (!result.ok) setAttendanceError(errorMessage(result.code));
                      });
                  }}
                />
              }
            />
          ))}
        </div>
      ) : (
        <ul className="schakel-meeting-invitees">
          {item.invitees.map((agency) => {
            const present = presence.get(agency.id);
            return (
              <li key={agency.id}>
                {agency.name}:{' '}
                {present === undefined
                  ? t('meetings.item.presentUnknown')
                  : t(present ? 'meetings.item.presentYes' : 'meetings.item.presentNo')}
              </li>
            );
          })}
        </ul>
      )}

      {withheld ? (
        <Paragraph>{t('meetings.item.minutesWithheld')}</Paragraph>
      ) : chairWrites ? (
        <MinutesEditor key={item.id} item={item} reload={reload} />
      ) : (
        <div className="schakel-flow">
          <Heading level={3}>{t('meetings.item.minutes')}</Heading>
          <Paragraph className="schakel-meeting-text">
            {item.minutes ?? t('meetings.item.noMinutes')}
          </Paragraph>
          <Heading level={3}>{t('meetings.item.decisions')}</Heading>
          <Paragraph className="schakel-meeting-text">
            {item.decisions ?? t('meetings.item.noDecisions')}
          </Paragraph>
        </div>
      )}

      <div className="schakel-meeting-panel__plan">
        <CasePlan caseId={item.caseId} />
      </div>
    </section>
  );
}
