import type { Access } from '../../../gql/graphql';
import { Withheld } from './Withheld';

interface CaseSubjectNameProps {
  name: string | null | undefined;
  access: Access;
}

/** The person's name next to a case number, or the withheld marker where the covenant says so. */
export function CaseSubjectName({ name, access }: CaseSubjectNameProps) {
  if (access !== 'FULL' || !name) return <Withheld />;
  return <span className="schakel-case-subject-name">{name}</span>;
}
