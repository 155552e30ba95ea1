import { Button } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import type { InformationCategory } from '../../../gql/graphql';
import { useT } from '../../i18n/hooks/useT';
import type { Recipient, SharingExceptionKind } from '../hooks/useSharingExceptionForm';
import { SharingExceptionForm } from './SharingExceptionForm';
import './case-team.css';

interface SharingExceptionSectionProps {
  caseId: string;
  categories: readonly InformationCategory[];
  recipients: readonly Recipient[];
}

/** The two ways to widen access, each folded away until asked for. */
export function SharingExceptionSection(props: SharingExceptionSectionProps) {
  const t = useT();
  const panelId = useId();
  const [open, setOpen] = useState<SharingExceptionKind | null>(null);
  const toggle = (kind: SharingExceptionKind, label: string) => (
    <Button
      type="button"
      appearance="secondary-action-button"
      aria-expanded={open === kind}
      aria-controls={panelId}
      onClick={() => setOpen((value) => (value === kind ? null : kind))}
    >
      {label}
    </Button>
  );
  return (
    <div className="schakel-team-exceptions">
      <div className="schakel-team-form__buttons">
        {toggle('consent', t('team.consent.toggle'))}
        {toggle('decision', t('team.decision.toggle'))}
      </div>
      <div id={panelId} hidden={open === null} className="schakel-add-item-section__panel">
        {open && <SharingExceptionForm key={open} kind={open} {...props} />}
      </div>
    </div>
  );
}
