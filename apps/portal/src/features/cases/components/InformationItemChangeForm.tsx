import { CHANGE_REASON_MIN } from '@schakel/domain';
import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Heading,
  Paragraph,
  RadioButton,
  Textarea,
} from '@utrecht/component-library-react';
import { useEffect, useId, useRef } from 'react';
import { FormProblemSummary } from '../../forms/components/FormProblemSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import { useInformationItemChangeForm } from '../hooks/useInformationItemChangeForm';
import type { ItemChangeKind } from '../utils/itemChangeFields';
import './cases.css';

const KINDS: ItemChangeKind[] = ['RECTIFY', 'ERASE'];

interface InformationItemChangeFormProps {
  item: { id: string; revision: number; text?: string | null; summary?: string | null };
  onClose: () => void;
  /** The item was erased: the entry shows only the confirmation from now on. */
  onErased: () => void;
}

/** The source agency corrects or erases one item, with a reason (AVG art. 16/17). */
export function InformationItemChangeForm({
  item,
  onClose,
  onErased,
}: InformationItemChangeFormProps) {
  const t = useT();
  const form = useInformationItemChangeForm(item);
  const { fieldId, controlId, messageFor } = form.problems;
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { done } = form;

  // Opening moves the focus into the form, so keyboard and screen-reader users land on it.
  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (done === 'ERASE') onErased();
  }, [done, onErased]);

  return (
    <form
      className="schakel-item-change"
      noValidate
      aria-labelledby={headingId}
      onSubmit={form.submit}
    >
      <Heading level={4} id={headingId} ref={headingRef} tabIndex={-1}>
        {t('itemChange.heading')}
      </Heading>
      <Paragraph small>{t('itemChange.intro')}</Paragraph>
      <FormProblemSummary title={t('itemChange.notSaved')} form={form.problems} />

      <Fieldset>
        <FieldsetLegend>{t('itemChange.kind')}</FieldsetLegend>
        {KINDS.map((kind) => (
          <div key={kind} className="schakel-item-change__choice">
            <RadioButton
              id={controlId(`kind-${kind}`)}
              name={controlId('kind')}
              checked={form.values.kind === kind}
              onChange={() => form.set('kind')(kind)}
            />
            <FormLabel htmlFor={controlId(`kind-${kind}`)} type="radio">
              {t(`itemChange.kind.${kind}`)}
            </FormLabel>
          </div>
        ))}
      </Fieldset>

      {form.values.kind === 'RECTIFY' ? (
        <>
          <LabelledField
            id={fieldId('text')}
            label={t('itemChange.text')}
            error={messageFor('text')}
          >
            {({ describedBy, invalid }) => (
              <Textarea
                id={fieldId('text')}
                name="text"
                rows={4}
                required
                invalid={invalid}
                aria-describedby={describedBy}
                value={form.values.text}
                onChange={(event) => form.set('text')(event.target.value)}
              />
            )}
          </LabelledField>
          <LabelledField
            id={fieldId('shareableSummary')}
            label={t('itemChange.summary')}
            error={messageFor('shareableSummary')}
          >
            {({ describedBy, invalid }) => (
              <Textarea
                id={fieldId('shareableSummary')}
                name="shareableSummary"
                rows={2}
                invalid={invalid}
                aria-describedby={describedBy}
                value={form.values.shareableSummary}
                onChange={(event) => form.set('shareableSummary')(event.target.value)}
              />
            )}
          </LabelledField>
        </>
      ) : (
        <Alert type="warning">
          <Paragraph>{t('itemChange.eraseWarning')}</Paragraph>
        </Alert>
      )}

      <LabelledField
        id={fieldId('reason')}
        label={t('itemChange.reason')}
        description={t('itemChange.reasonHint', { min: CHANGE_REASON_MIN })}
        error={messageFor('reason')}
      >
        {({ describedBy, invalid }) => (
          <Textarea
            id={fieldId('reason')}
            name="reason"
            rows={2}
            required
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.reason}
            onChange={(event) => form.set('reason')(event.target.value)}
          />
        )}
      </LabelledField>

      <div className="schakel-item-change__actions">
        <Button type="submit" appearance="primary-action-button" busy={form.pending}>
          {t(`itemChange.submit.${form.values.kind}`)}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onClose}>
          {t('itemChange.close')}
        </Button>
      </div>

      <div role="status">
        {done === 'RECTIFY' && (
          <Alert type="ok" role="none">
            <Paragraph>{t('itemChange.rectified')}</Paragraph>
          </Alert>
        )}
      </div>
    </form>
  );
}
