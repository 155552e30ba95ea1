import { StatusBadge } from '@utrecht/component-library-react';
import { useT } from '../../i18n/hooks/useT';
import './cases.css';

/**
 * A value the covenant withholds from the viewer. Said out loud, never shown as an empty value,
 * which would suggest that nothing is recorded.
 */
export function Withheld() {
  const t = useT();
  return (
    <span className="schakel-withheld">
      <StatusBadge status="neutral" className="schakel-withheld__badge">
        {t('protected.withheld')}
      </StatusBadge>
      <span className="schakel-visually-hidden">: </span>
      <span className="schakel-withheld__reason">{t('protected.withheldReason')}</span>
    </span>
  );
}
