import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import { ADOPT_PLAN_VERSION_MUTATION } from '../graphql/planMutations';
import { usePlanMutation, type PlanFailure } from '../hooks/usePlanMutation';
import { isCalendarDate, localDate } from '../../forms/utils/localDate';
import { PlanFormFeedback } from './PlanFormFeedback';
import { DateInput } from '../../forms/components/DateInput';

interface AdoptPlanFormProps {
  versionId: string;
  number: number;
  revision: number;
  /** The form goes away with the draft: the caller announces the result and takes focus. */
  onAdopted: (number: number) => void;
}

// Adopting makes an accepted case active and adds a step to its timeline.
const ALSO_RELOAD = ['Case', 'CaseTimeline'] as const;

/** "Vaststellen": adopts the draft on a date (today by default); it is frozen afterwards. */
export function AdoptPlanForm({ versionId, number, revision, onAdopted }: AdoptPlanFormProps) {
  const t = useT();
  const id = useId();
  const headingId = `${id}-heading`;
  const { run, loading } = usePlanMutation(ADOPT_PLAN_VERSION_MUTATION, ALSO_RELOAD);
  const dateRef = useRef<HTMLInputElement>(null);
  const [adoptedOn, setAdoptedOn] = useState(() => localDate());
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<PlanFailure | null>(null);
  const [attempt, setAttempt] = useState(0);

  function show(message: string | null, failed: PlanFailure | null) {
    flushSync(() => {
      setProblem(message);
      setFailure(failed);
      setAttempt((n) => n + 1);
    });
    if (message) dateRef.current?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (!isCalendarDate(adoptedOn) || adoptedOn > localDate()) {
      return show(t('plan.adopt.dateRequired'), null);
    }
    const result = await run({ input: { versionId, revision, adoptedOn } });
    if (result === null) return onAdopted(number);
    if (result.field === 'adoptedOn') return show(t('plan.adopt.dateRequired'), null);
    // A draft without goals (field versionId) is told above the form, not at the date.
    show(null, result);
  }

  const dateId = `${id}-date`;
  return (
    <section aria-labelledby={headingId} className="schakel-plan-adopt">
      <Heading level={4} id={headingId}>
        {t('plan.adopt.heading')}
      </Heading>
      <Paragraph>{t('plan.adopt.hint')}</Paragraph>
      <form className="schakel-plan-form" noValidate onSubmit={(e) => void submit(e)}>
        {failure?.field === 'versionId' ? (
          <Paragraph role="alert">{t('plan.adopt.noGoals')}</Paragraph>
        ) : (
          <PlanFormFeedback
            title={t('plan.adopt.notAdopted')}
            failure={failure}
            problems={problem ? [{ fieldId: dateId, message: problem }] : []}
            attempt={attempt}
            onSelect={() => dateRef.current?.focus()}
          />
        )}
        <LabelledField id={dateId} label={t('plan.adopt.date')} error={problem}>
          {({ describedBy, invalid }) => (
            <DateInput
              label={t('plan.adopt.date')}
              ref={dateRef}
              id={dateId}
              max={localDate()}
              invalid={invalid}
              describedBy={describedBy}
              value={adoptedOn}
              onChange={(value) => setAdoptedOn(value)}
            />
          )}
        </LabelledField>
        <div>
          <Button type="submit" appearance="primary-action-button" busy={loading}>
            {t('plan.adopt.submit')} ({t('plan.history.version', { number })})
          </Button>
        </div>
      </form>
    </section>
  );
}
