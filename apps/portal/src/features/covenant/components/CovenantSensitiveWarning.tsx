import type { InformationCategory } from '@schakel/domain';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../i18n/hooks/useT';

interface CovenantSensitiveWarningProps {
  id: string;
  /** The sensitive categories the edit changes. */
  sensitive: readonly InformationCategory[];
}

/** Always present, so the warning is announced when a change first touches these data. */
export function CovenantSensitiveWarning({ id, sensitive }: CovenantSensitiveWarningProps) {
  const t = useT();
  return (
    <div role="status" id={id}>
      {sensitive.length > 0 && (
        <Alert type="warning" role="none">
          <Heading level={3}>{t('covenant.warning.heading')}</Heading>
          <Paragraph>
            {t('covenant.warning.text', {
              categories: sensitive.map((category) => t(`category.${category}`)).join(', '),
            })}
          </Paragraph>
        </Alert>
      )}
    </div>
  );
}
