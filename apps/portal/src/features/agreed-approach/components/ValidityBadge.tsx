import type { AgreedApproachValidity } from '../../../gql/graphql';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import './agreed-approach.css';

interface ValidityBadgeProps {
  validity: AgreedApproachValidity;
  validUntil: string;
}

/** Green "Geldig tot en met …" or red "Verlopen": in words and colour, never colour alone. */
export function ValidityBadge({ validity, validUntil }: ValidityBadgeProps) {
  const { t, locale } = useI18n();
  const valid = validity === 'VALID';
  return (
    <p className={`schakel-validity schakel-validity--${valid ? 'valid' : 'expired'}`}>
      <span aria-hidden="true" className="schakel-validity__icon">
        {valid ? '✓' : '✕'}
      </span>{' '}
      {valid
        ? t('agreedApproach.card.validUntil', { date: formatDate(validUntil, locale) })
        : t('agreedApproach.card.expired')}
    </p>
  );
}
