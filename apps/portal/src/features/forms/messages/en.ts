import type { formsNl } from './nl';

/** English texts of the shared form parts. */
export const formsEn: Record<keyof typeof formsNl, string> = {
  'date.hint': 'For example 2-11-1987 or 2 Nov 1987 (day first).',
  'date.hintPartial':
    'For example 2-11-1987 or 2 Nov 1987 (day first). Day or month unknown? Enter what is known: Nov 1987 or 1987.',
  'date.pick': 'Open calendar',
  'date.reading': 'Read as: {date}',
  'date.readingYear': 'Read as: {date} (only the year known)',
  'date.readingMonth': 'Read as: {date} (day unknown)',
  'date.needsDay': 'Enter a full date, with day, month and year.',
  'date.unreadable': 'This is not a date. Write for example 2-11-1987 or 2 Nov 1987.',
};
