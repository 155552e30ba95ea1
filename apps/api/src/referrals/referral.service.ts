import { randomUUID } from 'node:crypto';
import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CaseEventService } from '../case-events/case-event.service';
import { NotificationService } from '../notifications/notification.service';
import { personMatchSql } from '../persons/person-matching';
import type { PersonMatchModel } from '../persons/person.model';
import { CaseAccessService } from '../sharing/case-access.service';
import {
  freeTextCategoriesArg,
  maskPerson,
  writableFreeTextCategories,
  type EnteredPerson,
  type PersonRow,
} from '../sharing/masking';
import { refuseVolunteerProposal } from '../consents/volunteer-participation';
import type { CasePolicyFields } from '../sharing/policy-sql';
import type { InformationCategory } from '../sharing/sharing.enums';
import { NOTHING, SqlParams, visibilityOf } from '../sharing/policy-sql';
import { PolicyService } from '../sharing/policy.service';
import { SharingError } from '../sharing/sharing.error';
import { uuidArg } from '../sharing/validate';
import type { CreateReferralInput, ReferralPersonLookupInput } from './dto/referral.inputs';
import {
  LEGAL_BASIS_REFERRAL,
  PROCESREGIE_REASON,
  type ReferralPersonSource,
} from './referral.enums';
import { toReferralModel, type ReferralRow } from './referral.mapper';
import type { ReferralModel, ReferralReceiptModel } from './referral.model';
import { pickablePersonQuery, referralLookupQuery, referralQuery } from './referral.queries';
import {
  parseLookup,
  parseReferral,
  type NewPerson,
  type ReferralDraft,
} from './referral.validation';

/** Most possible matches recorded for one referral. */
const MAX_POSSIBLE_MATCHES = 10;

interface ResolvedPerson {
  personId: string;
  source: ReferralPersonSource;
  possibleMatchIds: string[];
  bsnMatchPersonId: string | null;
}

/**
 * Referral (aanmelding). When a person row is made — the invariant is "never two person rows for
 * one real person without a recorded decision":
 * - the referrer picked a person they may already see → no new row (EXISTING);
 * - the entered BSN is known in the region and the name and birth date agree → that person
 *   (BSN_MATCH); the referrer is not told;
 * - otherwise a row is made from the entered data (NEW). Known persons of the region that may be
 *   the same (tolerant name + birth date, or the BSN with a different name) are recorded on the
 *   referral, never shown to the referrer, and the procesregisseur must decide "same person"
 *   (the new row is merged away) or "different person" before or at the triage decision.
 *   A BSN is never stored twice: with a conflicting name the new row gets no BSN.
 */
@Injectable()
export class ReferralService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
    private readonly cases: CaseAccessService,
    private readonly events: CaseEventService,
    private readonly notifications: NotificationService,
  ) {}

  async lookup(
    user: AuthenticatedUser,
    input: ReferralPersonLookupInput,
  ): Promise<PersonMatchModel[]> {
    const query = parseLookup(input);
    const { ability } = await this.policies.forUser(user);
    const statement = referralLookupQuery(ability, user.regionId, query, user.agencyId);
    if (!statement) return [];
    const rows = await this.db.query<
      (PersonRow & {
        nameVisible: boolean;
        dateOfBirthVisible: boolean;
        addressVisible: boolean;
        bsnVisible: boolean;
        caseIds: string[];
      })[]
    >(statement.sql, statement.params);
    return rows.map((row) => ({
      person: maskPerson(row, visibilityOf(row)),
      caseIds: row.caseIds,
    }));
  }

  /** The categories the caller may give a referral's texts (see `asReferrer`). */
  async reasonCategories(user: AuthenticatedUser): Promise<InformationCategory[]> {
    const { ability } = await this.policies.forUser(user);
    return writableFreeTextCategories(ability, asReferrer(user));
  }

  async create(user: AuthenticatedUser, input: CreateReferralInput): Promise<ReferralReceiptModel> {
    const draft = parseReferral(input);
    const { ability } = await this.policies.forUser(user);
    const probe = subject('Case', {
      id: '',
      regionId: user.regionId,
      activeParticipantAgencyIds: [] as string[],
    });
    if (!ability.can('create', probe)) {
      throw new SharingError('FORBIDDEN', 'You are not allowed to refer cases.');
    }
    const agencies = await this.db.query<{ id: string; name: string; type: string }[]>(
      `SELECT id, name, type FROM agency WHERE region_id = $1 AND (id = ANY ($2::uuid[]) OR type = 'ZVH' OR id = $3)
        ORDER BY created_at, id`,
      [user.regionId, draft.proposedAgencyIds, user.agencyId],
    );
    const known = new Set(agencies.map((a) => a.id));
    const unknown = draft.proposedAgencyIds.findIndex((id) => !known.has(id));
    if (unknown >= 0) {
      throw SharingError.badInput(`proposedAgencyIds`, 'This agency is not one of your region.');
    }
    refuseVolunteerProposal(agencies, draft.proposedAgencyIds);
    const zvh = agencies.find((a) => a.type === 'ZVH');
    if (!zvh) {
      throw new SharingError(
        'CONFLICT',
        'Your region has no Veiligheidshuis to receive referrals.',
      );
    }
    const own = agencies.find((a) => a.id === user.agencyId)!;
    const reasonCategories = freeTextCategoriesArg(
      ability,
      asReferrer(user),
      input.reasonCategories,
      'reasonCategories',
    );
    // The referrer and the ZVH take part anyway.
    const proposed = draft.proposedAgencyIds.filter((id) => id !== user.agencyId && id !== zvh.id);

    return this.db.transaction(async (tx) => {
      // One referral at a time per region: the next reference and the BSN check stay exact.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('referral:' || $1))`, [user.regionId]);
      const person = draft.personId
        ? await this.pickedPerson(tx, user, draft.personId, ability)
        : await this.enteredPerson(tx, user.regionId, draft.person!);
      const [{ reference }] = await tx.query<[{ reference: string }]>(
        `SELECT 'ZVH-' || y || '-' || lpad((COALESCE(max(substring(reference FROM '^ZVH-[0-9]{4}-([0-9]+)$')::int), 0) + 1)::text, 3, '0') AS reference
           FROM (SELECT to_char(now(), 'YYYY') AS y) t
           LEFT JOIN case_file c ON c.region_id = $1 AND c.reference LIKE 'ZVH-' || t.y || '-%'
          GROUP BY y`,
        [user.regionId],
      );
      const [{ id: caseId }] = await tx.query<[{ id: string }]>(
        `INSERT INTO case_file (region_id, reference, subject_person_id, theme, status, referring_agency_id)
         VALUES ($1, $2, $3, $4, 'REFERRED', $5) RETURNING id`,
        [user.regionId, reference, person.personId, draft.theme, user.agencyId],
      );
      await tx.query(
        `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis,
                                       added_by_user_id, reason_categories)
         SELECT $1, $2, a.agency_id, a.role, a.reason, $3, $4, a.categories
           FROM (VALUES ($5::uuid, 'REFERRER', $6, $9::text[]),
                        ($7::uuid, 'PROCESREGIE', $8, ARRAY['PLAN']::text[]))
                AS a(agency_id, role, reason, categories)
          WHERE a.role = 'REFERRER' OR a.agency_id <> $5::uuid`,
        [
          user.regionId,
          caseId,
          LEGAL_BASIS_REFERRAL,
          user.id,
          user.agencyId,
          draft.reason,
          zvh.id,
          PROCESREGIE_REASON,
          // The referrer's participation reason is the referral's reason: the same categories.
          reasonCategories,
        ],
      );
      await this.insertReferral(tx, user, caseId, draft, reasonCategories, person, proposed);
      await this.events.record(tx, {
        regionId: user.regionId,
        caseId,
        kind: 'REFERRED',
        actor: { userId: user.id, agencyId: user.agencyId },
        data: { agency: own.name },
      });
      await this.notifications.notifyAgencies(tx, {
        regionId: user.regionId,
        agencyIds: [zvh.id],
        kind: 'REFERRAL_RECEIVED',
        caseId,
        data: { caseReference: reference, agency: own.name },
        exceptUserId: user.id,
      });
      return { caseId, reference, status: 'REFERRED' as const };
    });
  }

  async get(user: AuthenticatedUser, caseIdArg: string): Promise<ReferralModel> {
    const caseId = uuidArg(caseIdArg, 'caseId');
    const { ability } = await this.policies.forUser(user);
    await this.cases.require(ability, 'read', caseId, user.regionId);
    const statement = referralQuery(ability, user.regionId, caseId, user.agencyId);
    const [row] = await this.db.query<ReferralRow[]>(statement.sql, statement.params);
    if (!row) throw SharingError.notFound('The referral');
    return toReferralModel(row);
  }

  private async pickedPerson(
    tx: EntityManager,
    user: AuthenticatedUser,
    personId: string,
    ability: Awaited<ReturnType<PolicyService['forUser']>>['ability'],
  ): Promise<ResolvedPerson> {
    const statement = pickablePersonQuery(ability, user.regionId, personId, user.agencyId);
    const rows = statement ? await tx.query<unknown[]>(statement.sql, statement.params) : [];
    // Same answer for "does not exist" and "not yours to pick".
    if (rows.length === 0) throw SharingError.badInput('personId', 'This person was not found.');
    return { personId, source: 'EXISTING', possibleMatchIds: [], bsnMatchPersonId: null };
  }

  private async enteredPerson(
    tx: EntityManager,
    regionId: string,
    person: NewPerson,
  ): Promise<ResolvedPerson> {
    let bsnMatchPersonId: string | null = null;
    if (person.bsn) {
      const params = new SqlParams([regionId, person.bsn]);
      const sameName = personMatchSql('p', { ...person, bsn: null }, params);
      const [holder] = await tx.query<{ id: string; sameName: boolean }[]>(
        `SELECT p.id, (${sameName}) AS "sameName" FROM person p WHERE p.region_id = $1 AND p.bsn = $2`,
        params.values,
      );
      if (holder?.sameName) {
        return {
          personId: holder.id,
          source: 'BSN_MATCH',
          possibleMatchIds: [],
          bsnMatchPersonId: null,
        };
      }
      bsnMatchPersonId = holder?.id ?? null;
    }
    const params = new SqlParams([regionId]);
    const match = personMatchSql('p', { ...person, bsn: null }, params);
    // Two different BSNs are two different people.
    const otherBsn = person.bsn ? ` AND (p.bsn IS NULL OR p.bsn = ${params.add(person.bsn)})` : '';
    const candidates =
      match === NOTHING
        ? []
        : await tx.query<{ id: string }[]>(
            `SELECT p.id FROM person p WHERE p.region_id = $1 AND ${match}${otherBsn}
              ORDER BY p.created_at, p.id LIMIT ${MAX_POSSIBLE_MATCHES}`,
            params.values,
          );
    const possibleMatchIds = [
      ...new Set([...(bsnMatchPersonId ? [bsnMatchPersonId] : []), ...candidates.map((c) => c.id)]),
    ].slice(0, MAX_POSSIBLE_MATCHES);
    const [{ id }] = await tx.query<[{ id: string }]>(
      `INSERT INTO person (region_id, given_names, family_name, date_of_birth, bsn, street,
                           house_number, postcode, city, wijk)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        regionId,
        person.givenNames,
        person.familyName,
        person.dateOfBirth,
        bsnMatchPersonId ? null : person.bsn,
        person.street,
        person.houseNumber,
        person.postcode,
        person.city,
        person.wijk,
      ],
    );
    return { personId: id, source: 'NEW', possibleMatchIds, bsnMatchPersonId };
  }

  private async insertReferral(
    tx: EntityManager,
    user: AuthenticatedUser,
    caseId: string,
    draft: ReferralDraft,
    reasonCategories: readonly InformationCategory[],
    person: ResolvedPerson,
    proposed: readonly string[],
  ): Promise<void> {
    // What the referrer entered, for its own view until triage decides (never Schakel's data).
    const entered: EnteredPerson | null = draft.person
      ? { id: randomUUID(), ...draft.person }
      : null;
    await tx.query(
      `INSERT INTO referral (case_id, region_id, reason, goal, person_informed, not_informed_reason,
                             person_source, possible_match_person_ids, bsn_match_person_id,
                             referred_by_user_id, reason_categories, entered_person)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::uuid[], $9, $10, $11::text[], $12::jsonb)`,
      [
        caseId,
        user.regionId,
        draft.reason,
        draft.goal,
        draft.personInformed,
        draft.notInformedReason,
        person.source,
        person.possibleMatchIds,
        person.bsnMatchPersonId,
        user.id,
        reasonCategories,
        entered === null ? null : JSON.stringify(entered),
      ],
    );
    if (proposed.length > 0) {
      await tx.query(
        `INSERT INTO referral_proposed_agency (case_id, region_id, agency_id)
         SELECT $1, $2, unnest($3::uuid[])`,
        [caseId, user.regionId, proposed],
      );
    }
  }
}

/**
 * The referrer as it will take part in the case it refers: what it may write there decides which
 * categories it may give the referral's texts (the case does not exist yet).
 */
function asReferrer(user: AuthenticatedUser): CasePolicyFields {
  return {
    id: '',
    regionId: user.regionId,
    subjectPersonId: '',
    referringAgencyId: user.agencyId,
    activeParticipantAgencyIds: [user.agencyId],
  };
}
