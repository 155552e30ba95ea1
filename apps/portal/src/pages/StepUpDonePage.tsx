import { useT } from '../features/i18n/hooks/useT';
import { StepUpDone } from '../features/mfa/components/StepUpDone';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

export function StepUpDonePage() {
  const t = useT();
  useDocumentTitle(t('mfa.stepUpDone.title'));
  return <StepUpDone />;
}
