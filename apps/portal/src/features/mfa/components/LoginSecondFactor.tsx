import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation } from '@apollo/client/react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useT } from '../../i18n/hooks/useT';
import {
  COMPLETE_LOGIN_WITH_CODE,
  COMPLETE_LOGIN_WITH_PASSKEY,
  LOGIN_PASSKEY_OPTIONS,
} from '../graphql/mfaDocuments';
import { useSignInWith } from '../hooks/useSignInWith';
import { passkeyFlow } from '../utils/passkeyFlow';
import { signWithPasskey } from '../utils/passkeys';
import { SecondFactorForm } from './SecondFactorForm';

interface LoginSecondFactorProps {
  /** Back to the password step (e.g. after SECOND_FACTOR_EXPIRED). */
  onRestart: () => void;
}

/** The login's second step: the password was right; a code or a passkey completes the login. */
export function LoginSecondFactor({ onRestart }: LoginSecondFactorProps) {
  const t = useT();
  const signIn = useSignInWith();
  const [withCode] = useMutation(COMPLETE_LOGIN_WITH_CODE);
  const [passkeyOptions] = useMutation(LOGIN_PASSKEY_OPTIONS);
  const [withPasskey] = useMutation(COMPLETE_LOGIN_WITH_PASSKEY);

  async function onCode(code: string) {
    try {
      const { data } = await withCode({ variables: { input: { code } } });
      if (!data) return 'INTERNAL' as const;
      signIn(data.completeLoginWithCode);
      return null;
    } catch (error) {
      return errorCodeOf(error);
    }
  }

  function onPasskey() {
    return passkeyFlow(
      async () => (await passkeyOptions()).data?.loginPasskeyOptions ?? null,
      signWithPasskey,
      async (response) => {
        const { data } = await withPasskey({ variables: { response } });
        if (data) signIn(data.completeLoginWithPasskey);
        return Boolean(data);
      },
    );
  }

  return (
    <section className="schakel-flow" aria-labelledby="second-factor-heading">
      <Heading level={2} id="second-factor-heading">
        {t('mfa.login.heading')}
      </Heading>
      <Paragraph>{t('mfa.login.intro')}</Paragraph>
      <SecondFactorForm onCode={onCode} onPasskey={onPasskey} />
      <Button type="button" appearance="subtle-button" onClick={onRestart}>
        {t('mfa.startOver')}
      </Button>
    </section>
  );
}
