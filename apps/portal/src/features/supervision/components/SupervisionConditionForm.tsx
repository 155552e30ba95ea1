import {
  CONDITION_KINDS,
  CONDITION_STATUSES,
  LEGAL_SOURCE_KINDS,
  type ConditionKind,
  type ConditionStatus,
  type LegalSourceKind,
} from '@schakel/domain';
import {
  Button,
  Checkbox,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { DateInput } from '../../forms/components/DateInput';
import { FormProblemSummary } from '../../forms/components/FormProblemSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import type { SupervisionConditionFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../i18n/hooks/useT';
import { useSupervisionConditionForm } from '../hooks/useSupervisionConditionForm';

/**
 * Probation records a special condition: kind, what it concerns, legal source and period; or
 * changes one (`condition`: its period or status, or ends it in one click).
 */
export function SupervisionConditionForm({
  caseId,
  onRecorded,
  condition,
}: {
  caseId: string;
  onRecorded: () => void;
  condition?: SupervisionConditionFieldsFragment;
}) {
  const t = useT();
  const form = useSupervisionConditionForm(caseId, onRecorded, condition);
  const { fieldId, messageFor, controlId } = form.problems;
  const date = (field: 'legalSourceDate' | 'startsOn' | 'endsOn') => (
    <LabelledField
      id={fieldId(field)}
      label={t(`supervision.field.${field}`)}
      error={messageFor(field)}
    >
      {({ describedBy, invalid }) => (
        <DateInput
          id={fieldId(field)}
          label={t(`supervision.field.${field}`)}
          value={form.values[field]}
          onChange={form.set(field)}
          invalid={invalid}
          describedBy={describedBy}
        />
      )}
    </LabelledField>
  );

  return (
    <form className="schakel-flow schakel-supervision-form" noValidate onSubmit={form.submit}>
      <FormProblemSummary
        title={t(form.editing ? 'supervision.notChanged' : 'supervision.notRecorded')}
        form={form.problems}
      />
      <LabelledField
        id={fieldId('kind')}
        label={t('supervision.field.kind')}
        error={messageFor('kind')}
      >
        {({ describedBy, invalid }) => (
          <Select
            id={fieldId('kind')}
            required
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.kind}
            onChange={(event) => form.set('kind')(event.target.value as ConditionKind)}
          >
            <SelectOption value="">{t('supervision.field.chooseKind')}</SelectOption>
            {CONDITION_KINDS.map((kind) => (
              <SelectOption key={kind} value={kind}>
                {t(`supervision.kind.${kind}`)}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>
      <LabelledField
        id={fieldId('subject')}
        label={t('supervision.field.subject')}
        description={t('supervision.field.subjectHint')}
        error={messageFor('subject')}
      >
        {({ describedBy, invalid }) => (
          <Textbox
            id={fieldId('subject')}
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.subject}
            onChange={(event) => form.set('subject')(event.target.value)}
          />
        )}
      </LabelledField>
      {form.values.kind === 'REPORTING_DUTY' && (
        <LabelledField
          id={fieldId('frequency')}
          label={t('supervision.field.frequency')}
          error={messageFor('frequency')}
        >
          {({ describedBy, invalid }) => (
            <Textbox
              id={fieldId('frequency')}
              invalid={invalid}
              aria-describedby={describedBy}
              value={form.values.frequency}
              onChange={(event) => form.set('frequency')(event.target.value)}
            />
          )}
        </LabelledField>
      )}
      {form.values.kind === 'ALCOHOL_BAN' && (
        <div className="schakel-referral__choice">
          <Checkbox
            id={controlId('alcoholMonitor')}
            checked={form.values.alcoholMonitor}
            onChange={(event) => form.set('alcoholMonitor')(event.target.checked)}
          />
          <FormLabel htmlFor={controlId('alcoholMonitor')} type="checkbox">
            {t('supervision.field.alcoholMonitor')}
          </FormLabel>
        </div>
      )}
      <LabelledField
        id={fieldId('legalSourceKind')}
        label={t('supervision.field.legalSourceKind')}
        error={messageFor('legalSourceKind')}
      >
        {({ describedBy, invalid }) => (
          <Select
            id={fieldId('legalSourceKind')}
            required
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.legalSourceKind}
            onChange={(event) => form.set('legalSourceKind')(event.target.value as LegalSourceKind)}
          >
            <SelectOption value="">—</SelectOption>
            {LEGAL_SOURCE_KINDS.map((source) => (
              <SelectOption key={source} value={source}>
                {t(`supervision.source.${source}`)}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>
      {date('legalSourceDate')}
      <LabelledField
        id={fieldId('parketNumber')}
        label={t('supervision.field.parketNumber')}
        description={t('supervision.field.parketNumberHint')}
        error={messageFor('parketNumber')}
      >
        {({ describedBy, invalid }) => (
          <Textbox
            id={fieldId('parketNumber')}
            required
            autoComplete="off"
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.parketNumber}
            onChange={(event) => form.set('parketNumber')(event.target.value)}
          />
        )}
      </LabelledField>
      {date('startsOn')}
      {date('endsOn')}
      <LabelledField
        id={fieldId('status')}
        label={t('supervision.field.status')}
        error={messageFor('status')}
      >
        {({ describedBy, invalid }) => (
          <Select
            id={fieldId('status')}
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.status}
            onChange={(event) => form.set('status')(event.target.value as ConditionStatus)}
          >
            {CONDITION_STATUSES.map((status) => (
              <SelectOption key={status} value={status}>
                {t(`supervision.status.${status}`)}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>
      <LabelledField
        id={fieldId('notes')}
        label={t('supervision.field.notes')}
        error={messageFor('notes')}
      >
        {({ describedBy, invalid }) => (
          <Textarea
            id={fieldId('notes')}
            rows={3}
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.notes}
            onChange={(event) => form.set('notes')(event.target.value)}
          />
        )}
      </LabelledField>
      <div className="schakel-supervision-form__actions">
        <Button type="submit" appearance="primary-action-button" busy={form.pending}>
          {t(form.editing ? 'supervision.saveChange' : 'supervision.submit')}
        </Button>
        {form.editing && condition?.status !== 'ENDED' && (
          <Button
            type="button"
            appearance="secondary-action-button"
            busy={form.pending}
            onClick={form.end}
          >
            {t('supervision.end')}
          </Button>
        )}
      </div>
    </form>
  );
}
