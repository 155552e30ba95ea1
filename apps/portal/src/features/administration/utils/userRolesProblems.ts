import type { Role } from '@schakel/domain';

export type UserRolesProblem = 'REQUIRED' | 'UNCHANGED';

/** What can be checked before asking the API; null means the change may be confirmed. */
export function checkUserRoles(
  chosen: readonly Role[],
  current: readonly Role[],
): UserRolesProblem | null {
  if (chosen.length === 0) return 'REQUIRED';
  const same = chosen.length === current.length && chosen.every((r) => current.includes(r));
  return same ? 'UNCHANGED' : null;
}
