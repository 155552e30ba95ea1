import { ActivationPanel } from '../features/activation/components/ActivationPanel';
import { useT } from '../features/i18n/hooks/useT';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

export function ActivationPage() {
  const t = useT();
  useDocumentTitle(t('activation.title'));
  return <ActivationPanel />;
}
