import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { auditNote } from '../audit/audit-scope';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Queryable } from '../database/queryable';
import type { SearchPersonsInput } from '../persons/dto/search-persons.input';
import { parsePersonSearch } from '../persons/person.service';
import { PolicyService } from '../sharing/policy.service';
import { SharingError } from '../sharing/sharing.error';
import {
  birthDateArg,
  bsnArg,
  dateArg,
  localDate,
  optionalTextArg,
  textArg,
  uuidArg,
} from '../sharing/validate';
import { daysBetween, extendedDeadline, requestDeadline } from './data-subject-deadline';
import {
  DSR_PART_STATUSES,
  DSR_STATUSES,
  DSR_TYPES,
  FINAL_STATUSES,
  NEXT_STATUSES,
  type DsrStatus,
} from './data-subject-request.enums';
import { DataSubjectRequestError } from './data-subject-request.error';
import type {
  DataSubjectPersonCandidateModel,
  DataSubjectRequestModel,
  DataSubjectRequestPartModel,
} from './data-subject-request.model';
import {
  BY_ID_SQL,
  CANDIDATES_SQL,
  HOLDING_AGENCIES_SQL,
  LIST_SQL,
} from './data-subject-request.queries';
import type {
  ChangeDataSubjectRequestStatusInput,
  ExtendDataSubjectRequestInput,
  RegisterDataSubjectRequestInput,
  UpdateDataSubjectRequestPartInput,
} from './dto/data-subject-request.inputs';

type RequestRow = Omit<
  DataSubjectRequestModel,
  'deadline' | 'overdue' | 'daysLeft' | 'partsTotal' | 'partsDone' | 'parts'
> & {
  parts: (Omit<DataSubjectRequestPartModel, 'updatedAt' | 'reviewStartedAt' | 'releasedAt'> & {
    updatedAt: string | null;
    reviewStartedAt: string | null;
    releasedAt: string | null;
  })[];
};

/** What the privacy officer states as the purpose of each access (audit trail). */
export const DSR_PURPOSE = 'Verzoek van betrokkene (AVG, WGS-contactpunt)';

function oneOf<T extends string>(values: readonly T[], value: string, field: string): T {
  if (!(values as readonly string[]).includes(value)) {
    throw SharingError.badInput(field, `${field} is not one of ${values.join(', ')}.`);
  }
  return value as T;
}

function revisionArg(value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw SharingError.badInput('revision', 'revision is not valid.');
  }
  return value;
}

export function toModel(row: RequestRow, today = localDate()): DataSubjectRequestModel {
  const deadline = row.extendedDeadline ?? row.originalDeadline;
  const date = (value: string | null) => (value ? new Date(value) : null);
  const parts = row.parts.map((p) => ({
    ...p,
    updatedAt: date(p.updatedAt),
    reviewStartedAt: date(p.reviewStartedAt),
    releasedAt: date(p.releasedAt),
  }));
  const daysLeft = daysBetween(today, deadline);
  return {
    ...row,
    deadline,
    daysLeft,
    overdue: !FINAL_STATUSES.has(row.status) && daysLeft < 0,
    partsTotal: parts.length,
    partsDone: parts.filter((p) => p.status !== 'OPEN').length,
    parts,
  };
}

/**
 * Data-subject requests of the WGS contactpunt: `manage` on DataSubjectRequest of the own region
 * (the privacy officer). The officer sees the requester's identity and the partners holding data
 * — what handling the request needs — and no case content here; the access export is the one
 * place that shows a person's data, for ACCESS requests (data-subject-export.service.ts).
 */
@Injectable()
export class DataSubjectRequestService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
  ) {}

  async assertAllowed(
    user: AuthenticatedUser,
    action: 'read' | 'create' | 'update',
  ): Promise<void> {
    await this.policies.requireInOwnRegion(
      user,
      action,
      'DataSubjectRequest',
      'Only the privacy officer handles data-subject requests.',
    );
  }

  async candidates(
    user: AuthenticatedUser,
    input: SearchPersonsInput,
  ): Promise<DataSubjectPersonCandidateModel[]> {
    const search = parsePersonSearch(input);
    await this.assertAllowed(user, 'create');
    // Tolerant on the family name (spelling, tussenvoegsels), exact on the date of birth.
    const [match, value] =
      search.by === 'bsn'
        ? ['p.bsn = $2', search.bsn]
        : [
            `person_name_key(p.family_name, false) = person_name_key($2, false)
             AND p.date_of_birth = $3::date`,
            search.familyName,
          ];
    const params =
      search.by === 'bsn' ? [user.regionId, value] : [user.regionId, value, search.dateOfBirth];
    const rows = await this.db.query<DataSubjectPersonCandidateModel[]>(
      CANDIDATES_SQL(match),
      params,
    );
    auditNote({ personIds: rows.map((r) => r.id), purpose: DSR_PURPOSE, accessBasis: 'role' });
    return rows;
  }

  async list(user: AuthenticatedUser, openOnly: boolean): Promise<DataSubjectRequestModel[]> {
    await this.assertAllowed(user, 'read');
    const rows = await this.db.query<RequestRow[]>(LIST_SQL(openOnly), [user.regionId]);
    auditNote({
      personIds: rows.map((r) => r.personId),
      purpose: DSR_PURPOSE,
      accessBasis: 'role',
    });
    return rows.map((row) => toModel(row));
  }

  async byId(user: AuthenticatedUser, requestId: string): Promise<DataSubjectRequestModel> {
    const id = uuidArg(requestId, 'id');
    await this.assertAllowed(user, 'read');
    return this.load(this.db, user.regionId, id);
  }

  async load(q: Queryable, regionId: string, id: string): Promise<DataSubjectRequestModel> {
    const [row] = await q.query<RequestRow[]>(BY_ID_SQL, [regionId, id]);
    if (!row) throw SharingError.notFound('The request');
    auditNote({
      personIds: [row.personId],
      record: { type: 'DataSubjectRequest', id },
      purpose: DSR_PURPOSE,
      accessBasis: 'role',
    });
    return toModel(row);
  }

  async register(
    user: AuthenticatedUser,
    input: RegisterDataSubjectRequestInput,
  ): Promise<DataSubjectRequestModel> {
    const type = oneOf(DSR_TYPES, input.type, 'type');
    const today = localDate();
    const receivedOn = dateArg(input.receivedOn, 'receivedOn');
    if (receivedOn > today) {
      throw SharingError.badInput('receivedOn', 'receivedOn may not lie in the future.');
    }
    const identityVerification = textArg(
      input.identityVerification ?? '',
      'identityVerification',
      3,
      500,
    );
    const personId = input.personId ? uuidArg(input.personId, 'personId') : null;
    // Without a known person, the identity as the requester gave it.
    const given = personId
      ? null
      : {
          givenNames: textArg(input.givenNames ?? '', 'givenNames', 1, 200),
          familyName: textArg(input.familyName ?? '', 'familyName', 1, 200),
          dateOfBirth: birthDateArg(input.dateOfBirth ?? '', 'dateOfBirth', today),
          bsn: input.bsn?.trim() ? bsnArg(input.bsn, 'bsn') : null,
        };
    await this.assertAllowed(user, 'create');

    return this.db.transaction(async (tx) => {
      let identity = given;
      if (personId) {
        const [person] = await tx.query<NonNullable<typeof given>[]>(
          `SELECT given_names AS "givenNames", family_name AS "familyName",
                  to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", bsn
             FROM person WHERE id = $1 AND region_id = $2`,
          [personId, user.regionId],
        );
        if (!person)
          throw SharingError.badInput('personId', 'This person is not known in the region.');
        identity = person;
      }
      const [row] = await tx.query<{ id: string }[]>(
        `INSERT INTO data_subject_request (region_id, person_id, given_names, family_name,
           date_of_birth, bsn, type, received_on, identity_verification, deadline,
           include_employee_names, registered_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [
          user.regionId,
          personId,
          identity!.givenNames,
          identity!.familyName,
          identity!.dateOfBirth,
          identity!.bsn,
          type,
          receivedOn,
          identityVerification,
          requestDeadline(receivedOn),
          input.includeEmployeeNames === true,
          user.id,
        ],
      );
      const id = row!.id;
      if (personId) {
        await tx.query(
          `INSERT INTO data_subject_request_part (region_id, request_id, agency_id)
           SELECT $1, $3, h.agency_id FROM (${HOLDING_AGENCIES_SQL}) h(agency_id)`,
          [user.regionId, personId, id],
        );
      }
      return this.load(tx, user.regionId, id);
    });
  }

  async changeStatus(
    user: AuthenticatedUser,
    input: ChangeDataSubjectRequestStatusInput,
  ): Promise<DataSubjectRequestModel> {
    const id = uuidArg(input.id, 'id');
    const revision = revisionArg(input.revision);
    const status = oneOf(DSR_STATUSES, input.status, 'status');
    const final = FINAL_STATUSES.has(status);
    const outcome = final
      ? textArg(input.outcome ?? '', 'outcome', 3, 4000)
      : optionalTextArg(input.outcome, 'outcome', 3, 4000);
    await this.assertAllowed(user, 'update');

    return this.db.transaction(async (tx) => {
      const current = await this.lockForChange(tx, user.regionId, id, revision);
      if (!NEXT_STATUSES[current.status].includes(status)) {
        throw SharingError.badInput(
          'status',
          `A ${current.status} request cannot become ${status}.`,
        );
      }
      if (status === 'COMPLETED') {
        const [open] = await tx.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM data_subject_request_part
            WHERE request_id = $1 AND status = 'OPEN'`,
          [id],
        );
        if (open!.n > 0) throw DataSubjectRequestError.partsOpen(open!.n);
      }
      await tx.query(
        `UPDATE data_subject_request
            SET status = $3, outcome = COALESCE($4, outcome),
                closed_at = CASE WHEN $5 THEN now() ELSE NULL END,
                revision = revision + 1, updated_at = now()
          WHERE id = $1 AND region_id = $2`,
        [id, user.regionId, status, outcome, final],
      );
      return this.load(tx, user.regionId, id);
    });
  }

  async extend(
    user: AuthenticatedUser,
    input: ExtendDataSubjectRequestInput,
  ): Promise<DataSubjectRequestModel> {
    const id = uuidArg(input.id, 'id');
    const revision = revisionArg(input.revision);
    const reason = textArg(input.reason ?? '', 'reason', 10, 2000);
    await this.assertAllowed(user, 'update');

    return this.db.transaction(async (tx) => {
      const current = await this.lockForChange(tx, user.regionId, id, revision);
      if (FINAL_STATUSES.has(current.status)) {
        throw SharingError.badInput('reason', 'A completed or rejected request is not extended.');
      }
      if (current.extended) {
        throw SharingError.badInput('reason', 'The deadline can be extended only once.');
      }
      await tx.query(
        `UPDATE data_subject_request
            SET extended_deadline = $3, extension_reason = $4, extended_at = now(),
                revision = revision + 1, updated_at = now()
          WHERE id = $1 AND region_id = $2`,
        [id, user.regionId, extendedDeadline(current.receivedOn), reason],
      );
      return this.load(tx, user.regionId, id);
    });
  }

  async updatePart(
    user: AuthenticatedUser,
    input: UpdateDataSubjectRequestPartInput,
  ): Promise<DataSubjectRequestModel> {
    const partId = uuidArg(input.partId, 'partId');
    const revision = revisionArg(input.revision);
    const status = oneOf(DSR_PART_STATUSES, input.status, 'status');
    const note = optionalTextArg(input.note, 'note', 1, 2000);
    await this.assertAllowed(user, 'update');

    return this.db.transaction(async (tx) => {
      // The request row is locked first, so completing it and reopening a part serialise.
      const [part] = await tx.query<{ id: string; status: DsrStatus; revision: number }[]>(
        `SELECT r.id, r.status, pt.revision
           FROM data_subject_request_part pt
           JOIN data_subject_request r ON r.id = pt.request_id
          WHERE pt.id = $1 AND pt.region_id = $2
          FOR UPDATE OF r`,
        [partId, user.regionId],
      );
      if (!part) throw SharingError.notFound('The part');
      if (FINAL_STATUSES.has(part.status)) {
        throw SharingError.badInput('status', 'The request is closed; its parts no longer change.');
      }
      const result = await tx.query<[unknown[], number]>(
        `UPDATE data_subject_request_part
            SET status = $3, note = $4, revision = revision + 1, updated_at = now(),
                updated_by_user_id = $5
          WHERE id = $1 AND region_id = $2 AND revision = $6`,
        [partId, user.regionId, status, note, user.id, revision],
      );
      if (result[1] === 0) {
        throw new SharingError('CONFLICT', 'The part was changed by someone else; reload it.');
      }
      return this.load(tx, user.regionId, part.id);
    });
  }

  /** Locks the request and checks the revision the caller saw. */
  private async lockForChange(
    tx: Queryable,
    regionId: string,
    id: string,
    revision: number,
  ): Promise<{ status: DsrStatus; receivedOn: string; extended: boolean }> {
    const [row] = await tx.query<
      { status: DsrStatus; revision: number; receivedOn: string; extended: boolean }[]
    >(
      `SELECT status, revision, to_char(received_on, 'YYYY-MM-DD') AS "receivedOn",
              extended_deadline IS NOT NULL AS extended
         FROM data_subject_request WHERE id = $1 AND region_id = $2 FOR UPDATE`,
      [id, regionId],
    );
    if (!row) throw SharingError.notFound('The request');
    if (row.revision !== revision) {
      throw new SharingError('CONFLICT', 'The request was changed by someone else; reload it.');
    }
    return row;
  }
}
