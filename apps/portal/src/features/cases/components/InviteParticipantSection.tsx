import type { InformationCategory } from '@schakel/domain';
import { Button } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useT } from '../../i18n/hooks/useT';
import { InviteParticipantForm } from './InviteParticipantForm';
import './cases.css';

interface InviteParticipantSectionProps {
  caseId: string;
  categories: readonly InformationCategory[];
  participating: readonly string[];
}

/** Folded away by default, like adding information. */
export function InviteParticipantSection(props: InviteParticipantSectionProps) {
  const t = useT();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className="schakel-add-item-section">
      <Button
        type="button"
        appearance="secondary-action-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {t('invite.toggle')}
      </Button>
      <div id={panelId} hidden={!open} className="schakel-add-item-section__panel">
        {open && <InviteParticipantForm {...props} />}
      </div>
    </div>
  );
}
