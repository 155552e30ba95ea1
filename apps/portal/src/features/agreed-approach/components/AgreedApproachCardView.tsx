import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import type {
  AgreedApproachContactFieldsFragment,
  AgreedApproachValidity,
} from '../../../gql/graphql';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { ContactList } from './ContactList';
import { ValidityBadge } from './ValidityBadge';
import './agreed-approach.css';

interface AgreedApproachCardViewProps {
  validity: AgreedApproachValidity;
  validUntil: string;
  /** null for an expired card in a lookup: the API does not send outdated instructions. */
  instructions: string | null;
  contacts: readonly AgreedApproachContactFieldsFragment[];
  /** Level of the card's sub-headings. */
  headingLevel: 3 | 4;
}

/** The card itself: validity first, then what to do, then whom to call. */
export function AgreedApproachCardView({
  validity,
  validUntil,
  instructions,
  contacts,
  headingLevel,
}: AgreedApproachCardViewProps) {
  const { t, locale } = useI18n();
  const expired = validity === 'EXPIRED';
  return (
    <div className="schakel-card">
      <ValidityBadge validity={validity} validUntil={validUntil} />
      {expired && (
        <Alert type="error">
          <Paragraph>
            <strong>
              {t('agreedApproach.card.expiredSince', {
                date: formatDate(validUntil, locale),
              })}
            </strong>
          </Paragraph>
          <Paragraph>{t('agreedApproach.card.expiredAdvice')}</Paragraph>
        </Alert>
      )}
      {!expired && instructions !== null && (
        <>
          <Heading level={headingLevel}>{t('agreedApproach.card.instructions')}</Heading>
          <p className="schakel-card__instructions">{instructions}</p>
        </>
      )}
      <Heading level={headingLevel}>{t('agreedApproach.card.contacts')}</Heading>
      <ContactList contacts={contacts} />
    </div>
  );
}
