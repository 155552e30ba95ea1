import type { InformationCategory } from '@schakel/domain';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useMe } from '../../auth/hooks/useMe';
import { useT } from '../../i18n/hooks/useT';
import { AddInformationItemForm } from './AddInformationItemForm';
import './cases.css';

interface AddInformationItemSectionProps {
  caseId: string;
  categories: readonly InformationCategory[];
}

/** Folded away by default, so the dossier stays compact for those who only read it. */
export function AddInformationItemSection({ caseId, categories }: AddInformationItemSectionProps) {
  const t = useT();
  const me = useMe();
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
        {t('addItem.toggle')}
      </Button>
      <div id={panelId} hidden={!open} className="schakel-add-item-section__panel">
        <Paragraph>{t('addItem.intro', { agency: me.agency.name })}</Paragraph>
        <AddInformationItemForm caseId={caseId} categories={categories} />
      </div>
    </div>
  );
}
