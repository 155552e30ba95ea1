import { Link, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../i18n/hooks/useT';
import type { CovenantContact } from '../utils/covenantContact';

/** Whom a user locked out by the covenant can turn to: the ZVH's desk, when the region has one. */
export function CovenantContactDetails({ contact }: { contact: CovenantContact | null }) {
  const t = useT();
  if (!contact || (!contact.contactEmail && !contact.contactPhone)) {
    return <Paragraph>{t('covenantAccess.contactUnknown')}</Paragraph>;
  }
  return (
    <>
      <Paragraph>
        {t('covenantAccess.contactHeading', {
          region: contact.regionName ?? t('covenantAccess.theZvh'),
        })}
        :
      </Paragraph>
      <ul>
        {contact.contactEmail && (
          <li>
            {t('covenantAccess.contactEmail')}:{' '}
            <Link href={`mailto:${contact.contactEmail}`}>{contact.contactEmail}</Link>
          </li>
        )}
        {contact.contactPhone && (
          <li>
            {t('covenantAccess.contactPhone')}:{' '}
            <Link href={`tel:${contact.contactPhone.replace(/[^\d+]/g, '')}`}>
              {contact.contactPhone}
            </Link>
          </li>
        )}
      </ul>
      <Paragraph>{t('covenantAccess.afterSigning')}</Paragraph>
    </>
  );
}
