import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Heading,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { MAIL_KINDS, MAIL_MODE_CHOICES, useMailPreferences } from '../hooks/useMailPreferences';

/** Per kind of notification: no e-mail, one right away, or a daily summary. */
export function MailPreferencesSection() {
  const t = useT();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const id = useId();
  const form = useMailPreferences();
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('mailPreferences.heading')}
      </Heading>
      <Paragraph>{t('mailPreferences.intro')}</Paragraph>
      {/* Not an alert: the rest of the page works, this section only could not load. */}
      {form.loadFailed && <Paragraph>{t('mailPreferences.loadFailed')}</Paragraph>}
      {form.ready && (
        <form className="schakel-flow" noValidate onSubmit={(event) => void form.submit(event)}>
          {form.problem && (
            <Alert type="error">
              <Paragraph>{errorMessage(form.problem)}</Paragraph>
            </Alert>
          )}
          {MAIL_KINDS.map((kind) => (
            <Fieldset key={kind}>
              <FieldsetLegend>{t(`mailPreferences.kind.${kind}`)}</FieldsetLegend>
              {MAIL_MODE_CHOICES.map((mode) => {
                const controlId = `${id}-${kind}-${mode}`;
                return (
                  <div key={mode} className="schakel-mail-preference__choice">
                    <RadioButton
                      id={controlId}
                      name={`${id}-${kind}`}
                      checked={form.modeOf(kind) === mode}
                      onChange={() => form.choose(kind, mode)}
                    />
                    <FormLabel htmlFor={controlId} type="radio">
                      {t(`mailPreferences.mode.${mode}`)}
                    </FormLabel>
                  </div>
                );
              })}
            </Fieldset>
          ))}
          <div>
            <Button type="submit" appearance="primary-action-button" busy={form.saving}>
              {t('mailPreferences.save')}
            </Button>
          </div>
          <div role="status">
            {form.saved && (
              <Alert type="ok" role="none">
                <Paragraph>{t('mailPreferences.saved')}</Paragraph>
              </Alert>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
