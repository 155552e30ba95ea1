import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { AGENCIES_QUERY } from '../../cases/graphql/agenciesQuery';
import { LabelledField } from '../../forms/components/LabelledField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { AGENCY_SSO_QUERY } from '../graphql/ssoSettingsQueries';
import { SsoSettingsForm } from './SsoSettingsForm';

/** The functional administrator picks an agency of the region and edits its binding. */
export function SsoSettingsOverview() {
  const t = useT();
  const errorMessage = useErrorMessage();
  const id = useId();
  const agencies = useQuery(AGENCIES_QUERY);
  const [agencyId, setAgencyId] = useState('');
  const binding = useQuery(AGENCY_SSO_QUERY, {
    variables: { agencyId },
    skip: agencyId === '',
    fetchPolicy: 'network-only',
  });

  if (agencies.error)
    return <Paragraph role="alert">{errorMessage(errorCodeOf(agencies.error))}</Paragraph>;

  return (
    <section className="schakel-flow" aria-labelledby={`${id}-heading`}>
      <Heading level={2} id={`${id}-heading`}>
        {t('sso.settings.bindingHeading')}
      </Heading>
      <LabelledField id={`${id}-agency`} label={t('sso.settings.agency')}>
        {({ describedBy }) => (
          <Select
            id={`${id}-agency`}
            aria-describedby={describedBy}
            value={agencyId}
            onChange={(e) => setAgencyId(e.target.value)}
          >
            <SelectOption value="">{t('sso.settings.chooseAgency')}</SelectOption>
            {(agencies.data?.agencies ?? []).map((agency) => (
              <SelectOption key={agency.id} value={agency.id}>
                {agency.name}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>
      {agencyId !== '' &&
        (binding.loading ? (
          <Paragraph>{t('sso.settings.loading')}</Paragraph>
        ) : binding.error ? (
          <Paragraph role="alert">{errorMessage(errorCodeOf(binding.error))}</Paragraph>
        ) : (
          <>
            {!binding.data?.agencySso && <Paragraph>{t('sso.settings.none')}</Paragraph>}
            <SsoSettingsForm
              key={agencyId}
              agencyId={agencyId}
              binding={binding.data?.agencySso ?? null}
            />
          </>
        ))}
    </section>
  );
}
