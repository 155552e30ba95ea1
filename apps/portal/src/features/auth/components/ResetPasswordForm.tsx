import { MIN_PASSWORD_LENGTH } from '@schakel/domain';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import type { ClientErrorCode } from '../../api-client/utils/errorCode';
import { PasswordField } from '../../account/components/PasswordField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { useResetPassword } from '../hooks/usePasswordReset';
import { FORGOT_PASSWORD_PATH, LOGIN_PATH } from '../utils/safeReturnPath';

const FIELD_ERRORS: ClientErrorCode[] = [
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'PASSWORD_TOO_COMMON',
];

interface ResetPasswordFormProps {
  token: string;
}

/** A new password from a reset link; afterwards every session has ended: sign in again. */
export function ResetPasswordForm({ token }: ResetPasswordFormProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const { reset, loading } = useResetPassword();
  const id = useId();
  const newRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<{ field: 'new' | 'repeat' | null; code: string } | null>(
    null,
  );
  const [done, setDone] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (next === '') {
      setProblem({ field: 'new', code: t('changePassword.newHint', { min: MIN_PASSWORD_LENGTH }) });
      newRef.current?.focus();
      return;
    }
    if (next !== repeat) {
      setProblem({ field: 'repeat', code: t('passwordReset.mismatch') });
      repeatRef.current?.focus();
      return;
    }
    const code = await reset(token, next);
    if (code === null) {
      setProblem(null);
      setDone(true);
      return;
    }
    const onField = FIELD_ERRORS.includes(code);
    setProblem({ field: onField ? 'new' : null, code: errorMessage(code) });
    if (onField) newRef.current?.focus();
  }

  if (done) {
    return (
      <div role="status" className="schakel-flow">
        <Alert type="ok" role="none">
          <Paragraph>{t('passwordReset.done')}</Paragraph>
        </Alert>
        <Paragraph>
          <RouterLink className="utrecht-link" to={LOGIN_PATH}>
            {t('passwordReset.toLogin')}
          </RouterLink>
        </Paragraph>
      </div>
    );
  }

  return (
    <form className="schakel-flow" noValidate onSubmit={(event) => void handleSubmit(event)}>
      {problem && problem.field === null && (
        <Alert type="error">
          <Paragraph>{problem.code}</Paragraph>
          <Paragraph>
            <RouterLink className="utrecht-link" to={FORGOT_PASSWORD_PATH}>
              {t('passwordReset.requestAgain')}
            </RouterLink>
          </Paragraph>
        </Alert>
      )}
      <PasswordField
        id={`${id}-new`}
        name="newPassword"
        label={t('passwordReset.newPassword')}
        autoComplete="new-password"
        description={t('changePassword.newHint', { min: MIN_PASSWORD_LENGTH })}
        error={problem?.field === 'new' ? problem.code : null}
        value={next}
        onChange={setNext}
        inputRef={newRef}
      />
      <PasswordField
        id={`${id}-repeat`}
        name="repeatPassword"
        label={t('passwordReset.repeatPassword')}
        autoComplete="new-password"
        error={problem?.field === 'repeat' ? problem.code : null}
        value={repeat}
        onChange={setRepeat}
        inputRef={repeatRef}
      />
      <div>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          {t('passwordReset.resetSubmit')}
        </Button>
      </div>
    </form>
  );
}
