import { useMutation } from '@apollo/client/react';
import type { Role } from '@schakel/domain';
import { useState, type FormEvent } from 'react';
import { errorCodeOf, errorFieldOf } from '../../api-client/utils/errorCode';
import { useFormProblems } from '../../forms/hooks/useFormProblems';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import type { MessageKey } from '../../i18n/messages/nl';
import { AGENCY_USERS_QUERY, INVITE_USER_MUTATION } from '../graphql/agencyUsers';
import {
  checkInviteUser,
  INVITE_USER_FIELDS,
  inviteProblemsForErrorCode,
  type InviteUserField,
  type InviteUserProblem,
  type InviteUserValues,
} from '../utils/inviteUserProblems';

const EMPTY: InviteUserValues = { displayName: '', email: '', roles: ['MEMBER'] };

const MESSAGE: Record<InviteUserProblem, Partial<Record<InviteUserField, MessageKey>>> = {
  REQUIRED: {
    displayName: 'users.invite.nameRequired',
    email: 'users.invite.emailRequired',
    roles: 'users.invite.rolesRequired',
  },
  NOT_AN_EMAIL: { email: 'users.invite.emailInvalid' },
  TAKEN: { email: 'users.invite.emailTaken' },
  NOT_ALLOWED: { roles: 'users.invite.rolesNotAllowed' },
  OTHER_PROVIDER: { email: 'users.invite.otherProvider' },
};

export interface InviteOutcome {
  email: string;
  mailed: boolean;
  /** Signs in via the own organisation: no activation link, no password. */
  sso: boolean;
  activationLink: string | null;
}

/** The state and submit of inviting a colleague of the own agency. */
export function useInviteUserForm() {
  const t = useT();
  const errorMessage = useErrorMessage();
  const [mutate, { loading }] = useMutation(INVITE_USER_MUTATION, {
    refetchQueries: [AGENCY_USERS_QUERY],
  });
  const [values, setValues] = useState<InviteUserValues>(EMPTY);
  const [outcome, setOutcome] = useState<InviteOutcome | null>(null);
  const problems = useFormProblems<InviteUserField, InviteUserProblem>(
    INVITE_USER_FIELDS,
    (field, problem) => t(MESSAGE[problem][field] ?? 'users.invite.emailInvalid'),
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setOutcome(null);
    const found = checkInviteUser(values);
    if (Object.keys(found).length > 0) return problems.show(found);
    problems.clear();
    try {
      const { data } = await mutate({
        variables: {
          input: {
            displayName: values.displayName.trim(),
            email: values.email.trim(),
            roles: values.roles,
          },
        },
      });
      if (!data) return problems.show({}, errorMessage('INTERNAL'));
      setOutcome({
        email: data.inviteUser.user.email,
        mailed: data.inviteUser.mailed,
        sso: data.inviteUser.signsInWithSso,
        activationLink: data.inviteUser.activationLink ?? null,
      });
      setValues(EMPTY);
    } catch (error) {
      const code = errorCodeOf(error);
      const fieldProblems = inviteProblemsForErrorCode(code, errorFieldOf(error) ?? undefined);
      if (fieldProblems) problems.show(fieldProblems);
      else problems.show({}, errorMessage(code));
    }
  }

  return {
    values,
    set: (field: 'displayName' | 'email', value: string) =>
      setValues((previous) => ({ ...previous, [field]: value })),
    toggleRole: (role: Role, on: boolean) =>
      setValues((previous) => ({
        ...previous,
        roles: on
          ? [...new Set([...previous.roles, role])]
          : previous.roles.filter((r) => r !== role),
      })),
    problems,
    pending: loading,
    outcome,
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}
