import type { ReactNode } from 'react';
import { Link, type To } from 'react-router-dom';

interface RouterLinkProps {
  to: To;
  children: ReactNode;
  className?: string;
  /** Kept in the history entry, e.g. where to go back to. */
  state?: unknown;
}

/** A client-side route link that looks like Utrecht's Link. */
export function RouterLink({ to, children, className, state }: RouterLinkProps) {
  const classes = ['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ');
  return (
    <Link to={to} className={classes} state={state}>
      {children}
    </Link>
  );
}
