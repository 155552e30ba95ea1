import { isCalendarDate, localDate } from '@schakel/domain';
import { useState, type FormEvent } from 'react';
import type { RegionAgencyFieldsFragment } from '../../../gql/graphql';
import { useFormProblems } from '../../forms/hooks/useFormProblems';
import { useTypedMutation } from '../../forms/hooks/useTypedMutation';
import { useT } from '../../i18n/hooks/useT';
import {
  RECORD_COVENANT_SIGNATURE_MUTATION,
  REGION_AGENCIES_QUERY,
} from '../graphql/regionAgencies';

export const SIGNATURE_FIELDS = ['version', 'signedOn'] as const;
type SignatureField = (typeof SIGNATURE_FIELDS)[number];
type SignatureProblem = 'REQUIRED' | 'INVALID';

/** Which covenant version the agency signed and when (the functional administrator records it). */
export function useCovenantSignatureForm(agency: RegionAgencyFieldsFragment) {
  const t = useT();
  const today = localDate();
  const [version, setVersion] = useState('');
  const [signedOn, setSignedOn] = useState(today);
  const [recorded, setRecorded] = useState<RegionAgencyFieldsFragment | null>(null);
  const problems = useFormProblems<SignatureField, SignatureProblem>(
    SIGNATURE_FIELDS,
    (field, problem) =>
      field === 'version'
        ? t('regionAgencies.signature.versionRequired')
        : problem === 'REQUIRED'
          ? t('regionAgencies.signature.dateRequired')
          : t('regionAgencies.signature.dateInvalid'),
  );
  const [record, { pending }] = useTypedMutation(RECORD_COVENANT_SIGNATURE_MUTATION, {
    refetchQueries: [REGION_AGENCIES_QUERY],
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setRecorded(null);
    const found: Partial<Record<SignatureField, SignatureProblem>> = {};
    if (version === '') found.version = 'REQUIRED';
    if (signedOn.trim() === '') found.signedOn = 'REQUIRED';
    else if (!isCalendarDate(signedOn) || signedOn > today) found.signedOn = 'INVALID';
    if (Object.keys(found).length > 0) return problems.show(found);
    problems.clear();
    const outcome = await record({
      input: { agencyId: agency.id, version: Number(version), signedOn },
    });
    if (!outcome.ok && outcome.saved) return problems.showSaved(outcome.message);
    if (!outcome.ok) {
      if (outcome.code === 'BAD_USER_INPUT' && outcome.field === 'version')
        return problems.show({ version: 'INVALID' });
      if (outcome.code === 'BAD_USER_INPUT' && outcome.field === 'signedOn')
        return problems.show({ signedOn: 'INVALID' });
      return problems.show({}, outcome.message);
    }
    setRecorded(outcome.data.recordCovenantSignature);
  }

  return {
    version,
    setVersion,
    signedOn,
    setSignedOn,
    today,
    problems,
    pending,
    recorded,
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}
