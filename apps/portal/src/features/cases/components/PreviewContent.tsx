import { StatusBadge } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/hooks/useT';
import type { PreviewMarked } from './PreviewShape';
import './cases.css';

interface PreviewContentProps {
  marked: PreviewMarked;
  agency: string;
  /** The content, shown only when the caller may see it too. */
  children: ReactNode;
}

/**
 * The caller's side of a preview: the content where its own view shows it, "zichtbaar voor X,
 * niet voor u" where only the previewed agency would see it, nothing where neither does (the
 * shape next to it says "afgeschermd").
 */
export function PreviewContent({ marked, agency, children }: PreviewContentProps) {
  const t = useT();
  if (marked.access === 'WITHHELD') return null;
  if (marked.access === 'VISIBLE_TO_TARGET_ONLY') {
    return (
      <span className="schakel-withheld">
        <StatusBadge status="neutral" className="schakel-withheld__badge">
          {t('viewAs.visibleToTargetOnly', { agency })}
        </StatusBadge>
      </span>
    );
  }
  return <>{children}</>;
}
