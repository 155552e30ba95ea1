import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ConsentPart, InformationCategory } from '@schakel/domain';
import {
  CONSENT_ONLY_AGENCY_TYPES,
  consentParts,
  hasCaseContentRole,
  VOLUNTEER_DEFAULT_CONSENT,
  type AppAbility,
} from '@schakel/sharing-policy';
import type { AgencyType } from '@schakel/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Caller } from '../auth/caller';
import { CaseEventService } from '../case-events/case-event.service';
import { CaseAccessService, type CaseAccessRow } from '../sharing/case-access.service';
import { caseSubject, categoryProbe } from '../sharing/policy-sql';
import { PolicyService } from '../sharing/policy.service';
import { NotificationService } from '../notifications/notification.service';
import { ConsentError } from './consent.error';
import { InputError } from '../common/input.error';
import { uuidArg } from '../common/validate';
import { parseInput } from '../common/parse-input';
import { conflictDecisionSchema, consentEvidenceSchema } from '@schakel/domain';
import type { RecordConflictOfDutiesDecisionInput, RecordConsentInput } from './dto/consent.inputs';
import type { ConflictOfDutiesDecisionModel, ConsentModel } from './consent.model';
import {
  agencyTypeQuery,
  caseConsentsQuery,
  caseDecisionsQuery,
  caseTouchedQuery,
  consentByIdQuery,
  consentExceptionQuery,
  decisionByIdQuery,
  decisionExceptionQuery,
  endUncoveredCouplingsQuery,
  endUncoveredParticipationsQuery,
  insertConsentQuery,
  insertDecisionQuery,
  withdrawConsentQuery,
  withdrawDecisionQuery,
  type ExceptionScope,
} from './consent.queries';

/** The end reason of a volunteer's participation when the last consent for it is withdrawn. */
const CONSENT_WITHDRAWN_REASON =
  'Toestemming ingetrokken: een vrijwilligersorganisatie neemt alleen deel met toestemming.';

/** A consent or decision as far as withdrawing it needs. */
interface RecordedException {
  caseId: string;
  category: InformationCategory;
  recipientId: string;
  recordedById: string;
}

/**
 * Consent and conflict-of-duties decisions: the exceptions that widen access for one category.
 * Only an agency that may write the category in the case — the holder of that information,
 * e.g. care for CARE — records or withdraws them.
 */
@Injectable()
export class ConsentService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
    private readonly cases: CaseAccessService,
    private readonly events: CaseEventService,
    private readonly notifications: NotificationService,
  ) {}

  /** The consents that apply in this case and concern the caller (see `concernsCaller`). */
  async listConsents(user: Caller, caseId: string): Promise<ConsentModel[]> {
    const { ability, row } = await this.readableCase(user, caseId);
    const { sql, params } = caseConsentsQuery(ability, exceptionScope(user, row));
    return await this.db.query<ConsentModel[]>(sql, params);
  }

  /** The decisions of this case that concern the caller (see `concernsCaller`). */
  async listDecisions(user: Caller, caseId: string): Promise<ConflictOfDutiesDecisionModel[]> {
    const { ability, row } = await this.readableCase(user, caseId);
    const { sql, params } = caseDecisionsQuery(ability, exceptionScope(user, row));
    return await this.db.query<ConflictOfDutiesDecisionModel[]>(sql, params);
  }

  async recordConsent(user: Caller, input: RecordConsentInput): Promise<ConsentModel> {
    const caseId = uuidArg(input.caseId, 'caseId');
    const recipientId = uuidArg(input.recipientAgencyId, 'recipientAgencyId');
    const validUntil = input.validUntil ?? null;
    if (
      validUntil !== null &&
      (Number.isNaN(validUntil.getTime()) || validUntil.getTime() <= Date.now())
    ) {
      throw InputError.badInput('validUntil', 'validUntil must lie in the future.');
    }
    const evidence =
      input.evidence === undefined || input.evidence === null
        ? null
        : parseInput(consentEvidenceSchema(), { evidence: input.evidence }).evidence;
    const row = await this.holderOf(user, caseId, input.category);
    const recipientType = await this.requireRecipient(user, recipientId);
    const parts = this.partsOf(input, recipientType);
    const scope = input.allCasesOfPerson ? null : row.id;
    const { sql, params } = insertConsentQuery({
      regionId: user.regionId,
      personId: row.subjectPersonId,
      category: input.category,
      recipientAgencyId: recipientId,
      caseId: scope,
      recordedInCaseId: row.id,
      recordedByAgencyId: user.agencyId,
      recordedByUserId: user.id,
      parts,
      validUntil,
      evidence,
    });
    const id = await user.transaction(this.db, async (tx) => {
      const [inserted] = await tx.query<{ id: string }[]>(sql, params);
      if (!inserted) throw new ConsentError('CONFLICT', 'This consent is already recorded.');
      return inserted.id;
    });
    return this.loadConsent(id);
  }

  async withdrawConsent(user: Caller, consentId: string): Promise<ConsentModel> {
    const id = uuidArg(consentId, 'consentId');
    const lookup = consentExceptionQuery(id, user.regionId);
    const found = await this.db.query<RecordedException[]>(lookup.sql, lookup.params);
    if (!found[0]) throw InputError.notFound('The consent');
    await this.mayWithdraw(user, found[0], 'The consent');
    await user.transaction(this.db, async (tx) => {
      const withdraw = withdrawConsentQuery(id, user.id);
      const [, changed] = await tx.query<[unknown[], number]>(withdraw.sql, withdraw.params);
      if (changed === 0) throw new ConsentError('CONFLICT', 'This consent was already withdrawn.');
      await this.endVolunteerParticipations(tx, user, id);
      await this.endVolunteerCouplings(tx, user, id);
    });
    return this.loadConsent(id);
  }

  /**
   * A volunteer organisation takes part only under the person's consent: when the withdrawn
   * consent was the last one covering a case it takes part in, that participation ends now, in
   * the same transaction (its access already ends with the next request through the policy).
   * An expired consent ends nothing by itself: the participation is then suspended — the case
   * and its content stay closed to the organisation until a new consent is recorded.
   */
  private async endVolunteerParticipations(
    tx: EntityManager,
    user: AuthenticatedUser,
    consentId: string,
  ): Promise<void> {
    const end = endUncoveredParticipationsQuery(
      consentId,
      user.id,
      CONSENT_WITHDRAWN_REASON,
      CONSENT_ONLY_AGENCY_TYPES,
    );
    const ended = await tx.query<[{ caseId: string; regionId: string; agency: string }[], number]>(
      end.sql,
      end.params,
    );
    for (const participation of ended[0]) {
      const touch = caseTouchedQuery(participation.caseId);
      await tx.query(touch.sql, touch.params);
      await this.events.record(tx, {
        regionId: participation.regionId,
        caseId: participation.caseId,
        kind: 'PARTICIPANT_ENDED',
        actor: { userId: user.id, agencyId: user.agencyId },
        data: { agency: participation.agency },
      });
    }
  }

  /**
   * A volunteer coupling lives under the person's consent too (ADR 0034): the open match requests
   * and couplings the withdrawn consent was the last to cover end now (CONSENT_WITHDRAWN), in the
   * same transaction; the coordinator sees "beëindigd: toestemming ingetrokken", probation is told.
   */
  private async endVolunteerCouplings(
    tx: EntityManager,
    user: Caller,
    consentId: string,
  ): Promise<void> {
    const end = endUncoveredCouplingsQuery(consentId);
    const [ended] = await tx.query<
      [
        {
          id: string;
          caseId: string;
          regionId: string;
          volunteerAgencyId: string;
          requestedByAgencyId: string;
          caseReference: string;
        }[],
        number,
      ]
    >(end.sql, end.params);
    for (const coupling of ended) {
      await this.notifications.notifyAgencies(tx, {
        regionId: coupling.regionId,
        agencyIds: [coupling.volunteerAgencyId],
        kind: 'COUPLING_ENDED',
      });
      await this.notifications.notifyAgencies(tx, {
        regionId: coupling.regionId,
        agencyIds: [coupling.requestedByAgencyId],
        kind: 'COUPLING_UPDATED',
        caseId: coupling.caseId,
        data: { caseReference: coupling.caseReference, status: 'ENDED' },
        exceptUserId: user.id,
      });
    }
    if (ended.length > 0) {
      user.note({ categories: ['PROBATION'], caseIds: ended.map((c) => c.caseId) });
    }
  }

  /** The parts a new consent names, checked against its category (see RecordConsentInput.parts). */
  private partsOf(input: RecordConsentInput, recipientType: AgencyType): ConsentPart[] {
    if (input.parts === undefined || input.parts === null) {
      return CONSENT_ONLY_AGENCY_TYPES.includes(recipientType)
        ? [...(VOLUNTEER_DEFAULT_CONSENT[input.category] ?? [])]
        : [];
    }
    const parts = consentParts(input.category, input.parts);
    if (parts === null) {
      throw InputError.badInput('parts', 'These parts do not belong to this category.');
    }
    return parts;
  }

  async recordDecision(
    user: Caller,
    input: RecordConflictOfDutiesDecisionInput,
  ): Promise<ConflictOfDutiesDecisionModel> {
    const caseId = uuidArg(input.caseId, 'caseId');
    const recipientId = uuidArg(input.recipientAgencyId, 'recipientAgencyId');
    const { reasoning } = parseInput(conflictDecisionSchema(), { reasoning: input.reasoning });
    const row = await this.holderOf(user, caseId, input.category);
    await this.requireRecipient(user, recipientId);
    const { sql, params } = insertDecisionQuery({
      regionId: user.regionId,
      caseId: row.id,
      category: input.category,
      recipientAgencyId: recipientId,
      reasoning,
      decidedByAgencyId: user.agencyId,
      decidedByUserId: user.id,
    });
    const inserted = await user.transaction(this.db, (tx) =>
      tx.query<{ id: string }[]>(sql, params),
    );
    return this.loadDecision(inserted[0]!.id);
  }

  async withdrawDecision(user: Caller, decisionId: string): Promise<ConflictOfDutiesDecisionModel> {
    const id = uuidArg(decisionId, 'decisionId');
    const lookup = decisionExceptionQuery(id, user.regionId);
    const found = await this.db.query<RecordedException[]>(lookup.sql, lookup.params);
    if (!found[0]) throw InputError.notFound('The decision');
    await this.mayWithdraw(user, found[0], 'The decision');
    const withdraw = withdrawDecisionQuery(id, user.id);
    await user.transaction(this.db, async (tx) => {
      const [, changed] = await tx.query<[unknown[], number]>(withdraw.sql, withdraw.params);
      if (changed === 0) {
        throw new ConsentError('CONFLICT', 'This decision was already withdrawn.');
      }
    });
    return this.loadDecision(id);
  }

  private async readableCase(
    user: Caller,
    caseId: string,
  ): Promise<{ ability: AppAbility; row: CaseAccessRow }> {
    const id = uuidArg(caseId, 'caseId');
    const { ability } = await user.policy();
    return { ability, row: await this.cases.require(ability, 'read', id, user) };
  }

  /** The case, if the caller's agency may write this category in it (and so holds that data). */
  private async holderOf(
    user: Caller,
    caseId: string,
    category: InformationCategory,
    requireOpen = true,
  ): Promise<CaseAccessRow> {
    const { ability } = await user.policy();
    const row = await this.cases.require(ability, 'read', caseId, user);
    if (!this.holds(ability, row, category, user.agencyId)) {
      throw new ConsentError(
        'FORBIDDEN',
        'Only an agency that holds this category in the case may decide on sharing it.',
        'category',
      );
    }
    if (requireOpen) CaseAccessService.assertOpen(row);
    return row;
  }

  /**
   * A withdrawal narrows sharing, so it must always be possible: also in a closed case, and also
   * after the recording agency's participation has ended (a case worker of that agency may then
   * still withdraw what it recorded). Otherwise the holder of the category in the case decides.
   * Whoever may not see the exception (`concernsCaller`) is told it does not exist.
   */
  private async mayWithdraw(
    user: Caller,
    exception: RecordedException,
    what: string,
  ): Promise<void> {
    if (exception.recordedById === user.agencyId && hasCaseContentRole(user.roles)) return;
    const { ability } = await user.policy();
    const row = await this.cases.find(exception.caseId, user.regionId);
    if (row && ability.can('read', caseSubject(row))) {
      if (this.holds(ability, row, exception.category, user.agencyId)) return;
      if (exception.recipientId === user.agencyId || ability.can('update', caseSubject(row))) {
        throw new ConsentError(
          'FORBIDDEN',
          'Only an agency that holds this category in the case may decide on sharing it.',
          'category',
        );
      }
    }
    throw InputError.notFound(what);
  }

  private holds(
    ability: AppAbility,
    row: CaseAccessRow,
    category: InformationCategory,
    agencyId: string,
  ) {
    return ability.can('create', categoryProbe(row, category, agencyId, false));
  }

  private async requireRecipient(
    user: AuthenticatedUser,
    recipientId: string,
  ): Promise<AgencyType> {
    if (recipientId === user.agencyId) {
      throw InputError.badInput('recipientAgencyId', 'The recipient must be another agency.');
    }
    const { sql, params } = agencyTypeQuery(recipientId, user.regionId);
    const found = await this.db.query<{ type: AgencyType }[]>(sql, params);
    if (!found[0]) {
      throw InputError.badInput('recipientAgencyId', 'No such agency in your region.');
    }
    return found[0].type;
  }

  private async loadConsent(id: string): Promise<ConsentModel> {
    const { sql, params } = consentByIdQuery(id);
    const [row] = await this.db.query<ConsentModel[]>(sql, params);
    return row!;
  }

  private async loadDecision(id: string): Promise<ConflictOfDutiesDecisionModel> {
    const { sql, params } = decisionByIdQuery(id);
    const [row] = await this.db.query<ConflictOfDutiesDecisionModel[]>(sql, params);
    return row!;
  }
}

/** The case whose exceptions the caller lists, as the list statements need it. */
function exceptionScope(user: AuthenticatedUser, row: CaseAccessRow): ExceptionScope {
  return {
    regionId: user.regionId,
    caseId: row.id,
    subjectPersonId: row.subjectPersonId,
    viewerAgencyId: user.agencyId,
  };
}
