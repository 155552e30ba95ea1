import { useState, type FormEvent } from 'react';
import { useFormProblems } from '../../forms/hooks/useFormProblems';
import { useTypedMutation } from '../../forms/hooks/useTypedMutation';
import { useT } from '../../i18n/hooks/useT';
import type { MessageKey } from '../../i18n/messages/nl';
import { INVITE_AGENCY_ADMIN_MUTATION, REGION_AGENCIES_QUERY } from '../graphql/regionAgencies';
import {
  checkInviteUser,
  inviteProblemsForErrorCode,
  type InviteUserProblem,
} from '../utils/inviteUserProblems';

const FIELDS = ['displayName', 'email'] as const;
type Field = (typeof FIELDS)[number];

const MESSAGE: Record<InviteUserProblem, Partial<Record<Field, MessageKey>>> = {
  REQUIRED: { displayName: 'users.invite.nameRequired', email: 'users.invite.emailRequired' },
  NOT_AN_EMAIL: { email: 'users.invite.emailInvalid' },
  TAKEN: { email: 'users.invite.emailTaken' },
  NOT_ALLOWED: {},
  OTHER_PROVIDER: { email: 'users.invite.otherProvider' },
};

export interface AgencyAdminInvitation {
  email: string;
  mailed: boolean;
  activationLink: string | null;
}

/** The functional administrator invites an agency's agency admin by e-mail. */
export function useInviteAgencyAdminForm(agencyId: string) {
  const t = useT();
  const [values, setValues] = useState({ displayName: '', email: '' });
  const [outcome, setOutcome] = useState<AgencyAdminInvitation | null>(null);
  const problems = useFormProblems<Field, InviteUserProblem>(FIELDS, (field, problem) =>
    t(MESSAGE[problem][field] ?? 'users.invite.emailInvalid'),
  );
  const [invite, { pending }] = useTypedMutation(INVITE_AGENCY_ADMIN_MUTATION, {
    refetchQueries: [REGION_AGENCIES_QUERY],
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setOutcome(null);
    // The same checks as a colleague's invitation; the role is always agency admin here.
    const { displayName, email } = checkInviteUser({ ...values, roles: ['AGENCY_ADMIN'] });
    const found = {
      ...(displayName && { displayName }),
      ...(email && { email }),
    };
    if (Object.keys(found).length > 0) return problems.show(found);
    problems.clear();
    const result = await invite({
      input: { agencyId, displayName: values.displayName.trim(), email: values.email.trim() },
    });
    if (!result.ok && result.saved) return problems.showSaved(result.message);
    if (!result.ok) {
      const onField = inviteProblemsForErrorCode(result.code, result.field ?? undefined);
      return onField?.email
        ? problems.show({ email: onField.email })
        : problems.show({}, result.message);
    }
    setOutcome({
      email: result.data.inviteAgencyAdmin.user.email,
      mailed: result.data.inviteAgencyAdmin.mailed,
      activationLink: result.data.inviteAgencyAdmin.activationLink ?? null,
    });
    setValues({ displayName: '', email: '' });
  }

  return {
    values,
    set: (field: Field, value: string) =>
      setValues((previous) => ({ ...previous, [field]: value })),
    problems,
    pending,
    outcome,
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}
