import {
  Alert,
  Button,
  ButtonGroup,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ClientErrorCode } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { passkeysSupported } from '../utils/passkeys';

interface SecondFactorFormProps {
  /** Proves the factor with a code; resolves to null or to the error to show. */
  onCode: (code: string) => Promise<ClientErrorCode | null>;
  /** Proves it with a passkey; absent when passkeys are not offered. */
  onPasskey?: () => Promise<ClientErrorCode | 'PASSKEY_CANCELLED' | null>;
  submitLabel?: string;
}

/**
 * The code field of a second factor (login's second step and step-up): one field for a 6-digit
 * code or a recovery code, with the passkey as an alternative. Focus starts in the field.
 */
export function SecondFactorForm({ onCode, onPasskey, submitLabel }: SecondFactorFormProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const id = useId();
  const codeRef = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ClientErrorCode | 'PASSKEY_CANCELLED' | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => codeRef.current?.focus(), []);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (code.trim() === '') {
      setMissing(true);
      codeRef.current?.focus();
      return;
    }
    setMissing(false);
    setBusy(true);
    const problem = await onCode(code.trim());
    setBusy(false);
    setError(problem);
    if (problem) {
      setCode('');
      codeRef.current?.focus();
    }
  }

  async function handlePasskey() {
    if (!onPasskey || busy) return;
    setBusy(true);
    const problem = await onPasskey();
    setBusy(false);
    setError(problem);
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <form className="schakel-flow" noValidate onSubmit={(event) => void handleSubmit(event)}>
      {error && (
        <Alert type="error">
          <Paragraph>
            {error === 'PASSKEY_CANCELLED' ? t('mfa.passkeyFailed') : errorMessage(error)}
          </Paragraph>
        </Alert>
      )}
      <FormField
        invalid={missing}
        label={<FormLabel htmlFor={`${id}-code`}>{t('mfa.code')}</FormLabel>}
        description={<FormFieldDescription id={hintId}>{t('mfa.codeHint')}</FormFieldDescription>}
        errorMessage={
          missing && (
            <FormFieldErrorMessage id={errorId}>{t('mfa.codeRequired')}</FormFieldErrorMessage>
          )
        }
        input={
          <Textbox
            ref={codeRef}
            id={`${id}-code`}
            name="code"
            autoComplete="one-time-code"
            autoCapitalize="none"
            spellCheck={false}
            required
            invalid={missing}
            aria-describedby={missing ? `${hintId} ${errorId}` : hintId}
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
        }
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {submitLabel ?? t('mfa.confirm')}
        </Button>
        {onPasskey && passkeysSupported() && (
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => void handlePasskey()}
          >
            {t('mfa.usePasskey')}
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}
