import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/hooks/useT';
import { useReloadPlan } from '../hooks/useReloadPlan';

/**
 * Someone else changed the plan first. The form around this alert keeps what the user typed;
 * the alert offers to load the newest version next to it, then say that the input is still there.
 */
export function PlanConflictAlert() {
  const t = useT();
  const reload = useReloadPlan();
  const [state, setState] = useState<'idle' | 'loading' | 'reloaded'>('idle');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);

  return (
    <div ref={ref} tabIndex={-1} className="schakel-plan-conflict">
      <Alert type="warning">
        <Paragraph>{t('error.EDIT_CONFLICT')}</Paragraph>
        {state === 'reloaded' ? (
          <Paragraph role="status">{t('plan.conflict.reloaded')}</Paragraph>
        ) : (
          <Button
            type="button"
            appearance="secondary-action-button"
            busy={state === 'loading'}
            onClick={() => {
              setState('loading');
              void reload().finally(() => setState('reloaded'));
            }}
          >
            {t('plan.conflict.reload')}
          </Button>
        )}
      </Alert>
    </div>
  );
}
