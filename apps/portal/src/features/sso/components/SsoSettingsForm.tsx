import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  Paragraph,
  RadioButton,
  Textarea,
  Textbox,
  FormField,
  FormLabel,
} from '@utrecht/component-library-react';
import { useId, useRef } from 'react';
import type { AgencySsoQuery } from '../../../gql/graphql';
import { ErrorSummary } from '../../forms/components/ErrorSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { useSsoSettingsForm } from '../hooks/useSsoSettingsForm';
import type { SsoSettingsField, SsoSettingsProblem } from '../utils/ssoSettingsInput';

interface SsoSettingsFormProps {
  agencyId: string;
  binding: NonNullable<AgencySsoQuery['agencySso']> | null;
}

/** The functional administrator's binding of one agency to its OpenID provider. */
export function SsoSettingsForm({ agencyId, binding }: SsoSettingsFormProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const id = useId();
  const summaryRef = useRef<HTMLDivElement>(null);
  const form = useSsoSettingsForm(agencyId, binding);
  const { values, problems } = form;
  const fieldId = (field: SsoSettingsField) => `${id}-${field}`;
  const problemText = (problem: SsoSettingsProblem | undefined) =>
    problem === undefined
      ? null
      : problem === 'required'
        ? t('sso.settings.required')
        : problem === 'issuer'
          ? t('sso.settings.issuerHint')
          : t('sso.settings.domainsHint');
  const labels: Record<SsoSettingsField, string> = {
    issuer: t('sso.settings.issuer'),
    clientId: t('sso.settings.clientId'),
    clientSecret: t('sso.settings.clientSecret'),
    domains: t('sso.settings.domains'),
  };
  const listed = (Object.keys(problems) as SsoSettingsField[]).map((field) => ({
    fieldId: fieldId(field),
    message: `${labels[field]}: ${problemText(problems[field])}`,
  }));

  return (
    <form
      className="schakel-flow"
      noValidate
      onSubmit={(event) =>
        void form.submit(event).then((trouble) => {
          if (trouble === 'form') summaryRef.current?.focus();
          else if (trouble) document.getElementById(fieldId(trouble))?.focus();
        })
      }
    >
      <div ref={summaryRef} tabIndex={-1}>
        {(listed.length > 0 || form.failure) && (
          <ErrorSummary
            title={t('sso.settings.notSaved')}
            failure={form.failure ? errorMessage(form.failure) : null}
            problems={listed}
            onSelect={(target) => document.getElementById(target)?.focus()}
          />
        )}
        {form.saved && (
          <Alert type="ok" role="status">
            <Paragraph>{t('sso.settings.saved')}</Paragraph>
          </Alert>
        )}
      </div>

      <LabelledField
        id={fieldId('issuer')}
        label={labels.issuer}
        description={t('sso.settings.issuerHint')}
        error={problemText(problems.issuer)}
      >
        {({ describedBy, invalid }) => (
          <Textbox
            id={fieldId('issuer')}
            type="url"
            autoComplete="off"
            spellCheck={false}
            invalid={invalid}
            aria-describedby={describedBy}
            value={values.issuer}
            onChange={(e) => form.set('issuer', e.target.value)}
          />
        )}
      </LabelledField>

      <LabelledField
        id={fieldId('clientId')}
        label={labels.clientId}
        error={problemText(problems.clientId)}
      >
        {({ describedBy, invalid }) => (
          <Textbox
            id={fieldId('clientId')}
            autoComplete="off"
            spellCheck={false}
            invalid={invalid}
            aria-describedby={describedBy}
            value={values.clientId}
            onChange={(e) => form.set('clientId', e.target.value)}
          />
        )}
      </LabelledField>

      <Fieldset>
        <FieldsetLegend>{t('sso.settings.clientAuth')}</FieldsetLegend>
        {(['CLIENT_SECRET_BASIC', 'PRIVATE_KEY_JWT'] as const).map((auth) => (
          <FormField
            key={auth}
            type="radio"
            label={
              <FormLabel htmlFor={`${id}-${auth}`} type="radio">
                {t(
                  auth === 'PRIVATE_KEY_JWT'
                    ? 'sso.settings.clientAuth.private_key_jwt'
                    : 'sso.settings.clientAuth.client_secret_basic',
                )}
              </FormLabel>
            }
            input={
              <RadioButton
                id={`${id}-${auth}`}
                name={`${id}-clientAuth`}
                checked={values.clientAuth === auth}
                onChange={() => form.set('clientAuth', auth)}
              />
            }
          />
        ))}
      </Fieldset>

      {values.clientAuth === 'CLIENT_SECRET_BASIC' && (
        <LabelledField
          id={fieldId('clientSecret')}
          label={labels.clientSecret}
          description={binding?.hasClientSecret ? t('sso.settings.clientSecretKeep') : undefined}
          error={problemText(problems.clientSecret)}
        >
          {({ describedBy, invalid }) => (
            <Textbox
              id={fieldId('clientSecret')}
              type="password"
              autoComplete="new-password"
              invalid={invalid}
              aria-describedby={describedBy}
              value={values.clientSecret}
              onChange={(e) => form.set('clientSecret', e.target.value)}
            />
          )}
        </LabelledField>
      )}

      <LabelledField
        id={fieldId('domains')}
        label={labels.domains}
        description={t('sso.settings.domainsHint')}
        error={problemText(problems.domains)}
      >
        {({ describedBy, invalid }) => (
          <Textarea
            id={fieldId('domains')}
            rows={3}
            spellCheck={false}
            invalid={invalid}
            aria-describedby={describedBy}
            value={values.domains}
            onChange={(e) => form.set('domains', e.target.value)}
          />
        )}
      </LabelledField>

      {binding?.redirectUri && (
        <Paragraph>{t('sso.settings.redirectUri', { uri: binding.redirectUri })}</Paragraph>
      )}
      {binding && (
        <Paragraph>
          {t('sso.settings.jit', {
            state: t(binding.jitProvisioning ? 'sso.settings.jitOn' : 'sso.settings.jitOff'),
          })}
        </Paragraph>
      )}

      <div>
        <Button type="submit" appearance="primary-action-button" busy={form.loading}>
          {t('sso.settings.save')}
        </Button>
      </div>
    </form>
  );
}
