import {
  Button,
  Checkbox,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
} from '@utrecht/component-library-react';
import type { DataSubjectRequestType } from '../../../gql/graphql';
import { ErrorSummary } from '../../forms/components/ErrorSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import { RouterLink } from '../../shell/components/RouterLink';
import { useRegisterDataSubjectRequestForm } from '../hooks/useRegisterDataSubjectRequestForm';
import { DsrPersonSearch } from './DsrPersonSearch';
import './dsr.css';
import { DateInput } from '../../forms/components/DateInput';

const TYPES: readonly DataSubjectRequestType[] = [
  'ACCESS',
  'RECTIFICATION',
  'ERASURE',
  'OBJECTION',
];

/**
 * "Nieuw verzoek": find the person (BSN, or family name + date of birth), or register the
 * requester's own details when the region knows nobody by them; then the request itself.
 */
export function RegisterDataSubjectRequestForm() {
  const t = useT();
  const form = useRegisterDataSubjectRequestForm();
  const { ids, problems, values } = form;
  return (
    <form className="schakel-flow" noValidate onSubmit={form.submit}>
      <div id={ids.summary} tabIndex={-1}>
        {(form.summary.length > 0 || form.failure) && (
          <ErrorSummary
            title={t('dsr.register.notSaved')}
            failure={form.failure}
            problems={form.summary}
            onSelect={(id) => document.getElementById(id)?.focus()}
          />
        )}
      </div>

      <DsrPersonSearch form={form} />

      <LabelledField id={ids.type} label={t('dsr.register.type')}>
        {() => (
          <Select
            id={ids.type}
            value={values.type}
            onChange={(event) => form.set('type', event.target.value as DataSubjectRequestType)}
          >
            {TYPES.map((value) => (
              <SelectOption key={value} value={value}>
                {t(`dsr.type.${value}`)}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>
      <LabelledField
        id={ids.receivedOn}
        label={t('dsr.register.receivedOn')}
        description={t('dsr.register.dateHint')}
        error={problems.receivedOn ?? null}
      >
        {({ describedBy, invalid }) => (
          <DateInput
            label={t('dsr.register.receivedOn')}
            id={ids.receivedOn}
            autoComplete="off"
            invalid={invalid}
            describedBy={describedBy}
            value={values.receivedOn}
            onChange={(value) => form.set('receivedOn', value)}
          />
        )}
      </LabelledField>
      <LabelledField
        id={ids.identityVerification}
        label={t('dsr.register.identity')}
        description={t('dsr.register.identityHint')}
        error={problems.identityVerification ?? null}
      >
        {({ describedBy, invalid }) => (
          <Textarea
            id={ids.identityVerification}
            rows={2}
            invalid={invalid}
            aria-describedby={describedBy}
            value={values.identity}
            onChange={(event) => form.set('identity', event.target.value)}
          />
        )}
      </LabelledField>
      <div>
        <Checkbox
          id={ids.names}
          aria-describedby={`${ids.names}-hint`}
          checked={values.includeNames}
          onChange={(event) => form.set('includeNames', event.target.checked)}
        />{' '}
        <label htmlFor={ids.names}>{t('dsr.register.employeeNames')}</label>
        <Paragraph id={`${ids.names}-hint`}>{t('dsr.register.employeeNamesHint')}</Paragraph>
      </div>
      <div className="schakel-dsr__part-form">
        <Button type="submit" appearance="primary-action-button" busy={form.pending}>
          {t('dsr.register.submit')}
        </Button>
        <RouterLink to="/privacy/verzoeken">{t('dsr.register.cancel')}</RouterLink>
      </div>
    </form>
  );
}
