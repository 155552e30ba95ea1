import type { retentionNl } from './nl';

/** English texts of this feature; every Dutch key has one. */
export const retentionEn: Record<keyof typeof retentionNl, string> = {
  'retention.homeLink': 'Retention periods and legal holds',
  'retention.nav': 'Retention periods',
  'retention.title': 'Retention periods',
  'retention.intro':
    'How long personal data is kept after a case is closed, per category. After that Schakel deletes it automatically and keeps only a deletion record without personal data.',
  'retention.readOnly':
    'You can view the retention periods; only the privacy officer changes them.',
  'retention.loading': 'Loading retention periods…',
  'retention.loadFailed': 'The retention periods could not be loaded. {reason}',

  'retention.periods.heading': 'Periods per category',
  'retention.periods.caption': 'Retention period per category, in months after closing',
  'retention.periods.category': 'Category',
  'retention.periods.months': 'Period',
  'retention.periods.source': 'Source or decision',
  'retention.periods.changed': 'Last changed',
  'retention.periods.monthsValue': '{months, plural, one {# month} other {# months}}',
  'retention.periods.default': 'default',
  'retention.periods.changedBy': '{date} by {name}',
  'retention.periods.edit': 'Change',
  'retention.periods.editLabel': 'Change the period for {category}',
  'retention.periods.rule':
    'A case is deleted when the longest period of the categories in that case has passed (identity, BSN and plan of action always count). Information of a category with a shorter period is deleted earlier. A case under a legal hold stays.',

  'retention.form.heading': 'Change the period for {category}',
  'retention.form.months': 'Period in months',
  'retention.form.monthsHint': 'Whole months, from {min} to {max}.',
  'retention.form.monthsInvalid': 'Enter a whole number of months from {min} to {max}.',
  'retention.form.source': 'Source or decision',
  'retention.form.sourceHint': 'For example the decision or covenant article the period rests on.',
  'retention.form.sourceInvalid': 'Enter the source or decision (at least 3 characters).',
  'retention.form.submit': 'Save period',
  'retention.form.cancel': 'Cancel',
  'retention.form.notSaved': 'The period was not saved.',
  'retention.form.conflict':
    'Someone else changed this period meanwhile. Look at the new value and try again.',
  'retention.form.saved':
    'The period for {category} is now {months, plural, one {# month} other {# months}}.',

  'retention.holds.heading': 'Legal hold',
  'retention.holds.intro':
    'A case under a legal hold is not deleted, even when its period has passed. You only see the case reference, its status and its closing date.',
  'retention.holds.caption': 'Cases under a legal hold',
  'retention.holds.none': 'No case is under a legal hold.',
  'retention.holds.reference': 'Case reference',
  'retention.holds.status': 'Status',
  'retention.holds.closedAt': 'Closed',
  'retention.holds.notClosed': 'still open',
  'retention.holds.reason': 'Reason',
  'retention.holds.setAt': 'Set',
  'retention.holds.release': 'Release legal hold',
  'retention.holds.releaseLabel': 'Release the legal hold on {reference}',
  'retention.holds.releaseReason': 'Reason for releasing',
  'retention.holds.releaseSubmit': 'Release',
  'retention.holds.released': 'The legal hold on {reference} was released.',
  'retention.holds.notReleased': 'The legal hold was not released.',

  'retention.setHold.heading': 'Set a legal hold',
  'retention.setHold.reference': 'Case reference',
  'retention.setHold.referenceHint': 'For example ZVH-2026-001.',
  'retention.setHold.referenceInvalid': 'Enter a case reference, such as ZVH-2026-001.',
  'retention.setHold.reason': 'Reason',
  'retention.setHold.reasonHint': 'Why the case must be kept (10 to 1000 characters).',
  'retention.setHold.reasonInvalid': 'Enter a reason of at least 10 characters.',
  'retention.setHold.submit': 'Set legal hold',
  'retention.setHold.notSaved': 'The legal hold was not set.',
  'retention.setHold.notFound': 'There is no case with this reference in this region.',
  'retention.setHold.conflict': 'This case already has a legal hold.',
  'retention.setHold.saved': 'Legal hold set for {reference}.',

  'retention.records.heading': 'Recently deleted',
  'retention.records.intro':
    'What the deletion job deleted. A deletion record holds no personal data: no name, BSN, content or case reference.',
  'retention.records.caption': 'Recent deletion records',
  'retention.records.none': 'Nothing has been deleted yet.',
  'retention.records.deletedAt': 'Deleted on',
  'retention.records.scope': 'What',
  'retention.records.scope.CASE': 'whole case',
  'retention.records.scope.ITEMS': 'information with a shorter period',
  'retention.records.closedOn': 'Closed on',
  'retention.records.categories': 'Categories',
  'retention.records.count': 'Records deleted',
};
