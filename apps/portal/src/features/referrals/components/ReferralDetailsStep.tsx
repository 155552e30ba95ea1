import {
  Button,
  Fieldset,
  FieldsetLegend,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
} from '@utrecht/component-library-react';
import { CASE_THEMES } from '../../cases/utils/caseEnums';
import { PostcodeArea } from '../../areas/components/PostcodeArea';
import { FormProblemSummary } from '../../forms/components/FormProblemSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import {
  REFERRAL_LABELS,
  type ChosenPerson,
  type ReferralFormState,
} from '../hooks/useReferralForm';
import { ReferralCategoriesFieldset } from './ReferralCategoriesFieldset';
import { ReferralInformedFieldset } from './ReferralInformedFieldset';
import { ReferralPartnersFieldset } from './ReferralPartnersFieldset';
import { ReferralPlainField } from './ReferralPlainField';
import { ReferralTextField } from './ReferralTextField';

interface ReferralDetailsStepProps {
  form: ReferralFormState;
  chosen: NonNullable<ChosenPerson>;
}

/** Step 2: the referral itself, for the person found or a new one. */
export function ReferralDetailsStep({ form, chosen }: ReferralDetailsStepProps) {
  const t = useT();
  const { fieldId, messageFor } = form.problems;
  return (
    <form noValidate className="schakel-flow" onSubmit={form.submit}>
      <Heading level={2}>{t('referral.step2')}</Heading>
      <FormProblemSummary title={t('referral.notSent')} form={form.problems} />
      {chosen.kind === 'existing' ? (
        <Paragraph>{t('referral.chosenPerson', { name: chosen.name })}</Paragraph>
      ) : (
        <Fieldset>
          <FieldsetLegend>{t('referral.newPersonHeading')}</FieldsetLegend>
          <ReferralTextField form={form} field="givenNames" autoComplete="off" />
          <ReferralTextField form={form} field="familyName" hint="referral.familyNameHint" />
          <ReferralTextField form={form} field="dateOfBirth" hint="referral.dateOfBirthHint" />
          <ReferralTextField form={form} field="bsn" hint="referral.bsnHint" />
          <ReferralPlainField form={form} field="street" />
          <ReferralPlainField form={form} field="houseNumber" />
          <ReferralTextField form={form} field="postcode" />
          <PostcodeArea postcode={form.values.postcode} />
          <ReferralPlainField form={form} field="city" />
        </Fieldset>
      )}
      <div>
        <Button appearance="subtle-button" onClick={() => form.choose(null)}>
          {t('referral.otherPerson')}
        </Button>
      </div>

      <LabelledField id={fieldId('theme')} label={t('referral.theme')} error={messageFor('theme')}>
        {({ describedBy, invalid }) => (
          <Select
            id={fieldId('theme')}
            name="theme"
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.theme}
            onChange={(event) => form.set('theme')(event.target.value)}
          >
            <SelectOption value="">{t('referral.chooseTheme')}</SelectOption>
            {CASE_THEMES.map((theme) => (
              <SelectOption key={theme} value={theme}>
                {t(`caseTheme.${theme}`)}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>
      {(['reason', 'goal'] as const).map((field) => (
        <LabelledField
          key={field}
          id={fieldId(field)}
          label={t(REFERRAL_LABELS[field])}
          description={t(`referral.${field}Hint`)}
          error={messageFor(field)}
        >
          {({ describedBy, invalid }) => (
            <Textarea
              id={fieldId(field)}
              name={field}
              rows={4}
              invalid={invalid}
              aria-describedby={describedBy}
              value={form.values[field]}
              onChange={(event) => form.set(field)(event.target.value)}
            />
          )}
        </LabelledField>
      ))}

      <ReferralCategoriesFieldset form={form} />
      <ReferralPartnersFieldset form={form} />
      <ReferralInformedFieldset form={form} />
      <div>
        <Button type="submit" appearance="primary-action-button" busy={form.sending}>
          {t('referral.submit')}
        </Button>
      </div>
    </form>
  );
}
