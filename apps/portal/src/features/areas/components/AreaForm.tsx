import {
  Button,
  ButtonGroup,
  Checkbox,
  FormField,
  FormLabel,
  Textbox,
} from '@utrecht/component-library-react';
import { FormProblemSummary } from '../../forms/components/FormProblemSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import { useAreaForm, type EditedArea } from '../hooks/useAreaForm';

interface AreaFormProps {
  /** The wijk to change; null adds one. */
  area: EditedArea | null;
  onDone: (name: string) => void;
  onCancel?: () => void;
}

/** Adds a wijk or changes its name, postcodes and whether it is active. */
export function AreaForm({ area, onDone, onCancel }: AreaFormProps) {
  const t = useT();
  const form = useAreaForm(area, onDone);
  const { fieldId, messageFor, controlId } = form.problems;
  return (
    <form className="schakel-flow" noValidate onSubmit={(event) => void form.submit(event)}>
      <FormProblemSummary title={t('areas.notSaved')} form={form.problems} />
      <LabelledField id={fieldId('name')} label={t('areas.name')} error={messageFor('name')}>
        {({ describedBy, invalid }) => (
          <Textbox
            id={fieldId('name')}
            name="name"
            autoComplete="off"
            required
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.name}
            onChange={(event) => form.set('name')(event.target.value)}
          />
        )}
      </LabelledField>
      <LabelledField
        id={fieldId('ranges')}
        label={t('areas.rangesLabel')}
        description={t('areas.rangesHint')}
        error={messageFor('ranges')}
      >
        {({ describedBy, invalid }) => (
          <Textbox
            id={fieldId('ranges')}
            name="ranges"
            autoComplete="off"
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.ranges}
            onChange={(event) => form.set('ranges')(event.target.value)}
          />
        )}
      </LabelledField>
      {area && (
        <FormField
          type="checkbox"
          label={<FormLabel htmlFor={controlId('active')}>{t('areas.active')}</FormLabel>}
          input={
            <Checkbox
              id={controlId('active')}
              checked={form.values.active}
              onChange={(event) => form.setActive(event.target.checked)}
            />
          }
        />
      )}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={form.pending}>
          {t(area ? 'areas.save' : 'areas.add')}
        </Button>
        {onCancel && (
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('areas.cancel')}
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}
