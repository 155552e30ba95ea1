import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useT } from '../../i18n/hooks/useT';
import { useProviderStepUp } from '../hooks/useProviderStepUp';
import { useStepUp } from '../hooks/useStepUp';
import { SecondFactorForm } from './SecondFactorForm';

interface StepUpPromptProps {
  /** The second factor was proven: go on with what asked for it. */
  onConfirmed: () => void;
  onCancel: () => void;
  /** The heading's id, when the surrounding dialog is named by it. */
  headingId?: string;
}

/**
 * Asks for a fresh second factor when the API answered STEP_UP_REQUIRED (covenant changes,
 * break-the-glass, exports, changes to one's own factors), then lets the action go on.
 */
export function StepUpPrompt({ onConfirmed, onCancel, headingId: givenId }: StepUpPromptProps) {
  const t = useT();
  const ownId = useId();
  const headingId = givenId ?? ownId;
  // The code field takes focus (SecondFactorForm); the section is named by its heading.
  const { withCode, withPasskey } = useStepUp();
  const provider = useProviderStepUp();

  return (
    <section className="schakel-flow" aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {t('mfa.stepUp.heading')}
      </Heading>
      {provider.atProvider ? (
        <>
          <Paragraph>{t('mfa.stepUp.providerIntro')}</Paragraph>
          {provider.state === 'failed' && (
            <Alert type="error">
              <Paragraph>{t('mfa.stepUp.providerFailed')}</Paragraph>
            </Alert>
          )}
          <Paragraph role="status">
            {provider.state === 'waiting' ? t('mfa.stepUp.providerWaiting') : ''}
          </Paragraph>
          <Button
            type="button"
            appearance="primary-action-button"
            disabled={provider.state === 'waiting'}
            onClick={() => {
              void provider.start().then((fresh) => {
                if (fresh) onConfirmed();
              });
            }}
          >
            {t('mfa.stepUp.provider')}
          </Button>
        </>
      ) : (
        <>
          <Paragraph>{t('mfa.stepUp.intro')}</Paragraph>
          <SecondFactorForm
            onCode={async (code) => {
              const problem = await withCode(code);
              if (!problem) onConfirmed();
              return problem;
            }}
            onPasskey={async () => {
              const problem = await withPasskey();
              if (!problem) onConfirmed();
              return problem;
            }}
          />
        </>
      )}
      <Button type="button" appearance="subtle-button" onClick={onCancel}>
        {t('mfa.stepUp.cancel')}
      </Button>
    </section>
  );
}
