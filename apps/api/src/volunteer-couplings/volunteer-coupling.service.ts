import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ageBand,
  coupleVolunteerSchema,
  couplingGoalSchema,
  couplingProgressSchema,
  decideMatchRequestSchema,
  endCouplingSchema,
  matchRequestSchema,
} from '@schakel/domain';
import { hasCaseContentRole } from '@schakel/sharing-policy';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Caller } from '../auth/caller';
import { InputError } from '../common/input.error';
import { parseInput } from '../common/parse-input';
import { uuidArg } from '../common/validate';
import { runStatement as run } from '../database/run-statement';
import { NotificationService } from '../notifications/notification.service';
import { CaseAccessService, type CaseAccessRow } from '../sharing/case-access.service';
import { caseCategoryItem } from '../sharing/policy-sql';
import type { LoadedPolicy } from '../sharing/policy.service';
import type {
  CoupleVolunteerInput,
  CouplingProgressInput,
  DecideVolunteerMatchInput,
  EndCouplingInput,
  RequestVolunteerMatchInput,
  VolunteerCouplingGoalInput,
} from './dto/volunteer-coupling.input';
import { CouplingError, couplingEditConflict } from './volunteer-coupling.error';
import type {
  CaseVolunteerCouplingsModel,
  VolunteerCouplingFiguresModel,
  VolunteerCouplingModel,
  VolunteerOrganisationOptionModel,
} from './volunteer-coupling.model';
import {
  couplingByIdQuery,
  couplingGoalQuery,
  couplingsOfCaseQuery,
  insertProgressQuery,
  insertRequestQuery,
  matchPersonQuery,
  requestingAgenciesQuery,
  requestOfAgencyQuery,
  requestsToAgencyQuery,
  stepQuery,
  updateCouplingGoalQuery,
  volunteerAgenciesQuery,
  volunteerAgencyConsentQuery,
  yearFiguresQuery,
} from './volunteer-coupling.queries';

interface CouplingRef {
  id: string;
  caseId: string;
  status: string;
  revision: number;
  volunteerAgencyId: string;
  caseReference: string;
  personId: string;
  volunteerAgencyName: string;
  consented: boolean;
}

/**
 * Volunteer couplings (ADR 0034). Probation taking part in a case (PROBATION write) sends a match
 * request to a volunteer organisation only under the person's consent for it; the
 * organisation's case workers (the coordinator) see the requests to their own organisation and
 * only the request's fields; the case's PROBATION readers see status and progress.
 */
@Injectable()
export class VolunteerCouplingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CaseAccessService,
    private readonly notifications: NotificationService,
  ) {}

  // ------------------------------------------------------------------ probation's side

  async forCase(user: Caller, caseId: string): Promise<CaseVolunteerCouplingsModel> {
    const id = uuidArg(caseId, 'caseId');
    const policy = await user.policy();
    const row = await this.cases.require(policy.ability, 'read', id, user);
    if (!policy.ability.can('read', caseCategoryItem(row, 'PROBATION'))) {
      return {
        caseId: row.id,
        access: 'WITHHELD',
        mayRequest: false,
        couplings: [],
        organisations: [],
      };
    }
    const couplings = dated(
      (await run(this.db, couplingsOfCaseQuery(row.id, user.regionId))) as VolunteerCouplingModel[],
    );
    const requests = mayRequest(policy, row, user);
    user.note({ caseId: row.id, personIds: [row.subjectPersonId], categories: ['PROBATION'] });
    return {
      caseId: row.id,
      access: 'FULL',
      mayRequest: requests,
      couplings,
      organisations: requests ? await this.organisations(user, row.id) : [],
    };
  }

  private async organisations(
    user: AuthenticatedUser,
    caseId: string,
  ): Promise<VolunteerOrganisationOptionModel[]> {
    const rows = (await run(this.db, volunteerAgenciesQuery(user.regionId))) as { id: string }[];
    const options: VolunteerOrganisationOptionModel[] = [];
    for (const { id } of rows) {
      const [found] = (await run(
        this.db,
        volunteerAgencyConsentQuery(id, caseId, user.regionId),
      )) as { name: string; consented: boolean; justiceConsented: boolean }[];
      if (found) options.push({ id, ...found });
    }
    return options;
  }

  async request(user: Caller, input: RequestVolunteerMatchInput): Promise<VolunteerCouplingModel> {
    const request = parseInput(matchRequestSchema(), input);
    const policy = await user.policy();
    const row = await this.cases.require(policy.ability, 'read', request.caseId, user);
    if (!mayRequest(policy, row, user)) {
      throw new CouplingError(
        'FORBIDDEN',
        'Only a probation agency taking part in the case makes a match request.',
      );
    }
    CaseAccessService.assertOpen(row);
    const [agency] = (await run(
      this.db,
      volunteerAgencyConsentQuery(request.volunteerAgencyId, row.id, user.regionId),
    )) as { name: string; consented: boolean; justiceConsented: boolean }[];
    if (!agency) {
      throw InputError.badInput(
        'volunteerAgencyId',
        'No such volunteer organisation in your region.',
      );
    }
    if (!agency.consented) {
      throw new CouplingError(
        'CONSENT_REQUIRED',
        `A match request goes to ${agency.name} only after the person's recorded consent for it.`,
        'volunteerAgencyId',
      );
    }
    if (request.offenceSummary !== null && !agency.justiceConsented) {
      throw new CouplingError(
        'CONSENT_REQUIRED',
        'An offence summary goes only when the consent names JUSTICE.',
        'offenceSummary',
      );
    }
    const [person] = (await run(this.db, matchPersonQuery(row.id))) as {
      firstName: string;
      dateOfBirth: string;
      wijk: string | null;
    }[];
    user.note({
      caseId: row.id,
      personIds: [row.subjectPersonId],
      categories: ['IDENTITY', 'PROBATION'],
    });
    const id = await user.transaction(this.db, async (tx) => {
      const [inserted] = (await run(
        tx,
        insertRequestQuery({
          regionId: user.regionId,
          caseId: row.id,
          volunteerAgencyId: request.volunteerAgencyId,
          agencyId: user.agencyId,
          userId: user.id,
          firstName: person!.firstName,
          ageBand: ageBand(person!.dateOfBirth),
          wijk: person!.wijk,
          helpAsked: request.helpAsked,
          helpOther: request.helpOther,
          availability: request.availability,
          safetyNote: request.safetyNote,
          offenceSummary: request.offenceSummary,
        }),
      )) as { id: string }[];
      // The coordinator is told that something waits: no case, no person.
      await this.notifications.notifyAgencies(tx, {
        regionId: user.regionId,
        agencyIds: [request.volunteerAgencyId],
        kind: 'COUPLING_REQUESTED',
        data: { agency: user.agencyName },
      });
      user.note({ record: { type: 'VolunteerCoupling', id: inserted!.id } });
      return inserted!.id;
    });
    return this.ofCase(user, row.id, id);
  }

  private async ofCase(user: AuthenticatedUser, caseId: string, id: string) {
    const rows = dated(
      (await run(this.db, couplingsOfCaseQuery(caseId, user.regionId))) as VolunteerCouplingModel[],
    );
    return rows.find((r) => r.id === id)!;
  }

  // ------------------------------------------------------------------ the coordinator's side

  /** The requests to the caller's own organisation (a volunteer organisation's case workers). */
  async toMyOrganisation(user: Caller): Promise<VolunteerCouplingModel[]> {
    if (!isCoordinator(user)) return [];
    const rows = dated(
      (await run(
        this.db,
        requestsToAgencyQuery(user.agencyId, user.regionId),
      )) as VolunteerCouplingModel[],
    );
    const shown = rows.filter((r) => r.access === 'FULL');
    if (shown.length > 0) user.note({ categories: ['IDENTITY'] });
    return rows;
  }

  async one(user: Caller, couplingId: string): Promise<VolunteerCouplingModel> {
    const id = uuidArg(couplingId, 'couplingId');
    if (!isCoordinator(user)) throw InputError.notFound('The request');
    const [row] = dated(
      (await run(
        this.db,
        requestOfAgencyQuery(id, user.agencyId, user.regionId),
      )) as VolunteerCouplingModel[],
    );
    if (!row) throw InputError.notFound('The request');
    user.note({
      record: { type: 'VolunteerCoupling', id },
      categories: row.access === 'FULL' ? ['IDENTITY'] : [],
    });
    return row;
  }

  async decide(user: Caller, input: DecideVolunteerMatchInput): Promise<VolunteerCouplingModel> {
    const d = parseInput(decideMatchRequestSchema(), input);
    const ref = await this.own(user, d.couplingId);
    return this.step(
      user,
      ref,
      d.revision,
      ['REQUESTED'],
      d.accept
        ? { set: `status = 'ACCEPTED', decided_at = now()`, values: [], kind: 'ACCEPTED' }
        : {
            set: `status = 'DECLINED', decided_at = now(), decline_reason = $6`,
            values: [d.reason],
            kind: 'DECLINED',
          },
    );
  }

  async couple(user: Caller, input: CoupleVolunteerInput): Promise<VolunteerCouplingModel> {
    const c = parseInput(coupleVolunteerSchema(), input);
    const ref = await this.own(user, c.couplingId);
    return this.step(user, ref, c.revision, ['ACCEPTED'], {
      set: `status = 'COUPLED', coupled_at = now(), volunteer_name = $6, volunteer_phone = $7`,
      values: [c.volunteerName, c.volunteerPhone],
      kind: 'COUPLED',
    });
  }

  async end(user: Caller, input: EndCouplingInput): Promise<VolunteerCouplingModel> {
    const e = parseInput(endCouplingSchema(), input);
    const ref = await this.own(user, e.couplingId);
    return this.step(user, ref, e.revision, ['ACCEPTED', 'COUPLED'], {
      set: `status = 'ENDED', ended_at = now(), end_reason = $6, end_text = $7`,
      values: [e.reason, e.text],
      kind: 'ENDED',
    });
  }

  async addProgress(user: Caller, input: CouplingProgressInput): Promise<VolunteerCouplingModel> {
    const p = parseInput(couplingProgressSchema(), input);
    const ref = await this.own(user, p.couplingId);
    await user.transaction(this.db, async (tx) => {
      const [inserted] = (await run(
        tx,
        insertProgressQuery({
          regionId: user.regionId,
          couplingId: ref.id,
          notedOn: p.notedOn,
          note: p.note,
          userId: user.id,
        }),
      )) as { id: string }[];
      if (!inserted) {
        throw new CouplingError(
          'CONFLICT',
          'Progress is reported on a coupled volunteer only.',
          'couplingId',
        );
      }
    });
    return this.one(user, ref.id);
  }

  /** A request to the caller's own organisation that a consent still covers; else not found. */
  private async own(user: Caller, couplingId: string): Promise<CouplingRef> {
    const [ref] = (await run(
      this.db,
      couplingByIdQuery(couplingId, user.regionId),
    )) as CouplingRef[];
    const policy = await user.policy();
    if (!ref || !isCoordinator(user) || ref.volunteerAgencyId !== user.agencyId) {
      throw InputError.notFound('The request');
    }
    if (policy.preview) throw new CouplingError('FORBIDDEN', 'A preview changes nothing.');
    user.note({ record: { type: 'VolunteerCoupling', id: ref.id }, personIds: [ref.personId] });
    if (!ref.consented) {
      throw new CouplingError(
        'CONSENT_REQUIRED',
        "The person's consent for your organisation no longer covers this request.",
      );
    }
    return ref;
  }

  private async step(
    user: Caller,
    ref: CouplingRef,
    revision: number,
    from: readonly string[],
    change: { set: string; values: unknown[]; kind: 'ACCEPTED' | 'DECLINED' | 'COUPLED' | 'ENDED' },
  ): Promise<VolunteerCouplingModel> {
    await user.transaction(this.db, async (tx) => {
      const [, updated] = (await run(
        tx,
        stepQuery(
          {
            id: ref.id,
            agencyId: user.agencyId,
            regionId: user.regionId,
            revision,
            userId: user.id,
          },
          from,
          change.set,
          change.values,
        ),
      )) as [unknown[], number];
      if (updated === 0) throw couplingEditConflict();
      await this.tellProbation(
        tx,
        user.regionId,
        ref.caseId,
        ref.caseReference,
        change.kind,
        user.id,
      );
    });
    return this.one(user, ref.id);
  }

  /** Probation taking part is told of each step (the case reference and the new status only). */
  private async tellProbation(
    tx: EntityManager,
    regionId: string,
    caseId: string,
    caseReference: string,
    status: string,
    exceptUserId: string | null,
  ): Promise<void> {
    const [agencies] = (await run(tx, requestingAgenciesQuery(caseId, regionId))) as {
      ids: string[] | null;
    }[];
    await this.notifications.notifyAgencies(tx, {
      regionId,
      agencyIds: agencies?.ids ?? [],
      kind: 'COUPLING_UPDATED',
      caseId,
      data: { caseReference, status },
      exceptUserId,
    });
  }

  // ------------------------------------------------------------------ figures and goal

  /** Numbers only: the coordinator for its own organisation, the procesregisseur for all. */
  async figures(user: Caller, year: number): Promise<VolunteerCouplingFiguresModel> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      throw InputError.badInput('year', 'year must lie between 2000 and 2100.');
    }
    let agencyId: string | null;
    if (isCoordinator(user)) agencyId = user.agencyId;
    else if (user.agencyType === 'ZVH' && user.roles.includes('PROCESREGISSEUR')) agencyId = null;
    else
      throw new CouplingError(
        'FORBIDDEN',
        'The figures are for coordinators and the procesregisseur.',
      );
    const [goal] = (await run(this.db, couplingGoalQuery(user.regionId))) as {
      goalMin: number;
      goalMax: number;
      version: number;
    }[];
    const organisations = (await run(
      this.db,
      yearFiguresQuery(user.regionId, year, agencyId),
    )) as VolunteerCouplingFiguresModel['organisations'];
    return { year, ...goal!, organisations };
  }

  async goal(user: Caller): Promise<{ goalMin: number; goalMax: number; version: number }> {
    const [goal] = (await run(this.db, couplingGoalQuery(user.regionId))) as {
      goalMin: number;
      goalMax: number;
      version: number;
    }[];
    return goal!;
  }

  async setGoal(user: Caller, input: VolunteerCouplingGoalInput) {
    const g = parseInput(couplingGoalSchema(), input);
    await user.transaction(this.db, async (tx) => {
      const [, changed] = (await run(
        tx,
        updateCouplingGoalQuery(user.regionId, g.goalMin, g.goalMax, g.version),
      )) as [unknown[], number];
      if (changed === 0) throw couplingEditConflict();
    });
    return this.goal(user);
  }
}

/** Probation taking part, with PROBATION write under the covenant; never in a preview. */
function mayRequest(
  policy: LoadedPolicy,
  row: CaseAccessRow,
  user: Pick<AuthenticatedUser, 'agencyType'>,
): boolean {
  return (
    !policy.preview &&
    user.agencyType === 'PROBATION' &&
    policy.ability.can('create', caseCategoryItem(row, 'PROBATION'))
  );
}

/** A case worker of a volunteer organisation: its coordinator (not its administrators). */
function isCoordinator(user: Pick<AuthenticatedUser, 'agencyType' | 'roles'>): boolean {
  return user.agencyType === 'VOLUNTEER' && hasCaseContentRole(user.roles);
}

function dated(rows: VolunteerCouplingModel[]): VolunteerCouplingModel[] {
  const at = (v: Date | string | null) => (v === null ? null : new Date(v));
  return rows.map((r) => ({
    ...r,
    requestedAt: new Date(r.requestedAt),
    decidedAt: at(r.decidedAt),
    coupledAt: at(r.coupledAt),
    endedAt: at(r.endedAt),
  }));
}
