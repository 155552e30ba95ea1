import { useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState } from 'react';
import type { CaseStatus } from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import { canCloseCase } from '../../auth/utils/permissions';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate, formatShortDateTime } from '../../i18n/utils/formatDate';
import { CASE_CLOSURE_QUERY } from '../graphql/caseClosureQuery';
import { REGION_SETTINGS_QUERY } from '../graphql/regionSettingsQuery';
import { CloseCaseForm } from './CloseCaseForm';
import './monitoring.css';

const CLOSABLE: readonly CaseStatus[] = ['ACCEPTED', 'ACTIVE'];

interface CaseClosingSectionProps {
  caseId: string;
  status: CaseStatus;
}

/** How a closed case was closed; for the procesregisseur of an open case, the closing form. */
export function CaseClosingSection({ caseId, status }: CaseClosingSectionProps) {
  const { t, locale } = useI18n();
  const me = useMe();
  const headingId = useId();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [justClosed, setJustClosed] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const closed = status === 'CLOSED';
  const mayClose = !closed && CLOSABLE.includes(status) && canCloseCase(me.roles);
  const closure = useQuery(CASE_CLOSURE_QUERY, { variables: { caseId }, skip: !closed });
  const settings = useQuery(REGION_SETTINGS_QUERY, { skip: !mayClose || !open });

  useEffect(() => {
    // After closing, the result takes the place of the form: move focus there.
    if (justClosed && closed) statusRef.current?.focus();
  }, [justClosed, closed]);

  if (!closed && !mayClose) return null;
  const record = closure.data?.caseClosure ?? null;

  return (
    <section aria-labelledby={headingId} className="schakel-flow schakel-closing">
      <Heading level={2} id={headingId}>
        {closed ? t('closing.summaryHeading') : t('closing.heading')}
      </Heading>
      <div ref={statusRef} tabIndex={-1} role="status" className="schakel-closing__status">
        {justClosed && closed && (
          <Alert type="ok" role="none">
            <Paragraph>{t('closing.closed')}</Paragraph>
          </Alert>
        )}
      </div>
      {closed && record && (
        <dl className="schakel-closing__summary">
          <dt>{t('closing.outcome')}</dt>
          <dd>{t(`closing.outcome.${record.outcome}`)}</dd>
          <dt>{t('closing.reason')}</dt>
          <dd>{record.reason}</dd>
          <dt>{t('closing.closedAt')}</dt>
          <dd>
            {formatShortDateTime(String(record.closedAt), locale)}
            {record.closedByAgency && ` · ${record.closedByAgency.name}`}
          </dd>
          <dt>{t('closing.accessEndsAt')}</dt>
          <dd>{formatDate(String(record.accessEndsAt), locale)}</dd>
        </dl>
      )}
      {mayClose && (
        <>
          <Button
            type="button"
            appearance="secondary-action-button"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen((value) => !value)}
          >
            {t('closing.toggle')}
          </Button>
          <div id={panelId} hidden={!open} className="schakel-closing__panel">
            {open && (
              <CloseCaseForm
                caseId={caseId}
                status={status}
                graceDays={settings.data?.regionSettings.closingGraceDays ?? null}
                onClosed={() => setJustClosed(true)}
              />
            )}
          </div>
        </>
      )}
    </section>
  );
}
