import type { Role } from '@schakel/domain';
import type { RouteObject } from 'react-router-dom';
import { RequireAccess } from '../features/auth/components/RequireAccess';
import type { LazyPage } from './lazyPage';

/** What a route carries for AppRoutes: how to start loading its page before it renders. */
export interface PageHandle {
  preload: () => Promise<unknown>;
}

/** A route to a page anyone signed in may open. */
export function page(path: string, { Component, preload }: LazyPage): RouteObject {
  return { path, element: <Component />, handle: { preload } satisfies PageHandle };
}

/** A route whose page only the roles `allowed` accepts may open; anyone else is told why not. */
export function guarded(
  path: string,
  allowed: (roles: readonly Role[]) => boolean,
  { Component, preload }: LazyPage,
): RouteObject {
  return {
    path,
    element: (
      <RequireAccess allowed={allowed}>
        <Component />
      </RequireAccess>
    ),
    handle: { preload } satisfies PageHandle,
  };
}
