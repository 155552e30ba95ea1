import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../i18n/hooks/useT';
import { RouterLink } from '../../shell/components/RouterLink';
import { useAccessReviewSummary } from '../hooks/useAccessReviewSummary';

/** On the agency admin's home: how many accounts wait for the access review, with the way there. */
export function AccessReviewHomeNotice() {
  const t = useT();
  const { dueCount } = useAccessReviewSummary();
  if (dueCount === 0) return null;
  return (
    <Alert type="warning">
      <Paragraph>
        <RouterLink to="/beheer/gebruikers#toegangscontrole">
          {t('review.homeDue', { count: dueCount })}
        </RouterLink>
      </Paragraph>
    </Alert>
  );
}
