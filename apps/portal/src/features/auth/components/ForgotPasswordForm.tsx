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
import { useI18n } from '../../i18n/hooks/useI18n';
import { useT } from '../../i18n/hooks/useT';
import { useRequestPasswordReset } from '../hooks/usePasswordReset';

/** "Wachtwoord vergeten": the same confirmation whether or not an account has the address. */
export function ForgotPasswordForm() {
  const t = useT();
  const { locale } = useI18n();
  const errorMessage = useErrorMessage();
  const { request, loading } = useRequestPasswordReset();
  const id = useId();
  const emailRef = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ClientErrorCode | null>(null);
  const [sent, setSent] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (email.trim() === '') {
      setMissing(true);
      emailRef.current?.focus();
      return;
    }
    setMissing(false);
    const problem = await request(email.trim(), locale === 'en' ? 'en' : 'nl');
    setError(problem);
    setSent(problem === null);
  }

  const errorId = `${id}-email-error`;
  return (
    <form className="schakel-flow" noValidate onSubmit={(event) => void handleSubmit(event)}>
      {error && (
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      )}
      <FormField
        invalid={missing}
        label={<FormLabel htmlFor={`${id}-email`}>{t('login.email')}</FormLabel>}
        errorMessage={
          missing && (
            <FormFieldErrorMessage id={errorId}>{t('login.emailRequired')}</FormFieldErrorMessage>
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
            invalid={missing}
            aria-describedby={missing ? errorId : undefined}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        }
      />
      <div>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          {t('passwordReset.requestSubmit')}
        </Button>
      </div>
      {/* Always present, so the confirmation is announced when it appears. */}
      <div role="status">
        {sent && (
          <Alert type="ok" role="none">
            <Paragraph>{t('passwordReset.requestSent')}</Paragraph>
          </Alert>
        )}
      </div>
    </form>
  );
}
