import { Heading } from '@utrecht/component-library-react';
import { RegisterDataSubjectRequestForm } from '../features/data-subject-requests/components/RegisterDataSubjectRequestForm';
import { useT } from '../features/i18n/hooks/useT';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

export function NewDataSubjectRequestPage() {
  const t = useT();
  useDocumentTitle(t('dsr.register.title'));
  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('dsr.register.title')}</Heading>
      <RegisterDataSubjectRequestForm />
    </div>
  );
}
