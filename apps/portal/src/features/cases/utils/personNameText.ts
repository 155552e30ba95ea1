import type { ProtectedStringFieldsFragment } from '../../../gql/graphql';

interface NamedSubject {
  givenNames: ProtectedStringFieldsFragment;
  familyName: ProtectedStringFieldsFragment;
}

/**
 * The person's name as plain text (for a select option, where no markup fits); `withheld` when
 * the covenant withholds either part.
 */
export function personNameText(subject: NamedSubject, withheld: string): string {
  const { givenNames, familyName } = subject;
  if (givenNames.access === 'WITHHELD' || familyName.access === 'WITHHELD') return withheld;
  return [givenNames.value, familyName.value].filter(Boolean).join(' ');
}
