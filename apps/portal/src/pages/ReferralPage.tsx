import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../features/i18n/hooks/useT';
import { ReferralForm } from '../features/referrals/components/ReferralForm';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

export function ReferralPage() {
  const t = useT();
  useDocumentTitle(t('referral.title'));
  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('referral.title')}</Heading>
      <Paragraph>{t('referral.intro')}</Paragraph>
      <ReferralForm />
    </div>
  );
}
