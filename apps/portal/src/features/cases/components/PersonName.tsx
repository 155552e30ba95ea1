import type { ProtectedStringFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../i18n/hooks/useT';
import { Withheld } from './Withheld';

interface PersonNameProps {
  givenNames: ProtectedStringFieldsFragment;
  familyName: ProtectedStringFieldsFragment;
}

/** The name as the API returns it; withheld when either part is. */
export function PersonName({ givenNames, familyName }: PersonNameProps) {
  const t = useT();
  if (givenNames.access === 'WITHHELD' || familyName.access === 'WITHHELD') return <Withheld />;
  const name = [givenNames.value, familyName.value].filter(Boolean).join(' ');
  return name ? (
    <>{name}</>
  ) : (
    <span className="schakel-not-recorded">{t('protected.notRecorded')}</span>
  );
}
