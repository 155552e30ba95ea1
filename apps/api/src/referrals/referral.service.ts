import { randomUUID } from 'node:crypto';
import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Caller } from '../auth/caller';
import { CaseEventService } from '../case-events/case-event.service';
import { NotificationService } from '../notifications/notification.service';
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
import { visibilityOf } from '../sharing/policy-sql';
import { PolicyService } from '../sharing/policy.service';
import { AddressProposalService } from './address-proposal.service';
import { ReferralError } from './referral.error';
import { InputError } from '../common/input.error';
import { uuidArg } from '../common/validate';
import type { CreateReferralInput, ReferralPersonLookupInput } from './dto/referral.inputs';
import {
  LEGAL_BASIS_REFERRAL,
  PROCESREGIE_REASON,
  type ReferralPersonSource,
} from './referral.enums';
import { toReferralModel, type ReferralRow } from './referral.mapper';
import type { ReferralModel, ReferralReceiptModel } from './referral.model';
import {
  bsnHolderQuery,
  insertFirstParticipantsQuery,
  insertPersonQuery,
  wijkOfPostcodeQuery,
  insertProposedAgenciesQuery,
  insertReferralQuery,
  insertReferredCaseQuery,
  nextReferenceQuery,
  pickablePersonQuery,
  possibleMatchesQuery,
  referralAgenciesQuery,
  referralLockQuery,
  referralLookupQuery,
  referralQuery,
} from './referral.queries';
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

  async lookup(user: Caller, input: ReferralPersonLookupInput): Promise<PersonMatchModel[]> {
    const query = parseLookup(input);
    const { ability } = await user.policy();
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
      person: maskPerson(row, visibilityOf(row), user),
      caseIds: row.caseIds,
    }));
  }

  /** The categories the caller may give a referral's texts (see `asReferrer`). */
  async reasonCategories(user: Caller): Promise<InformationCategory[]> {
    const { ability } = await user.policy();
    return writableFreeTextCategories(ability, asReferrer(user));
  }

  async create(user: Caller, input: CreateReferralInput): Promise<ReferralReceiptModel> {
    const draft = parseReferral(input);
    const { ability } = await user.policy();
    const probe = subject('Case', {
      id: '',
      regionId: user.regionId,
      activeParticipantAgencyIds: [] as string[],
    });
    if (!ability.can('create', probe)) {
      throw new ReferralError('FORBIDDEN', 'You are not allowed to refer cases.');
    }
    const agencyStatement = referralAgenciesQuery(
      user.regionId,
      draft.proposedAgencyIds,
      user.agencyId,
    );
    const agencies = await this.db.query<
      {
        id: string;
        name: string;
        type: string;
      }[]
    >(agencyStatement.sql, agencyStatement.params);
    const known = new Set(agencies.map((a) => a.id));
    const unknown = draft.proposedAgencyIds.findIndex((id) => !known.has(id));
    if (unknown >= 0) {
      throw InputError.badInput(`proposedAgencyIds`, 'This agency is not one of your region.');
    }
    refuseVolunteerProposal(agencies, draft.proposedAgencyIds);
    const zvh = agencies.find((a) => a.type === 'ZVH');
    if (!zvh) {
      throw new ReferralError(
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

    return user.transaction(this.db, async (tx) => {
      // One referral at a time per region: the next reference and the BSN check stay exact.
      const lock = referralLockQuery(user.regionId);
      await tx.query(lock.sql, lock.params);
      const person = draft.personId
        ? await this.pickedPerson(tx, user, draft.personId, ability)
        : await this.enteredPerson(tx, user.regionId, draft.person!);
      const next = nextReferenceQuery(user.regionId);
      const [{ reference }] = await tx.query<[{ reference: string }]>(next.sql, next.params);
      const insertCase = insertReferredCaseQuery({
        regionId: user.regionId,
        reference,
        subjectPersonId: person.personId,
        theme: draft.theme,
        referringAgencyId: user.agencyId,
      });
      const [{ id: caseId }] = await tx.query<[{ id: string }]>(insertCase.sql, insertCase.params);
      const participants = insertFirstParticipantsQuery({
        regionId: user.regionId,
        caseId,
        legalBasis: LEGAL_BASIS_REFERRAL,
        userId: user.id,
        referrerAgencyId: user.agencyId,
        referrerReason: draft.reason,
        zvhAgencyId: zvh.id,
        zvhReason: PROCESREGIE_REASON,
        // The referrer's participation reason is the referral's reason: the same categories.
        referrerReasonCategories: reasonCategories,
      });
      await tx.query(participants.sql, participants.params);
      await this.insertReferral(tx, user, caseId, draft, reasonCategories, person, proposed);
      // Linked to a known person by BSN: the address the referrer entered is kept as a proposal.
      if (person.source === 'BSN_MATCH') {
        await AddressProposalService.proposeEntered(tx, caseId, user.regionId);
      }
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

  async get(user: Caller, caseIdArg: string): Promise<ReferralModel> {
    const caseId = uuidArg(caseIdArg, 'caseId');
    const { ability } = await user.policy();
    await this.cases.require(ability, 'read', caseId, user);
    const statement = referralQuery(ability, user.regionId, caseId, user.agencyId);
    const [row] = await this.db.query<ReferralRow[]>(statement.sql, statement.params);
    if (!row) throw InputError.notFound('The referral');
    return toReferralModel(row, user);
  }

  private async pickedPerson(
    tx: EntityManager,
    user: AuthenticatedUser,
    personId: string,
    ability: Awaited<ReturnType<Caller['policy']>>['ability'],
  ): Promise<ResolvedPerson> {
    const statement = pickablePersonQuery(ability, user.regionId, personId, user.agencyId);
    const rows = statement ? await tx.query<unknown[]>(statement.sql, statement.params) : [];
    // Same answer for "does not exist" and "not yours to pick".
    if (rows.length === 0) throw InputError.badInput('personId', 'This person was not found.');
    return { personId, source: 'EXISTING', possibleMatchIds: [], bsnMatchPersonId: null };
  }

  private async enteredPerson(
    tx: EntityManager,
    regionId: string,
    person: NewPerson,
  ): Promise<ResolvedPerson> {
    let bsnMatchPersonId: string | null = null;
    if (person.bsn) {
      const { sql, params } = bsnHolderQuery(regionId, person.bsn, person);
      const [holder] = await tx.query<{ id: string; sameName: boolean }[]>(sql, params);
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
    // Two different BSNs are two different people.
    const matches = possibleMatchesQuery(regionId, person, MAX_POSSIBLE_MATCHES);
    const candidates = matches ? await tx.query<{ id: string }[]>(matches.sql, matches.params) : [];
    const possibleMatchIds = [
      ...new Set([...(bsnMatchPersonId ? [bsnMatchPersonId] : []), ...candidates.map((c) => c.id)]),
    ].slice(0, MAX_POSSIBLE_MATCHES);
    const insert = insertPersonQuery(regionId, person, bsnMatchPersonId ? null : person.bsn);
    const [{ id }] = await tx.query<[{ id: string }]>(insert.sql, insert.params);
    return { personId: id, source: 'NEW', possibleMatchIds, bsnMatchPersonId };
  }

  private async wijkOf(
    tx: EntityManager,
    user: AuthenticatedUser,
    person: { postcode: string | null },
  ): Promise<string | null> {
    if (!person.postcode) return null;
    const q = wijkOfPostcodeQuery(user.regionId, person.postcode);
    const [row] = await tx.query<{ name: string }[]>(q.sql, q.params);
    return row?.name ?? null;
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
    // Its wijk is the one of the entered postcode (ADR 0026), as the person row derives it.
    const entered: EnteredPerson | null = draft.person
      ? { id: randomUUID(), ...draft.person, wijk: await this.wijkOf(tx, user, draft.person) }
      : null;
    const referral = insertReferralQuery({
      caseId,
      regionId: user.regionId,
      draft,
      personSource: person.source,
      possibleMatchPersonIds: person.possibleMatchIds,
      bsnMatchPersonId: person.bsnMatchPersonId,
      referredByUserId: user.id,
      reasonCategories,
      enteredPerson: entered === null ? null : JSON.stringify(entered),
    });
    await tx.query(referral.sql, referral.params);
    if (proposed.length > 0) {
      const proposal = insertProposedAgenciesQuery(caseId, user.regionId, proposed);
      await tx.query(proposal.sql, proposal.params);
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
