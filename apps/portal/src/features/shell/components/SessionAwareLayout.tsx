import type { ReactNode } from 'react';
import { useSession } from '../../auth/hooks/useSession';
import { AppShell } from './AppShell';
import { PublicLayout } from './PublicLayout';

interface SessionAwareLayoutProps {
  children: ReactNode;
}

/** For pages anyone may see (such as "not found"): the full shell when signed in, else the public frame. */
export function SessionAwareLayout({ children }: SessionAwareLayoutProps) {
  const { session } = useSession();
  return session.status === 'authenticated' ? (
    <AppShell>{children}</AppShell>
  ) : (
    <PublicLayout>{children}</PublicLayout>
  );
}
