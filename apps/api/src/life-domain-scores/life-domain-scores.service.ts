import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  LIFE_DOMAIN_CATEGORY,
  LIFE_DOMAINS,
  scoreLifeDomainsSchema,
  type CaseStatus,
  type LifeDomain,
} from '@schakel/domain';
import type { AppAbility } from '@schakel/sharing-policy';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import { InputError } from '../common/input.error';
import { parseInput } from '../common/parse-input';
import { uuidArg } from '../common/validate';
import { CaseAccessService, type CaseAccessRow } from '../sharing/case-access.service';
import { caseCategoryItem, caseSubject } from '../sharing/policy-sql';
import type { ScoreLifeDomainsInput } from './dto/score-life-domains.input';
import { LifeDomainScoresError } from './life-domain-scores.error';
import type {
  CaseLifeDomainScoresModel,
  LifeDomainAssessmentModel,
  LifeDomainScoreMomentModel,
} from './life-domain-scores.model';
import {
  adoptedVersionQuery,
  bumpAssessmentQuery,
  insertAssessmentQuery,
  scoreMomentsQuery,
  upsertScoresQuery,
  type AssessmentKey,
} from './life-domain-scores.queries';

/** Scored from acceptance (the intake) until closing; a closed case is read-only. */
const SCORABLE: readonly CaseStatus[] = ['ACCEPTED', 'ACTIVE'];

type MomentRow = Omit<LifeDomainScoreMomentModel, 'assessment'> & {
  assessment:
    | (Omit<LifeDomainAssessmentModel, 'recordedAt' | 'updatedAt'> & {
        recordedAt: string;
        updatedAt: string;
      })
    | null;
};

/**
 * Outcomes per life domain (ADR 0028). Reading needs the case's PLAN records; each score is then
 * shown only where the caller may read the category of its domain (`LIFE_DOMAIN_CATEGORY`, in
 * SQL). Scoring is for the case's leads (the policy's `lead`: casusregisseur agency, or the
 * procesregisseur) in an open case, per domain only where their agency may read its category.
 */
@Injectable()
export class LifeDomainScoresService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CaseAccessService,
  ) {}

  async scores(user: Caller, caseIdArg: string): Promise<CaseLifeDomainScoresModel> {
    const caseId = uuidArg(caseIdArg, 'caseId');
    const { ability } = await user.policy();
    const row = await this.readable(ability, caseId, user);
    return {
      caseId,
      scorableDomains: scorableDomains(ability, row),
      moments: await this.moments(ability, caseId, user.regionId),
    };
  }

  async score(user: Caller, input: ScoreLifeDomainsInput): Promise<LifeDomainScoreMomentModel> {
    const parsed = parseInput(scoreLifeDomainsSchema(), input);
    const { caseId, moment, planVersionId, expectedRevision, scores } = parsed;
    const { ability } = await user.policy();
    const row = await this.readable(ability, caseId, user);
    if (!ability.can('lead', caseSubject(row))) {
      throw new LifeDomainScoresError(
        'FORBIDDEN',
        "Only the case's casusregisseur (or the procesregisseur) scores its life domains.",
      );
    }
    CaseAccessService.assertOpen(row);
    if (!SCORABLE.includes(row.status)) {
      throw new LifeDomainScoresError(
        'CONFLICT',
        'A referral is decided in triage first; the intake is scored once the case is accepted.',
      );
    }
    const allowed = scorableDomains(ability, row);
    const refused = scores.findIndex((s) => !allowed.includes(s.domain));
    if (refused >= 0) {
      throw new LifeDomainScoresError(
        'FORBIDDEN',
        `Your agency may not read ${LIFE_DOMAIN_CATEGORY[scores[refused]!.domain]} information in this case, so it does not score that domain.`,
        `scores.${refused}.domain`,
      );
    }
    if (planVersionId) {
      const version = adoptedVersionQuery(planVersionId, caseId, user.regionId);
      const [found] = await this.db.query<{ id: string }[]>(version.sql, version.params);
      if (!found)
        throw InputError.badInput(
          'planVersionId',
          'No adopted plan version of this case has this id.',
        );
    }
    user.note({
      caseId,
      personIds: [row.subjectPersonId],
      categories: [...new Set(scores.map((s) => LIFE_DOMAIN_CATEGORY[s.domain]))],
    });

    const key: AssessmentKey = { caseId, regionId: user.regionId, moment, planVersionId };
    await user.transaction(this.db, async (tx) => {
      const write =
        expectedRevision === null
          ? insertAssessmentQuery(key, user.id, user.agencyId)
          : bumpAssessmentQuery(key, expectedRevision, user.id, user.agencyId);
      // INSERT … RETURNING gives the rows; UPDATE … RETURNING gives [rows, count].
      const result = await tx.query<unknown>(write.sql, write.params);
      const rows = (expectedRevision === null ? result : (result as unknown[])[0]) as {
        id: string;
      }[];
      const assessment = rows[0];
      if (!assessment) {
        throw new LifeDomainScoresError(
          'EDIT_CONFLICT',
          expectedRevision === null
            ? 'This moment was scored meanwhile; load the newest scores and correct them.'
            : 'Someone else changed these scores meanwhile; load the newest and try again.',
        );
      }
      user.note({ record: { type: 'LifeDomainAssessment', id: assessment.id } });
      const upsert = upsertScoresQuery(assessment.id, user.regionId, scores);
      await tx.query(upsert.sql, upsert.params);
    });
    const moments = await this.moments(ability, caseId, user.regionId);
    return moments.find((m) => m.moment === moment && (m.planVersionId ?? null) === planVersionId)!;
  }

  /** The case, readable with its PLAN records, or NOT_FOUND / FORBIDDEN. */
  private async readable(ability: AppAbility, caseId: string, user: Caller) {
    const row = await this.cases.require(ability, 'read', caseId, user);
    if (!ability.can('read', caseCategoryItem(row, 'PLAN'))) {
      throw new LifeDomainScoresError(
        'FORBIDDEN',
        'Your agency may not read the plan records of this case.',
      );
    }
    return row;
  }

  private async moments(
    ability: AppAbility,
    caseId: string,
    regionId: string,
  ): Promise<LifeDomainScoreMomentModel[]> {
    const { sql, params } = scoreMomentsQuery(ability, caseId, regionId);
    const rows = await this.db.query<MomentRow[]>(sql, params);
    return rows.map((r) => ({
      ...r,
      assessment: r.assessment && {
        ...r.assessment,
        recordedAt: new Date(r.assessment.recordedAt),
        updatedAt: new Date(r.assessment.updatedAt),
      },
    }));
  }
}

/**
 * The domains the caller may score: a lead, an open case, and read of the domain's category — a
 * score is the lead's own assessment, so it needs no covenant write (ADR 0028), but nobody scores
 * what they may not read back, nor overwrites a score hidden from them.
 */
function scorableDomains(ability: AppAbility, row: CaseAccessRow): LifeDomain[] {
  if (!ability.can('lead', caseSubject(row)) || !SCORABLE.includes(row.status)) return [];
  return LIFE_DOMAINS.filter((domain) =>
    ability.can('read', caseCategoryItem(row, LIFE_DOMAIN_CATEGORY[domain])),
  );
}
