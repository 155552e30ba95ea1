import type { Role } from '@schakel/domain';
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router-dom';
import { RequireAccess } from '../features/auth/components/RequireAccess';

/** A route whose page only the roles `allowed` accepts may open; anyone else is told why not. */
export function guarded(
  path: string,
  allowed: (roles: readonly Role[]) => boolean,
  page: ReactNode,
): RouteObject {
  return { path, element: <RequireAccess allowed={allowed}>{page}</RequireAccess> };
}
