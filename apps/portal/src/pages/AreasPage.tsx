import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { AreaForm } from '../features/areas/components/AreaForm';
import { AreaImport } from '../features/areas/components/AreaImport';
import { AreaList } from '../features/areas/components/AreaList';
import { useT } from '../features/i18n/hooks/useT';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

/** /beheer/wijken: the functional administrator's wijkindeling (ADR 0026; no case content). */
export function AreasPage() {
  const t = useT();
  const id = useId();
  const [saved, setSaved] = useState<{ key: 'areas.added' | 'areas.saved'; name: string } | null>(
    null,
  );
  useDocumentTitle(t('areas.title'));
  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('areas.title')}</Heading>
      <Paragraph>{t('areas.intro')}</Paragraph>
      <div role="status">
        {saved && (
          <Alert type="ok" role="none">
            <Paragraph>{t(saved.key, { name: saved.name })}</Paragraph>
          </Alert>
        )}
      </div>
      <AreaImport />
      <AreaList onSaved={(name) => setSaved({ key: 'areas.saved', name })} />
      <section className="schakel-flow" aria-labelledby={`${id}-add`}>
        <Heading level={2} id={`${id}-add`}>
          {t('areas.addHeading')}
        </Heading>
        <AreaForm area={null} onDone={(name) => setSaved({ key: 'areas.added', name })} />
      </section>
    </div>
  );
}
