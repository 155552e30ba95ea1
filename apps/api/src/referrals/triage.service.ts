import { AddressProposalService } from './address-proposal.service';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Caller } from '../auth/caller';
import { CaseEventService } from '../case-events/case-event.service';
import { requireVolunteerConsent } from '../consents/volunteer-participation';
import { NotificationService } from '../notifications/notification.service';
import { CaseAccessService } from '../sharing/case-access.service';
import { PolicyService } from '../sharing/policy.service';
import { ReferralError } from './referral.error';
import { InputError } from '../common/input.error';
import type { DecideReferralInput } from './dto/referral.inputs';
import { LEGAL_BASIS_TRIAGE, PARTNER_REASON } from './referral.enums';
import { toReferralModel, type ReferralRow } from './referral.mapper';
import type { ReferralModel } from './referral.model';
import { referralQuery, triageQueueQuery } from './referral.queries';
import { parseDecision, type TriageDraft } from './referral.validation';
import {
  decideCaseQuery,
  deleteMergedPersonQuery,
  inviteParticipantQuery,
  lockedReferralQuery,
  moveConsentsToPersonQuery,
  moveItemsToPersonQuery,
  possibleMatchQuery,
  recordPersonMatchQuery,
  recordTriageQuery,
  regionAgenciesQuery,
  setCasusregisseurQuery,
  setSubjectPersonQuery,
} from './triage.queries';

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

  async queue(user: Caller): Promise<ReferralModel[]> {
    const { ability } = await user.policy();
    const statement = triageQueueQuery(ability, user.regionId, user.agencyId);
    if (!statement) return [];
    const rows = await this.db.query<ReferralRow[]>(statement.sql, statement.params);
    return rows.map((row) => toReferralModel(row, user));
  }

  async decide(user: Caller, input: DecideReferralInput): Promise<ReferralModel> {
    const draft = parseDecision(input);
    const { ability } = await user.policy();
    await this.cases.require(ability, 'triage', draft.caseId, user);
    // No assertOpen: a decided referral (whatever the outcome) answers CONFLICT below.
    await user.transaction(this.db, async (tx) => {
      // The conditional update is the lock: a second, concurrent decision finds no waiting row.
      const decide = decideCaseQuery(draft.caseId, user.regionId, draft.decision);
      const updated = await tx.query<[unknown[], number]>(decide.sql, decide.params);
      if (updated[1] === 0) {
        throw new ReferralError('CONFLICT', 'This referral has already been decided.');
      }
      const locked = lockedReferralQuery(draft.caseId);
      const [referral] = await tx.query<LockedReferral[]>(locked.sql, locked.params);
      await this.resolvePersonMatch(tx, user, draft, referral!);
      const invited =
        draft.decision === 'ACCEPTED' ? await this.invitePartners(tx, user, draft, referral!) : [];
      const record = recordTriageQuery(draft, { userId: user.id, agencyId: user.agencyId });
      await tx.query(record.sql, record.params);
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
    return toReferralModel(decided!, user);
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
      throw InputError.badInput(
        'personMatch',
        'The referral may concern a known person: decide whether it is the same person first.',
      );
    }
    let matchedPersonId: string | null = null;
    if (draft.personMatch === 'SAME_PERSON') {
      matchedPersonId = draft.matchedPersonId!;
      const candidate = possibleMatchQuery(
        matchedPersonId,
        user.regionId,
        referral.possibleMatchPersonIds,
      );
      const exists = await tx.query<unknown[]>(candidate.sql, candidate.params);
      if (exists.length === 0) {
        throw InputError.badInput('matchedPersonId', 'This is not one of the possible matches.');
      }
      const provisional = referral.subjectPersonId;
      for (const move of [
        setSubjectPersonQuery(draft.caseId, matchedPersonId),
        moveItemsToPersonQuery(draft.caseId, provisional, matchedPersonId),
        moveConsentsToPersonQuery(draft.caseId, provisional, matchedPersonId),
      ]) {
        await tx.query(move.sql, move.params);
      }
      // The known person keeps its address; the one the referrer entered becomes a proposal.
      await AddressProposalService.proposeEntered(tx, draft.caseId, user.regionId);
      // The new row existed only for this referral; anything else still pointing at it keeps it.
      await tx.query('SAVEPOINT merge_person');
      try {
        const remove = deleteMergedPersonQuery(provisional);
        await tx.query(remove.sql, remove.params);
        await tx.query('RELEASE SAVEPOINT merge_person');
      } catch {
        await tx.query('ROLLBACK TO SAVEPOINT merge_person');
      }
    }
    const match = recordPersonMatchQuery(draft.caseId, draft.personMatch, matchedPersonId, user.id);
    await tx.query(match.sql, match.params);
  }

  /** The chosen partners join the case; returns the agencies that were newly invited. */
  private async invitePartners(
    tx: EntityManager,
    user: AuthenticatedUser,
    draft: TriageDraft,
    referral: LockedReferral,
  ): Promise<string[]> {
    const wanted = draft.partnerAgencyIds ?? referral.proposedAgencyIds;
    const lookup = regionAgenciesQuery(user.regionId, [
      ...wanted,
      ...(draft.casusregisseurAgencyId ? [draft.casusregisseurAgencyId] : []),
    ]);
    const agencies = await tx.query<
      {
        id: string;
        name: string;
        type: string;
      }[]
    >(lookup.sql, lookup.params);
    const byId = new Map(agencies.map((a) => [a.id, a]));
    if (wanted.some((id) => !byId.has(id))) {
      throw InputError.badInput('partnerAgencyIds', 'This agency is not one of your region.');
    }
    const lead = draft.casusregisseurAgencyId;
    if (lead !== null) {
      const agency = byId.get(lead);
      const eligible = wanted.includes(lead) || lead === referral.referringAgencyId;
      if (!agency || agency.type === 'ZVH' || !eligible) {
        throw InputError.badInput(
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
      const invite = inviteParticipantQuery({
        regionId: user.regionId,
        caseId: draft.caseId,
        agencyId,
        role,
        reason: PARTNER_REASON,
        legalBasis: LEGAL_BASIS_TRIAGE,
        addedByUserId: user.id,
      });
      const inserted = await tx.query<unknown[]>(invite.sql, invite.params);
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
      const casusregisseur = setCasusregisseurQuery(draft.caseId, lead);
      await tx.query(casusregisseur.sql, casusregisseur.params);
    }
    return invited;
  }
}
