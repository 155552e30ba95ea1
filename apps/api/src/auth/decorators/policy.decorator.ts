import { SetMetadata } from '@nestjs/common';
import type { Role } from '@schakel/domain';

export const POLICY_KEY = 'schakel:policy';

/**
 * Who may reach an operation. Every resolver method and controller route declares one;
 * an operation without a declaration is denied (see AccessGuard).
 */
export type Policy =
  { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: Role[] };

/** Reachable without a session (login, health checks). */
export const Public = () => SetMetadata(POLICY_KEY, { kind: 'public' } satisfies Policy);

/** Any signed-in user; finer rules are the sharing policy's job inside the service. */
export const Authenticated = () =>
  SetMetadata(POLICY_KEY, { kind: 'authenticated' } satisfies Policy);

/** Signed-in users holding at least one of these roles. */
export const RequireRoles = (...roles: Role[]) =>
  SetMetadata(POLICY_KEY, { kind: 'roles', roles } satisfies Policy);

export function describePolicy(policy: Policy | undefined): string {
  if (!policy) return 'NONE (denied)';
  if (policy.kind === 'roles') return `roles: ${policy.roles.join(', ')}`;
  return policy.kind;
}
