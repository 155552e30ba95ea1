import { z } from 'zod';
import { LIFE_DOMAINS } from '../case-status';
import { SCORE_MAX, SCORE_MIN, SCORE_MOMENTS } from '../life-domain-score';
import { addProblem, id, oneOf } from './input-problem';

const score = () =>
  z
    .number()
    .nullish()
    .transform((value, ctx) => {
      if (value === null || value === undefined) addProblem(ctx, 'REQUIRED');
      else if (Number.isInteger(value) && value >= SCORE_MIN && value <= SCORE_MAX) return value;
      else addProblem(ctx, 'INVALID', { min: SCORE_MIN, max: SCORE_MAX });
      return z.NEVER;
    });

/**
 * Scoring the life domains of a case at one moment. A PLAN moment names its adopted plan version;
 * `expectedRevision` is absent for a first scoring and the revision the caller read when it
 * corrects one (a stale one gives EDIT_CONFLICT). Each domain at most once.
 */
export function scoreLifeDomainsSchema() {
  return z
    .object({
      caseId: id(),
      moment: oneOf(SCORE_MOMENTS),
      planVersionId: id()
        .nullish()
        .transform((value) => value ?? null),
      expectedRevision: z
        .number()
        .int()
        .min(1)
        .nullish()
        .transform((value) => value ?? null),
      scores: z
        .array(z.object({ domain: oneOf(LIFE_DOMAINS), score: score() }))
        .max(LIFE_DOMAINS.length),
    })
    .superRefine((input, ctx) => {
      if (input.scores.length === 0) addProblem(ctx, 'REQUIRED', {}, ['scores']);
      const seen = new Set<string>();
      input.scores.forEach((s, i) => {
        if (seen.has(s.domain)) addProblem(ctx, 'INVALID', {}, ['scores', i, 'domain']);
        seen.add(s.domain);
      });
      if ((input.moment === 'PLAN') !== (input.planVersionId !== null)) {
        addProblem(ctx, input.moment === 'PLAN' ? 'REQUIRED' : 'INVALID', {}, ['planVersionId']);
      }
    });
}
export type ScoreLifeDomainsInput = z.output<ReturnType<typeof scoreLifeDomainsSchema>>;
