import { useT } from '../../i18n/hooks/useT';
import { formatTime } from '../utils/amsterdamTime';

interface AgendaEntryTextProps {
  entry: {
    startsAt: string;
    endsAt: string;
    hidden: boolean;
    item?: { caseReference: string; personName?: string | null } | null;
  };
}

/**
 * One agenda slot in words. A slot the viewer may not see shows its time only: no case, no
 * person, nothing that tells whom it is about.
 */
export function AgendaEntryText({ entry }: AgendaEntryTextProps) {
  const t = useT();
  const from = formatTime(entry.startsAt);
  const to = formatTime(entry.endsAt);
  const item = entry.item;
  if (entry.hidden || !item) {
    return (
      <span className="schakel-meeting-entry__hidden">
        {t('meetings.hiddenItem', { from, to })}
      </span>
    );
  }
  return (
    <>
      <span className="schakel-meeting-entry__title">
        {t('meetings.itemTitle', { from, to, reference: item.caseReference })}
      </span>{' '}
      <span className="schakel-meeting-entry__person">
        {item.personName ?? t('meetings.nameWithheld')}
      </span>
    </>
  );
}
