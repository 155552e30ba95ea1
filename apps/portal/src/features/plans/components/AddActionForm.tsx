import {
  Button,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import { ADD_PLAN_ACTION_MUTATION } from '../graphql/planMutations';
import { usePlanMutation, type PlanFailure } from '../hooks/usePlanMutation';
import { isCalendarDate, localDate } from '../../forms/utils/localDate';
import { PlanFormFeedback } from './PlanFormFeedback';

interface AddActionFormProps {
  goalId: string;
  goal: string;
  revision: number;
  /** The agencies that take part in the case now. */
  owners: readonly { id: string; name: string }[];
}

type Field = 'description' | 'ownerAgencyId' | 'dueDate';
const FIELDS: readonly Field[] = ['description', 'ownerAgencyId', 'dueDate'];

/** Adds an action (afspraak) to a goal of the draft; the owner agency is notified. */
export function AddActionForm({ goalId, goal, revision, owners }: AddActionFormProps) {
  const t = useT();
  const id = useId();
  const { run, loading } = usePlanMutation(ADD_PLAN_ACTION_MUTATION);
  const refs = {
    description: useRef<HTMLTextAreaElement>(null),
    ownerAgencyId: useRef<HTMLSelectElement>(null),
    dueDate: useRef<HTMLInputElement>(null),
  };
  const [values, setValues] = useState<Record<Field, string>>({
    description: '',
    ownerAgencyId: '',
    dueDate: '',
  });
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<PlanFailure | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [added, setAdded] = useState(false);
  const fieldId = (field: Field) => `${id}-${field}`;
  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const messages: Record<Field, string> = {
    description: t('plan.action.descriptionRequired'),
    ownerAgencyId: t('plan.action.ownerRequired'),
    dueDate: t('plan.action.dueRequired'),
  };

  function show(found: Partial<Record<Field, string>>, failed: PlanFailure | null) {
    flushSync(() => {
      setProblems(found);
      setFailure(failed);
      setAttempt((n) => n + 1);
    });
    const first = FIELDS.find((f) => found[f]);
    if (first) refs[first].current?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAdded(false);
    const description = values.description.trim();
    const found: Partial<Record<Field, string>> = {};
    if (description.length < 3 || description.length > 1000)
      found.description = messages.description;
    if (!values.ownerAgencyId) found.ownerAgencyId = messages.ownerAgencyId;
    if (!isCalendarDate(values.dueDate) || values.dueDate < localDate()) {
      found.dueDate = messages.dueDate;
    }
    if (Object.keys(found).length > 0) return show(found, null);
    const result = await run({
      input: {
        goalId,
        revision,
        description,
        ownerAgencyId: values.ownerAgencyId,
        dueDate: values.dueDate,
      },
    });
    if (result === null) {
      setValues({ description: '', ownerAgencyId: '', dueDate: '' });
      setProblems({});
      setFailure(null);
      setAdded(true);
      return;
    }
    const field = FIELDS.find((f) => f === result.field);
    if (result.code === 'BAD_USER_INPUT' && field) {
      return show(
        {
          [field]:
            field === 'ownerAgencyId' ? t('plan.action.ownerNotParticipant') : messages[field],
        },
        null,
      );
    }
    show({}, result);
  }

  const problemList = FIELDS.flatMap((field) =>
    problems[field] ? [{ fieldId: fieldId(field), message: problems[field] }] : [],
  );

  return (
    <form
      className="schakel-plan-form"
      noValidate
      aria-label={t('plan.action.addTo', { goal })}
      onSubmit={(e) => void submit(e)}
    >
      <PlanFormFeedback
        title={t('plan.action.notAdded')}
        failure={failure}
        problems={problemList}
        attempt={attempt}
        onSelect={(target) => document.getElementById(target)?.focus()}
      />
      <LabelledField
        id={fieldId('description')}
        label={t('plan.action.description')}
        error={problems.description ?? null}
      >
        {({ describedBy, invalid }) => (
          <Textarea
            ref={refs.description}
            id={fieldId('description')}
            rows={2}
            invalid={invalid}
            aria-describedby={describedBy}
            value={values.description}
            onChange={(e) => set('description')(e.target.value)}
          />
        )}
      </LabelledField>
      <div className="schakel-plan-form__row">
        <LabelledField
          id={fieldId('ownerAgencyId')}
          label={t('plan.action.ownerAgency')}
          error={problems.ownerAgencyId ?? null}
        >
          {({ describedBy, invalid }) => (
            <Select
              ref={refs.ownerAgencyId}
              id={fieldId('ownerAgencyId')}
              invalid={invalid}
              aria-describedby={describedBy}
              value={values.ownerAgencyId}
              onChange={(e) => set('ownerAgencyId')(e.target.value)}
            >
              <SelectOption value="">{t('plan.action.chooseOwner')}</SelectOption>
              {owners.map((owner) => (
                <SelectOption key={owner.id} value={owner.id}>
                  {owner.name}
                </SelectOption>
              ))}
            </Select>
          )}
        </LabelledField>
        <LabelledField
          id={fieldId('dueDate')}
          label={t('plan.action.dueDate')}
          error={problems.dueDate ?? null}
        >
          {({ describedBy, invalid }) => (
            <Textbox
              ref={refs.dueDate}
              id={fieldId('dueDate')}
              type="date"
              min={localDate()}
              invalid={invalid}
              aria-describedby={describedBy}
              value={values.dueDate}
              onChange={(e) => set('dueDate')(e.target.value)}
            />
          )}
        </LabelledField>
      </div>
      <div>
        <Button type="submit" appearance="secondary-action-button" busy={loading}>
          {t('plan.action.add')}
        </Button>
      </div>
      <div role="status">{added && <Paragraph>{t('plan.action.added')}</Paragraph>}</div>
    </form>
  );
}
