import { Button, Paragraph } from '@utrecht/component-library-react';
import { useId, useRef, useState } from 'react';
import type { CaseDetailFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../i18n/hooks/useT';
import { CasusregisseurForm } from './CasusregisseurForm';
import './case-team.css';

interface CasusregisseurPanelProps {
  caseData: CaseDetailFieldsFragment;
  /** The procesregisseur of an open case may appoint or change the lead. */
  canManage: boolean;
}

/** Who leads the case (casusregisseur), and for the procesregisseur the change on demand. */
export function CasusregisseurPanel({ caseData, canManage }: CasusregisseurPanelProps) {
  const t = useT();
  const headingId = useId();
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const agency = caseData.casusregisseurAgency;
  const person = caseData.casusregisseur;

  let current: string;
  if (!agency) current = t('team.lead.none');
  else if (!person) current = t('team.lead.agencyOnly', { agency: agency.name });
  else current = t('team.lead.person', { person: person.displayName, agency: agency.name });

  function close(message: string | null) {
    setOpen(false);
    setDone(message);
    // The button comes back with the next render.
    requestAnimationFrame(() => toggle.current?.focus());
  }

  return (
    <div className="schakel-team-lead" role="group" aria-labelledby={headingId}>
      <div className="schakel-team-lead__row">
        <p className="schakel-team-lead__line">
          <strong id={headingId}>{t('team.lead.heading')}:</strong> <span>{current}</span>
        </p>
        {canManage && !open && (
          <Button
            ref={toggle}
            type="button"
            appearance="secondary-action-button"
            aria-expanded={false}
            aria-controls={panelId}
            onClick={() => {
              setDone(null);
              setOpen(true);
            }}
          >
            {t(agency ? 'team.lead.change' : 'team.lead.appoint')}
          </Button>
        )}
      </div>
      <div role="status">{done && <Paragraph>{done}</Paragraph>}</div>
      {canManage && (
        <>
          <div id={panelId} hidden={!open}>
            {open && (
              <CasusregisseurForm
                caseData={caseData}
                onCancel={() => close(null)}
                onDone={() => close(t('team.lead.done'))}
              />
            )}
          </div>
        </>
      )}
    </div>
  );
}
