import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CaseEventService } from '../case-events/case-event.service';
import { requireVolunteerConsent } from '../consents/volunteer-participation';
import { NotificationService } from '../notifications/notification.service';
import { CaseAccessService, type CaseAccessRow } from '../sharing/case-access.service';
import { freeTextCategoriesArg } from '../sharing/masking';
import type { AppAbility } from '@schakel/sharing-policy';
import { PolicyService } from '../sharing/policy.service';
import { SharingError } from '../sharing/sharing.error';
import { textArg, uuidArg } from '../sharing/validate';
import type { AddCaseParticipantInput, EndCaseParticipationInput } from './dto/participant.inputs';
import { maskParticipant } from './participant.masking';
import type { CaseParticipantModel, ParticipantRow } from './participant.model';

const PARTICIPANT_SELECT = `SELECT cp.id, cp.case_id AS "caseId",
       json_build_object('id', a.id, 'name', a.name, 'type', a.type) AS "agency",
       cp.role, cp.reason, cp.reason_categories AS "reasonCategories",
       cp.legal_basis AS "legalBasis", cp.started_at AS "startedAt",
       cp.ended_at AS "endedAt", cp.end_reason AS "endReason",
       (cp.ended_at IS NULL OR cp.ended_at > now()) AS "active"
  FROM case_participant cp JOIN agency a ON a.id = cp.agency_id`;

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

  async add(
    user: AuthenticatedUser,
    input: AddCaseParticipantInput,
  ): Promise<CaseParticipantModel> {
    const caseId = uuidArg(input.caseId, 'caseId');
    const agencyId = uuidArg(input.agencyId, 'agencyId');
    const reason = textArg(input.reason, 'reason', 10, 2000);
    const legalBasis = textArg(input.legalBasis, 'legalBasis', 3, 500);
    const until = input.until ?? null;
    if (until !== null && (Number.isNaN(until.getTime()) || until.getTime() <= Date.now())) {
      throw SharingError.badInput('until', 'until must lie in the future.');
    }
    const { ability } = await this.policies.forUser(user);
    const row = await this.cases.require(ability, 'update', caseId, user.regionId);
    CaseAccessService.assertOpen(row);
    // The reason is a free text about the person: the writer labels it with categories it may write.
    const reasonCategories = freeTextCategoriesArg(
      ability,
      row,
      input.reasonCategories,
      'reasonCategories',
    );
    const agencies = await this.db.query<{ name: string; reference: string }[]>(
      `SELECT a.name, c.reference FROM agency a, case_file c
        WHERE a.id = $1 AND a.region_id = $2 AND c.id = $3`,
      [agencyId, user.regionId, caseId],
    );
    if (agencies.length === 0)
      throw SharingError.badInput('agencyId', 'No such agency in your region.');

    const id = await this.db.transaction(async (tx) => {
      // A volunteer organisation only with the person's consent for it (and never by default).
      await requireVolunteerConsent(tx, caseId, [agencyId], 'agencyId');
      const inserted = await tx.query<{ id: string }[]>(
        `INSERT INTO case_participant
           (region_id, case_id, agency_id, role, reason, legal_basis, ended_at, added_by_user_id,
            reason_categories)
         SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9::text[]
          WHERE NOT EXISTS (SELECT 1 FROM case_participant
                             WHERE case_id = $2 AND agency_id = $3
                               AND (ended_at IS NULL OR ended_at > now()))
         ON CONFLICT DO NOTHING
         RETURNING id`,
        [
          user.regionId,
          caseId,
          agencyId,
          input.role,
          reason,
          legalBasis,
          until,
          user.id,
          reasonCategories,
        ],
      );
      if (inserted.length === 0) {
        throw new SharingError(
          'CONFLICT',
          'This agency already takes part in the case.',
          'agencyId',
        );
      }
      await tx.query(`UPDATE case_file SET updated_at = now() WHERE id = $1`, [caseId]);
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
    return this.load(id, ability, row);
  }

  async end(
    user: AuthenticatedUser,
    input: EndCaseParticipationInput,
  ): Promise<CaseParticipantModel> {
    const participantId = uuidArg(input.participantId, 'participantId');
    const reason = textArg(input.reason, 'reason', 10, 2000);
    const found = await this.db.query<{ caseId: string }[]>(
      `SELECT case_id AS "caseId" FROM case_participant WHERE id = $1 AND region_id = $2`,
      [participantId, user.regionId],
    );
    if (!found[0]) throw SharingError.notFound('The participation');
    const { ability } = await this.policies.forUser(user);
    const row = await this.cases.require(ability, 'update', found[0].caseId, user.regionId);
    CaseAccessService.assertOpen(row);

    await this.db.transaction(async (tx) => {
      const ended = await tx.query<[{ agency: string }[], number]>(
        `UPDATE case_participant
            SET ended_at = now(), end_reason = $2, ended_by_user_id = $3
          WHERE id = $1 AND (ended_at IS NULL OR ended_at > now())
        RETURNING (SELECT name FROM agency WHERE id = case_participant.agency_id) AS agency`,
        [participantId, reason, user.id],
      );
      if (ended[1] === 0)
        throw new SharingError('CONFLICT', 'This participation has already ended.');
      await tx.query(`UPDATE case_file SET updated_at = now() WHERE id = $1`, [row.id]);
      await this.events.record(tx, {
        regionId: user.regionId,
        caseId: row.id,
        kind: 'PARTICIPANT_ENDED',
        actor: { userId: user.id, agencyId: user.agencyId },
        data: { agency: ended[0][0]!.agency },
      });
    });
    // The answer reflects the participation just ended: the procesregisseur still reads the case.
    return this.load(participantId, ability, row);
  }

  /** The participation as the caller sees it: its reason masked like any text of its categories. */
  private async load(
    id: string,
    ability: AppAbility,
    kase: CaseAccessRow,
  ): Promise<CaseParticipantModel> {
    const [row] = await this.db.query<ParticipantRow[]>(`${PARTICIPANT_SELECT} WHERE cp.id = $1`, [
      id,
    ]);
    return maskParticipant(ability, kase, row!);
  }
}
