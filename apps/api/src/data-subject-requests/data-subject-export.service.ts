import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { auditNote } from '../audit/audit-scope';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { SharingError } from '../sharing/sharing.error';
import { uuidArg } from '../sharing/validate';
import { buildAccessExportPdf } from './data-subject-export.pdf';
import { DataSubjectRequestService, DSR_PURPOSE } from './data-subject-request.service';

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

export interface ExportAccessEvent {
  at: string;
  agency: string | null;
  agencyType: string | null;
  roles: string[];
  action: string;
  result: string;
  accessBasis: string | null;
  purpose: string | null;
  categories: string[];
  employee?: string | null;
}

/** The access export of one ACCESS request (JSON as is; the PDF renders the same data). */
export interface AccessExport {
  format: 'schakel-access-export/1';
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
  accessLog: ExportAccessEvent[];
}

const ITEMS_SQL = `
  SELECT to_char(i.created_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS date, i.category,
         a.name AS "sourceAgency", a.type AS "sourceType", i.legal_basis AS "legalBasis",
         c.reference AS "caseReference", i.text
    FROM information_item i
    JOIN agency a ON a.id = i.source_agency_id
    JOIN case_file c ON c.id = i.case_id
   WHERE i.region_id = $1 AND i.person_id = $2
   ORDER BY a.name, i.category, i.created_at, i.id`;

const CASES_SQL = `
  SELECT c.reference, c.theme, c.status,
         to_char(c.created_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS "from",
         to_char(cc.closed_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS until
    FROM case_file c LEFT JOIN case_closure cc ON cc.case_id = c.id
   WHERE c.region_id = $1 AND c.subject_person_id = $2
   ORDER BY c.created_at, c.reference`;

const PARTICIPATIONS_SQL = `
  SELECT a.name AS agency, a.type AS "agencyType", c.reference AS "caseReference", cp.role,
         to_char(cp.started_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS "from",
         to_char(cp.ended_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS until,
         cp.legal_basis AS "legalBasis"
    FROM case_participant cp
    JOIN case_file c ON c.id = cp.case_id
    JOIN agency a ON a.id = cp.agency_id
   WHERE c.region_id = $1 AND c.subject_person_id = $2
   ORDER BY a.name, cp.started_at, c.reference`;

// The actions of the newest adopted plan of each case of the person.
const PLAN_ACTIONS_SQL = `
  SELECT c.reference AS "caseReference", pa.description, a.name AS "ownerAgency",
         to_char(pa.due_date, 'YYYY-MM-DD') AS "dueDate", COALESCE(pr.status, 'OPEN') AS status
    FROM case_file c
    JOIN LATERAL (SELECT pv.id FROM plan_version pv
                   WHERE pv.case_id = c.id AND pv.status = 'ADOPTED'
                   ORDER BY pv.number DESC LIMIT 1) v ON true
    JOIN plan_action pa ON pa.version_id = v.id
    JOIN agency a ON a.id = pa.owner_agency_id
    LEFT JOIN plan_action_progress pr ON pr.action_key = pa.key
   WHERE c.region_id = $1 AND c.subject_person_id = $2
   ORDER BY c.reference, pa.due_date, pa.position`;

/**
 * The access log in one statement (GIN index on person_ids). Employee names only when the
 * request says the law requires them.
 */
const ACCESS_LOG_SQL = (withNames: boolean) => `
  SELECT to_char(e.occurred_at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at, a.name AS agency,
         e.actor_agency_type AS "agencyType", e.actor_roles AS roles, e.action, e.result,
         e.access_basis AS "accessBasis", e.purpose, e.categories
         ${withNames ? ', u.display_name AS employee' : ''}
    FROM audit_event e
    LEFT JOIN agency a ON a.id = e.actor_agency_id
    ${withNames ? 'LEFT JOIN app_user u ON u.id = e.actor_user_id' : ''}
   WHERE e.region_id = $1 AND e.person_ids @> ARRAY[$2::uuid]
   ORDER BY e.seq`;

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

  async json(user: AuthenticatedUser, requestId: string): Promise<string> {
    return JSON.stringify(await this.build(user, requestId), null, 1);
  }

  async pdf(user: AuthenticatedUser, requestId: string): Promise<Uint8Array> {
    return buildAccessExportPdf(await this.build(user, requestId));
  }

  /** Everything the region's partners hold on the person of an ACCESS request. */
  async build(user: AuthenticatedUser, requestId: string): Promise<AccessExport> {
    const id = uuidArg(requestId, 'id');
    await this.requests.assertAllowed(user, 'read');
    const [request] = (await this.db.query(
      `SELECT r.id, r.type, r.status, r.person_id AS "personId", r.given_names AS "givenNames",
              r.family_name AS "familyName", to_char(r.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth",
              r.bsn, to_char(r.received_on, 'YYYY-MM-DD') AS "receivedOn",
              to_char(COALESCE(r.extended_deadline, r.deadline), 'YYYY-MM-DD') AS deadline,
              r.include_employee_names AS "includeEmployeeNames", g.name AS region
         FROM data_subject_request r JOIN region g ON g.id = r.region_id
        WHERE r.region_id = $1 AND r.id = $2`,
      [user.regionId, id],
    )) as RequestFacts[];
    if (!request) throw SharingError.notFound('The request');
    if (request.type !== 'ACCESS') {
      throw new SharingError('CONFLICT', 'Only an access request (inzage) has an export.');
    }
    const personId = request.personId;
    auditNote({
      personIds: [personId],
      record: { type: 'DataSubjectRequest', id },
      purpose: `${DSR_PURPOSE}: inzage-export`,
      accessBasis: 'role',
    });

    const base: AccessExport = {
      format: 'schakel-access-export/1',
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
      accessLog: [],
    };
    if (!personId) return base;

    const params = [user.regionId, personId];
    // Independent reads, side by side on the pool.
    const [persons, items, cases, participations, planActions, accessLog] = await Promise.all([
      this.db.query(
        `SELECT given_names AS "givenNames", family_name AS "familyName",
                to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", bsn, street,
                house_number AS "houseNumber", postcode, city
           FROM person WHERE region_id = $1 AND id = $2`,
        params,
      ) as Promise<(AccessExport['person'] & NonNullable<AccessExport['person']['address']>)[]>,
      this.db.query(ITEMS_SQL, params) as Promise<(ExportItem & { sourceType: string })[]>,
      this.db.query(CASES_SQL, params) as Promise<AccessExport['cases']>,
      this.db.query(PARTICIPATIONS_SQL, params) as Promise<
        (ExportAgency['participations'][number] & { agency: string; agencyType: string })[]
      >,
      this.db.query(PLAN_ACTIONS_SQL, params) as Promise<AccessExport['planActions']>,
      this.db.query(ACCESS_LOG_SQL(request.includeEmployeeNames), params) as Promise<
        ExportAccessEvent[]
      >,
    ]);
    const person = persons[0];
    if (!person) return base; // deleted meanwhile

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
    auditNote({ categories: [...new Set(items.map((i) => i.category))] });

    return {
      ...base,
      noData: cases.length === 0 && items.length === 0,
      person: {
        givenNames: person.givenNames,
        familyName: person.familyName,
        dateOfBirth: person.dateOfBirth,
        bsn: person.bsn,
        address: {
          street: person.street,
          houseNumber: person.houseNumber,
          postcode: person.postcode,
          city: person.city,
        },
      },
      cases,
      agencies: [...agencies.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      planActions,
      accessLog,
    };
  }
}
