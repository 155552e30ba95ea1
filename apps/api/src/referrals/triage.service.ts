import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CaseEventService } from '../case-events/case-event.service';
import { requireVolunteerConsent } from '../consents/volunteer-participation';
import { NotificationService } from '../notifications/notification.service';
import { CaseAccessService } from '../sharing/case-access.service';
import { PolicyService } from '../sharing/policy.service';
import { SharingError } from '../sharing/sharing.error';
import type { DecideReferralInput } from './dto/referral.inputs';
import { LEGAL_BASIS_TRIAGE, PARTNER_REASON } from './referral.enums';
import { toReferralModel, type ReferralRow } from './referral.mapper';
import type { ReferralModel } from './referral.model';
import { referralQuery, triageQueueQuery } from './referral.queries';
import { parseDecision, type TriageDraft } from './referral.validation';

interface LockedReferral {
  reference: string;
  subjectPersonId: string;
  referringAgencyId: string;
  possibleMatchPersonIds: string[];
  matchDecision: string | null;
  proposedAgencyIds: string[];
}

/** Triage (casusafweging) by the procesregisseur of the Veiligheidshuis. */
@Injectable()
export class TriageService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
    private readonly cases: CaseAccessService,
    private readonly events: CaseEventService,
    private readonly notifications: NotificationService,
  ) {}

  async queue(user: AuthenticatedUser): Promise<ReferralModel[]> {
    const { ability } = await this.policies.forUser(user);
    const statement = triageQueueQuery(ability, user.regionId, user.agencyId);
    if (!statement) return [];
    const rows = await this.db.query<ReferralRow[]>(statement.sql, statement.params);
    return rows.map(toReferralModel);
  }

  async decide(user: AuthenticatedUser, input: DecideReferralInput): Promise<ReferralModel> {
    const draft = parseDecision(input);
    const { ability } = await this.policies.forUser(user);
    await this.cases.require(ability, 'triage', draft.caseId, user.regionId);
    // No assertOpen: a decided referral (whatever the outcome) answers CONFLICT below.
    await this.db.transaction(async (tx) => {
      // The conditional update is the lock: a second, concurrent decision finds no waiting row.
      const updated = await tx.query<[unknown[], number]>(
        `UPDATE case_file SET status = $3, updated_at = now()
          WHERE id = $1 AND region_id = $2 AND status IN ('REFERRED', 'IN_TRIAGE')
            AND EXISTS (SELECT 1 FROM referral r WHERE r.case_id = case_file.id)
          RETURNING id`,
        [draft.caseId, user.regionId, draft.decision],
      );
      if (updated[1] === 0) {
        throw new SharingError('CONFLICT', 'This referral has already been decided.');
      }
      const [referral] = await tx.query<LockedReferral[]>(
        `SELECT c.reference, c.subject_person_id AS "subjectPersonId",
                c.referring_agency_id AS "referringAgencyId",
                r.possible_match_person_ids::text[] AS "possibleMatchPersonIds",
                r.match_decision AS "matchDecision",
                ARRAY(SELECT rp.agency_id::text FROM referral_proposed_agency rp
                       WHERE rp.case_id = c.id) AS "proposedAgencyIds"
           FROM case_file c JOIN referral r ON r.case_id = c.id
          WHERE c.id = $1`,
        [draft.caseId],
      );
      await this.resolvePersonMatch(tx, user, draft, referral!);
      const invited =
        draft.decision === 'ACCEPTED' ? await this.invitePartners(tx, user, draft, referral!) : [];
      await tx.query(
        `UPDATE referral
            SET criterion_multi_domain = $2, criterion_chains_cooperate = $3,
                criterion_impact_surroundings = $4, criterion_local_safety = $5,
                decision = $6, decision_reason = $7, decided_by_user_id = $8,
                decided_by_agency_id = $9, decided_at = now()
          WHERE case_id = $1`,
        [
          draft.caseId,
          draft.criteria.multiDomain,
          draft.criteria.chainsCooperate,
          draft.criteria.impactOnSurroundings,
          draft.criteria.seriousLocalSafety,
          draft.decision,
          draft.reason,
          user.id,
          user.agencyId,
        ],
      );
      await this.events.record(tx, {
        regionId: user.regionId,
        caseId: draft.caseId,
        kind: 'TRIAGE_DECIDED',
        actor: { userId: user.id, agencyId: user.agencyId },
        data: { decision: draft.decision },
      });
      await this.notifications.notifyAgencies(tx, {
        regionId: user.regionId,
        agencyIds: [referral!.referringAgencyId],
        kind: 'REFERRAL_DECIDED',
        caseId: draft.caseId,
        data: { caseReference: referral!.reference, decision: draft.decision },
        exceptUserId: user.id,
      });
      if (invited.length > 0) {
        await this.notifications.notifyAgencies(tx, {
          regionId: user.regionId,
          agencyIds: invited,
          kind: 'CASE_INVITED',
          caseId: draft.caseId,
          data: { caseReference: referral!.reference },
          exceptUserId: user.id,
        });
      }
    });

    const statement = referralQuery(ability, user.regionId, draft.caseId, user.agencyId);
    const [decided] = await this.db.query<ReferralRow[]>(statement.sql, statement.params);
    return toReferralModel(decided!);
  }

  /** "Same person" merges the referral's new person row into the known one; both are recorded. */
  private async resolvePersonMatch(
    tx: EntityManager,
    user: AuthenticatedUser,
    draft: TriageDraft,
    referral: LockedReferral,
  ): Promise<void> {
    if (referral.possibleMatchPersonIds.length === 0 || referral.matchDecision !== null) return;
    if (draft.personMatch === null) {
      throw SharingError.badInput(
        'personMatch',
        'The referral may concern a known person: decide whether it is the same person first.',
      );
    }
    let matchedPersonId: string | null = null;
    if (draft.personMatch === 'SAME_PERSON') {
      matchedPersonId = draft.matchedPersonId!;
      const exists = await tx.query<unknown[]>(
        `SELECT 1 FROM person WHERE id = $1 AND region_id = $2 AND id = ANY ($3::uuid[])`,
        [matchedPersonId, user.regionId, referral.possibleMatchPersonIds],
      );
      if (exists.length === 0) {
        throw SharingError.badInput('matchedPersonId', 'This is not one of the possible matches.');
      }
      const provisional = referral.subjectPersonId;
      await tx.query(`UPDATE case_file SET subject_person_id = $2 WHERE id = $1`, [
        draft.caseId,
        matchedPersonId,
      ]);
      await tx.query(
        `UPDATE information_item SET person_id = $3 WHERE case_id = $1 AND person_id = $2`,
        [draft.caseId, provisional, matchedPersonId],
      );
      await tx.query(
        `UPDATE consent SET person_id = $3 WHERE recorded_in_case_id = $1 AND person_id = $2`,
        [draft.caseId, provisional, matchedPersonId],
      );
      // The new row existed only for this referral; anything else still pointing at it keeps it.
      await tx.query('SAVEPOINT merge_person');
      try {
        await tx.query(
          `DELETE FROM person p WHERE p.id = $1
              AND NOT EXISTS (SELECT 1 FROM case_file c WHERE c.subject_person_id = p.id)`,
          [provisional],
        );
        await tx.query('RELEASE SAVEPOINT merge_person');
      } catch {
        await tx.query('ROLLBACK TO SAVEPOINT merge_person');
      }
    }
    await tx.query(
      `UPDATE referral SET match_decision = $2, match_person_id = $3,
              match_decided_by_user_id = $4, match_decided_at = now()
        WHERE case_id = $1`,
      [draft.caseId, draft.personMatch, matchedPersonId, user.id],
    );
  }

  /** The chosen partners join the case; returns the agencies that were newly invited. */
  private async invitePartners(
    tx: EntityManager,
    user: AuthenticatedUser,
    draft: TriageDraft,
    referral: LockedReferral,
  ): Promise<string[]> {
    const wanted = draft.partnerAgencyIds ?? referral.proposedAgencyIds;
    const agencies = await tx.query<{ id: string; name: string; type: string }[]>(
      `SELECT id, name, type FROM agency WHERE region_id = $1 AND id = ANY ($2::uuid[])`,
      [
        user.regionId,
        [...wanted, ...(draft.casusregisseurAgencyId ? [draft.casusregisseurAgencyId] : [])],
      ],
    );
    const byId = new Map(agencies.map((a) => [a.id, a]));
    if (wanted.some((id) => !byId.has(id))) {
      throw SharingError.badInput('partnerAgencyIds', 'This agency is not one of your region.');
    }
    const lead = draft.casusregisseurAgencyId;
    if (lead !== null) {
      const agency = byId.get(lead);
      const eligible = wanted.includes(lead) || lead === referral.referringAgencyId;
      if (!agency || agency.type === 'ZVH' || !eligible) {
        throw SharingError.badInput(
          'casusregisseurAgencyId',
          'The casusregisseur is one of the partners or the referrer, not the Veiligheidshuis.',
        );
      }
    }
    const partners = wanted.filter(
      (id) => id !== referral.referringAgencyId && byId.get(id)!.type !== 'ZVH',
    );
    // Never by default: a volunteer organisation joins only under the person's recorded consent.
    await requireVolunteerConsent(tx, draft.caseId, partners, 'partnerAgencyIds');
    const invited: string[] = [];
    for (const agencyId of partners) {
      const role = agencyId === lead ? 'CASUSREGISSEUR' : 'PARTNER';
      const inserted = await tx.query<unknown[]>(
        // The fixed reason says nothing about the person: PLAN, which every participant reads.
        `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis,
                                       added_by_user_id, reason_categories)
         SELECT $1, $2, $3, $4, $5, $6, $7, ARRAY['PLAN']::text[]
          WHERE NOT EXISTS (SELECT 1 FROM case_participant WHERE case_id = $2 AND agency_id = $3
                              AND (ended_at IS NULL OR ended_at > now()))
         ON CONFLICT DO NOTHING RETURNING id`,
        [user.regionId, draft.caseId, agencyId, role, PARTNER_REASON, LEGAL_BASIS_TRIAGE, user.id],
      );
      if (inserted.length === 0) continue;
      invited.push(agencyId);
      await this.events.record(tx, {
        regionId: user.regionId,
        caseId: draft.caseId,
        kind: 'PARTICIPANT_ADDED',
        actor: { userId: user.id, agencyId: user.agencyId },
        data: { agency: byId.get(agencyId)!.name, role },
      });
    }
    if (lead !== null) {
      await tx.query(`UPDATE case_file SET casusregisseur_agency_id = $2 WHERE id = $1`, [
        draft.caseId,
        lead,
      ]);
    }
    return invited;
  }
}
