import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import type { Queryable } from '../database/queryable';
import { runStatement } from '../database/run-statement';
import { DataSubjectRequestError } from './data-subject-request.error';
import { InputError } from '../common/input.error';
import { uuidArg } from '../common/validate';
import { buildAccessExportPdf } from './data-subject-export.pdf';
import {
  ACCESS_LOG_SQL,
  CASES_SQL,
  CONDITIONS_SQL,
  CONSENTS_SQL,
  exportRequestQuery,
  ITEMS_SQL,
  PARTICIPATIONS_SQL,
  PARTNERS_SQL,
  PERSON_SQL,
  PLAN_ACTIONS_SQL,
  scopeParam,
  SIGNALS_SQL,
  type ContentScope,
} from './data-subject-export.queries';
import { NL } from './data-subject-export.labels';
import {
  summariseAccess,
  type AccessDay,
  type AccessLogEvent,
} from './data-subject-access-summary';
import { DataSubjectRequestService, DSR_PURPOSE } from './data-subject-request.service';
import type { DsrReviewStatus } from './data-subject-request.enums';

export interface ExportItem {
  date: string;
  category: string;
  sourceAgency: string;
  legalBasis: string;
  caseReference: string;
  text: string;
}

export interface ExportAgency {
  name: string;
  type: string;
  participations: {
    caseReference: string;
    role: string;
    from: string;
    until: string | null;
    legalBasis: string;
  }[];
  categories: { category: string; items: ExportItem[] }[];
}

export type ExportAccessEvent = AccessLogEvent;

/** A consent the person gave: to whom, for what, and how it was given (its evidence text). */
export interface ExportConsent {
  category: string;
  recipientAgency: string;
  recordedBy: string;
  /** The case it is limited to; null for every case of the person the recipient takes part in. */
  caseReference: string | null;
  parts: string[];
  givenOn: string;
  validUntil: string | null;
  withdrawnOn: string | null;
  /** How the consent was given ("mondeling, 4-12-2026, in gesprek met …"); null if not recorded. */
  evidence: string | null;
}

/** A supervision condition, as the probation agency that recorded it released it. */
export interface ExportCondition {
  caseReference: string;
  sourceAgency: string;
  kind: string;
  subject: string | null;
  frequency: string | null;
  alcoholMonitor: boolean;
  notes: string | null;
  legalSourceKind: string;
  legalSourceDate: string;
  parketNumber: string;
  startsOn: string;
  endsOn: string | null;
  status: string;
}

/** A violation signal: the report as its reporter released it, the assessment as probation did. */
export interface ExportSignal {
  caseReference: string;
  reporterAgency: string;
  reportedOn: string;
  /** Null while the reporting agency has not released its part. */
  what: string | null;
  occurredAt: string | null;
  location: string | null;
  seenBy: string | null;
  status: string;
  conditionKind: string | null;
  assessedBy: string | null;
  /** Null while probation has not released its part (or has not assessed yet). */
  assessment: string | null;
  followUp: string | null;
  assessedOn: string | null;
}

/** One partner's review of its part; its content is in the export only once RELEASED. */
export interface ExportPartner {
  agency: string;
  agencyType: string;
  status: DsrReviewStatus;
  releasedOn: string | null;
  note: string | null;
  /** "nog niet vrijgegeven door <partner>" until the partner released its part, else null. */
  notice: string | null;
}

/** A partner's content: the cases it takes part in, its items and the plan actions it owns. */
export interface PartnerContent {
  items: (ExportItem & { sourceType: string })[];
  cases: AccessExport['cases'];
  participations: (ExportAgency['participations'][number] & {
    agency: string;
    agencyType: string;
  })[];
  planActions: AccessExport['planActions'];
}

/**
 * The access export of one ACCESS request (JSON as is; the PDF renders the same data). Version 2:
 * content only of partners that released their part (`partners`); the address only once all did.
 * Version 3: `accessSummary`, the access log as the person reads it (one line per organisation
 * per day, in plain Dutch); the PDF shows that, the JSON keeps every event in `accessLog` too.
 * Version 4: `consents`, the person's consents with their evidence text (recording partner
 * released). Version 5: `supervisionConditions` (recording probation agency released) and
 * `violationSignals` (the report when its reporter released, the assessment when probation did).
 */
export interface AccessExport {
  format: 'schakel-access-export/5';
  generatedAt: string;
  region: string;
  request: { id: string; type: string; receivedOn: string; deadline: string; status: string };
  noData: boolean;
  person: {
    givenNames: string;
    familyName: string;
    dateOfBirth: string;
    bsn: string | null;
    address: {
      street: string | null;
      houseNumber: string | null;
      postcode: string | null;
      city: string | null;
    } | null;
  };
  cases: { reference: string; theme: string; status: string; from: string; until: string | null }[];
  agencies: ExportAgency[];
  planActions: {
    caseReference: string;
    description: string;
    ownerAgency: string;
    dueDate: string;
    status: string;
  }[];
  employeeNamesIncluded: boolean;
  partners: ExportPartner[];
  /** False while a partner holding data has not released its part (the address is withheld). */
  addressReleased: boolean;
  accessLog: ExportAccessEvent[];
  accessSummary: AccessDay[];
  consents: ExportConsent[];
  supervisionConditions: ExportCondition[];
  violationSignals: ExportSignal[];
}

/** Reads the content of the partners in scope, side by side on the pool. */
export async function readPartnerContent(
  q: Queryable,
  regionId: string,
  personId: string,
  scope: ContentScope,
): Promise<PartnerContent> {
  const params = [regionId, personId, scopeParam(scope)];
  const [items, cases, participations, planActions] = await Promise.all([
    q.query<PartnerContent['items']>(ITEMS_SQL(scope), params),
    q.query<PartnerContent['cases']>(CASES_SQL(scope), params),
    q.query<PartnerContent['participations']>(PARTICIPATIONS_SQL(scope), params),
    q.query<PartnerContent['planActions']>(PLAN_ACTIONS_SQL(scope), params),
  ]);
  return { items, cases, participations, planActions };
}

interface RequestFacts {
  id: string;
  type: string;
  status: string;
  personId: string | null;
  givenNames: string;
  familyName: string;
  dateOfBirth: string;
  bsn: string | null;
  receivedOn: string;
  deadline: string;
  includeEmployeeNames: boolean;
  region: string;
}

@Injectable()
export class DataSubjectExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly requests: DataSubjectRequestService,
  ) {}

  async json(user: Caller, requestId: string): Promise<string> {
    return JSON.stringify(await this.build(user, requestId), null, 1);
  }

  async pdf(user: Caller, requestId: string): Promise<Uint8Array> {
    return buildAccessExportPdf(await this.build(user, requestId));
  }

  /**
   * What the region's partners hold on the person of an ACCESS request, as far as each partner
   * released its part; for the others, their status and "nog niet vrijgegeven door …".
   */
  async build(user: Caller, requestId: string): Promise<AccessExport> {
    const id = uuidArg(requestId, 'id');
    await this.requests.assertAllowed(user, 'read');
    const [request] = (await runStatement(
      this.db,
      exportRequestQuery(user.regionId, id),
    )) as RequestFacts[];
    if (!request) throw InputError.notFound('The request');
    if (request.type !== 'ACCESS') {
      throw new DataSubjectRequestError(
        'CONFLICT',
        'Only an access request (inzage) has an export.',
      );
    }
    const personId = request.personId;
    user.note({
      personIds: [personId],
      record: { type: 'DataSubjectRequest', id },
      purpose: `${DSR_PURPOSE}: inzage-export`,
      accessBasis: 'role',
    });

    const base: AccessExport = {
      format: 'schakel-access-export/5',
      generatedAt: new Date().toISOString(),
      region: request.region,
      request: {
        id: request.id,
        type: request.type,
        receivedOn: request.receivedOn,
        deadline: request.deadline,
        status: request.status,
      },
      noData: true,
      person: {
        givenNames: request.givenNames,
        familyName: request.familyName,
        dateOfBirth: request.dateOfBirth,
        bsn: request.bsn,
        address: null,
      },
      cases: [],
      agencies: [],
      planActions: [],
      employeeNamesIncluded: request.includeEmployeeNames,
      partners: [],
      addressReleased: false,
      accessLog: [],
      accessSummary: [],
      consents: [],
      supervisionConditions: [],
      violationSignals: [],
    };
    if (!personId) return base;

    const params = [user.regionId, personId];
    const scope: ContentScope = { kind: 'released', requestId: id };
    // Independent reads, side by side on the pool.
    const scoped = [...params, scopeParam(scope)];
    const [persons, partnerRows, content, accessLog, consents, conditions, signals] =
      await Promise.all([
        this.db.query<
          (AccessExport['person'] &
            NonNullable<AccessExport['person']['address']> & { released: boolean })[]
        >(PERSON_SQL, [...params, id]),
        this.db.query<Omit<ExportPartner, 'notice'>[]>(PARTNERS_SQL, [user.regionId, id]),
        readPartnerContent(this.db, user.regionId, personId, scope),
        this.db.query<ExportAccessEvent[]>(ACCESS_LOG_SQL(request.includeEmployeeNames), params),
        this.db.query<ExportConsent[]>(CONSENTS_SQL(scope), scoped),
        this.db.query<ExportCondition[]>(CONDITIONS_SQL(scope), scoped),
        this.db.query<ExportSignal[]>(SIGNALS_SQL(scope), scoped),
      ]);
    const { items, cases, participations, planActions } = content;
    const partners = partnerRows.map((p) => ({
      ...p,
      notice: p.status === 'RELEASED' ? null : NL.notReleased(p.agency),
    }));
    const person = persons[0];
    if (!person) return { ...base, partners }; // deleted meanwhile

    const agencies = new Map<string, ExportAgency>();
    const agencyOf = (name: string, type: string) => {
      let agency = agencies.get(name);
      if (!agency) {
        agency = { name, type, participations: [], categories: [] };
        agencies.set(name, agency);
      }
      return agency;
    };
    for (const { agency, agencyType, ...participation } of participations) {
      agencyOf(agency, agencyType).participations.push(participation);
    }
    for (const { sourceType, ...item } of items) {
      const agency = agencyOf(item.sourceAgency, sourceType);
      let group = agency.categories.find((c) => c.category === item.category);
      if (!group) {
        group = { category: item.category, items: [] };
        agency.categories.push(group);
      }
      group.items.push(item);
    }
    user.note({
      categories: [
        ...new Set([
          ...items.map((i) => i.category),
          ...(conditions.length + signals.length > 0 ? ['JUSTICE'] : []),
          ...(signals.some((s) => s.assessment !== null) ? ['PROBATION'] : []),
        ]),
      ],
    });

    return {
      ...base,
      // Nobody holds data: no partner part, and nothing released by anyone.
      noData:
        partners.length === 0 &&
        cases.length === 0 &&
        items.length === 0 &&
        consents.length === 0 &&
        conditions.length === 0 &&
        signals.length === 0,
      person: {
        givenNames: person.givenNames,
        familyName: person.familyName,
        dateOfBirth: person.dateOfBirth,
        bsn: person.bsn,
        address: person.released
          ? {
              street: person.street,
              houseNumber: person.houseNumber,
              postcode: person.postcode,
              city: person.city,
            }
          : null,
      },
      partners,
      addressReleased: person.released,
      cases,
      agencies: [...agencies.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      planActions,
      accessLog,
      accessSummary: summariseAccess(accessLog),
      consents,
      supervisionConditions: conditions,
      violationSignals: signals,
    };
  }
}
