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
import { CaseAccessService, type CaseAccessRow } from '../sharing/case-access.service';
import { caseSubject, categoryProbe, policyFilter, SqlParams } from '../sharing/policy-sql';
import { PolicyService } from '../sharing/policy.service';
import { SharingError } from '../sharing/sharing.error';
import { textArg, uuidArg } from '../sharing/validate';
import type { RecordConflictOfDutiesDecisionInput, RecordConsentInput } from './dto/consent.inputs';
import type { ConflictOfDutiesDecisionModel, ConsentModel } from './consent.model';
import { ACTIVE_CONSENT, consentCoversCase } from './consent.queries';

/** The end reason of a volunteer's participation when the last consent for it is withdrawn. */
const CONSENT_WITHDRAWN_REASON =
  'Toestemming ingetrokken: een vrijwilligersorganisatie neemt alleen deel met toestemming.';
import { CaseEventService } from '../case-events/case-event.service';

const CONSENT_SELECT = `SELECT c.id, c.person_id AS "personId", c.category, c.parts,
       json_build_object('id', ra.id, 'name', ra.name, 'type', ra.type) AS "recipientAgency",
       c.case_id AS "caseId", c.recorded_in_case_id AS "recordedInCaseId",
       json_build_object('id', ba.id, 'name', ba.name, 'type', ba.type) AS "recordedByAgency",
       c.given_at AS "givenAt", c.valid_until AS "validUntil", c.withdrawn_at AS "withdrawnAt",
       (c.withdrawn_at IS NULL AND (c.valid_until IS NULL OR c.valid_until > now())) AS "active"
  FROM consent c
  JOIN agency ra ON ra.id = c.recipient_agency_id
  JOIN agency ba ON ba.id = c.recorded_by_agency_id`;

const DECISION_SELECT = `SELECT d.id, d.case_id AS "caseId", d.category,
       json_build_object('id', ra.id, 'name', ra.name, 'type', ra.type) AS "recipientAgency",
       d.reasoning,
       json_build_object('id', da.id, 'name', da.name, 'type', da.type) AS "decidedByAgency",
       u.display_name AS "decidedBy", d.decided_at AS "decidedAt",
       d.withdrawn_at AS "withdrawnAt", d.withdrawn_at IS NULL AS "active"
  FROM conflict_of_duties_decision d
  JOIN agency ra ON ra.id = d.recipient_agency_id
  JOIN agency da ON da.id = d.decided_by_agency_id
  LEFT JOIN app_user u ON u.id = d.decided_by_user_id`;

/** A consent or decision as far as withdrawing it needs. */
interface RecordedException {
  caseId: string;
  category: InformationCategory;
  recipientId: string;
  recordedById: string;
}

/**
 * The listed case ($2, region $1, subject $3) as a would-be item of the exception's category
 * sourced by the caller ($4): the SQL twin of `categoryProbe(row, category, callerAgency, false)`,
 * which `holds()` checks with `create`. Columns named as the InformationItem target expects.
 */
const CASE_AS_HOLDER = (category: string) => `JOIN case_file cf ON cf.id = $2 AND cf.region_id = $1
        CROSS JOIN LATERAL (SELECT cf.id, cf.id AS case_id, $3::uuid AS person_id,
                                   cf.region_id, ${category} AS category,
                                   false AS has_shareable_summary,
                                   $4::uuid AS source_agency_id) holder`;

/**
 * Need-to-know on the exceptions themselves: a consent or decision, with its reasoning, is shown
 * to the agency it opens access for (recipient), to the agency that recorded it, to an agency that
 * holds the category in this case (may write it: the source of the secret, which may also withdraw
 * it), and to the process owner of the case (may update it: the procesregisseur). Other
 * participants see nothing of it — what they may read is unchanged by it.
 */
function concernsCaller(
  ability: AppAbility,
  params: SqlParams,
  columns: { recipient: string; recordedBy: string },
): string {
  const me = '$4';
  const holder = policyFilter(
    ability,
    'create',
    { subject: 'InformationItem', alias: 'holder' },
    params,
  );
  const processOwner = policyFilter(ability, 'update', { subject: 'Case', alias: 'cf' }, params);
  return `(${columns.recipient} = ${me}::uuid OR ${columns.recordedBy} = ${me}::uuid
             OR (${holder}) OR (${processOwner}))`;
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
  ) {}

  /** The consents that apply in this case and concern the caller (see `concernsCaller`). */
  async listConsents(user: AuthenticatedUser, caseId: string): Promise<ConsentModel[]> {
    const { ability, row } = await this.readableCase(user, caseId);
    const params = new SqlParams([user.regionId, row.id, row.subjectPersonId, user.agencyId]);
    const visible = concernsCaller(ability, params, {
      recipient: 'c.recipient_agency_id',
      recordedBy: 'c.recorded_by_agency_id',
    });
    return await this.db.query<ConsentModel[]>(
      `${CONSENT_SELECT}
        ${CASE_AS_HOLDER('c.category')}
        WHERE c.region_id = $1
          AND (c.recorded_in_case_id = $2 OR c.case_id = $2 OR (c.case_id IS NULL AND c.person_id = $3))
          AND ${visible}
        ORDER BY c.given_at DESC, c.id`,
      params.values,
    );
  }

  /** The decisions of this case that concern the caller (see `concernsCaller`). */
  async listDecisions(
    user: AuthenticatedUser,
    caseId: string,
  ): Promise<ConflictOfDutiesDecisionModel[]> {
    const { ability, row } = await this.readableCase(user, caseId);
    const params = new SqlParams([user.regionId, row.id, row.subjectPersonId, user.agencyId]);
    const visible = concernsCaller(ability, params, {
      recipient: 'd.recipient_agency_id',
      recordedBy: 'd.decided_by_agency_id',
    });
    return await this.db.query<ConflictOfDutiesDecisionModel[]>(
      `${DECISION_SELECT}
        ${CASE_AS_HOLDER('d.category')}
        WHERE d.region_id = $1 AND d.case_id = $2
          AND ${visible}
        ORDER BY d.decided_at DESC, d.id`,
      params.values,
    );
  }

  async recordConsent(user: AuthenticatedUser, input: RecordConsentInput): Promise<ConsentModel> {
    const caseId = uuidArg(input.caseId, 'caseId');
    const recipientId = uuidArg(input.recipientAgencyId, 'recipientAgencyId');
    const validUntil = input.validUntil ?? null;
    if (
      validUntil !== null &&
      (Number.isNaN(validUntil.getTime()) || validUntil.getTime() <= Date.now())
    ) {
      throw SharingError.badInput('validUntil', 'validUntil must lie in the future.');
    }
    const row = await this.holderOf(user, caseId, input.category);
    const recipientType = await this.requireRecipient(user, recipientId);
    const parts = this.partsOf(input, recipientType);
    const scope = input.allCasesOfPerson ? null : row.id;
    const inserted = await this.db.query<{ id: string }[]>(
      `INSERT INTO consent (region_id, person_id, category, recipient_agency_id, case_id,
                            recorded_in_case_id, recorded_by_agency_id, recorded_by_user_id,
                            parts, valid_until)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10
        WHERE NOT EXISTS (SELECT 1 FROM consent k WHERE k.region_id = $1 AND k.person_id = $2
                            AND k.category = $3 AND k.recipient_agency_id = $4
                            AND k.case_id IS NOT DISTINCT FROM $5 AND ${ACTIVE_CONSENT})
       RETURNING id`,
      [
        user.regionId,
        row.subjectPersonId,
        input.category,
        recipientId,
        scope,
        row.id,
        user.agencyId,
        user.id,
        parts,
        validUntil,
      ],
    );
    if (!inserted[0]) throw new SharingError('CONFLICT', 'This consent is already recorded.');
    return this.loadConsent(inserted[0].id);
  }

  async withdrawConsent(user: AuthenticatedUser, consentId: string): Promise<ConsentModel> {
    const id = uuidArg(consentId, 'consentId');
    const found = await this.db.query<RecordedException[]>(
      `SELECT recorded_in_case_id AS "caseId", category, recipient_agency_id AS "recipientId",
              recorded_by_agency_id AS "recordedById"
         FROM consent WHERE id = $1 AND region_id = $2`,
      [id, user.regionId],
    );
    if (!found[0]) throw SharingError.notFound('The consent');
    await this.mayWithdraw(user, found[0], 'The consent');
    await this.db.transaction(async (tx) => {
      const [, changed] = await tx.query<[unknown[], number]>(
        `UPDATE consent SET withdrawn_at = now(), withdrawn_by_user_id = $2
          WHERE id = $1 AND withdrawn_at IS NULL`,
        [id, user.id],
      );
      if (changed === 0) throw new SharingError('CONFLICT', 'This consent was already withdrawn.');
      await this.endVolunteerParticipations(tx, user, id);
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
    const ended = await tx.query<[{ caseId: string; regionId: string; agency: string }[], number]>(
      `UPDATE case_participant cp
          SET ended_at = now(), end_reason = $3, ended_by_user_id = $2
         FROM consent w, case_file c, agency a
        WHERE w.id = $1 AND a.id = w.recipient_agency_id AND a.type = ANY ($4::text[])
          AND cp.agency_id = w.recipient_agency_id AND c.id = cp.case_id
          AND c.subject_person_id = w.person_id AND (w.case_id IS NULL OR w.case_id = c.id)
          AND (cp.ended_at IS NULL OR cp.ended_at > now())
          AND NOT ${consentCoversCase('c', 'cp.agency_id')}
      RETURNING cp.case_id AS "caseId", c.region_id AS "regionId", a.name AS agency`,
      [consentId, user.id, CONSENT_WITHDRAWN_REASON, CONSENT_ONLY_AGENCY_TYPES],
    );
    for (const participation of ended[0]) {
      await tx.query(`UPDATE case_file SET updated_at = now() WHERE id = $1`, [
        participation.caseId,
      ]);
      await this.events.record(tx, {
        regionId: participation.regionId,
        caseId: participation.caseId,
        kind: 'PARTICIPANT_ENDED',
        actor: { userId: user.id, agencyId: user.agencyId },
        data: { agency: participation.agency },
      });
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
      throw SharingError.badInput('parts', 'These parts do not belong to this category.');
    }
    return parts;
  }

  async recordDecision(
    user: AuthenticatedUser,
    input: RecordConflictOfDutiesDecisionInput,
  ): Promise<ConflictOfDutiesDecisionModel> {
    const caseId = uuidArg(input.caseId, 'caseId');
    const recipientId = uuidArg(input.recipientAgencyId, 'recipientAgencyId');
    const reasoning = textArg(input.reasoning, 'reasoning', 20, 5000);
    const row = await this.holderOf(user, caseId, input.category);
    await this.requireRecipient(user, recipientId);
    const inserted = await this.db.query<{ id: string }[]>(
      `INSERT INTO conflict_of_duties_decision (region_id, case_id, category, recipient_agency_id,
                                                reasoning, decided_by_agency_id, decided_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [user.regionId, row.id, input.category, recipientId, reasoning, user.agencyId, user.id],
    );
    return this.loadDecision(inserted[0]!.id);
  }

  async withdrawDecision(
    user: AuthenticatedUser,
    decisionId: string,
  ): Promise<ConflictOfDutiesDecisionModel> {
    const id = uuidArg(decisionId, 'decisionId');
    const found = await this.db.query<RecordedException[]>(
      `SELECT case_id AS "caseId", category, recipient_agency_id AS "recipientId",
              decided_by_agency_id AS "recordedById"
         FROM conflict_of_duties_decision
        WHERE id = $1 AND region_id = $2`,
      [id, user.regionId],
    );
    if (!found[0]) throw SharingError.notFound('The decision');
    await this.mayWithdraw(user, found[0], 'The decision');
    const [, changed] = await this.db.query<[unknown[], number]>(
      `UPDATE conflict_of_duties_decision SET withdrawn_at = now(), withdrawn_by_user_id = $2
        WHERE id = $1 AND withdrawn_at IS NULL`,
      [id, user.id],
    );
    if (changed === 0) throw new SharingError('CONFLICT', 'This decision was already withdrawn.');
    return this.loadDecision(id);
  }

  private async readableCase(
    user: AuthenticatedUser,
    caseId: string,
  ): Promise<{ ability: AppAbility; row: CaseAccessRow }> {
    const id = uuidArg(caseId, 'caseId');
    const { ability } = await this.policies.forUser(user);
    return { ability, row: await this.cases.require(ability, 'read', id, user.regionId) };
  }

  /** The case, if the caller's agency may write this category in it (and so holds that data). */
  private async holderOf(
    user: AuthenticatedUser,
    caseId: string,
    category: InformationCategory,
    requireOpen = true,
  ): Promise<CaseAccessRow> {
    const { ability } = await this.policies.forUser(user);
    const row = await this.cases.require(ability, 'read', caseId, user.regionId);
    if (!this.holds(ability, row, category, user.agencyId)) {
      throw new SharingError(
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
    user: AuthenticatedUser,
    exception: RecordedException,
    what: string,
  ): Promise<void> {
    if (exception.recordedById === user.agencyId && hasCaseContentRole(user.roles)) return;
    const { ability } = await this.policies.forUser(user);
    const row = await this.cases.find(exception.caseId, user.regionId);
    if (row && ability.can('read', caseSubject(row))) {
      if (this.holds(ability, row, exception.category, user.agencyId)) return;
      if (exception.recipientId === user.agencyId || ability.can('update', caseSubject(row))) {
        throw new SharingError(
          'FORBIDDEN',
          'Only an agency that holds this category in the case may decide on sharing it.',
          'category',
        );
      }
    }
    throw SharingError.notFound(what);
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
      throw SharingError.badInput('recipientAgencyId', 'The recipient must be another agency.');
    }
    const found = await this.db.query<{ type: AgencyType }[]>(
      `SELECT type FROM agency WHERE id = $1 AND region_id = $2`,
      [recipientId, user.regionId],
    );
    if (!found[0]) {
      throw SharingError.badInput('recipientAgencyId', 'No such agency in your region.');
    }
    return found[0].type;
  }

  private async loadConsent(id: string): Promise<ConsentModel> {
    const [row] = await this.db.query<ConsentModel[]>(`${CONSENT_SELECT} WHERE c.id = $1`, [id]);
    return row!;
  }

  private async loadDecision(id: string): Promise<ConflictOfDutiesDecisionModel> {
    const [row] = await this.db.query<ConflictOfDutiesDecisionModel[]>(
      `${DECISION_SELECT} WHERE d.id = $1`,
      [id],
    );
    return row!;
  }
}
