import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { auditNote } from '../audit/audit-scope';
import { AuditService, auditActor } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PolicyService } from '../sharing/policy.service';
import { NOTHING, policyFilter, SqlParams } from '../sharing/policy-sql';
import { SharingError } from '../sharing/sharing.error';
import { localDate, optionalTextArg, uuidArg } from '../sharing/validate';
import { daysBetween } from './data-subject-deadline';
import { readPartnerContent } from './data-subject-export.service';
import {
  PART_FOR_UPDATE_SQL,
  PART_TASK_SQL,
  PART_TASKS_SQL,
  RELEASE_SQL,
  START_REVIEW_SQL,
} from './data-subject-request-part.queries';
import type {
  DataSubjectRequestPartReviewModel,
  DataSubjectRequestPartTaskModel,
} from './data-subject-request-part.model';
import { FINAL_STATUSES, type DsrReviewStatus, type DsrStatus } from './data-subject-request.enums';
import { DSR_PURPOSE } from './data-subject-request.service';
import type {
  ReleaseDataSubjectRequestPartInput,
  StartDataSubjectRequestPartReviewInput,
} from './dto/data-subject-request.inputs';

type TaskRow = Omit<DataSubjectRequestPartTaskModel, 'daysLeft'> & {
  personId: string | null;
  agencyId: string;
};

const REFUSAL = 'Only the privacy contact of the agency reviews its part of a request.';
export const RELEASE_PURPOSE = `${DSR_PURPOSE}: deel van de partner vrijgegeven`;
const REVIEW_PURPOSE = `${DSR_PURPOSE}: beoordeling door de partner`;

function toTask({ personId: _p, agencyId: _a, ...row }: TaskRow): DataSubjectRequestPartTaskModel {
  return { ...row, daysLeft: daysBetween(localDate(), row.deadline) };
}

/**
 * A partner's privacy contact and its part of a data-subject request (issue 11 item 6): each
 * partner answers for its own data. The contact sees the requests concerning its agency and, per
 * request, only what its own agency holds on the person; it releases that part to the contactpunt.
 * Rows are filtered by the ability on DataSubjectRequestPart (own region, own agency).
 */
@Injectable()
export class DataSubjectRequestPartService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
    private readonly audit: AuditService,
  ) {}

  async tasks(user: AuthenticatedUser): Promise<DataSubjectRequestPartTaskModel[]> {
    const params = new SqlParams([user.regionId]);
    const readable = await this.filter(user, 'read', params);
    const rows = await this.db.query<TaskRow[]>(PART_TASKS_SQL(readable), params.values);
    auditNote({
      personIds: rows.map((r) => r.personId),
      purpose: REVIEW_PURPOSE,
      accessBasis: 'role',
    });
    return rows.map(toTask);
  }

  async review(
    user: AuthenticatedUser,
    partId: string,
  ): Promise<DataSubjectRequestPartReviewModel> {
    const id = uuidArg(partId, 'partId');
    const params = new SqlParams([user.regionId, id]);
    const readable = await this.filter(user, 'read', params);
    const [row] = await this.db.query<TaskRow[]>(PART_TASK_SQL(readable), params.values);
    if (!row) throw SharingError.notFound('The part');
    auditNote({
      personIds: [row.personId],
      record: { type: 'DataSubjectRequestPart', id },
      purpose: REVIEW_PURPOSE,
      accessBasis: 'role',
    });
    const task = toTask(row);
    if (!row.personId) return { part: task, participations: [], items: [], planActions: [] };
    // Only the own agency's data, whatever the ability says about anything else.
    const content = await readPartnerContent(this.db, user.regionId, row.personId, {
      kind: 'agency',
      agencyId: row.agencyId,
    });
    auditNote({ categories: [...new Set(content.items.map((i) => i.category))] });
    return {
      part: task,
      participations: content.participations.map(
        ({ agency: _a, agencyType: _t, ...participation }) => participation,
      ),
      items: content.items.map(({ date, category, caseReference, legalBasis, text }) => ({
        date,
        category,
        caseReference,
        legalBasis,
        text,
      })),
      planActions: content.planActions.map(({ ownerAgency: _o, ...action }) => action),
    };
  }

  /** OPEN → IN_REVIEW; a part already in review or released stays as it is. */
  startReview(
    user: AuthenticatedUser,
    input: StartDataSubjectRequestPartReviewInput,
  ): Promise<DataSubjectRequestPartTaskModel> {
    return this.change(user, input.partId, 'Mutation.startDataSubjectRequestPartReview', null);
  }

  /** → RELEASED, once: releasing a released part again changes nothing and logs nothing new. */
  release(
    user: AuthenticatedUser,
    input: ReleaseDataSubjectRequestPartInput,
  ): Promise<DataSubjectRequestPartTaskModel> {
    const note = optionalTextArg(input.note, 'note', 1, 2000);
    return this.change(user, input.partId, 'Mutation.releaseDataSubjectRequestPart', { note });
  }

  private async change(
    user: AuthenticatedUser,
    partIdArg: string,
    operation: string,
    release: { note: string | null } | null,
  ): Promise<DataSubjectRequestPartTaskModel> {
    const partId = uuidArg(partIdArg, 'partId');
    const params = new SqlParams([user.regionId, partId]);
    const updatable = await this.filter(user, 'update', params, operation, partId);
    const event = {
      regionId: user.regionId,
      actor: auditActor(user),
      operation,
      record: { type: 'DataSubjectRequestPart', id: partId },
      accessBasis: 'role' as const,
      purpose: release ? RELEASE_PURPOSE : REVIEW_PURPOSE,
    };
    const changed = await this.db.transaction(async (tx) => {
      const [part] = await tx.query<
        {
          reviewStatus: DsrReviewStatus;
          requestStatus: DsrStatus;
          personId: string | null;
        }[]
      >(PART_FOR_UPDATE_SQL(updatable), params.values);
      if (!part) return null;
      if (FINAL_STATUSES.has(part.requestStatus)) {
        throw SharingError.badInput('partId', 'The request is closed; its parts no longer change.');
      }
      const [, count] = await tx.query<[unknown[], number]>(
        release ? RELEASE_SQL : START_REVIEW_SQL,
        release ? [user.regionId, partId, user.id, release.note] : [user.regionId, partId, user.id],
      );
      // Idempotent: a second release (or a review of a released part) is no change, so no event.
      if (count > 0) {
        await this.audit.record(tx, {
          ...event,
          action: 'UPDATE',
          result: 'ALLOWED',
          personIds: part.personId ? [part.personId] : [],
        });
      }
      return part;
    });
    if (!changed) {
      await this.denied(user, operation, partId);
      throw SharingError.notFound('The part');
    }
    const [row] = await this.db.query<TaskRow[]>(PART_TASK_SQL(`pt.agency_id = $3`), [
      user.regionId,
      partId,
      user.agencyId,
    ]);
    return toTask(row!);
  }

  /** The caller's ability on parts as SQL; FORBIDDEN (and logged) when it allows none at all. */
  private async filter(
    user: AuthenticatedUser,
    action: 'read' | 'update',
    params: SqlParams,
    operation?: string,
    partId?: string,
  ): Promise<string> {
    const { ability } = await this.policies.forUser(user);
    const sql = policyFilter(
      ability,
      action,
      { subject: 'DataSubjectRequestPart', alias: 'pt' },
      params,
    );
    if (sql === NOTHING) {
      if (operation) await this.denied(user, operation, partId ?? null, 'FORBIDDEN');
      throw new SharingError('FORBIDDEN', REFUSAL);
    }
    return sql;
  }

  private denied(
    user: AuthenticatedUser,
    operation: string,
    partId: string | null,
    reasonCode: 'FORBIDDEN' | 'NOT_FOUND' = 'NOT_FOUND',
  ): Promise<void> {
    return this.audit.recordRead({
      regionId: user.regionId,
      actor: auditActor(user),
      operation,
      action: 'DENIED',
      result: 'DENIED',
      reasonCode,
      record: partId ? { type: 'DataSubjectRequestPart', id: partId } : null,
    });
  }
}
