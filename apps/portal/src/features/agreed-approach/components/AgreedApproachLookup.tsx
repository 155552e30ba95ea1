import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { FormProblemSummary } from '../../forms/components/FormProblemSummary';
import { useT } from '../../i18n/hooks/useT';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { useAgreedApproachLookup } from '../hooks/useAgreedApproachLookup';
import { LookupPurposeFields } from './LookupPurposeFields';
import { LookupResultView } from './LookupResultView';
import { LookupSearchFields } from './LookupSearchFields';
import './agreed-approach.css';

/** The police lookup on a phone: one column, the purpose always asked, the card only. */
export function AgreedApproachLookup() {
  const t = useT();
  useDocumentTitle(t('agreedApproach.lookup.title'));
  const form = useAgreedApproachLookup();

  return (
    <div className="schakel-flow schakel-lookup">
      <Heading level={1}>{t('agreedApproach.lookup.title')}</Heading>
      <Paragraph>{t('agreedApproach.lookup.intro')}</Paragraph>

      <form className="schakel-flow" noValidate onSubmit={form.submit}>
        <FormProblemSummary title={t('agreedApproach.lookup.notSearched')} form={form.problems} />
        <LookupSearchFields form={form} />
        <LookupPurposeFields form={form} />
        <div className="schakel-lookup__submit">
          <Button type="submit" appearance="primary-action-button" busy={form.pending}>
            {t('agreedApproach.lookup.submit')}
          </Button>
        </div>
      </form>

      {/* Always present, so a new result is announced politely when it appears. */}
      <div aria-live="polite" className="schakel-flow">
        {form.result && <LookupResultView result={form.result} headingId={form.resultId} />}
      </div>
    </div>
  );
}
