import type { regionSettingsNl } from './nl';

/** English texts of the region's settings. */
export const regionSettingsEn: Record<keyof typeof regionSettingsNl, string> = {
  'regionSettings.nav': 'Settings',
  'regionSettings.title': 'Region settings',
  'regionSettings.intro':
    'These settings apply to every organisation in the region. Every change is recorded in the audit trail, with the old and the new value.',
  'regionSettings.loading': 'Loading settings…',
  'regionSettings.loadFailed': 'The settings could not be loaded. Please try again later.',
  'regionSettings.name': 'Name of the region',
  'regionSettings.name.invalid': 'Enter a name of 2 to 200 characters.',
  'regionSettings.contactEmail': 'Contact email address of the Zorg- en Veiligheidshuis',
  'regionSettings.contactEmail.invalid': 'Enter a valid email address, such as info@zvh.nl.',
  'regionSettings.contactHint':
    'A user whose organisation has not signed the (current) covenant sees this contact.',
  'regionSettings.contactPhone': 'Contact phone',
  'regionSettings.contactPhone.invalid':
    'Enter a phone number of 3 to 40 characters, or leave it empty.',
  'regionSettings.accessReviewMonths': 'Access review, every … months',
  'regionSettings.accessReviewMonths.hint':
    "How often each organisation's administrator confirms that its accounts still need access ({min} to {max}).",
  'regionSettings.accessReviewMonths.invalid':
    'Enter a whole number of months from {min} to {max}.',
  'regionSettings.covenantGraceDays': 'Grace period for a new covenant, in days',
  'regionSettings.covenantGraceDays.hint':
    'How long an organisation that signed an earlier version keeps access after a new version is adopted ({min} to {max}; 0 is at once).',
  'regionSettings.covenantGraceDays.invalid': 'Enter a whole number of days from {min} to {max}.',
  'regionSettings.closingGraceDays': 'Access after closing a case, in days',
  'regionSettings.closingGraceDays.hint':
    'How long participants can still read a closed case ({min} to {max}; 0 is at once).',
  'regionSettings.closingGraceDays.invalid': 'Enter a whole number of days from {min} to {max}.',
  'regionSettings.wgs.legend': 'Contact point for the persons concerned (WGS)',
  'regionSettings.wgs.intro':
    "This contact point is named in the letter to the person: where a person can go to use their rights. If you leave it empty, the letter names the Zorg- en Veiligheidshuis's contact.",
  'regionSettings.wgsContactEmail': "Contact point's e-mail address",
  'regionSettings.wgsContactEmail.invalid':
    'Enter a valid e-mail address, such as privacy@zvh.nl, or leave it empty.',
  'regionSettings.wgsContactPhone': "Contact point's phone",
  'regionSettings.wgsContactPhone.invalid':
    'Enter a phone number of 3 to 40 characters, or leave it empty.',
  'regionSettings.wgsContactAddress': "Contact point's postal address",
  'regionSettings.wgsContactAddress.hint': 'For example: Postbus 1, 1234 AA Demostad.',
  'regionSettings.wgsContactAddress.invalid':
    'Enter a postal address of 3 to 200 characters, or leave it empty.',
  'regionSettings.volunteer.legend': 'Volunteer support',
  'regionSettings.volunteer.intro':
    "The covenant's goal: this many couplings with a volunteer per year in the region. The coordinators and the process director see their yearly figures against this goal.",
  'regionSettings.volunteerGoalMin': 'Goal of couplings per year, minimum',
  'regionSettings.volunteerGoal.hint':
    'Whole numbers from {min} to {max}; the maximum is at least the minimum.',
  'regionSettings.volunteerGoalMin.invalid': 'Enter a whole number from {min} to {max}.',
  'regionSettings.volunteerGoalMax': 'Goal of couplings per year, maximum',
  'regionSettings.volunteerGoalMax.invalid': 'Enter a whole number from {min} to {max}.',
  'regionSettings.volunteerGoalMax.range': 'The maximum must be at least as large as the minimum.',
  'regionSettings.save': 'Save settings',
  'regionSettings.saved': 'The settings have been saved.',
  'regionSettings.notSaved': 'The settings have not been saved',
  'regionSettings.conflict':
    'Someone else changed the settings in the meantime. Load the current settings and enter your change again.',
  'regionSettings.reload': 'Load current settings',
};
