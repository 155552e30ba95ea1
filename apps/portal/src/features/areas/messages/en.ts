import type { areasNl } from './nl';

/** English texts of the wijkindeling (/beheer/wijken). */
export const areasEn: Record<keyof typeof areasNl, string> = {
  'areas.nav': 'Wijken',
  'areas.title': 'Wijken (neighbourhoods)',
  'areas.intro':
    "Your region's wijken with their postcodes. A person's wijk follows from the postcode of the address; a postcode in no wijk is flagged, never guessed. Every change goes into the audit trail.",
  'areas.loading': 'Loading wijken…',
  'areas.loadFailed': 'The wijken could not be loaded. Please try again later.',
  'areas.listHeading': 'Wijken',
  'areas.none': 'There are no wijken yet. Add them or import them from a CSV file.',
  'areas.postcodes': 'Postcodes',
  'areas.noPostcodes': 'no postcodes',
  'areas.inactive': 'Inactive',
  'areas.edit': 'Change {name}',
  'areas.cancel': 'Cancel',
  'areas.addHeading': 'Add a wijk',
  'areas.name': 'Name of the wijk',
  'areas.rangesLabel': 'Postcodes',
  'areas.rangesHint':
    'Four-digit postcode areas, or single postcodes, separated by commas. For example: 1230-1233, 1270 AB',
  'areas.active': 'Active (new addresses in these postcodes get this wijk)',
  'areas.add': 'Add wijk',
  'areas.save': 'Save change',
  'areas.added': 'Wijk {name} has been added.',
  'areas.saved': 'Wijk {name} has been saved.',
  'areas.notSaved': 'The wijk was not saved',
  'areas.name.invalid': 'Enter a name of 1 to 100 characters.',
  'areas.ranges.invalid':
    'Check the postcodes: four digits (1230) or a postcode (1270 AB), an area like 1230-1233, separated by commas.',
  'areas.conflict':
    'Someone else changed this wijk in the meantime. Close the form and open it again.',
  'areas.importHeading': 'Import from CSV',
  'areas.importIntro':
    'A CSV file with the columns wijk, postcode_van and postcode_tot (semicolon or comma separated). A wijk in the file gets exactly the postcodes of the file; wijken not in it stay as they are. You see a preview first.',
  'areas.importFile': 'CSV file',
  'areas.preview': 'Show preview',
  'areas.previewHeading': 'Preview of the import',
  'areas.previewSummary':
    '{newAreas, plural, one {# new wijk} other {# new wijken}}, {changedAreas, plural, one {# changed wijk} other {# changed wijken}}, {unchangedAreas, plural, one {# wijk} other {# wijken}} unchanged.',
  'areas.previewErrors':
    '{count, plural, one {# line has an error} other {# lines have an error}}. Fix the file and show the preview again; nothing is imported while there are errors.',
  'areas.fileProblem.HEADER':
    'The first line must hold the column names: wijk, postcode_van and (optionally) postcode_tot.',
  'areas.fileProblem.TOO_LONG': 'The file is too large (over 1 MB).',
  'areas.fileProblem.TOO_MANY': 'The file has too many lines (over 5,000).',
  'areas.fileEmpty': 'Choose a CSV file first.',
  'areas.line': 'Line',
  'areas.lineWijk': 'Wijk',
  'areas.lineRange': 'Postcodes',
  'areas.lineStatus': 'Result',
  'areas.status.NEW': 'New wijk',
  'areas.status.CHANGED': 'Wijk changed',
  'areas.status.UNCHANGED': 'Unchanged',
  'areas.status.ERROR': 'Error',
  'areas.problem.REQUIRED': '{column}: empty.',
  'areas.problem.TOO_LONG': '{column}: too long.',
  'areas.problem.NUL': '{column}: holds an invalid character.',
  'areas.problem.POSTCODE':
    '{column}: not a postcode (four digits, or four digits and two letters).',
  'areas.problem.RANGE':
    '{column}: the area ends before it starts, or a single postcode has another end.',
  'areas.problem.OVERLAP': 'These postcodes already belong to wijk {otherArea}.',
  'areas.problem.INVALID': '{column}: invalid value.',
  'areas.import': 'Import',
  'areas.imported':
    'Imported: {newAreas, plural, one {# new wijk} other {# new wijken}}, {changedAreas, plural, one {# changed wijk} other {# changed wijken}}. {persons, plural, =0 {No person’s wijk changed.} one {# person’s wijk changed.} other {# persons’ wijk changed.}}',
  'areas.derived': 'Wijk: {name}',
  'areas.outside': 'Postcode not in the wijkindeling',
  'areas.outsideHint':
    'This postcode lies in no wijk of your region. The wijk stays empty; the functional administrator can complete the wijkindeling.',
};
