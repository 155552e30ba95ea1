import { BreakGlassPanel } from '../features/case-team/components/BreakGlassPanel';
import { useT } from '../features/i18n/hooks/useT';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

/** The procesregisseur opens a case by its number, outside participation (break-the-glass). */
export function BreakGlassPage() {
  const t = useT();
  useDocumentTitle(t('team.breakGlass.pageTitle'));
  return <BreakGlassPanel caseId={null} headingLevel={1} />;
}
