import { useMutation } from '@apollo/client/react';
import type { Role } from '@schakel/domain';
import { rolesAgencyAdminGrants } from '@schakel/domain';
import { useState, type FormEvent } from 'react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { SET_USER_ROLES_MUTATION } from '../graphql/agencyUsers';
import { checkUserRoles, type UserRolesProblem } from '../utils/userRolesProblems';

interface Target {
  id: string;
  roles: readonly Role[];
}

/**
 * Changing a colleague's roles within what the agency admin may grant: choose, confirm, save.
 * Roles only the functional administrator grants are kept as they are (the API does the same).
 */
export function useUserRolesForm(user: Target, agencyType: string, own: boolean) {
  const errorMessage = useErrorMessage();
  const grants = rolesAgencyAdminGrants(agencyType);
  const [mutate, { loading }] = useMutation(SET_USER_ROLES_MUTATION);
  const [chosen, setChosen] = useState<Role[]>(user.roles.filter((r) => grants.includes(r)));
  const [problem, setProblem] = useState<UserRolesProblem | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [saved, setSaved] = useState<readonly Role[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const kept = user.roles.filter((r) => !grants.includes(r));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    setFailure(null);
    const found = checkUserRoles(
      chosen,
      user.roles.filter((r) => grants.includes(r)),
    );
    setProblem(found);
    if (!found) setConfirming(true);
  }

  async function confirm() {
    if (loading) return;
    try {
      const { data } = await mutate({
        variables: { input: { userId: user.id, roles: [...chosen] } },
      });
      setConfirming(false);
      setSaved(data?.setUserRoles.roles ?? [...chosen, ...kept]);
    } catch (error) {
      setConfirming(false);
      setFailure(errorMessage(errorCodeOf(error)));
    }
  }

  return {
    grants,
    kept,
    chosen,
    /** One's own admin role: only another agency admin takes it away. */
    locked: (role: Role) => own && role === 'AGENCY_ADMIN',
    toggle: (role: Role, on: boolean) => {
      setSaved(null);
      setChosen((previous) =>
        on ? [...new Set([...previous, role])] : previous.filter((r) => r !== role),
      );
    },
    problem,
    confirming,
    saved,
    failure,
    pending: loading,
    submit,
    confirm: () => void confirm(),
    cancel: () => setConfirming(false),
  };
}
