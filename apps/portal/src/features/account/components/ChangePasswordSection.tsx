import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useT } from '../../i18n/hooks/useT';
import { ChangePasswordForm } from './ChangePasswordForm';

interface ChangePasswordSectionProps {
  email: string;
}

export function ChangePasswordSection({ email }: ChangePasswordSectionProps) {
  const t = useT();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('changePassword.heading')}
      </Heading>
      <Paragraph>{t('changePassword.intro')}</Paragraph>
      <ChangePasswordForm email={email} />
    </section>
  );
}
