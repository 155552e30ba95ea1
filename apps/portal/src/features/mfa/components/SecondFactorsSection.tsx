import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { STEP_UP_INLINE } from '../../api-client/utils/createApolloClient';
import { errorCodeOf, type ClientErrorCode } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import {
  CONFIRM_TOTP_ENROLMENT,
  MY_SECOND_FACTORS,
  PASSKEY_REGISTRATION_OPTIONS,
  REGENERATE_RECOVERY_CODES,
  REGISTER_PASSKEY,
  REMOVE_PASSKEY,
  REMOVE_TOTP,
  START_TOTP_ENROLMENT,
} from '../graphql/mfaDocuments';
import { passkeyFlow } from '../utils/passkeyFlow';
import { createPasskey, passkeysSupported } from '../utils/passkeys';
import { RecoveryCodes } from './RecoveryCodes';
import { StepUpPrompt } from './StepUpPrompt';
import { TotpSetup, type TotpEnrolment } from './TotpSetup';

type Problem = ClientErrorCode | 'PASSKEY_CANCELLED';
type Mode =
  | { kind: 'idle' }
  | { kind: 'totp'; enrolment: TotpEnrolment }
  | { kind: 'codes'; codes: string[] }
  | { kind: 'stepUp'; retry: () => Promise<void> };

/** The account page's section: the caller's second factors, enrolment and removal. */
export function SecondFactorsSection() {
  const t = useT();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const { data, refetch } = useQuery(MY_SECOND_FACTORS, { fetchPolicy: 'network-only' });
  const [startTotp] = useMutation(START_TOTP_ENROLMENT, { context: STEP_UP_INLINE });
  const [confirmTotp] = useMutation(CONFIRM_TOTP_ENROLMENT);
  const [removeTotp] = useMutation(REMOVE_TOTP, { context: STEP_UP_INLINE });
  const [regenerate] = useMutation(REGENERATE_RECOVERY_CODES, { context: STEP_UP_INLINE });
  const [registrationOptions] = useMutation(PASSKEY_REGISTRATION_OPTIONS, {
    context: STEP_UP_INLINE,
  });
  const [registerPasskey] = useMutation(REGISTER_PASSKEY);
  const [removePasskey] = useMutation(REMOVE_PASSKEY, { context: STEP_UP_INLINE });
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const factors = data?.mySecondFactors;

  /** Runs an action; a STEP_UP_REQUIRED answer asks for the factor first, then runs it again. */
  async function run(action: () => Promise<void>) {
    setProblem(null);
    setStatus(null);
    try {
      await action();
      await refetch();
    } catch (error) {
      const code = errorCodeOf(error);
      if (code === 'STEP_UP_REQUIRED') setMode({ kind: 'stepUp', retry: () => run(action) });
      else setProblem(code);
    }
  }

  const showCodes = (codes: string[]) =>
    setMode(codes.length > 0 ? { kind: 'codes', codes } : { kind: 'idle' });

  async function confirmCode(code: string): Promise<ClientErrorCode | null> {
    try {
      const { data: confirmed } = await confirmTotp({ variables: { input: { code } } });
      await refetch();
      showCodes(confirmed?.confirmTotpEnrolment ?? []);
      setStatus(t('mfa.section.saved'));
      return null;
    } catch (error) {
      return errorCodeOf(error);
    }
  }

  async function addPasskey() {
    setProblem(null);
    let codes: string[] = [];
    const result = await passkeyFlow(
      async () => (await registrationOptions()).data?.passkeyRegistrationOptions ?? null,
      createPasskey,
      async (response) => {
        const { data: registered } = await registerPasskey({
          variables: { input: { response, name: defaultPasskeyName() } },
        });
        codes = registered?.registerPasskey ?? [];
        return Boolean(registered);
      },
    );
    if (result === 'STEP_UP_REQUIRED') {
      setMode({ kind: 'stepUp', retry: addPasskey });
      return;
    }
    setProblem(result);
    if (!result) {
      await refetch();
      showCodes(codes);
      setStatus(t('mfa.section.saved'));
    }
  }

  if (!factors) return null;

  return (
    <section aria-labelledby={headingId} className="schakel-flow">
      <Heading level={2} id={headingId}>
        {t('mfa.section.heading')}
      </Heading>
      <Paragraph>{t('mfa.section.intro')}</Paragraph>
      {factors.required && <Paragraph>{t('mfa.section.required')}</Paragraph>}
      {problem && (
        <Alert type="error">
          <Paragraph>
            {problem === 'PASSKEY_CANCELLED' ? t('mfa.passkeyFailed') : errorMessage(problem)}
          </Paragraph>
        </Alert>
      )}
      <p role="status" className="schakel-visually-hidden">
        {status}
      </p>

      {mode.kind === 'stepUp' && (
        <StepUpPrompt
          onConfirmed={() => {
            const { retry } = mode;
            setMode({ kind: 'idle' });
            void retry();
          }}
          onCancel={() => setMode({ kind: 'idle' })}
        />
      )}
      {mode.kind === 'codes' && (
        <RecoveryCodes codes={mode.codes} onDone={() => setMode({ kind: 'idle' })} />
      )}
      {mode.kind === 'totp' && <TotpSetup enrolment={mode.enrolment} onConfirm={confirmCode} />}

      {mode.kind === 'idle' && (
        <>
          <Heading level={3}>{t('mfa.section.app')}</Heading>
          <Paragraph>{factors.totp ? t('mfa.section.appOn') : t('mfa.section.appOff')}</Paragraph>
          <ButtonGroup>
            {factors.totp ? (
              <Button
                type="button"
                appearance="secondary-action-button"
                onClick={() =>
                  void run(async () => {
                    await removeTotp();
                  })
                }
              >
                {t('mfa.section.removeApp')}
              </Button>
            ) : (
              <Button
                type="button"
                appearance="primary-action-button"
                onClick={() =>
                  void run(async () => {
                    const { data: started } = await startTotp();
                    if (started) setMode({ kind: 'totp', enrolment: started.startTotpEnrolment });
                  })
                }
              >
                {t('mfa.enrol.startApp')}
              </Button>
            )}
          </ButtonGroup>

          <Heading level={3}>{t('mfa.section.passkeys')}</Heading>
          {factors.passkeys.length === 0 ? (
            <Paragraph>{t('mfa.section.noPasskeys')}</Paragraph>
          ) : (
            <UnorderedList>
              {factors.passkeys.map((passkey) => (
                <UnorderedListItem key={passkey.id}>
                  {passkey.name}{' '}
                  <Button
                    type="button"
                    appearance="subtle-button"
                    onClick={() =>
                      void run(async () => {
                        await removePasskey({ variables: { id: passkey.id } });
                      })
                    }
                  >
                    {t('mfa.section.removePasskey', { name: passkey.name })}
                  </Button>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
          {passkeysSupported() && (
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() => void addPasskey()}
            >
              {t('mfa.enrol.addPasskey')}
            </Button>
          )}

          {(factors.totp || factors.passkeys.length > 0) && (
            <>
              <Paragraph>
                {t('mfa.section.recoveryLeft', { count: factors.recoveryCodesLeft })}
              </Paragraph>
              <Button
                type="button"
                appearance="secondary-action-button"
                onClick={() =>
                  void run(async () => {
                    const { data: made } = await regenerate();
                    showCodes(made?.regenerateRecoveryCodes ?? []);
                  })
                }
              >
                {t('mfa.section.newRecoveryCodes')}
              </Button>
            </>
          )}
        </>
      )}
    </section>
  );
}

/** A name the user recognises in the list: the kind of device it was made on. */
function defaultPasskeyName(): string {
  const agent = typeof navigator === 'undefined' ? '' : navigator.userAgent;
  if (/iPhone|iPad/.test(agent)) return 'iPhone/iPad';
  if (/Android/.test(agent)) return 'Android';
  if (/Mac OS X/.test(agent)) return 'Mac';
  if (/Windows/.test(agent)) return 'Windows';
  return 'Passkey';
}
