import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AppAbility } from '@schakel/sharing-policy';
import { DataSource } from 'typeorm';
import type { AgencyType } from '@schakel/domain';
import type { Caller } from '../auth/caller';
import { PolicyService } from '../sharing/policy.service';
import { InputError } from '../common/input.error';
import { uuidArg } from '../common/validate';
import type { MeetingAgendaEntryModel, MeetingModel } from './meeting.model';
import {
  agendaQuery,
  meetingsQuery,
  myMeetingsQuery,
  type AgendaRow,
  type MeetingRow,
} from './meeting.queries';
import type { AuditSink } from '../audit/audit-scope';

const MAX_WINDOW_DAYS = 400;

type AgencyRow = { id: string; name: string; type: string };
const agencyOf = (a: AgencyRow) => ({ id: a.id, name: a.name, type: a.type as AgencyType });

function toEntry(row: AgendaRow, audit: AuditSink): MeetingAgendaEntryModel {
  const base = { startsAt: row.startsAt, endsAt: row.endsAt, current: row.current };
  if (row.id === null) return { ...base, hidden: true, item: null };
  // A visible item names its case (and person, if readable) in the event of the access.
  audit.note({
    caseIds: [row.caseId],
    personIds: [row.personId],
    categories: row.planVisible ? ['PLAN'] : [],
  });
  return {
    ...base,
    hidden: false,
    item: {
      id: row.id,
      caseId: row.caseId!,
      caseReference: row.caseReference!,
      personName: row.personName,
      personNameAccess: row.nameVisible ? 'FULL' : 'WITHHELD',
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      status: row.status!,
      invitees: (row.invitees ?? []).map(agencyOf),
      attendance: (row.attendance ?? []).map((a) => ({
        agency: agencyOf(a.agency),
        present: a.present,
      })),
      minutes: row.minutes,
      decisions: row.decisions,
      minutesAccess: row.planVisible ? 'FULL' : 'WITHHELD',
      minutesUpdatedAt: row.minutesUpdatedAt,
      revision: row.revision!,
    },
  };
}

/** Reading meetings: the agenda as the caller may see it, filtered in SQL. */
@Injectable()
export class MeetingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
  ) {}

  async myMeetings(user: Caller, from: Date, to: Date): Promise<MeetingModel[]> {
    if (Number.isNaN(from.getTime())) throw InputError.badInput('from', 'from is not a date.');
    if (Number.isNaN(to.getTime()) || to <= from) {
      throw InputError.badInput('to', 'to must be after from.');
    }
    if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * 86_400_000) {
      throw InputError.badInput('to', `The window is at most ${MAX_WINDOW_DAYS} days.`);
    }
    const { ability } = await user.policy();
    const { sql, params } = myMeetingsQuery(ability, user, from, to);
    const ids = (await this.db.query<{ id: string }[]>(sql, params)).map((r) => r.id);
    return this.load(ability, user, ids);
  }

  /** One meeting as the caller may see it; NOT_FOUND when they chair nothing and see no item. */
  async meeting(user: Caller, idArg: string): Promise<MeetingModel> {
    const id = uuidArg(idArg, 'id');
    const { ability } = await user.policy();
    const [meeting] = await this.load(ability, user, [id]);
    if (!meeting) throw InputError.notFound('The meeting');
    return meeting;
  }

  /** Like `meeting`, but null instead of NOT_FOUND (the live stream ends quietly). */
  async meetingOrNull(user: Caller, id: string): Promise<MeetingModel | null> {
    const { ability } = await user.policy();
    const [meeting] = await this.load(ability, user, [id]);
    return meeting ?? null;
  }

  async load(ability: AppAbility, user: Caller, ids: readonly string[]): Promise<MeetingModel[]> {
    if (ids.length === 0) return [];
    const m = meetingsQuery(ability, user, ids);
    const meetings = await this.db.query<MeetingRow[]>(m.sql, m.params);
    if (meetings.length === 0) return [];
    const a = agendaQuery(
      ability,
      user,
      meetings.map((row) => row.id),
    );
    const agenda = await this.db.query<AgendaRow[]>(a.sql, a.params);
    return meetings.map((row) => ({
      id: row.id,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      location: row.location,
      onlineUrl: row.onlineUrl,
      status: row.status,
      chair: row.chair,
      isChair: row.chairUserId === user.id,
      startedAt: row.startedAt,
      closedAt: row.closedAt,
      lastEventId: row.lastEventId,
      agenda: agenda
        .filter((entry) => entry.meetingId === row.id)
        .map((entry) => toEntry(entry, user)),
    }));
  }
}
