import { Button, Heading, Paragraph, Textbox } from '@utrecht/component-library-react';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import type { RegisterDsrForm } from '../hooks/useRegisterDataSubjectRequestForm';
import { DsrPersonCandidates } from './DsrPersonCandidates';
import { DateInput } from '../../forms/components/DateInput';

/**
 * Finding the person (BSN, or family name + date of birth), or their given names when the region
 * knows nobody by them.
 */
export function DsrPersonSearch({ form }: { form: RegisterDsrForm }) {
  const t = useT();
  const { ids, problems, values } = form;
  return (
    <fieldset className="schakel-flow">
      <legend>
        <Heading level={2}>{t('dsr.register.search')}</Heading>
      </legend>
      <Paragraph id={ids.person}>{t('dsr.register.searchHint')}</Paragraph>
      {problems.person && <Paragraph role="alert">{problems.person}</Paragraph>}
      <LabelledField id={ids.bsn} label={t('dsr.register.bsn')} error={problems.bsn ?? null}>
        {({ describedBy, invalid }) => (
          <Textbox
            id={ids.bsn}
            inputMode="numeric"
            autoComplete="off"
            size={12}
            invalid={invalid}
            aria-describedby={describedBy}
            value={values.bsn}
            onChange={(event) => form.set('bsn', event.target.value)}
          />
        )}
      </LabelledField>
      <LabelledField
        id={ids.familyName}
        label={t('dsr.register.familyName')}
        error={problems.familyName ?? null}
      >
        {({ describedBy, invalid }) => (
          <Textbox
            id={ids.familyName}
            autoComplete="off"
            invalid={invalid}
            aria-describedby={describedBy}
            value={values.familyName}
            onChange={(event) => form.set('familyName', event.target.value)}
          />
        )}
      </LabelledField>
      <LabelledField
        id={ids.dateOfBirth}
        label={t('dsr.register.dateOfBirth')}
        description={t('dsr.register.dateHint')}
        error={problems.dateOfBirth ?? null}
      >
        {({ describedBy, invalid }) => (
          <DateInput
            label={t('dsr.register.dateOfBirth')}
            id={ids.dateOfBirth}
            autoComplete="off"
            invalid={invalid}
            describedBy={describedBy}
            value={values.dateOfBirth}
            onChange={(value) => form.set('dateOfBirth', value)}
          />
        )}
      </LabelledField>
      <div>
        <Button
          type="button"
          appearance="secondary-action-button"
          busy={form.searching}
          onClick={form.search}
        >
          {t('dsr.register.find')}
        </Button>
      </div>
      <DsrPersonCandidates form={form} />
      {form.unknownPerson && (
        <LabelledField
          id={ids.givenNames}
          label={t('dsr.register.givenNames')}
          error={problems.givenNames ?? null}
        >
          {({ describedBy, invalid }) => (
            <Textbox
              id={ids.givenNames}
              autoComplete="off"
              invalid={invalid}
              aria-describedby={describedBy}
              value={values.givenNames}
              onChange={(event) => form.set('givenNames', event.target.value)}
            />
          )}
        </LabelledField>
      )}
    </fieldset>
  );
}
