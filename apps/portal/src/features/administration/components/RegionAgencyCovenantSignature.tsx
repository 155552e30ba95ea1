import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Heading,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import type { RegionAgencyFieldsFragment } from '../../../gql/graphql';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { FormProblemSummary } from '../../forms/components/FormProblemSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { COVENANT_VERSION_CHOICES_QUERY } from '../graphql/regionAgencies';
import { useCovenantSignatureForm } from '../hooks/useCovenantSignatureForm';
import { RegionAgencyCovenantStanding } from './RegionAgencyCovenantStanding';
import { DateInput } from '../../forms/components/DateInput';

interface RegionAgencyCovenantSignatureProps {
  agency: RegionAgencyFieldsFragment;
}

/** Where the agency stands with the covenant, and recording the version it signed. */
export function RegionAgencyCovenantSignature({ agency }: RegionAgencyCovenantSignatureProps) {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const versions = useQuery(COVENANT_VERSION_CHOICES_QUERY);
  const form = useCovenantSignatureForm(agency);
  const { fieldId, messageFor } = form.problems;
  return (
    <section className="schakel-flow" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('regionAgencies.covenantHeading')}
      </Heading>
      {agency.currentCovenantVersion !== null && (
        <Paragraph>
          {t('regionAgencies.covenantCurrent', { version: agency.currentCovenantVersion })}
        </Paragraph>
      )}
      <Paragraph>
        {t('regionAgencies.covenantState')}{' '}
        <strong>
          <RegionAgencyCovenantStanding agency={agency} withDate />
        </strong>
      </Paragraph>
      {versions.error && (
        <Paragraph role="alert">{errorMessage(errorCodeOf(versions.error))}</Paragraph>
      )}
      <form className="schakel-flow" noValidate onSubmit={form.submit}>
        <FormProblemSummary
          title={t('regionAgencies.signature.notRecorded')}
          form={form.problems}
        />
        <LabelledField
          id={fieldId('version')}
          label={t('regionAgencies.signature.version')}
          error={messageFor('version')}
        >
          {({ describedBy, invalid }) => (
            <Select
              id={fieldId('version')}
              required
              invalid={invalid}
              aria-describedby={describedBy}
              value={form.version}
              onChange={(event) => form.setVersion(event.target.value)}
            >
              <SelectOption value="">{t('regionAgencies.signature.chooseVersion')}</SelectOption>
              {(versions.data?.covenantVersions ?? []).map((v) => (
                <SelectOption key={v.version} value={String(v.version)}>
                  {t('regionAgencies.signature.versionOption', {
                    version: v.version,
                    date: formatDate(v.approvedAt ?? v.createdAt, locale),
                  })}
                </SelectOption>
              ))}
            </Select>
          )}
        </LabelledField>
        <LabelledField
          id={fieldId('signedOn')}
          label={t('regionAgencies.signature.date')}
          error={messageFor('signedOn')}
        >
          {({ describedBy, invalid }) => (
            <DateInput
              label={t('regionAgencies.signature.date')}
              id={fieldId('signedOn')}
              max={form.today}
              invalid={invalid}
              describedBy={describedBy}
              value={form.signedOn}
              onChange={(value) => form.setSignedOn(value)}
            />
          )}
        </LabelledField>
        <div>
          <Button type="submit" appearance="primary-action-button" busy={form.pending}>
            {t('regionAgencies.signature.submit')}
          </Button>
        </div>
        <div role="status">
          {form.recorded && form.recorded.covenantSignedOn && (
            <Alert type="ok" role="none">
              <Paragraph>
                {t('regionAgencies.signature.recorded', {
                  agency: form.recorded.name,
                  version: form.recorded.covenantSignedVersion ?? '',
                  date: formatDate(form.recorded.covenantSignedOn, locale),
                })}
              </Paragraph>
            </Alert>
          )}
        </div>
      </form>
    </section>
  );
}
