import { subject } from '@casl/ability';
import { accessBasis, buildAbility } from './build-ability';
import { packAbility, unpackAbility, type PackedAbility } from './pack';
import { caseOf, context, item, MY_AGENCY, OTHER_AGENCY } from './testing/fixtures';

describe('packed abilities for the portal', () => {
  const ability = buildAbility(
    context(
      { agencyType: 'ZVH', roles: ['PROCESREGISSEUR', 'FUNCTIONAL_ADMIN'] },
      {
        consents: [
          { personId: 'person-1', category: 'CARE', recipientAgencyId: MY_AGENCY, caseId: null },
        ],
        breakGlass: [{ caseId: 'case-2', reason: 'acute' }],
      },
    ),
  );
  // The portal receives the rules as JSON over GraphQL.
  const unpacked = unpackAbility(JSON.parse(JSON.stringify(packAbility(ability))) as PackedAbility);

  it('restore the same rules, reasons included', () => {
    // unpackRules returns actions and subjects as arrays; packing again normalises both sides.
    expect(packAbility(unpacked)).toEqual(packAbility(ability));
    expect(unpacked.rules.map((rule) => rule.reason)).toEqual(
      ability.rules.map((rule) => rule.reason),
    );
  });

  it('answer as the original does, with the same access basis', () => {
    const outsider = { activeParticipantAgencyIds: [OTHER_AGENCY] };
    const subjects = [
      item('CARE'),
      item('CARE', { personId: 'person-2' }),
      item('POLICE', { ...outsider, caseId: 'case-2' }),
      item('POLICE', outsider),
      caseOf(outsider),
      caseOf({ ...outsider, id: 'case-2' }),
    ];
    for (const subject of subjects) {
      for (const action of ['read', 'read_summary', 'create', 'view_as', 'break_glass'] as const) {
        expect([action, unpacked.can(action, subject)]).toEqual([
          action,
          ability.can(action, subject),
        ]);
      }
      expect(accessBasis(unpacked, 'read', subject)).toBe(accessBasis(ability, 'read', subject));
    }
    expect(accessBasis(unpacked, 'read', item('POLICE', { ...outsider, caseId: 'case-2' }))).toBe(
      'break_glass',
    );
  });

  it('are compact: one short tuple per rule', () => {
    const packed = packAbility(ability);
    expect(packed).toHaveLength(ability.rules.length);
    expect(packed[0]).toEqual(['update', 'Covenant', { regionId: 'region-utrecht' }, 0, 0, 'role']);
  });
});

describe('packed police abilities', () => {
  it('keep the agreed-approach lookup and its basis', () => {
    const ability = buildAbility(context({ agencyType: 'POLICE', roles: ['MEMBER'] }));
    const unpacked = unpackAbility(
      JSON.parse(JSON.stringify(packAbility(ability))) as PackedAbility,
    );
    const card = subject('AgreedApproach', { regionId: 'region-utrecht', caseId: 'case-9' });
    expect(unpacked.can('lookup', card)).toBe(true);
    expect(accessBasis(unpacked, 'lookup', card)).toBe('covenant');
    const elsewhere = subject('AgreedApproach', { regionId: 'region-twente', caseId: 'case-9' });
    expect(unpacked.can('lookup', elsewhere)).toBe(false);
  });
});
