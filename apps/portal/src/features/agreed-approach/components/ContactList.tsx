import type { AgreedApproachContactFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../i18n/hooks/useT';
import { PhoneIcon } from '../../shell/components/PhoneIcon';
import './agreed-approach.css';

interface ContactListProps {
  contacts: readonly AgreedApproachContactFieldsFragment[];
}

/** Contact persons with a big tap target per phone number (tel: link). */
export function ContactList({ contacts }: ContactListProps) {
  const t = useT();
  return (
    <ul className="schakel-contacts">
      {contacts.map((contact, index) => (
        <li key={`${contact.phone}-${index}`} className="schakel-contacts__item">
          <p className="schakel-contacts__name">
            <strong>{contact.name}</strong>
            {contact.role && <span>, {contact.role}</span>}
          </p>
          <p className="schakel-contacts__agency">{contact.agency.name}</p>
          {contact.available && (
            <p className="schakel-contacts__available">
              {t('agreedApproach.card.available', { when: contact.available })}
            </p>
          )}
          <a
            className="schakel-contacts__call"
            href={contact.phoneUri}
            aria-label={t('agreedApproach.card.call', { name: contact.name, phone: contact.phone })}
          >
            <PhoneIcon />
            {contact.phone}
          </a>
        </li>
      ))}
    </ul>
  );
}
