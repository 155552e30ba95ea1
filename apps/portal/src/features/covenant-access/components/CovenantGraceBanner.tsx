import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';

/**
 * Shown on every page while the user's agency is in its covenant grace period (ADR 0019): it
 * signed an earlier version only, and loses access on this date unless it signs the current one.
 * A note, not an alert: it stands on every page for weeks, and a live region would interrupt on
 * each of them and drown the page's own alerts (such as a form's error summary).
 */
export function CovenantGraceBanner({ endsAt }: { endsAt: string | null }) {
  const { t, locale } = useI18n();
  if (!endsAt) return null;
  return (
    <Alert type="warning" role="note">
      <Paragraph>{t('covenantAccess.graceBanner', { date: formatDate(endsAt, locale) })}</Paragraph>
    </Alert>
  );
}
