import {
  Alert,
  Button,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { ClientErrorCode } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { LoginEnrolment } from '../../mfa/components/LoginEnrolment';
import { LoginSecondFactor } from '../../mfa/components/LoginSecondFactor';
import { SsoContinue } from '../../sso/components/SsoContinue';
import { useLoginMethod } from '../../sso/hooks/useLoginMethod';
import { redirectTo } from '../../sso/utils/redirectTo';
import { useLogin } from '../hooks/useLogin';
import type { LoginNotice } from '../utils/SessionContext';
import { CovenantContactDetails } from '../../covenant-access/components/CovenantContactDetails';
import { LoginNoticeAlert } from './LoginNoticeAlert';
import './LoginForm.css';

interface LoginFormProps {
  /** Why the user landed here; hidden once they try to log in. */
  notice?: LoginNotice | null;
}

export function LoginForm({ notice = null }: LoginFormProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const { login, loading, covenantContact } = useLogin();
  const id = useId();
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState({ email: false, password: false });
  const [error, setError] = useState<ClientErrorCode | null>(null);
  const [attempted, setAttempted] = useState(false);
  // The password was right and a second factor follows (auth/mfa): its step replaces the form.
  const [secondStep, setSecondStep] = useState<'code' | 'enrol' | null>(null);
  // Step one (e-mail first): an address whose agency signs its people in goes on to its
  // provider instead of the password step. Decided by the domain, never by the account.
  const loginMethod = useLoginMethod();
  const [ssoStart, setSsoStart] = useState<string | null>(null);
  const [redirecting, setRedirecting] = useState(false);

  async function checkMethod(address: string): Promise<string | null> {
    if (address.trim() === '') return null;
    const route = await loginMethod(address);
    const start = route.method === 'SSO' ? route.startPath : null;
    setSsoStart(start);
    return start;
  }

  function chooseOtherEmail() {
    setSsoStart(null);
    setEmail('');
    emailRef.current?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading || redirecting) return;
    setAttempted(true);

    if (email.trim() !== '') {
      const start = ssoStart ?? (await checkMethod(email));
      if (start) {
        // The password is never sent for an address whose agency signs its people in.
        setRedirecting(true);
        redirectTo(start);
        return;
      }
    }

    const nextMissing = { email: email.trim() === '', password: password === '' };
    setMissing(nextMissing);
    if (nextMissing.email || nextMissing.password) {
      setError(null);
      (nextMissing.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    // Both fields keep their values on failure, so the user only corrects what is wrong.
    const problem = await login({ email: email.trim(), password });
    if (problem === 'SECOND_FACTOR_REQUIRED' || problem === 'MFA_ENROLMENT_REQUIRED') {
      setPassword('');
      setError(null);
      setSecondStep(problem === 'SECOND_FACTOR_REQUIRED' ? 'code' : 'enrol');
      return;
    }
    setError(problem);
  }

  function restart() {
    setSecondStep(null);
    setAttempted(false);
    // After the form is back.
    setTimeout(() => passwordRef.current?.focus());
  }

  if (secondStep === 'code') return <LoginSecondFactor onRestart={restart} />;
  if (secondStep === 'enrol') return <LoginEnrolment onRestart={restart} />;

  const emailErrorId = `${id}-email-error`;
  const passwordErrorId = `${id}-password-error`;

  return (
    <form className="schakel-login-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      {error ? (
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
          {error === 'COVENANT_NOT_SIGNED' && <CovenantContactDetails contact={covenantContact} />}
        </Alert>
      ) : (
        notice && !attempted && <LoginNoticeAlert notice={notice} />
      )}

      <FormField
        invalid={missing.email}
        label={<FormLabel htmlFor={`${id}-email`}>{t('login.email')}</FormLabel>}
        errorMessage={
          missing.email && (
            <FormFieldErrorMessage id={emailErrorId}>
              {t('login.emailRequired')}
            </FormFieldErrorMessage>
          )
        }
        input={
          <Textbox
            ref={emailRef}
            id={`${id}-email`}
            name="email"
            type="email"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            invalid={missing.email}
            aria-describedby={missing.email ? emailErrorId : undefined}
            value={email}
            onChange={(event) => {
              setEmail(event.target.value);
              setSsoStart(null);
            }}
            onBlur={(event) => void checkMethod(event.target.value)}
          />
        }
      />

      {ssoStart ? (
        <SsoContinue onOtherEmail={chooseOtherEmail} busy={redirecting} />
      ) : (
        <>
          <FormField
            invalid={missing.password}
            label={<FormLabel htmlFor={`${id}-password`}>{t('login.password')}</FormLabel>}
            errorMessage={
              missing.password && (
                <FormFieldErrorMessage id={passwordErrorId}>
                  {t('login.passwordRequired')}
                </FormFieldErrorMessage>
              )
            }
            input={
              <Textbox
                ref={passwordRef}
                id={`${id}-password`}
                name="password"
                type="password"
                autoComplete="current-password"
                required
                invalid={missing.password}
                aria-describedby={missing.password ? passwordErrorId : undefined}
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            }
          />

          <div>
            <Button type="submit" appearance="primary-action-button" busy={loading}>
              {t('login.submit')}
            </Button>
          </div>
        </>
      )}
    </form>
  );
}
