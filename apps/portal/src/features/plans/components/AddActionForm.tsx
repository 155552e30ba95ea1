import {
  Button,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
} from '@utrecht/component-library-react';
import { LabelledField } from '../../forms/components/LabelledField';
import { localDate } from '../../forms/utils/localDate';
import { useT } from '../../i18n/hooks/useT';
import { useAddActionForm } from '../hooks/useAddActionForm';
import { PlanFormFeedback } from './PlanFormFeedback';
import { DateInput } from '../../forms/components/DateInput';

interface AddActionFormProps {
  goalId: string;
  goal: string;
  revision: number;
  /** The agencies that take part in the case now. */
  owners: readonly { id: string; name: string }[];
}

/** Adds an action (afspraak) to a goal of the draft; the owner agency is notified. */
export function AddActionForm({ goalId, goal, revision, owners }: AddActionFormProps) {
  const t = useT();
  const form = useAddActionForm(goalId, revision);
  const { fieldId, refs, values, set, problems } = form;

  return (
    <form
      className="schakel-plan-form"
      noValidate
      aria-label={t('plan.action.addTo', { goal })}
      onSubmit={form.submit}
    >
      <PlanFormFeedback
        title={t('plan.action.notAdded')}
        failure={form.failure}
        problems={form.summary}
        attempt={form.attempt}
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
            <DateInput
              label={t('plan.action.dueDate')}
              ref={refs.dueDate}
              id={fieldId('dueDate')}
              min={localDate()}
              invalid={invalid}
              describedBy={describedBy}
              value={values.dueDate}
              onChange={(value) => set('dueDate')(value)}
            />
          )}
        </LabelledField>
      </div>
      <div>
        <Button type="submit" appearance="secondary-action-button" busy={form.pending}>
          {t('plan.action.add')}
        </Button>
      </div>
      <div role="status">{form.added && <Paragraph>{t('plan.action.added')}</Paragraph>}</div>
    </form>
  );
}
