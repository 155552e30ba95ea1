import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import type { Queryable } from '../database/queryable';
import { runStatement } from '../database/run-statement';
import type { SearchPersonsInput } from '../persons/dto/search-persons.input';
import { parsePersonSearch } from '../persons/person.service';
import { PolicyService } from '../sharing/policy.service';
import { InputError } from '../common/input.error';
import {
  birthDateArg,
  bsnArg,
  dateArg,
  localDate,
  optionalTextArg,
  textArg,
  uuidArg,
} from '../common/validate';
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
  changeDsrStatusQuery,
  dsrByIdQuery,
  dsrCandidatesQuery,
  dsrForChangeQuery,
  dsrListQuery,
  dsrPartRequestForUpdateQuery,
  dsrPersonIdentityQuery,
  extendDsrQuery,
  insertDsrPartsQuery,
  insertDsrQuery,
  openDsrPartsCountQuery,
  updateDsrPartQuery,
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
    throw InputError.badInput(field, `${field} is not one of ${values.join(', ')}.`);
  }
  return value as T;
}

function revisionArg(value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw InputError.badInput('revision', 'revision is not valid.');
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

  async assertAllowed(user: Caller, action: 'read' | 'create' | 'update'): Promise<void> {
    await this.policies.requireInOwnRegion(
      user,
      action,
      'DataSubjectRequest',
      'Only the privacy officer handles data-subject requests.',
    );
  }

  async candidates(
    user: Caller,
    input: SearchPersonsInput,
  ): Promise<DataSubjectPersonCandidateModel[]> {
    const search = parsePersonSearch(input);
    await this.assertAllowed(user, 'create');
    const rows = (await runStatement(
      this.db,
      dsrCandidatesQuery(user.regionId, search),
    )) as DataSubjectPersonCandidateModel[];
    user.note({ personIds: rows.map((r) => r.id), purpose: DSR_PURPOSE, accessBasis: 'role' });
    return rows;
  }

  async list(user: Caller, openOnly: boolean): Promise<DataSubjectRequestModel[]> {
    await this.assertAllowed(user, 'read');
    const rows = (await runStatement(
      this.db,
      dsrListQuery(user.regionId, openOnly),
    )) as RequestRow[];
    user.note({
      personIds: rows.map((r) => r.personId),
      purpose: DSR_PURPOSE,
      accessBasis: 'role',
    });
    return rows.map((row) => toModel(row));
  }

  async byId(user: Caller, requestId: string): Promise<DataSubjectRequestModel> {
    const id = uuidArg(requestId, 'id');
    await this.assertAllowed(user, 'read');
    return this.load(this.db, user, id);
  }

  async load(q: Queryable, user: Caller, id: string): Promise<DataSubjectRequestModel> {
    const [row] = (await runStatement(q, dsrByIdQuery(user.regionId, id))) as RequestRow[];
    if (!row) throw InputError.notFound('The request');
    user.note({
      personIds: [row.personId],
      record: { type: 'DataSubjectRequest', id },
      purpose: DSR_PURPOSE,
      accessBasis: 'role',
    });
    return toModel(row);
  }

  async register(
    user: Caller,
    input: RegisterDataSubjectRequestInput,
  ): Promise<DataSubjectRequestModel> {
    const type = oneOf(DSR_TYPES, input.type, 'type');
    const today = localDate();
    const receivedOn = dateArg(input.receivedOn, 'receivedOn');
    if (receivedOn > today) {
      throw InputError.badInput('receivedOn', 'receivedOn may not lie in the future.');
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

    return user.transaction(this.db, async (tx) => {
      let identity = given;
      if (personId) {
        const [person] = (await runStatement(
          tx,
          dsrPersonIdentityQuery(personId, user.regionId),
        )) as NonNullable<typeof given>[];
        if (!person)
          throw InputError.badInput('personId', 'This person is not known in the region.');
        identity = person;
      }
      const [row] = (await runStatement(
        tx,
        insertDsrQuery({
          regionId: user.regionId,
          personId,
          givenNames: identity!.givenNames,
          familyName: identity!.familyName,
          dateOfBirth: identity!.dateOfBirth,
          bsn: identity!.bsn,
          type,
          receivedOn,
          identityVerification,
          deadline: requestDeadline(receivedOn),
          includeEmployeeNames: input.includeEmployeeNames === true,
          userId: user.id,
        }),
      )) as { id: string }[];
      const id = row!.id;
      if (personId) {
        await runStatement(tx, insertDsrPartsQuery(user.regionId, personId, id));
      }
      return this.load(tx, user, id);
    });
  }

  async changeStatus(
    user: Caller,
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

    return user.transaction(this.db, async (tx) => {
      const current = await this.lockForChange(tx, user.regionId, id, revision);
      if (!NEXT_STATUSES[current.status].includes(status)) {
        throw InputError.badInput('status', `A ${current.status} request cannot become ${status}.`);
      }
      if (status === 'COMPLETED') {
        const [open] = (await runStatement(tx, openDsrPartsCountQuery(id))) as { n: number }[];
        if (open!.n > 0) throw DataSubjectRequestError.partsOpen(open!.n);
      }
      await runStatement(
        tx,
        changeDsrStatusQuery({ id, regionId: user.regionId, status, outcome, final }),
      );
      return this.load(tx, user, id);
    });
  }

  async extend(
    user: Caller,
    input: ExtendDataSubjectRequestInput,
  ): Promise<DataSubjectRequestModel> {
    const id = uuidArg(input.id, 'id');
    const revision = revisionArg(input.revision);
    const reason = textArg(input.reason ?? '', 'reason', 10, 2000);
    await this.assertAllowed(user, 'update');

    return user.transaction(this.db, async (tx) => {
      const current = await this.lockForChange(tx, user.regionId, id, revision);
      if (FINAL_STATUSES.has(current.status)) {
        throw InputError.badInput('reason', 'A completed or rejected request is not extended.');
      }
      if (current.extended) {
        throw InputError.badInput('reason', 'The deadline can be extended only once.');
      }
      await runStatement(
        tx,
        extendDsrQuery(id, user.regionId, extendedDeadline(current.receivedOn), reason),
      );
      return this.load(tx, user, id);
    });
  }

  async updatePart(
    user: Caller,
    input: UpdateDataSubjectRequestPartInput,
  ): Promise<DataSubjectRequestModel> {
    const partId = uuidArg(input.partId, 'partId');
    const revision = revisionArg(input.revision);
    const status = oneOf(DSR_PART_STATUSES, input.status, 'status');
    const note = optionalTextArg(input.note, 'note', 1, 2000);
    await this.assertAllowed(user, 'update');

    return user.transaction(this.db, async (tx) => {
      const [part] = (await runStatement(
        tx,
        dsrPartRequestForUpdateQuery(partId, user.regionId),
      )) as { id: string; status: DsrStatus; revision: number }[];
      if (!part) throw InputError.notFound('The part');
      if (FINAL_STATUSES.has(part.status)) {
        throw InputError.badInput('status', 'The request is closed; its parts no longer change.');
      }
      const result = (await runStatement(
        tx,
        updateDsrPartQuery({
          partId,
          regionId: user.regionId,
          status,
          note,
          userId: user.id,
          revision,
        }),
      )) as [unknown[], number];
      if (result[1] === 0) {
        throw new DataSubjectRequestError(
          'CONFLICT',
          'The part was changed by someone else; reload it.',
        );
      }
      return this.load(tx, user, part.id);
    });
  }

  /** Locks the request and checks the revision the caller saw. */
  private async lockForChange(
    tx: Queryable,
    regionId: string,
    id: string,
    revision: number,
  ): Promise<{ status: DsrStatus; receivedOn: string; extended: boolean }> {
    const [row] = (await runStatement(tx, dsrForChangeQuery(id, regionId))) as {
      status: DsrStatus;
      revision: number;
      receivedOn: string;
      extended: boolean;
    }[];
    if (!row) throw InputError.notFound('The request');
    if (row.revision !== revision) {
      throw new DataSubjectRequestError(
        'CONFLICT',
        'The request was changed by someone else; reload it.',
      );
    }
    return row;
  }
}
