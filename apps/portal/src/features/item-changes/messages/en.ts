import type { itemChangesNl } from './nl';

/** English texts of this feature; every Dutch key has one. */
export const itemChangesEn: Record<keyof typeof itemChangesNl, string> = {
  'itemChange.open': 'Correct or erase',
  'itemChange.close': 'Close without changes',
  'itemChange.heading': 'Correct or erase this item',
  'itemChange.intro':
    'Only your organisation recorded this item and can correct it (GDPR article 16) or erase it (article 17). The old content is kept nowhere; who, when and why stays on record for the privacy officer.',
  'itemChange.kind': 'What do you want to do?',
  'itemChange.kind.RECTIFY': 'Correct: replace the text',
  'itemChange.kind.ERASE': 'Erase: remove the item entirely',
  'itemChange.text': 'Corrected text',
  'itemChange.summary': 'Corrected shareable summary (optional)',
  'itemChange.reason': 'Reason',
  'itemChange.reasonHint':
    'For example: "Address wrong, corrected at the request of the person via the WGS contact point". At least {min} characters.',
  'itemChange.eraseWarning':
    'Erasing is final: the item disappears for every organisation, also from exports and PDFs.',
  'itemChange.submit.RECTIFY': 'Save correction',
  'itemChange.submit.ERASE': 'Erase permanently',
  'itemChange.notSaved': 'The change was not saved',
  'itemChange.textRequired': 'Enter the corrected text.',
  'itemChange.textTooLong': 'The text may be at most {max} characters long.',
  'itemChange.summaryTooLong': 'The summary may be at most {max} characters long.',
  'itemChange.reasonRequired': 'Enter the reason.',
  'itemChange.reasonLength': 'The reason must be {min} to {max} characters long.',
  'itemChange.invalid': 'This input is not valid.',
  'itemChange.conflict':
    'Someone else changed or erased this item in the meantime. Reload the page.',
  'itemChange.rectified': 'The correction has been saved.',
  'itemChange.erased': 'The item has been erased. The reason is on record for the privacy officer.',
  'itemChange.rectifiedOn': 'Corrected by the source on {date}',
} as const;
