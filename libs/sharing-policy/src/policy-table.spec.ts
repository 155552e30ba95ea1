// The expected policy, written by hand from domain brief §4 and not derived from DEFAULT_COVENANT,
// generates every case: agency type × role set × category × participation × consent × region.
import { subject } from '@casl/ability';
import {
  AGENCY_TYPES,
  INFORMATION_CATEGORIES,
  type AgencyType,
  type InformationCategory,
  type Role,
} from '@schakel/domain';
import { buildAbility } from './build-ability';
import { context, item, MY_AGENCY, OTHER_AGENCY, OTHER_REGION, REGION } from './testing/fixtures';

const COLUMNS: readonly AgencyType[] = [
  'MUNICIPALITY',
  'POLICE',
  'PROBATION',
  'PUBLIC_PROSECUTOR',
  'CARE',
  'YOUTH',
  'HOUSING',
  'PRISON',
  'VOLUNTEER',
  'ZVH',
];

// r = read, s = only the shareable summary, - = nothing; w = may add items of the category.
// VOL: a volunteer organisation gets nothing from the covenant, only what a consent names.
// prettier-ignore
const EXPECTED: Readonly<Record<InformationCategory, string>> = {
  //            MUN POL PRO OM  CARE YTH HOU PRI VOL ZVH
  IDENTITY:    'rw  rw  rw  rw  rw   rw  rw  rw  --  rw',
  BSN:         'rw  rw  rw  rw  --   --  --  --  --  r-',
  POLICE:      's-  rw  s-  r-  s-   s-  s-  s-  --  r-',
  JUSTICE:     '--  r-  rw  rw  --   --  --  --  --  r-',
  PROBATION:   '--  --  rw  r-  --   --  --  --  --  r-',
  CARE:        '--  --  --  --  rw   --  --  --  --  --',
  CARE_SIGNAL: 'r-  r-  r-  r-  rw   r-  r-  r-  --  r-',
  SOCIAL:      'rw  --  r-  --  r-   --  --  --  --  r-',
  SAFETY:      'rw  rw  rw  rw  rw   rw  rw  rw  --  rw',
  PLAN:        'rw  rw  rw  rw  rw   rw  rw  rw  --  rw',
};

// [roles, sees case content at all]
const ROLE_SETS: readonly [readonly Role[], boolean][] = [
  [['MEMBER'], true],
  [['PROCESREGISSEUR'], true],
  [['MEMBER', 'PROCESREGISSEUR'], true],
  [['MEMBER', 'PRIVACY_OFFICER'], true],
  [['AGENCY_ADMIN'], false],
  [['FUNCTIONAL_ADMIN'], false],
  [['PRIVACY_OFFICER'], false],
  [['AGENCY_ADMIN', 'FUNCTIONAL_ADMIN', 'PRIVACY_OFFICER'], false],
  [[], false],
];

function cell(category: InformationCategory, agencyType: AgencyType): string {
  const value = EXPECTED[category].trim().split(/\s+/)[COLUMNS.indexOf(agencyType)];
  if (value === undefined) throw new Error(`no expectation for ${category} / ${agencyType}`);
  return value;
}

// [agencyType, roles, category, participates, consent, ownRegion, read, readSummary, create]
type Row = [
  AgencyType,
  readonly Role[],
  InformationCategory,
  boolean,
  boolean,
  boolean,
  boolean,
  boolean,
  boolean,
];

const ROWS: Row[] = [];
for (const agencyType of AGENCY_TYPES) {
  for (const [roles, seesContent] of ROLE_SETS) {
    for (const category of INFORMATION_CATEGORIES) {
      for (const participates of [true, false]) {
        for (const consent of [false, true]) {
          for (const ownRegion of [true, false]) {
            const inScope = seesContent && participates && ownRegion;
            const [read, write] = cell(category, agencyType);
            ROWS.push([
              agencyType,
              roles,
              category,
              participates,
              consent,
              ownRegion,
              inScope && (read === 'r' || consent),
              inScope && (read === 'r' || read === 's'),
              inScope && write === 'w',
            ]);
          }
        }
      }
    }
  }
}

const describeRow = (row: Row, read: boolean, summary: boolean, create: boolean): string =>
  `${row[2]} participates=${row[3]} consent=${row[4]} ownRegion=${row[5]}` +
  ` → read=${read} read_summary=${summary} create=${create}`;

describe('the expected-policy table', () => {
  it('covers every agency type and category', () => {
    expect([...COLUMNS].sort()).toEqual([...AGENCY_TYPES].sort());
    expect(Object.keys(EXPECTED).sort()).toEqual([...INFORMATION_CATEGORIES].sort());
    expect(ROWS).toHaveLength(AGENCY_TYPES.length * ROLE_SETS.length * 10 * 2 * 2 * 2);
  });

  describe.each(AGENCY_TYPES)('a %s user', (agencyType) => {
    it.each(ROLE_SETS)('with roles %j', (roles) => {
      const rows = ROWS.filter((row) => row[0] === agencyType && row[1] === roles);
      const actual = rows.map((row) => {
        const [, , category, participates, consent, ownRegion] = row;
        const ability = buildAbility(
          context(
            { agencyType, roles },
            {
              consents: consent
                ? [{ personId: 'person-1', category, recipientAgencyId: MY_AGENCY, caseId: null }]
                : [],
            },
          ),
        );
        const subject = item(category, {
          regionId: ownRegion ? REGION : OTHER_REGION,
          activeParticipantAgencyIds: participates ? [OTHER_AGENCY, MY_AGENCY] : [OTHER_AGENCY],
        });
        return describeRow(
          row,
          ability.can('read', subject),
          ability.can('read_summary', subject),
          ability.can('create', subject),
        );
      });
      expect(actual).toEqual(rows.map((row) => describeRow(row, row[6], row[7], row[8])));
    });
  });
});

// The agreed-approach lookup (PLAN row of §4: "also to all POLICE in the region, per logged
// lookup"): police professionals only, in the own region, whether or not they take part.
describe('the expected lookup table', () => {
  const card = (regionId: string) =>
    subject('AgreedApproach', { regionId, caseId: 'case-not-participating' });

  describe.each(AGENCY_TYPES)('a %s user', (agencyType) => {
    it.each(ROLE_SETS)('with roles %j', (roles, seesContent) => {
      const ability = buildAbility(context({ agencyType, roles }));
      const expected = agencyType === 'POLICE' && seesContent;
      expect([
        ability.can('lookup', card(REGION)),
        ability.can('lookup', card(OTHER_REGION)),
      ]).toEqual([expected, false]);
    });
  });
});
