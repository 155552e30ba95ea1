import { useMutation, useQuery } from '@apollo/client/react';
import {
  Checkbox,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { OWN_AGENCY_SSO_QUERY, SET_AGENCY_JIT_MUTATION } from '../graphql/ssoSettingsQueries';

/** The agency admin's switch: just-in-time accounts (MEMBER only) for their own agency. */
export function SsoJitSwitch() {
  const t = useT();
  const errorMessage = useErrorMessage();
  const id = useId();
  const { data, loading, error } = useQuery(OWN_AGENCY_SSO_QUERY);
  const [setJit, setting] = useMutation(SET_AGENCY_JIT_MUTATION, {
    refetchQueries: [OWN_AGENCY_SSO_QUERY],
  });
  const [saved, setSaved] = useState(false);
  const binding = data?.ownAgencySso ?? null;

  return (
    <section className="schakel-flow" aria-labelledby={`${id}-heading`}>
      <Heading level={2} id={`${id}-heading`}>
        {t('sso.jit.title')}
      </Heading>
      {loading ? (
        <Paragraph>{t('sso.settings.loading')}</Paragraph>
      ) : error ? (
        <Paragraph role="alert">{errorMessage(errorCodeOf(error))}</Paragraph>
      ) : !binding ? (
        <Paragraph>{t('sso.jit.noBinding')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('sso.jit.intro')}</Paragraph>
          <FormField
            type="checkbox"
            label={
              <FormLabel htmlFor={`${id}-jit`} type="checkbox">
                {t('sso.jit.toggle')}
              </FormLabel>
            }
            input={
              <Checkbox
                id={`${id}-jit`}
                checked={binding.jitProvisioning}
                disabled={setting.loading}
                onChange={(e) => {
                  setSaved(false);
                  void setJit({ variables: { enabled: e.target.checked } }).then(
                    () => setSaved(true),
                    () => undefined,
                  );
                }}
              />
            }
          />
          <div aria-live="polite">
            {saved && <Paragraph>{t('sso.jit.saved')}</Paragraph>}
            {setting.error && (
              <Paragraph role="alert">{errorMessage(errorCodeOf(setting.error))}</Paragraph>
            )}
          </div>
        </>
      )}
    </section>
  );
}
