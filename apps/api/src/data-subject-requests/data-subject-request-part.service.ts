import { Injectable } from '@nestjs/common';
import { dsrPartReleaseSchema } from '@schakel/domain';
import type { AppAbility } from '@schakel/sharing-policy';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, auditActor } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Caller } from '../auth/caller';
import { parseInput } from '../common/parse-input';
import { runStatement } from '../database/run-statement';
import { PolicyService } from '../sharing/policy.service';
import { DataSubjectRequestError } from './data-subject-request.error';
import { InputError } from '../common/input.error';
import { localDate, uuidArg } from '../common/validate';
import { daysBetween } from './data-subject-deadline';
import { readPartnerContent } from './data-subject-export.service';
import {
  partForUpdateQuery,
  partTaskQuery,
  partTasksQuery,
  releasePartQuery,
  startPartReviewQuery,
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

  async tasks(user: Caller): Promise<DataSubjectRequestPartTaskModel[]> {
    const statement = partTasksQuery(await this.ability(user), user.regionId);
    if (!statement) throw new DataSubjectRequestError('FORBIDDEN', REFUSAL);
    const rows = (await runStatement(this.db, statement)) as TaskRow[];
    user.note({
      personIds: rows.map((r) => r.personId),
      purpose: REVIEW_PURPOSE,
      accessBasis: 'role',
    });
    return rows.map(toTask);
  }

  async review(user: Caller, partId: string): Promise<DataSubjectRequestPartReviewModel> {
    const id = uuidArg(partId, 'partId');
    const statement = partTaskQuery(await this.ability(user), user.regionId, id);
    if (!statement) throw new DataSubjectRequestError('FORBIDDEN', REFUSAL);
    const [row] = (await runStatement(this.db, statement)) as TaskRow[];
    if (!row) throw InputError.notFound('The part');
    user.note({
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
    user.note({ categories: [...new Set(content.items.map((i) => i.category))] });
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
    user: Caller,
    input: StartDataSubjectRequestPartReviewInput,
  ): Promise<DataSubjectRequestPartTaskModel> {
    return this.change(user, input.partId, 'Mutation.startDataSubjectRequestPartReview', null);
  }

  /** → RELEASED, once: releasing a released part again changes nothing and logs nothing new. */
  release(
    user: Caller,
    input: ReleaseDataSubjectRequestPartInput,
  ): Promise<DataSubjectRequestPartTaskModel> {
    const { note } = parseInput(dsrPartReleaseSchema(), input);
    return this.change(user, input.partId, 'Mutation.releaseDataSubjectRequestPart', { note });
  }

  private async change(
    user: Caller,
    partIdArg: string,
    operation: string,
    release: { note: string | null } | null,
  ): Promise<DataSubjectRequestPartTaskModel> {
    const partId = uuidArg(partIdArg, 'partId');
    const ability = await this.ability(user);
    const forUpdate = partForUpdateQuery(ability, user.regionId, partId);
    if (!forUpdate) {
      await this.denied(user, operation, partId, 'FORBIDDEN');
      throw new DataSubjectRequestError('FORBIDDEN', REFUSAL);
    }
    const event = {
      regionId: user.regionId,
      actor: auditActor(user),
      operation,
      record: { type: 'DataSubjectRequestPart', id: partId },
      accessBasis: 'role' as const,
      purpose: release ? RELEASE_PURPOSE : REVIEW_PURPOSE,
    };
    const changed = await this.db.transaction(async (tx) => {
      const [part] = (await runStatement(tx, forUpdate)) as {
        reviewStatus: DsrReviewStatus;
        requestStatus: DsrStatus;
        personId: string | null;
      }[];
      if (!part) return null;
      if (FINAL_STATUSES.has(part.requestStatus)) {
        throw InputError.badInput('partId', 'The request is closed; its parts no longer change.');
      }
      const [, count] = (await runStatement(
        tx,
        release
          ? releasePartQuery(user.regionId, partId, user.id, release.note)
          : startPartReviewQuery(user.regionId, partId, user.id),
      )) as [unknown[], number];
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
      throw InputError.notFound('The part');
    }
    // Read back through the policy, as `review` reads it (own region, own agency).
    const reread = partTaskQuery(ability, user.regionId, partId);
    const [row] = reread ? ((await runStatement(this.db, reread)) as TaskRow[]) : [];
    if (!row) throw InputError.notFound('The part');
    return toTask(row);
  }

  private async ability(user: Caller): Promise<AppAbility> {
    const { ability } = await user.policy();
    return ability;
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
