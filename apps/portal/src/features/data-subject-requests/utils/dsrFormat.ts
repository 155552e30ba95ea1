import type { MessageKey } from '../../i18n/messages/nl';

export const exportUrl = (requestId: string, format: 'json' | 'pdf') =>
  `/data-subject-requests/${encodeURIComponent(requestId)}/export.${format}`;

/** "verlopen" / "vandaag" / "nog 12 dagen" for an open request; nothing once it is closed. */
export function deadlineNote(request: {
  status: string;
  overdue: boolean;
  daysLeft: number;
}): { key: MessageKey; days?: number } | null {
  if (request.status === 'COMPLETED' || request.status === 'REJECTED') return null;
  if (request.overdue) return { key: 'dsr.overdue' };
  if (request.daysLeft === 0) return { key: 'dsr.dueToday' };
  return { key: 'dsr.daysLeft', days: request.daysLeft };
}
