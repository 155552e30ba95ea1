import { useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useT } from '../../i18n/hooks/useT';
import { AREAS_QUERY } from '../graphql/areaDocuments';
import { formatRangesText } from '../utils/postcodeRanges';
import { AreaForm } from './AreaForm';
import './areas.css';

/** The region's wijken, each with its postcodes; one opens for a change at a time. */
export function AreaList({ onSaved }: { onSaved: (name: string) => void }) {
  const t = useT();
  const id = useId();
  const { data, error } = useQuery(AREAS_QUERY, { variables: { includeInactive: true } });
  const [editing, setEditing] = useState<string | null>(null);
  if (error) {
    return (
      <Alert type="error">
        <Paragraph>{t('areas.loadFailed')}</Paragraph>
      </Alert>
    );
  }
  if (!data) return <Paragraph role="status">{t('areas.loading')}</Paragraph>;
  return (
    <section className="schakel-flow" aria-labelledby={`${id}-heading`}>
      <Heading level={2} id={`${id}-heading`}>
        {t('areas.listHeading')}
      </Heading>
      {data.areas.length === 0 && <Paragraph>{t('areas.none')}</Paragraph>}
      <ul className="schakel-area-list">
        {data.areas.map((area) => (
          <li key={area.id} className="schakel-area">
            <Heading level={3}>{area.name}</Heading>
            <Paragraph>
              {t('areas.postcodes')}:{' '}
              {area.ranges.length > 0 ? formatRangesText(area.ranges) : t('areas.noPostcodes')}
              {!area.active && <> · {t('areas.inactive')}</>}
            </Paragraph>
            {editing === area.id ? (
              <AreaForm
                area={area}
                onDone={(name) => {
                  setEditing(null);
                  onSaved(name);
                }}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <Button
                type="button"
                appearance="secondary-action-button"
                onClick={() => setEditing(area.id)}
              >
                {t('areas.edit', { name: area.name })}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
