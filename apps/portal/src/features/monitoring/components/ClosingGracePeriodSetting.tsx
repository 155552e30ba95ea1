import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Heading, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useMe } from '../../auth/hooks/useMe';
import { canEditCovenant } from '../../auth/utils/permissions';
import { ErrorSummary } from '../../forms/components/ErrorSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import {
  REGION_SETTINGS_QUERY,
  UPDATE_REGION_SETTINGS_MUTATION,
} from '../graphql/regionSettingsQuery';
import './monitoring.css';

export const MAX_GRACE_DAYS = 180;

/** "0".."180" as a number; anything else (decimals, signs, letters) is null. */
export function parseGraceDays(value: string): number | null {
  const text = value.trim();
  if (!/^\d{1,3}$/.test(text)) return null;
  const days = Number(text);
  return days <= MAX_GRACE_DAYS ? days : null;
}

/** The region's read access after closing; the functional administrator changes it. */
export function ClosingGracePeriodSetting() {
  const t = useT();
  const errorMessage = useErrorMessage();
  const me = useMe();
  const editable = canEditCovenant(me.roles);
  const headingId = useId();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const { data } = useQuery(REGION_SETTINGS_QUERY);
  const [save, { loading }] = useMutation(UPDATE_REGION_SETTINGS_MUTATION, {
    refetchQueries: [REGION_SETTINGS_QUERY],
  });
  const [value, setValue] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const current = data?.regionSettings.closingGraceDays;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setSaved(null);
    const days = parseGraceDays(value ?? String(current ?? ''));
    if (days === null) {
      flushSync(() => {
        setInvalid(true);
        setFailure(null);
      });
      inputRef.current?.focus();
      return;
    }
    setInvalid(false);
    setFailure(null);
    try {
      const result = await save({ variables: { input: { closingGraceDays: days } } });
      setSaved(result.data?.updateRegionSettings.closingGraceDays ?? days);
      setValue(null);
    } catch (error) {
      setFailure(errorMessage(errorCodeOf(error)));
    }
  }

  if (current === undefined) return null;
  const fieldError = invalid ? t('graceSetting.invalid', { max: MAX_GRACE_DAYS }) : null;

  return (
    <section aria-labelledby={headingId} className="schakel-flow">
      <Heading level={2} id={headingId}>
        {t('graceSetting.heading')}
      </Heading>
      <Paragraph>{t('graceSetting.intro')}</Paragraph>
      {!editable ? (
        <Paragraph>{t('graceSetting.current', { days: current })}</Paragraph>
      ) : (
        <form className="schakel-flow" noValidate onSubmit={(event) => void handleSubmit(event)}>
          {(fieldError || failure) && (
            <ErrorSummary
              title={t('graceSetting.notSaved')}
              failure={failure}
              problems={fieldError ? [{ fieldId: inputId, message: fieldError }] : []}
              onSelect={() => inputRef.current?.focus()}
            />
          )}
          <LabelledField
            id={inputId}
            label={t('graceSetting.label')}
            description={t('graceSetting.hint', { max: MAX_GRACE_DAYS })}
            error={fieldError}
          >
            {({ describedBy, invalid: isInvalid }) => (
              <Textbox
                ref={inputRef}
                id={inputId}
                name="closingGraceDays"
                inputMode="numeric"
                size={4}
                invalid={isInvalid}
                aria-describedby={describedBy}
                value={value ?? String(current)}
                onChange={(event) => setValue(event.target.value)}
              />
            )}
          </LabelledField>
          <div>
            <Button type="submit" appearance="secondary-action-button" busy={loading}>
              {t('graceSetting.submit')}
            </Button>
          </div>
          <div role="status">
            {saved !== null && <Paragraph>{t('graceSetting.saved', { days: saved })}</Paragraph>}
          </div>
        </form>
      )}
    </section>
  );
}
