import { useQuery } from '@apollo/client/react';
import { Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../i18n/hooks/useT';
import { AREA_FOR_POSTCODE_QUERY } from '../graphql/areaDocuments';
import './areas.css';

const POSTCODE = /^([1-9][0-9]{3}) ?([A-Za-z]{2})$/;

/**
 * The wijk a typed postcode lies in, as the person will get it (ADR 0026): derived, never typed;
 * a postcode outside the wijkindeling is flagged. Nothing is shown until the postcode is complete.
 */
export function PostcodeArea({ postcode }: { postcode: string }) {
  const t = useT();
  const match = POSTCODE.exec(postcode.trim());
  const normal = match ? `${match[1]}${match[2]!.toUpperCase()}` : null;
  const { data } = useQuery(AREA_FOR_POSTCODE_QUERY, {
    variables: { postcode: normal ?? '' },
    skip: normal === null,
  });
  const known = normal !== null && data !== undefined;
  return (
    <div role="status">
      {known &&
        (data.areaForPostcode ? (
          <Paragraph className="schakel-area-hint">
            {t('areas.derived', { name: data.areaForPostcode.name })}
          </Paragraph>
        ) : (
          <Paragraph className="schakel-area-hint">
            <strong>{t('areas.outside')}</strong>. {t('areas.outsideHint')}
          </Paragraph>
        ))}
    </div>
  );
}
