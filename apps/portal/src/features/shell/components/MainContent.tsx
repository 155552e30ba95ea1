import { Suspense, useRef, type ReactNode } from 'react';
import { useFocusOnNavigation } from '../hooks/useFocusOnNavigation';
import { PageLoading } from './PageLoading';

export const MAIN_CONTENT_ID = 'inhoud';

interface MainContentProps {
  children: ReactNode;
  className?: string;
}

export function MainContent({ children, className }: MainContentProps) {
  const ref = useRef<HTMLElement>(null);
  useFocusOnNavigation(ref);
  return (
    // tabIndex -1: focusable by script and by the skip link, but not a Tab stop.
    <main
      id={MAIN_CONTENT_ID}
      ref={ref}
      tabIndex={-1}
      className={`schakel-main ${className ?? ''}`}
    >
      <Suspense fallback={<PageLoading />}>{children}</Suspense>
    </main>
  );
}
