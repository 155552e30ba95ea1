import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { AgencySsoQuery } from '../../../gql/graphql';
import { errorCodeOf, type ClientErrorCode } from '../../api-client/utils/errorCode';
import { AGENCY_SSO_QUERY, CONFIGURE_AGENCY_SSO_MUTATION } from '../graphql/ssoSettingsQueries';
import {
  checkSsoSettings,
  parseDomains,
  type SsoSettingsField,
  type SsoSettingsProblem,
  type SsoSettingsValues,
} from '../utils/ssoSettingsInput';

type Binding = NonNullable<AgencySsoQuery['agencySso']>;

function initial(binding: Binding | null): SsoSettingsValues {
  return {
    issuer: binding?.issuer ?? '',
    clientId: binding?.clientId ?? '',
    clientAuth:
      binding?.clientAuth === 'PRIVATE_KEY_JWT' ? 'PRIVATE_KEY_JWT' : 'CLIENT_SECRET_BASIC',
    clientSecret: '',
    domains: (binding?.emailDomains ?? []).join('\n'),
  };
}

/** The binding form's state, checks and save (hook + schema + view). */
export function useSsoSettingsForm(agencyId: string, binding: Binding | null) {
  const [values, setValues] = useState<SsoSettingsValues>(() => initial(binding));
  const [problems, setProblems] = useState<Partial<Record<SsoSettingsField, SsoSettingsProblem>>>(
    {},
  );
  const [failure, setFailure] = useState<ClientErrorCode | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(CONFIGURE_AGENCY_SSO_MUTATION, {
    refetchQueries: [{ query: AGENCY_SSO_QUERY, variables: { agencyId } }],
  });

  const set = <K extends keyof SsoSettingsValues>(key: K, value: SsoSettingsValues[K]) => {
    setSaved(false);
    setValues((current) => ({ ...current, [key]: value }));
  };

  /** Resolves to the first field in trouble (for focus), or null. */
  async function submit(
    event: FormEvent<HTMLFormElement>,
  ): Promise<SsoSettingsField | 'form' | null> {
    event.preventDefault();
    if (loading) return null;
    const found = checkSsoSettings(values, binding?.hasClientSecret ?? false);
    setProblems(found);
    setFailure(null);
    const first = (Object.keys(found) as SsoSettingsField[])[0];
    if (first) return first;
    try {
      await save({
        variables: {
          input: {
            agencyId,
            issuer: values.issuer.trim(),
            clientId: values.clientId.trim(),
            clientAuth: values.clientAuth,
            clientSecret:
              values.clientAuth === 'CLIENT_SECRET_BASIC' && values.clientSecret.trim() !== ''
                ? values.clientSecret
                : null,
            emailDomains: parseDomains(values.domains),
          },
        },
      });
      setValues((current) => ({ ...current, clientSecret: '' }));
      setSaved(true);
      return null;
    } catch (error) {
      setFailure(errorCodeOf(error));
      return 'form';
    }
  }

  return { values, set, problems, failure, saved, loading, submit };
}
