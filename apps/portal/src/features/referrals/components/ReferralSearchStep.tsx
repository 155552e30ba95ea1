import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { FormProblemSummary } from '../../forms/components/FormProblemSummary';
import { useT } from '../../i18n/hooks/useT';
import type { ReferralFormState } from '../hooks/useReferralForm';
import { ReferralLookupResults } from './ReferralLookupResults';
import { ReferralTextField } from './ReferralTextField';

/** Step 1: look the person up by BSN, or by family name and date of birth. */
export function ReferralSearchStep({ form }: { form: ReferralFormState }) {
  const t = useT();
  return (
    <form noValidate className="schakel-flow" onSubmit={form.search}>
      <Heading level={2}>{t('referral.step1')}</Heading>
      <Paragraph>{t('referral.searchHint')}</Paragraph>
      <FormProblemSummary title={t('referral.notSearched')} form={form.problems} />
      <ReferralTextField form={form} field="bsn" hint="referral.bsnHint" />
      <ReferralTextField form={form} field="familyName" hint="referral.familyNameHint" />
      <ReferralTextField form={form} field="givenNames" />
      <ReferralTextField form={form} field="dateOfBirth" hint="referral.dateOfBirthHint" />
      <div>
        <Button type="submit" appearance="primary-action-button" busy={form.searching}>
          {t('referral.search')}
        </Button>
      </div>
      <div aria-live="polite" className="schakel-flow">
        {form.results && <ReferralLookupResults form={form} results={form.results} />}
      </div>
    </form>
  );
}
