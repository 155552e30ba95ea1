import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
} from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';
import type { CaseDetailFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../i18n/hooks/useI18n';
import type { MessageKey } from '../../i18n/messages/nl';
import { formatDate } from '../../i18n/utils/formatDate';
import { PersonName } from './PersonName';
import { ProtectedText } from './ProtectedText';
import { Withheld } from './Withheld';
import './cases.css';

type Person = CaseDetailFieldsFragment['subject'];
type Address = NonNullable<Person['address']['value']>;

const join = (parts: readonly (string | null | undefined)[], separator: string) =>
  parts.filter(Boolean).join(separator);

function formatAddress(address: Address): string {
  return join(
    [join([address.street, address.houseNumber], ' '), join([address.postcode, address.city], ' ')],
    ', ',
  );
}

interface CasePersonProps {
  person: Person;
}

/** The person the case is about, each value as the covenant lets the viewer see it. */
export function CasePerson({ person }: CasePersonProps) {
  const { locale, t } = useI18n();
  const headingId = useId();
  const { address } = person;
  const addressValue = (pick: (value: Address) => string | null | undefined): ReactNode =>
    address.access === 'WITHHELD' ? (
      <Withheld />
    ) : (
      <ProtectedText
        value={{ access: address.access, value: address.value && pick(address.value) }}
      />
    );

  const rows: readonly [MessageKey, ReactNode][] = [
    [
      'case.person.name',
      <PersonName givenNames={person.givenNames} familyName={person.familyName} />,
    ],
    [
      'case.person.dateOfBirth',
      <ProtectedText
        value={person.dateOfBirth}
        format={(value) => <time dateTime={value}>{formatDate(value, locale)}</time>}
      />,
    ],
    ['case.person.bsn', <ProtectedText value={person.bsn} />],
    ['case.person.address', addressValue(formatAddress)],
    [
      'case.person.wijk',
      // A postcode outside the region's wijkindeling has no wijk (ADR 0026): flagged, not guessed.
      addressValue((value) => value.wijk ?? (value.postcode ? t('areas.outside') : value.wijk)),
    ],
  ];

  return (
    <section aria-labelledby={headingId} className="schakel-case-panel">
      <Heading level={2} id={headingId}>
        {t('case.person.heading')}
      </Heading>
      <DataList appearance="rows" className="schakel-case-data">
        {rows.map(([label, value]) => (
          <DataListItem key={label}>
            <DataListKey>{t(label)}</DataListKey>
            <DataListValue>{value}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
    </section>
  );
}
