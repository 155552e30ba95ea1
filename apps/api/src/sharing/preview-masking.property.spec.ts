// "Previews disclose nothing new" (docs/data-sharing.md, "Bekijk als"), as a property: for
// generated callers, previewed agencies, grants and rows, a preview's shape is exactly the
// previewed agency's own masking, and its content never more than the caller's own masking.
import {
  AGENCY_TYPES,
  INFORMATION_CATEGORIES,
  ROLES,
  type InformationCategory,
} from '@schakel/domain';
import { buildAbility, DEFAULT_COVENANT, type PolicyContext } from '@schakel/sharing-policy';
import fc from 'fast-check';
import { NO_AUDIT } from '../audit/audit-scope';
import {
  accessTo,
  categoryAccess,
  itemSubject,
  previewCategories,
  previewItem,
  previewPerson,
  type ItemRow,
} from './masking';
import {
  caseSubject,
  caseSubjectItem,
  PERSON_ADDRESS,
  PERSON_BSN,
  PERSON_DATE_OF_BIRTH,
  PERSON_NAME,
  type CasePolicyFields,
  type PersonField,
} from './policy-sql';

// Which part of the policy each previewed person field falls under, written out here on purpose.
const POLICY_FIELD: Record<string, PersonField> = {
  GIVEN_NAMES: PERSON_NAME,
  FAMILY_NAME: PERSON_NAME,
  DATE_OF_BIRTH: PERSON_DATE_OF_BIRTH,
  ADDRESS: PERSON_ADDRESS,
  BSN: PERSON_BSN,
};

const REGION = 'r1';
const AGENCIES = ['a1', 'a2', 'a3'] as const;
const PERSON = 'p1';
const CASES = ['c1', 'c2'] as const;
const category = fc.constantFrom<InformationCategory>(...INFORMATION_CATEGORIES);
const agency = fc.constantFrom(...AGENCIES);

const grants = {
  covenant: fc.oneof(
    fc.constant(DEFAULT_COVENANT),
    fc.array(
      fc.record({
        category,
        subject: fc.oneof(
          fc.record({ agencyType: fc.constantFrom(...AGENCY_TYPES) }),
          fc.record({ agencyId: agency }),
        ),
        read: fc.boolean(),
        write: fc.boolean(),
        readSummary: fc.boolean(),
      }),
      { maxLength: 10 },
    ),
  ),
  consents: fc.array(
    fc.record({
      personId: fc.constant(PERSON),
      category,
      recipientAgencyId: agency,
      caseId: fc.option(fc.constantFrom(...CASES), { nil: null }),
    }),
    { maxLength: 3 },
  ),
  conflictDecisions: fc.array(
    fc.record({ caseId: fc.constantFrom(...CASES), category, recipientAgencyId: agency }),
    { maxLength: 2 },
  ),
};

/** The caller: any roles, its own break-glass openings. */
const viewerContext: fc.Arbitrary<PolicyContext> = fc.record({
  user: fc.record({
    id: fc.constant('u1'),
    roles: fc.subarray([...ROLES]),
    agencyId: agency,
    agencyType: fc.constantFrom(...AGENCY_TYPES),
    regionId: fc.constant(REGION),
  }),
  ...grants,
  breakGlass: fc.array(fc.record({ caseId: fc.constantFrom(...CASES), reason: fc.constant('r') }), {
    maxLength: 1,
  }),
});

/** The previewed agency: an ordinary professional (PolicyService.asAgency), no break-glass. */
const targetContext: fc.Arbitrary<PolicyContext> = fc.record({
  user: fc.record({
    id: fc.constant('preview'),
    roles: fc.constant(['MEMBER' as const]),
    agencyId: agency,
    agencyType: fc.constantFrom(...AGENCY_TYPES),
    regionId: fc.constant(REGION),
  }),
  ...grants,
  breakGlass: fc.constant([]),
});

const caseRow: fc.Arbitrary<CasePolicyFields> = fc.record({
  id: fc.constantFrom(...CASES),
  regionId: fc.constant(REGION),
  subjectPersonId: fc.constant(PERSON),
  referringAgencyId: agency,
  casusregisseurAgencyId: fc.option(agency, { nil: null }),
  activeParticipantAgencyIds: fc.subarray([...AGENCIES]),
});

const items = (row: CasePolicyFields) =>
  fc
    .array(fc.record({ category, sourceAgencyId: agency, hasShareableSummary: fc.boolean() }), {
      maxLength: 6,
    })
    .map((list) =>
      list.map((item, index): ItemRow => ({
        id: `i${index}`,
        caseId: row.id,
        personId: PERSON,
        regionId: REGION,
        category: item.category,
        sourceAgencyId: item.sourceAgencyId,
        sourceAgency: { id: item.sourceAgencyId, name: item.sourceAgencyId, type: 'ZVH' },
        legalBasis: 'basis',
        text: `text ${index}`,
        summary: item.hasShareableSummary ? `summary ${index}` : null,
        hasShareableSummary: item.hasShareableSummary,
        createdAt: new Date(0),
        activeParticipantAgencyIds: [...row.activeParticipantAgencyIds],
      })),
    );

const RANK = { WITHHELD: 0, SUMMARY: 1, FULL: 2 } as const;
/** What a shown marker discloses as content. */
const disclosed = (marker: string) => (marker === 'FULL' ? 2 : marker === 'SUMMARY' ? 1 : 0);

describe('a preview', () => {
  it('has the previewed agency’s shape and never more content than the caller’s own view', () => {
    const scenario = caseRow.chain((row) =>
      fc.record({
        viewer: viewerContext,
        target: targetContext,
        row: fc.constant(row),
        items: items(row),
      }),
    );
    let shownContent = 0;
    fc.assert(
      fc.property(scenario, ({ viewer, target, row, items: rows }) => {
        const own = buildAbility(viewer);
        const theirs = buildAbility(target);
        const abilities = {
          viewer: { ability: own, agencyId: viewer.user.agencyId, audit: NO_AUDIT },
          target: { ability: theirs, agencyId: target.user.agencyId },
        };
        const caseReadable = theirs.can('read', caseSubject(row));

        // Items: present exactly when the target gets them, at the target's access.
        for (const item of rows) {
          const subject = itemSubject(item);
          const preview = previewItem(abilities, item);
          const targetAccess = accessTo(theirs, subject);
          const ownAccess = accessTo(own, subject);
          expect(preview?.targetAccess ?? 'WITHHELD').toBe(targetAccess);
          if (!preview) continue;
          expect(disclosed(preview.access)).toBeLessThanOrEqual(
            Math.min(RANK[ownAccess], RANK[targetAccess]),
          );
          expect(preview.access === 'VISIBLE_TO_TARGET_ONLY').toBe(ownAccess === 'WITHHELD');
          if (preview.text !== null) expect([ownAccess, targetAccess]).toEqual(['FULL', 'FULL']);
          if (preview.summary !== null) expect(ownAccess).not.toBe('WITHHELD');
          if (preview.text !== null || preview.summary !== null) shownContent++;
        }

        // Categories: the target's own categoryAccess, content capped by the caller's.
        const theirCategories = categoryAccess(theirs, row, { agencyId: target.user.agencyId });
        const ownCategories = categoryAccess(own, row, { agencyId: viewer.user.agencyId });
        previewCategories(abilities, row, caseReadable).forEach((c, index) => {
          expect([c.targetAccess, c.targetBasis]).toEqual([
            theirCategories[index]!.access,
            theirCategories[index]!.accessBasis,
          ]);
          expect(disclosed(c.access)).toBeLessThanOrEqual(
            Math.min(RANK[ownCategories[index]!.access], RANK[c.targetAccess]),
          );
        });

        // Person fields: a value only where both read that field's part of its category.
        const person = {
          givenNames: 'G',
          familyName: 'F',
          dateOfBirth: '2000-01-01',
          bsn: '1',
          street: 'S',
          houseNumber: '1',
          postcode: 'P',
          city: 'C',
          wijk: null,
        };
        for (const field of previewPerson(abilities, row, person, caseReadable)) {
          const subject = caseSubjectItem(row, POLICY_FIELD[field.field]!);
          expect(field.targetAccess).toBe(theirs.can('read', subject) ? 'FULL' : 'WITHHELD');
          if (field.value !== null) {
            expect([own.can('read', subject), theirs.can('read', subject)]).toEqual([true, true]);
          }
        }
      }),
      { numRuns: 400 },
    );
    // The property is not vacuous: some previews do show content.
    expect(shownContent).toBeGreaterThan(0);
  });
});
