import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useFormProblems } from '../../forms/hooks/useFormProblems';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { ACTIVATE_ACCOUNT_MUTATION } from '../graphql/activateAccountMutation';
import {
  ACTIVATION_FIELDS,
  activationProblemsForErrorCode,
  checkActivation,
  firstActivationProblem,
  type ActivationField,
  type ActivationProblem,
  type ActivationValues,
} from '../utils/activationProblems';

const EMPTY: ActivationValues = { password: '', repeatPassword: '' };

/** The state and submit of choosing the first password through an activation link. */
export function useActivateAccountForm(token: string) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const [mutate, { loading }] = useMutation(ACTIVATE_ACCOUNT_MUTATION);
  const [values, setValues] = useState<ActivationValues>(EMPTY);
  const [activated, setActivated] = useState(false);
  const problems = useFormProblems<ActivationField, ActivationProblem>(
    ACTIVATION_FIELDS,
    (field, problem) => {
      switch (problem) {
        case 'REQUIRED':
          return t(
            field === 'password' ? 'activation.passwordRequired' : 'activation.repeatRequired',
          );
        case 'TOO_SHORT':
          return errorMessage('PASSWORD_TOO_SHORT');
        case 'TOO_LONG':
          return errorMessage('PASSWORD_TOO_LONG');
        case 'TOO_COMMON':
          return errorMessage('PASSWORD_TOO_COMMON');
        case 'MISMATCH':
          return t('activation.mismatch');
      }
    },
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found = checkActivation(values);
    if (firstActivationProblem(found)) return problems.show(found);
    problems.clear();
    try {
      const { data } = await mutate({ variables: { input: { token, password: values.password } } });
      if (data?.activateAccount) {
        setValues(EMPTY);
        setActivated(true);
        return;
      }
      problems.show({}, errorMessage('INTERNAL'));
    } catch (error) {
      const code = errorCodeOf(error);
      const fieldProblems = activationProblemsForErrorCode(code);
      if (fieldProblems) problems.show(fieldProblems);
      else problems.show({}, errorMessage(code));
    }
  }

  return {
    values,
    set: (field: ActivationField, value: string) =>
      setValues((previous) => ({ ...previous, [field]: value })),
    problems,
    pending: loading,
    activated,
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}
