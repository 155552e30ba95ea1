import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import type { ClientErrorCode } from '../../api-client/utils/errorCode';
import { useT } from '../../i18n/hooks/useT';
import { SecondFactorForm } from './SecondFactorForm';
import './TotpSetup.css';

export interface TotpEnrolment {
  secret: string;
  otpauthUri: string;
  qrCode: string;
}

interface TotpSetupProps {
  enrolment: TotpEnrolment;
  onConfirm: (code: string) => Promise<ClientErrorCode | null>;
}

/** The QR code, the key to type in (for who cannot scan), and the first code to confirm. */
export function TotpSetup({ enrolment, onConfirm }: TotpSetupProps) {
  const t = useT();
  const secretId = useId();
  // Groups of four are easier to type over and to read aloud.
  const grouped = enrolment.secret.match(/.{1,4}/g)?.join(' ') ?? enrolment.secret;
  return (
    <div className="schakel-flow">
      <Paragraph>{t('mfa.enrol.scan')}</Paragraph>
      <img
        className="schakel-totp-qr"
        src={enrolment.qrCode}
        alt={t('mfa.enrol.qrAlt')}
        width={200}
        height={200}
      />
      <Heading level={3} id={secretId}>
        {t('mfa.enrol.secret')}
      </Heading>
      <Paragraph aria-labelledby={secretId}>
        <code className="schakel-totp-secret" translate="no">
          {grouped}
        </code>
      </Paragraph>
      <Paragraph>{t('mfa.enrol.confirmCode')}</Paragraph>
      <SecondFactorForm onCode={onConfirm} />
    </div>
  );
}
