import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { errorCodeOf, type ClientErrorCode } from '../../api-client/utils/errorCode';
import type { SessionMe } from '../../auth/utils/SessionContext';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { CONFIRM_LOGIN_TOTP_ENROLMENT, START_LOGIN_TOTP_ENROLMENT } from '../graphql/mfaDocuments';
import { useSignInWith } from '../hooks/useSignInWith';
import { passkeysSupported } from '../utils/passkeys';
import { RecoveryCodes } from './RecoveryCodes';
import { TotpSetup, type TotpEnrolment } from './TotpSetup';
import { useLoginPasskeyEnrolment } from '../hooks/useLoginPasskeyEnrolment';

interface LoginEnrolmentProps {
  onRestart: () => void;
}

/**
 * MFA is required and the account has no second factor: the login completes only by enrolling
 * one (the API started no session yet). The recovery codes are shown before the portal opens.
 */
export function LoginEnrolment({ onRestart }: LoginEnrolmentProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const signIn = useSignInWith();
  const [start, { loading }] = useMutation(START_LOGIN_TOTP_ENROLMENT);
  const [confirm] = useMutation(CONFIRM_LOGIN_TOTP_ENROLMENT);
  const enrolPasskey = useLoginPasskeyEnrolment();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [done, setDone] = useState<{ me: SessionMe; recoveryCodes: string[] } | null>(null);
  const [error, setError] = useState<ClientErrorCode | 'PASSKEY_CANCELLED' | null>(null);

  async function startApp() {
    try {
      const { data } = await start();
      if (data) setEnrolment(data.startLoginTotpEnrolment);
      setError(data ? null : 'INTERNAL');
    } catch (e) {
      setError(errorCodeOf(e));
    }
  }

  async function confirmCode(code: string) {
    try {
      const { data } = await confirm({ variables: { input: { code } } });
      if (!data) return 'INTERNAL' as const;
      setDone(data.confirmLoginTotpEnrolment);
      return null;
    } catch (e) {
      return errorCodeOf(e);
    }
  }

  async function addPasskey() {
    const result = await enrolPasskey();
    if ('me' in result) setDone(result);
    else setError(result.error);
  }

  if (done) {
    return <RecoveryCodes codes={done.recoveryCodes} onDone={() => signIn(done.me)} />;
  }
  return (
    <section className="schakel-flow" aria-labelledby="enrolment-heading">
      <Heading level={2} id="enrolment-heading">
        {t('mfa.enrol.heading')}
      </Heading>
      <Paragraph>{t('mfa.enrol.intro')}</Paragraph>
      {error && (
        <Alert type="error">
          <Paragraph>
            {error === 'PASSKEY_CANCELLED' ? t('mfa.passkeyFailed') : errorMessage(error)}
          </Paragraph>
        </Alert>
      )}
      {enrolment ? (
        <TotpSetup enrolment={enrolment} onConfirm={confirmCode} />
      ) : (
        <ButtonGroup>
          <Button
            type="button"
            appearance="primary-action-button"
            busy={loading}
            onClick={() => void startApp()}
          >
            {t('mfa.enrol.startApp')}
          </Button>
          {passkeysSupported() && (
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() => void addPasskey()}
            >
              {t('mfa.enrol.addPasskey')}
            </Button>
          )}
        </ButtonGroup>
      )}
      <Button type="button" appearance="subtle-button" onClick={onRestart}>
        {t('mfa.startOver')}
      </Button>
    </section>
  );
}
