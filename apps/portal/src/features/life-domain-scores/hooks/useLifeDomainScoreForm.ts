import { parseWith, scoreLifeDomainsSchema, type LifeDomain } from '@schakel/domain';
import { useCallback, useState, type FormEvent } from 'react';
import { useFormProblems } from '../../forms/hooks/useFormProblems';
import { useTypedMutation } from '../../forms/hooks/useTypedMutation';
import { useT } from '../../i18n/hooks/useT';
import { SCORE_LIFE_DOMAINS_MUTATION } from '../graphql/lifeDomainScoresQuery';
import { readableScores, type ScoreMomentView } from '../utils/lifeDomainScores';

const FIELDS = ['scores'] as const;
type Field = (typeof FIELDS)[number];

interface Options {
  caseId: string;
  moment: ScoreMomentView;
  /** Called after the scores were saved (the query is reloaded already). */
  onSaved: () => void;
  /** Reloads the scores after a conflict, so the user sees what someone else saved. */
  reload: () => Promise<unknown>;
}

/**
 * Scoring one moment: a level per domain, checked with the API's own schema (libs/domain) before
 * sending; a correction sends the revision it started from, so a concurrent change is
 * EDIT_CONFLICT rather than a silent overwrite.
 */
export function useLifeDomainScoreForm({ caseId, moment, onSaved, reload }: Options) {
  const t = useT();
  const [scores, setScores] = useState<Partial<Record<LifeDomain, number>>>(() =>
    readableScores(moment),
  );
  const problems = useFormProblems<Field, 'NOTHING'>(FIELDS, () => t('lifeDomains.form.nothing'));
  const [mutate, { pending }] = useTypedMutation(SCORE_LIFE_DOMAINS_MUTATION, {
    refetchQueries: ['CaseLifeDomainScores'],
    awaitRefetchQueries: true,
  });

  const setScore = useCallback((domain: LifeDomain, score: number) => {
    setScores((current) => ({ ...current, [domain]: score }));
  }, []);

  const submit = useCallback(
    async (event: FormEvent) => {
      event.preventDefault();
      const input = {
        caseId,
        moment: moment.moment,
        planVersionId: moment.planVersionId ?? null,
        expectedRevision: moment.assessment?.revision ?? null,
        scores: Object.entries(scores).map(([domain, score]) => ({
          domain: domain as LifeDomain,
          score: score,
        })),
      };
      const checked = parseWith(scoreLifeDomainsSchema(), input);
      if (!checked.ok) {
        problems.show({ scores: 'NOTHING' });
        return;
      }
      const outcome = await mutate({ input });
      if (outcome.ok) {
        problems.clear();
        onSaved();
        return;
      }
      if (outcome.code === 'EDIT_CONFLICT') {
        await reload().catch(() => undefined);
        problems.show({}, t('lifeDomains.form.conflict'));
        return;
      }
      if (outcome.saved) problems.showSaved(outcome.message);
      else problems.show({}, outcome.message);
    },
    [caseId, moment, scores, problems, mutate, onSaved, reload, t],
  );

  return { scores, setScore, submit, problems, pending };
}
