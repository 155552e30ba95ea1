import { Injectable } from '@nestjs/common';
import type { Caller } from '../auth/caller';
import { MeetingError } from './meeting.error';
import { buildCalendar } from './meeting-ics';
import { buildMinutesPdf } from './meeting-pdf';
import { slotLabels } from './meeting-validation';
import { MeetingService } from './meeting.service';

@Injectable()
export class MeetingExportService {
  constructor(private readonly meetings: MeetingService) {}

  /**
   * One VEVENT per item the caller may see. The summary names only the case reference: a
   * calendar file ends up in Outlook and on phones, so no person's name goes in.
   */
  async calendar(user: Caller, id: string): Promise<string> {
    const meeting = await this.meetings.meeting(user, id);
    const events = meeting.agenda.flatMap((entry) =>
      entry.item
        ? [
            {
              uid: `meeting-item-${entry.item.id}@schakel`,
              startsAt: entry.startsAt,
              endsAt: entry.endsAt,
              summary: `Casusoverleg ZVH – ${entry.item.caseReference}`,
              location: meeting.location,
              url: meeting.onlineUrl,
            },
          ]
        : [],
    );
    return buildCalendar(events);
  }

  /**
   * The minutes export of the caller's agency, after closing: the items visible to the caller
   * (invited + participant, or chair) whose minutes the covenant gives them (PLAN read). The
   * export is one EXPORT event in the audit trail, naming every case in the file.
   */
  async minutesPdf(user: Caller, id: string): Promise<Uint8Array> {
    const meeting = await this.meetings.meeting(user, id);
    if (meeting.status !== 'CLOSED') {
      throw new MeetingError('CONFLICT', 'The minutes are available after the meeting is closed.');
    }
    const items = meeting.agenda.flatMap((entry) =>
      entry.item && entry.item.minutesAccess === 'FULL' ? [entry.item] : [],
    );
    // One EXPORT event for the file (AuditInterceptor), naming every case in it.
    user.note({
      caseIds: items.map((item) => item.caseId),
      categories: ['PLAN'],
      record: { type: 'Meeting', id: meeting.id },
      accessBasis: 'covenant',
    });
    const when = slotLabels(meeting.startsAt, meeting.endsAt);
    return buildMinutesPdf({
      title: 'Verslag casusoverleg Zorg- en Veiligheidshuis',
      meetingLine: `${when.date}, ${when.from}–${when.to}${meeting.location ? `, ${meeting.location}` : ''}`,
      agencyName: `Voor: ${user.agencyName}`,
      labels: {
        minutes: 'Verslag',
        decisions: 'Besluiten',
        none: 'Geen agendapunten voor uw organisatie.',
      },
      items: items.map((item) => {
        const slot = slotLabels(item.startsAt, item.endsAt);
        return {
          caseReference: item.caseReference,
          personName: item.personName,
          slot: `${slot.from}–${slot.to}`,
          minutes: item.minutes,
          decisions: item.decisions,
        };
      }),
    });
  }
}
