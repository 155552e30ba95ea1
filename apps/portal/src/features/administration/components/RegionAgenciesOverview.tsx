import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useRef, useState } from 'react';
import { useT } from '../../i18n/hooks/useT';
import { useRegionAgencies } from '../hooks/useRegionAgencies';
import { RegionAgenciesTable } from './RegionAgenciesTable';
import { RegionAgencyForm } from './RegionAgencyForm';

/** The region's agencies, and adding one (the form opens on demand). */
export function RegionAgenciesOverview() {
  const t = useT();
  const list = useRegionAgencies();
  const formId = useId();
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  const close = () => {
    setAdding(false);
    // Back where the user was, once the button is on screen again.
    requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <div className="schakel-flow">
      <div role="status">
        {added && (
          <Alert type="ok" role="none">
            <Paragraph>{t('regionAgencies.added', { name: added })}</Paragraph>
          </Alert>
        )}
      </div>
      {list.loadFailure ? (
        <Alert type="error">
          <Paragraph>{list.loadFailure}</Paragraph>
        </Alert>
      ) : list.loading ? (
        <Paragraph>{t('regionAgencies.loading')}</Paragraph>
      ) : list.agencies.length === 0 ? (
        <Paragraph>{t('regionAgencies.none')}</Paragraph>
      ) : (
        <RegionAgenciesTable agencies={list.agencies} />
      )}
      {adding ? (
        <section id={formId} className="schakel-flow" aria-labelledby={headingId}>
          <Heading level={2} id={headingId}>
            {t('regionAgencies.addHeading')}
          </Heading>
          <RegionAgencyForm
            mode={{
              kind: 'create',
              onSaved: (agency) => {
                setAdded(agency.name);
                close();
              },
            }}
            onCancel={close}
          />
        </section>
      ) : (
        <div>
          <Button
            ref={addButton}
            appearance="secondary-action-button"
            aria-expanded={false}
            aria-controls={formId}
            onClick={() => {
              setAdded(null);
              setAdding(true);
            }}
          >
            {t('regionAgencies.add')}
          </Button>
        </div>
      )}
    </div>
  );
}
