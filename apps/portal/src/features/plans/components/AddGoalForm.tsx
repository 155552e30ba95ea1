import { LIFE_DOMAINS, type LifeDomain } from '@schakel/domain';
import {
  Button,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
} from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import { ADD_PLAN_GOAL_MUTATION } from '../graphql/planMutations';
import { usePlanMutation, type PlanFailure } from '../hooks/usePlanMutation';
import { PlanFormFeedback } from './PlanFormFeedback';

interface AddGoalFormProps {
  versionId: string;
  revision: number;
}

type Field = 'lifeDomain' | 'description';

/** Adds a goal to the draft; keeps the input when the draft changed in the meantime. */
export function AddGoalForm({ versionId, revision }: AddGoalFormProps) {
  const t = useT();
  const id = useId();
  const { run, loading } = usePlanMutation(ADD_PLAN_GOAL_MUTATION);
  const refs = {
    lifeDomain: useRef<HTMLSelectElement>(null),
    description: useRef<HTMLTextAreaElement>(null),
  };
  const [lifeDomain, setLifeDomain] = useState('');
  const [description, setDescription] = useState('');
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<PlanFailure | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [added, setAdded] = useState(false);
  const fieldId = (field: Field) => `${id}-${field}`;

  function show(found: Partial<Record<Field, string>>, failed: PlanFailure | null) {
    flushSync(() => {
      setProblems(found);
      setFailure(failed);
      setAttempt((n) => n + 1);
    });
    const first = (['lifeDomain', 'description'] as const).find((f) => found[f]);
    if (first) refs[first].current?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAdded(false);
    const found: Partial<Record<Field, string>> = {};
    if (!LIFE_DOMAINS.includes(lifeDomain as LifeDomain)) {
      found.lifeDomain = t('plan.goal.domainRequired');
    }
    const text = description.trim();
    if (text.length < 3 || text.length > 1000) {
      found.description = t('plan.goal.descriptionRequired');
    }
    if (Object.keys(found).length > 0) return show(found, null);
    const result = await run({
      input: { versionId, revision, lifeDomain: lifeDomain as LifeDomain, description: text },
    });
    if (result === null) {
      setLifeDomain('');
      setDescription('');
      setProblems({});
      setFailure(null);
      setAdded(true);
      return;
    }
    if (result.field === 'description') {
      return show({ description: t('plan.goal.descriptionRequired') }, null);
    }
    show({}, result);
  }

  const problemList = (['lifeDomain', 'description'] as const).flatMap((field) =>
    problems[field] ? [{ fieldId: fieldId(field), message: problems[field] }] : [],
  );

  return (
    <form className="schakel-plan-form" noValidate onSubmit={(e) => void submit(e)}>
      <PlanFormFeedback
        title={t('plan.goal.notAdded')}
        failure={failure}
        problems={problemList}
        attempt={attempt}
        onSelect={(target) => document.getElementById(target)?.focus()}
      />
      <LabelledField
        id={fieldId('lifeDomain')}
        label={t('plan.goal.lifeDomain')}
        error={problems.lifeDomain ?? null}
      >
        {({ describedBy, invalid }) => (
          <Select
            ref={refs.lifeDomain}
            id={fieldId('lifeDomain')}
            invalid={invalid}
            aria-describedby={describedBy}
            value={lifeDomain}
            onChange={(e) => setLifeDomain(e.target.value)}
          >
            <SelectOption value="">{t('plan.goal.chooseDomain')}</SelectOption>
            {LIFE_DOMAINS.map((domain) => (
              <SelectOption key={domain} value={domain}>
                {t(`plan.lifeDomain.${domain}`)}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>
      <LabelledField
        id={fieldId('description')}
        label={t('plan.goal.description')}
        description={t('plan.goal.descriptionHint')}
        error={problems.description ?? null}
      >
        {({ describedBy, invalid }) => (
          <Textarea
            ref={refs.description}
            id={fieldId('description')}
            rows={2}
            invalid={invalid}
            aria-describedby={describedBy}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </LabelledField>
      <div>
        <Button type="submit" appearance="secondary-action-button" busy={loading}>
          {t('plan.goal.add')}
        </Button>
      </div>
      <div role="status">{added && <Paragraph>{t('plan.goal.added')}</Paragraph>}</div>
    </form>
  );
}
