import { Injectable } from '@nestjs/common';
import { endParticipationSchema, participationSchema } from '@schakel/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuditSink } from '../audit/audit-scope';
import type { Caller } from '../auth/caller';
import { CaseEventService } from '../case-events/case-event.service';
import { parseInput } from '../common/parse-input';
import { requireVolunteerConsent } from '../consents/volunteer-participation';
import { NotificationService } from '../notifications/notification.service';
import { CaseAccessService, type CaseAccessRow } from '../sharing/case-access.service';
import { freeTextCategoriesArg } from '../sharing/masking';
import type { AppAbility } from '@schakel/sharing-policy';
import { PolicyService } from '../sharing/policy.service';
import { ParticipantError } from './participant.error';
import { InputError } from '../common/input.error';
import { uuidArg } from '../common/validate';
import type { AddCaseParticipantInput, EndCaseParticipationInput } from './dto/participant.inputs';
import { maskParticipant } from './participant.masking';
import type { CaseParticipantModel, ParticipantRow } from './participant.model';
import {
  caseTouchedQuery,
  endParticipationQuery,
  insertParticipationQuery,
  inviteeQuery,
  participationByIdQuery,
  participationCaseQuery,
} from './participant.queries';

/** Inviting agencies into a case and ending their participation: the procesregisseur's work. */
@Injectable()
export class ParticipantService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
    private readonly cases: CaseAccessService,
    private readonly events: CaseEventService,
    private readonly notifications: NotificationService,
  ) {}

  async add(user: Caller, input: AddCaseParticipantInput): Promise<CaseParticipantModel> {
    const caseId = uuidArg(input.caseId, 'caseId');
    const agencyId = uuidArg(input.agencyId, 'agencyId');
    const { reason, legalBasis } = parseInput(participationSchema(), {
      reason: input.reason,
      legalBasis: input.legalBasis,
    });
    const until = input.until ?? null;
    if (until !== null && (Number.isNaN(until.getTime()) || until.getTime() <= Date.now())) {
      throw InputError.badInput('until', 'until must lie in the future.');
    }
    const { ability } = await user.policy();
    const row = await this.cases.require(ability, 'update', caseId, user);
    CaseAccessService.assertOpen(row);
    // The reason is a free text about the person: the writer labels it with categories it may write.
    const reasonCategories = freeTextCategoriesArg(
      ability,
      row,
      input.reasonCategories,
      'reasonCategories',
    );
    const invitee = inviteeQuery(agencyId, user.regionId, caseId);
    const agencies = await this.db.query<
      {
        name: string;
        reference: string;
      }[]
    >(invitee.sql, invitee.params);
    if (agencies.length === 0)
      throw InputError.badInput('agencyId', 'No such agency in your region.');

    const id = await user.transaction(this.db, async (tx) => {
      // A volunteer organisation only with the person's consent for it (and never by default).
      await requireVolunteerConsent(tx, caseId, [agencyId], 'agencyId');
      const insert = insertParticipationQuery({
        regionId: user.regionId,
        caseId,
        agencyId,
        role: input.role,
        reason,
        legalBasis,
        until,
        addedByUserId: user.id,
        reasonCategories,
      });
      const inserted = await tx.query<{ id: string }[]>(insert.sql, insert.params);
      if (inserted.length === 0) {
        throw new ParticipantError(
          'CONFLICT',
          'This agency already takes part in the case.',
          'agencyId',
        );
      }
      const touch = caseTouchedQuery(caseId);
      await tx.query(touch.sql, touch.params);
      const { name: agencyName, reference: caseReference } = agencies[0]!;
      await this.events.record(tx, {
        regionId: user.regionId,
        caseId,
        kind: 'PARTICIPANT_ADDED',
        actor: { userId: user.id, agencyId: user.agencyId },
        data: { agency: agencyName, role: input.role },
      });
      await this.notifications.notifyAgencies(tx, {
        regionId: user.regionId,
        agencyIds: [agencyId],
        kind: 'CASE_INVITED',
        caseId,
        data: { caseReference },
        exceptUserId: user.id,
      });
      return inserted[0]!.id;
    });
    return this.load(id, ability, row, user);
  }

  async end(user: Caller, input: EndCaseParticipationInput): Promise<CaseParticipantModel> {
    const participantId = uuidArg(input.participantId, 'participantId');
    const { reason } = parseInput(endParticipationSchema(), { reason: input.reason });
    const lookup = participationCaseQuery(participantId, user.regionId);
    const found = await this.db.query<{ caseId: string }[]>(lookup.sql, lookup.params);
    if (!found[0]) throw InputError.notFound('The participation');
    const { ability } = await user.policy();
    const row = await this.cases.require(ability, 'update', found[0].caseId, user);
    CaseAccessService.assertOpen(row);

    await user.transaction(this.db, async (tx) => {
      const end = endParticipationQuery(participantId, reason, user.id);
      const ended = await tx.query<[{ agency: string }[], number]>(end.sql, end.params);
      if (ended[1] === 0)
        throw new ParticipantError('CONFLICT', 'This participation has already ended.');
      const touch = caseTouchedQuery(row.id);
      await tx.query(touch.sql, touch.params);
      await this.events.record(tx, {
        regionId: user.regionId,
        caseId: row.id,
        kind: 'PARTICIPANT_ENDED',
        actor: { userId: user.id, agencyId: user.agencyId },
        data: { agency: ended[0][0]!.agency },
      });
    });
    // The answer reflects the participation just ended: the procesregisseur still reads the case.
    return this.load(participantId, ability, row, user);
  }

  /** The participation as the caller sees it: its reason masked like any text of its categories. */
  private async load(
    id: string,
    ability: AppAbility,
    kase: CaseAccessRow,
    audit: AuditSink,
  ): Promise<CaseParticipantModel> {
    const { sql, params } = participationByIdQuery(id);
    const [row] = await this.db.query<ParticipantRow[]>(sql, params);
    return maskParticipant(ability, kase, row!, audit);
  }
}
