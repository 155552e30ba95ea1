import { subject } from '@casl/ability';
import { AGENCY_TYPES, type Role } from '@schakel/domain';
import {
  accessBasis,
  buildAbility,
  VOLUNTEER_DEFAULT_CONSENT,
  type ConsentGrant,
  type PolicyContext,
} from './build-ability';
import { DEFAULT_COVENANT, type CovenantEntry } from './covenant';
import type { CovenantSubject } from './subjects';
import {
  caseOf,
  context,
  item,
  MY_AGENCY,
  OTHER_AGENCY,
  OTHER_REGION,
  REGION,
} from './testing/fixtures';

const covenantOf = (regionId: string): CovenantSubject => subject('Covenant', { regionId });

describe('need-to-know on array fields (CASL 7, mongo semantics)', () => {
  const ability = buildAbility(context({ agencyType: 'MUNICIPALITY', roles: ['MEMBER'] }));

  it('matches when the participant list contains the agency among others', () => {
    expect(
      ability.can('read', item('IDENTITY', { activeParticipantAgencyIds: ['a', MY_AGENCY, 'b'] })),
    ).toBe(true);
  });
  it('does not match a list without the agency, or an empty list', () => {
    expect(ability.can('read', item('IDENTITY', { activeParticipantAgencyIds: ['a', 'b'] }))).toBe(
      false,
    );
    expect(ability.can('read', item('IDENTITY', { activeParticipantAgencyIds: [] }))).toBe(false);
  });
  it('does not match a prefix or substring of the agency id', () => {
    expect(
      ability.can('read', item('IDENTITY', { activeParticipantAgencyIds: [`${MY_AGENCY}-2`] })),
    ).toBe(false);
  });
  it('applies to cases as well', () => {
    expect(ability.can('read', caseOf())).toBe(true);
    expect(ability.can('read', caseOf({ activeParticipantAgencyIds: [OTHER_AGENCY] }))).toBe(false);
    expect(ability.can('read', caseOf({ regionId: OTHER_REGION }))).toBe(false);
  });
  it('treats a __typename tag like the subject() helper', () => {
    const tagged = {
      __typename: 'InformationItem' as const,
      id: 'item-1',
      caseId: 'case-1',
      personId: 'person-1',
      regionId: REGION,
      category: 'IDENTITY' as const,
      part: 'ITEM' as const,
      hasShareableSummary: false,
      sourceAgencyId: OTHER_AGENCY,
      activeParticipantAgencyIds: [MY_AGENCY],
    };
    expect(ability.can('read', tagged)).toBe(true);
    expect(ability.can('read', { ...tagged, category: 'CARE' as const })).toBe(false);
  });
});

describe('a volunteer organisation (VOLUNTEER)', () => {
  const volunteer = (consents: ConsentGrant[], covenant = DEFAULT_COVENANT) =>
    buildAbility(context({ agencyType: 'VOLUNTEER', roles: ['MEMBER'] }, { consents, covenant }));
  const grant = (category: ConsentGrant['category'], parts?: ConsentGrant['parts']) => ({
    personId: 'person-1',
    category,
    recipientAgencyId: MY_AGENCY,
    caseId: 'case-1',
    ...(parts === undefined ? {} : { parts }),
  });
  const defaultScope = Object.entries(VOLUNTEER_DEFAULT_CONSENT).map(([category, parts]) =>
    grant(category as ConsentGrant['category'], parts),
  );

  it('gets nothing from the covenant, also from a stored covenant that still grants it', () => {
    const generous: CovenantEntry[] = DEFAULT_COVENANT.map((entry) =>
      'agencyType' in entry.subject && entry.subject.agencyType === 'VOLUNTEER'
        ? { ...entry, read: true, write: true }
        : entry,
    );
    for (const covenant of [DEFAULT_COVENANT, generous]) {
      const ability = volunteer([], covenant);
      for (const category of ['IDENTITY', 'PLAN', 'SAFETY', 'CARE_SIGNAL', 'POLICE'] as const) {
        expect(ability.can('read', item(category))).toBe(false);
        expect(ability.can('read_summary', item(category))).toBe(false);
        expect(ability.can('create', item(category))).toBe(false);
      }
    }
  });
  it('with the default consent reads name and contact, not birth date, address or items', () => {
    const ability = volunteer(defaultScope);
    const identity = (part: 'NAME' | 'CONTACT' | 'DATE_OF_BIRTH' | 'ADDRESS' | 'ITEM') =>
      ability.can('read', item('IDENTITY', { part }));
    expect([identity('NAME'), identity('CONTACT')]).toEqual([true, true]);
    expect([identity('DATE_OF_BIRTH'), identity('ADDRESS'), identity('ITEM')]).toEqual([
      false,
      false,
      false,
    ]);
    expect(accessBasis(ability, 'read', item('IDENTITY', { part: 'NAME' }))).toBe('consent');
    expect(ability.can('read', item('BSN', { part: 'WHOLE' }))).toBe(false);
  });
  it('with the default consent reads only its own actions of the plan', () => {
    const ability = volunteer(defaultScope);
    expect(ability.can('read', item('PLAN', { part: 'OWN_ACTIONS' }))).toBe(true);
    expect(ability.can('read', item('PLAN', { part: 'WHOLE' }))).toBe(false);
    expect(ability.can('read', item('PLAN', { part: 'ITEM' }))).toBe(false);
  });
  it('reads a whole category when the consent names no parts', () => {
    const ability = volunteer([grant('IDENTITY', []), grant('PLAN')]);
    for (const part of ['NAME', 'DATE_OF_BIRTH', 'ADDRESS', 'ITEM'] as const) {
      expect(ability.can('read', item('IDENTITY', { part }))).toBe(true);
    }
    expect(ability.can('read', item('PLAN', { part: 'WHOLE' }))).toBe(true);
  });
  it('reads nothing on a consent naming a part its category does not have (bad data)', () => {
    const ability = volunteer([grant('SAFETY', ['NAME']), grant('IDENTITY', ['OWN_ACTIONS'])]);
    expect(ability.can('read', item('SAFETY', { part: 'ITEM' }))).toBe(false);
    expect(ability.can('read', item('IDENTITY', { part: 'NAME' }))).toBe(false);
  });
  it('reads nothing on a conflict-of-duties decision', () => {
    const ability = buildAbility(
      context(
        { agencyType: 'VOLUNTEER', roles: ['MEMBER'] },
        {
          conflictDecisions: [{ caseId: 'case-1', category: 'CARE', recipientAgencyId: MY_AGENCY }],
        },
      ),
    );
    expect(ability.can('read', item('CARE'))).toBe(false);
  });
  it('sees a case it takes part in only while a consent of the person covers that case', () => {
    expect(volunteer([]).can('read', caseOf())).toBe(false);
    expect(volunteer(defaultScope).can('read', caseOf())).toBe(true);
    expect(accessBasis(volunteer(defaultScope), 'read', caseOf())).toBe('consent');
    expect(volunteer(defaultScope).can('read', caseOf({ id: 'case-2' }))).toBe(false);
    const everyCase = volunteer([{ ...grant('IDENTITY', ['NAME']), caseId: null }]);
    expect(everyCase.can('read', caseOf({ id: 'case-2' }))).toBe(true);
    expect(everyCase.can('read', caseOf({ id: 'case-2', subjectPersonId: 'person-2' }))).toBe(
      false,
    );
    expect(everyCase.can('read', caseOf({ subjectPersonId: undefined }))).toBe(false);
  });
  it('reads nothing once its participation has ended, consent or not', () => {
    const ability = volunteer(defaultScope);
    expect(
      ability.can('read', item('IDENTITY', { part: 'NAME', activeParticipantAgencyIds: [] })),
    ).toBe(false);
  });
});

describe('consent', () => {
  const consent = {
    personId: 'person-1',
    category: 'CARE' as const,
    recipientAgencyId: MY_AGENCY,
    caseId: null,
  };
  const withConsent = (consents: PolicyContext['consents']) =>
    buildAbility(context({ agencyType: 'MUNICIPALITY', roles: ['MEMBER'] }, { consents }));

  it('lets the recipient read that person’s category in any case it takes part in', () => {
    const ability = withConsent([consent]);
    expect(ability.can('read', item('CARE'))).toBe(true);
    expect(ability.can('read', item('CARE', { caseId: 'case-2' }))).toBe(true);
    expect(accessBasis(ability, 'read', item('CARE'))).toBe('consent');
  });

  it('extends nothing beyond its person, category and recipient', () => {
    const ability = withConsent([consent]);
    expect(ability.can('read', item('CARE', { personId: 'person-2' }))).toBe(false);
    expect(ability.can('read', item('PROBATION'))).toBe(false);
    expect(
      withConsent([{ ...consent, recipientAgencyId: OTHER_AGENCY }]).can('read', item('CARE')),
    ).toBe(false);
  });

  it('still requires active participation and the own region', () => {
    const ability = withConsent([consent]);
    expect(ability.can('read', item('CARE', { activeParticipantAgencyIds: [OTHER_AGENCY] }))).toBe(
      false,
    );
    expect(ability.can('read', item('CARE', { regionId: OTHER_REGION }))).toBe(false);
  });

  it('is limited to one case when it names one', () => {
    const ability = withConsent([{ ...consent, caseId: 'case-1' }]);
    expect(ability.can('read', item('CARE', { caseId: 'case-1' }))).toBe(true);
    expect(ability.can('read', item('CARE', { caseId: 'case-2' }))).toBe(false);
  });

  it('is gone on the next request once withdrawn (no longer in the context)', () => {
    expect(withConsent([consent]).can('read', item('CARE'))).toBe(true);
    expect(withConsent([]).can('read', item('CARE'))).toBe(false);
  });

  it('does not grant writing or the summary', () => {
    const ability = withConsent([consent]);
    expect(ability.can('create', item('CARE'))).toBe(false);
    expect(ability.can('read_summary', item('CARE'))).toBe(false);
  });
});

describe('conflict of duties', () => {
  const decision = { caseId: 'case-1', category: 'CARE' as const, recipientAgencyId: MY_AGENCY };
  const ability = buildAbility(
    context({ agencyType: 'POLICE', roles: ['MEMBER'] }, { conflictDecisions: [decision] }),
  );

  it('lets the recipient read that category in that case, for every person in it', () => {
    expect(ability.can('read', item('CARE'))).toBe(true);
    expect(ability.can('read', item('CARE', { personId: 'person-2' }))).toBe(true);
    expect(accessBasis(ability, 'read', item('CARE'))).toBe('conflict_of_duties');
  });

  it('extends nothing beyond its case, category and recipient', () => {
    expect(ability.can('read', item('CARE', { caseId: 'case-2' }))).toBe(false);
    expect(ability.can('read', item('SOCIAL'))).toBe(false);
    const forOthers = buildAbility(
      context(
        { agencyType: 'POLICE', roles: ['MEMBER'] },
        { conflictDecisions: [{ ...decision, recipientAgencyId: OTHER_AGENCY }] },
      ),
    );
    expect(forOthers.can('read', item('CARE'))).toBe(false);
  });

  it('still requires active participation and the own region', () => {
    expect(ability.can('read', item('CARE', { activeParticipantAgencyIds: [OTHER_AGENCY] }))).toBe(
      false,
    );
    expect(ability.can('read', item('CARE', { regionId: OTHER_REGION }))).toBe(false);
  });
});

describe('break-the-glass', () => {
  const grant = { caseId: 'case-1', reason: 'acute danger, casusregisseur unreachable' };
  const outsider = { activeParticipantAgencyIds: [OTHER_AGENCY] };
  const director = (roles: readonly Role[], breakGlass: PolicyContext['breakGlass']) =>
    buildAbility(context({ agencyType: 'ZVH', roles }, { breakGlass }));

  it('opens the case and every category in it, flagged as break-glass', () => {
    const ability = director(['PROCESREGISSEUR'], [grant]);
    expect(ability.can('read', caseOf(outsider))).toBe(true);
    expect(accessBasis(ability, 'read', caseOf(outsider))).toBe('break_glass');
    for (const category of ['CARE', 'POLICE', 'PROBATION'] as const) {
      expect(ability.can('read', item(category, outsider))).toBe(true);
      expect(accessBasis(ability, 'read', item(category, outsider))).toBe('break_glass');
    }
  });

  it('opens only that one case, never across regions, and grants no writing', () => {
    const ability = director(['PROCESREGISSEUR'], [grant]);
    expect(ability.can('read', caseOf({ ...outsider, id: 'case-2' }))).toBe(false);
    expect(ability.can('read', item('CARE', { ...outsider, caseId: 'case-2' }))).toBe(false);
    expect(ability.can('read', caseOf({ ...outsider, regionId: OTHER_REGION }))).toBe(false);
    expect(ability.can('read', item('CARE', { ...outsider, regionId: OTHER_REGION }))).toBe(false);
    expect(ability.can('create', item('PLAN', outsider))).toBe(false);
  });

  it('logs covenant access as covenant even while the glass is broken', () => {
    const ability = director(['PROCESREGISSEUR'], [grant]);
    expect(accessBasis(ability, 'read', item('POLICE'))).toBe('covenant');
    expect(accessBasis(ability, 'read', item('CARE'))).toBe('break_glass');
  });

  it('is ignored for a user who is not (or no longer) procesregisseur', () => {
    expect(director(['MEMBER'], [grant]).can('read', caseOf(outsider))).toBe(false);
    expect(director(['PRIVACY_OFFICER'], [grant]).can('read', caseOf(outsider))).toBe(false);
  });

  it('may be requested by a procesregisseur for cases of the own region only', () => {
    const ability = director(['PROCESREGISSEUR'], []);
    expect(ability.can('break_glass', caseOf(outsider))).toBe(true);
    expect(ability.can('break_glass', caseOf({ regionId: OTHER_REGION }))).toBe(false);
    expect(ability.can('read', caseOf(outsider))).toBe(false);
    expect(director(['MEMBER'], []).can('break_glass', caseOf(outsider))).toBe(false);
  });
});

describe('view as', () => {
  it('is for a privacy officer on any case of the own region, without reading it', () => {
    const ability = buildAbility(context({ agencyType: 'ZVH', roles: ['PRIVACY_OFFICER'] }));
    const outsider = caseOf({ activeParticipantAgencyIds: [OTHER_AGENCY] });
    expect(ability.can('view_as', outsider)).toBe(true);
    expect(accessBasis(ability, 'view_as', outsider)).toBe('role');
    expect(ability.can('read', outsider)).toBe(false);
    expect(ability.can('view_as', caseOf({ regionId: OTHER_REGION }))).toBe(false);
  });

  it('is for a functional administrator on any case of the own region, without reading it', () => {
    const ability = buildAbility(context({ agencyType: 'ZVH', roles: ['FUNCTIONAL_ADMIN'] }));
    const outsider = caseOf({ activeParticipantAgencyIds: [OTHER_AGENCY] });
    expect(ability.can('view_as', outsider)).toBe(true);
    expect(ability.can('read', outsider)).toBe(false);
    expect(ability.can('view_as', caseOf({ regionId: OTHER_REGION }))).toBe(false);
    const admin = buildAbility(context({ agencyType: 'ZVH', roles: ['AGENCY_ADMIN'] }));
    expect(admin.can('view_as', caseOf())).toBe(false);
  });

  it('is for a procesregisseur on cases the own agency takes part in', () => {
    const ability = buildAbility(context({ agencyType: 'ZVH', roles: ['PROCESREGISSEUR'] }));
    expect(ability.can('view_as', caseOf())).toBe(true);
    expect(ability.can('view_as', caseOf({ activeParticipantAgencyIds: [OTHER_AGENCY] }))).toBe(
      false,
    );
    expect(ability.can('view_as', caseOf({ regionId: OTHER_REGION }))).toBe(false);
    const member = buildAbility(context({ agencyType: 'ZVH', roles: ['MEMBER'] }));
    expect(member.can('view_as', caseOf())).toBe(false);
  });
});

describe('administrators and privacy officers', () => {
  const everything: Partial<PolicyContext> = {
    consents: [
      { personId: 'person-1', category: 'CARE', recipientAgencyId: MY_AGENCY, caseId: null },
    ],
    conflictDecisions: [{ caseId: 'case-1', category: 'CARE', recipientAgencyId: MY_AGENCY }],
    breakGlass: [{ caseId: 'case-1', reason: 'x' }],
  };

  it.each([
    [['FUNCTIONAL_ADMIN']],
    [['PRIVACY_OFFICER']],
    [['AGENCY_ADMIN']],
    [['FUNCTIONAL_ADMIN', 'PRIVACY_OFFICER', 'AGENCY_ADMIN']],
  ] as const)('%j see no case content, whatever exceptions exist', (roles) => {
    const ability = buildAbility(context({ agencyType: 'ZVH', roles }, everything));
    expect(ability.can('read', caseOf())).toBe(false);
    expect(ability.can('create', caseOf())).toBe(false);
    for (const category of ['IDENTITY', 'CARE', 'PLAN'] as const) {
      expect(ability.can('read', item(category))).toBe(false);
      expect(ability.can('read_summary', item(category))).toBe(false);
      expect(ability.can('create', item(category))).toBe(false);
    }
    expect(ability.rules.filter((rule) => rule.subject === 'InformationItem')).toEqual([]);
  });

  it('a functional administrator proposes covenant changes of the own region only, never approves', () => {
    const ability = buildAbility(context({ agencyType: 'ZVH', roles: ['FUNCTIONAL_ADMIN'] }));
    expect(ability.can('read', covenantOf(REGION))).toBe(true);
    expect(ability.can('update', covenantOf(REGION))).toBe(true);
    expect(ability.can('approve', covenantOf(REGION))).toBe(false);
    expect(ability.can('manage', covenantOf(REGION))).toBe(false);
    expect(accessBasis(ability, 'update', covenantOf(REGION))).toBe('role');
    expect(ability.can('update', covenantOf(OTHER_REGION))).toBe(false);
    expect(ability.can('read', subject('AuditTrail', { regionId: REGION }))).toBe(false);
  });

  it('a privacy officer reads the audit trail and the covenant of the own region only', () => {
    const ability = buildAbility(context({ agencyType: 'ZVH', roles: ['PRIVACY_OFFICER'] }));
    expect(ability.can('read', subject('AuditTrail', { regionId: REGION }))).toBe(true);
    expect(ability.can('read', subject('AuditTrail', { regionId: OTHER_REGION }))).toBe(false);
    expect(ability.can('read', covenantOf(REGION))).toBe(true);
    expect(ability.can('update', covenantOf(REGION))).toBe(false);
    expect(ability.can('approve', covenantOf(REGION))).toBe(true);
    expect(ability.can('approve', covenantOf(OTHER_REGION))).toBe(false);
  });

  it('a privacy officer handles data-subject requests, retention and break-glass reviews in the own region', () => {
    const ability = buildAbility(context({ agencyType: 'ZVH', roles: ['PRIVACY_OFFICER'] }));
    for (const region of [REGION, OTHER_REGION]) {
      const own = region === REGION;
      expect(ability.can('create', subject('DataSubjectRequest', { regionId: region }))).toBe(own);
      expect(ability.can('update', subject('Retention', { regionId: region }))).toBe(own);
      expect(ability.can('update', subject('AuditTrail', { regionId: region }))).toBe(own);
    }
    // Reviewing is not deleting: no manage on the trail.
    expect(ability.can('manage', subject('AuditTrail', { regionId: REGION }))).toBe(false);
  });

  it('a functional administrator reads the retention periods but does not change them', () => {
    const ability = buildAbility(context({ agencyType: 'ZVH', roles: ['FUNCTIONAL_ADMIN'] }));
    expect(ability.can('read', subject('Retention', { regionId: REGION }))).toBe(true);
    expect(ability.can('update', subject('Retention', { regionId: REGION }))).toBe(false);
    expect(ability.can('read', subject('DataSubjectRequest', { regionId: REGION }))).toBe(false);
  });

  it('a member has no admin or audit permissions', () => {
    const ability = buildAbility(
      context({ agencyType: 'ZVH', roles: ['MEMBER', 'PROCESREGISSEUR'] }),
    );
    expect(ability.can('read', covenantOf(REGION))).toBe(false);
    expect(ability.can('read', subject('AuditTrail', { regionId: REGION }))).toBe(false);
    expect(ability.can('read', subject('DataSubjectRequest', { regionId: REGION }))).toBe(false);
    expect(ability.can('read', subject('Retention', { regionId: REGION }))).toBe(false);
  });
});

describe('managing participation', () => {
  it('is for a procesregisseur on cases the own agency takes part in, in the own region', () => {
    const director = buildAbility(context({ agencyType: 'ZVH', roles: ['PROCESREGISSEUR'] }));
    expect(director.can('update', caseOf())).toBe(true);
    expect(director.can('update', caseOf({ activeParticipantAgencyIds: [OTHER_AGENCY] }))).toBe(
      false,
    );
    expect(director.can('update', caseOf({ regionId: OTHER_REGION }))).toBe(false);
  });

  it('is not granted by break-glass, or to members and administrators', () => {
    const outsider = caseOf({ activeParticipantAgencyIds: [OTHER_AGENCY] });
    const glass = buildAbility(
      context(
        { agencyType: 'ZVH', roles: ['PROCESREGISSEUR'] },
        { breakGlass: [{ caseId: 'case-1', reason: 'acute danger, nobody reachable' }] },
      ),
    );
    expect(glass.can('read', outsider)).toBe(true);
    expect(glass.can('update', outsider)).toBe(false);
    for (const roles of [['MEMBER'], ['FUNCTIONAL_ADMIN'], ['PRIVACY_OFFICER']] as const) {
      expect(buildAbility(context({ agencyType: 'ZVH', roles })).can('update', caseOf())).toBe(
        false,
      );
    }
  });
});

describe('leading a case', () => {
  it('is for the casusregisseur agency while it takes part, and for the procesregisseur', () => {
    const lead = buildAbility(context({ agencyType: 'PROBATION', roles: ['MEMBER'] }));
    expect(lead.can('lead', caseOf({ casusregisseurAgencyId: MY_AGENCY }))).toBe(true);
    expect(lead.can('lead', caseOf({ casusregisseurAgencyId: OTHER_AGENCY }))).toBe(false);
    expect(lead.can('lead', caseOf({ casusregisseurAgencyId: null }))).toBe(false);
    expect(lead.can('lead', caseOf())).toBe(false);
    const left = caseOf({ casusregisseurAgencyId: MY_AGENCY, activeParticipantAgencyIds: [] });
    expect(lead.can('lead', left)).toBe(false);
    const director = buildAbility(context({ agencyType: 'ZVH', roles: ['PROCESREGISSEUR'] }));
    expect(director.can('lead', caseOf())).toBe(true);
    expect(director.can('lead', caseOf({ regionId: OTHER_REGION }))).toBe(false);
  });

  it('is not granted to administrators, privacy officers or by break-glass', () => {
    const own = caseOf({ casusregisseurAgencyId: MY_AGENCY });
    for (const roles of [['AGENCY_ADMIN'], ['FUNCTIONAL_ADMIN'], ['PRIVACY_OFFICER']] as const) {
      expect(buildAbility(context({ agencyType: 'PROBATION', roles })).can('lead', own)).toBe(
        false,
      );
    }
    const glass = buildAbility(
      context(
        { agencyType: 'ZVH', roles: ['PROCESREGISSEUR'] },
        { breakGlass: [{ caseId: 'case-1', reason: 'acute danger, nobody reachable' }] },
      ),
    );
    expect(glass.can('lead', caseOf({ activeParticipantAgencyIds: [OTHER_AGENCY] }))).toBe(false);
  });
});

describe('triage', () => {
  it('is for the procesregisseur of the Veiligheidshuis on cases it takes part in', () => {
    const zvh = buildAbility(context({ agencyType: 'ZVH', roles: ['PROCESREGISSEUR'] }));
    expect(zvh.can('triage', caseOf())).toBe(true);
    expect(zvh.can('triage', caseOf({ activeParticipantAgencyIds: [OTHER_AGENCY] }))).toBe(false);
    expect(zvh.can('triage', caseOf({ regionId: OTHER_REGION }))).toBe(false);
  });

  it('is not for a procesregisseur role at another agency type, or for members', () => {
    const elsewhere = buildAbility(
      context({ agencyType: 'MUNICIPALITY', roles: ['PROCESREGISSEUR'] }),
    );
    expect(elsewhere.can('triage', caseOf())).toBe(false);
    expect(
      buildAbility(context({ agencyType: 'ZVH', roles: ['MEMBER'] })).can('triage', caseOf()),
    ).toBe(false);
  });
});

describe('writing', () => {
  const police = buildAbility(context({ agencyType: 'POLICE', roles: ['MEMBER'] }));

  it('corrects only items the own agency is the source of', () => {
    expect(police.can('update', item('POLICE', { sourceAgencyId: MY_AGENCY }))).toBe(true);
    expect(police.can('update', item('POLICE', { sourceAgencyId: OTHER_AGENCY }))).toBe(false);
    expect(police.can('update', item('CARE', { sourceAgencyId: MY_AGENCY }))).toBe(false);
  });

  it('refers cases in the own region only', () => {
    expect(police.can('create', caseOf({ activeParticipantAgencyIds: [] }))).toBe(true);
    expect(police.can('create', caseOf({ regionId: OTHER_REGION }))).toBe(false);
  });
});

describe('the police summary', () => {
  it('is readable by others only where police marked it shareable', () => {
    const ability = buildAbility(context({ agencyType: 'HOUSING', roles: ['MEMBER'] }));
    expect(ability.can('read', item('POLICE'))).toBe(false);
    expect(ability.can('read_summary', item('POLICE', { hasShareableSummary: true }))).toBe(true);
    expect(ability.can('read_summary', item('POLICE', { hasShareableSummary: false }))).toBe(false);
  });
});

describe('agency-specific covenant entries', () => {
  // Housing in general reads no identity here; one named housing agency does (within the ceiling).
  const covenant: CovenantEntry[] = [
    ...DEFAULT_COVENANT.map((entry) =>
      entry.category === 'IDENTITY' &&
      'agencyType' in entry.subject &&
      entry.subject.agencyType === 'HOUSING'
        ? { ...entry, read: false, write: false }
        : entry,
    ),
    { subject: { agencyId: MY_AGENCY }, category: 'IDENTITY', read: true, write: false },
    { subject: { agencyId: MY_AGENCY }, category: 'PLAN', read: false, write: false },
  ];

  it('override the agency type’s entry for that agency and category only', () => {
    const mine = buildAbility(context({ agencyType: 'HOUSING', roles: ['MEMBER'] }, { covenant }));
    expect(mine.can('read', item('IDENTITY'))).toBe(true);
    expect(mine.can('read', item('PLAN'))).toBe(false);
    expect(mine.can('read', item('SAFETY'))).toBe(true);
    const another = buildAbility(
      context({ agencyType: 'HOUSING', roles: ['MEMBER'], agencyId: 'agency-3' }, { covenant }),
    );
    expect(
      another.can('read', item('IDENTITY', { activeParticipantAgencyIds: ['agency-3'] })),
    ).toBe(false);
    expect(another.can('read', item('PLAN', { activeParticipantAgencyIds: ['agency-3'] }))).toBe(
      true,
    );
  });

  it('a category without any entry grants nothing', () => {
    const ability = buildAbility(
      context({ agencyType: 'ZVH', roles: ['MEMBER'] }, { covenant: [] }),
    );
    expect(ability.can('read', item('IDENTITY'))).toBe(false);
    expect(ability.can('read', caseOf())).toBe(true);
  });
});

describe('a partner privacy contact', () => {
  const part = (regionId: string, agencyId: string) =>
    subject('DataSubjectRequestPart', { regionId, agencyId });

  it('reviews and releases only its own agency’s part, in its own region', () => {
    const ability = buildAbility(context({ agencyType: 'CARE', roles: ['PRIVACY_CONTACT'] }));
    expect(ability.can('read', part(REGION, MY_AGENCY))).toBe(true);
    expect(ability.can('update', part(REGION, MY_AGENCY))).toBe(true);
    expect(ability.can('update', part(REGION, OTHER_AGENCY))).toBe(false);
    expect(ability.can('read', part(OTHER_REGION, MY_AGENCY))).toBe(false);
    expect(ability.can('read', subject('DataSubjectRequest', { regionId: REGION }))).toBe(false);
  });

  it('sees no case content through the ordinary paths', () => {
    const ability = buildAbility(context({ agencyType: 'CARE', roles: ['PRIVACY_CONTACT'] }));
    expect(ability.can('read', caseOf())).toBe(false);
    expect(ability.can('read', item('CARE'))).toBe(false);
    expect(ability.rules.filter((rule) => rule.subject === 'InformationItem')).toEqual([]);
  });

  it('the privacy officer cannot release a partner’s part', () => {
    const ability = buildAbility(context({ agencyType: 'ZVH', roles: ['PRIVACY_OFFICER'] }));
    expect(ability.can('update', part(REGION, MY_AGENCY))).toBe(false);
    expect(ability.can('read', part(REGION, MY_AGENCY))).toBe(false);
  });
});

describe('rule invariants', () => {
  const contexts: PolicyContext[] = AGENCY_TYPES.flatMap((agencyType) =>
    (['MEMBER', 'PROCESREGISSEUR', 'FUNCTIONAL_ADMIN', 'PRIVACY_OFFICER'] as const).map((role) =>
      context(
        { agencyType, roles: [role] },
        {
          consents: [
            { personId: 'p', category: 'CARE', recipientAgencyId: MY_AGENCY, caseId: 'c' },
          ],
          conflictDecisions: [{ caseId: 'c', category: 'SOCIAL', recipientAgencyId: MY_AGENCY }],
          breakGlass: [{ caseId: 'c', reason: 'r' }],
        },
      ),
    ),
  );

  it('uses only can rules, each bound to the user’s region and with a logged basis', () => {
    for (const ctx of contexts) {
      for (const rule of buildAbility(ctx).rules) {
        expect(rule.inverted).toBeFalsy();
        expect(rule.conditions).toMatchObject({ regionId: REGION });
        expect(['covenant', 'consent', 'conflict_of_duties', 'break_glass', 'role']).toContain(
          rule.reason,
        );
      }
    }
  });

  it('requires active participation on every content rule except break-glass, referral and the preview of privacy officer and functional administrator', () => {
    for (const ctx of contexts) {
      for (const rule of buildAbility(ctx).rules) {
        const exempt =
          rule.reason === 'break_glass' ||
          rule.action === 'break_glass' ||
          (rule.action === 'create' && rule.subject === 'Case') ||
          (rule.action === 'view_as' &&
            (ctx.user.roles.includes('PRIVACY_OFFICER') ||
              ctx.user.roles.includes('FUNCTIONAL_ADMIN')));
        if (exempt || (rule.subject !== 'Case' && rule.subject !== 'InformationItem')) continue;
        expect(rule.conditions).toMatchObject({ activeParticipantAgencyIds: MY_AGENCY });
      }
    }
  });

  it('drops grants with missing ids or unknown values instead of widening them', () => {
    const broken = JSON.parse(
      JSON.stringify({
        consents: [
          { personId: 'person-1', category: 'CARE', recipientAgencyId: MY_AGENCY },
          { personId: '', category: 'CARE', recipientAgencyId: MY_AGENCY, caseId: null },
          { personId: 'person-1', category: 'MEDICAL', recipientAgencyId: MY_AGENCY, caseId: null },
        ],
        conflictDecisions: [{ category: 'CARE', recipientAgencyId: MY_AGENCY }],
        breakGlass: [{ reason: 'no case named' }],
      }),
    ) as Partial<PolicyContext>;
    const ability = buildAbility(
      context({ agencyType: 'MUNICIPALITY', roles: ['PROCESREGISSEUR'] }, broken),
    );
    expect(ability.rules.map((rule) => rule.reason)).not.toContain('consent');
    expect(ability.rules.map((rule) => rule.reason)).not.toContain('conflict_of_duties');
    expect(ability.rules.map((rule) => rule.reason)).not.toContain('break_glass');
    expect(ability.can('read', item('CARE'))).toBe(false);
  });

  it('gives no content for role names it does not know', () => {
    const roles = JSON.parse('["SUPERUSER"]') as Role[];
    const ability = buildAbility(context({ agencyType: 'ZVH', roles }));
    expect(ability.can('read', item('IDENTITY'))).toBe(false);
  });

  it('grants nothing to a user without region or agency', () => {
    const ability = buildAbility(context({ agencyType: 'ZVH', roles: ['MEMBER'], regionId: '' }));
    expect(ability.rules).toEqual([]);
    expect(ability.can('read', item('IDENTITY', { regionId: '' }))).toBe(false);
  });
});

describe('the agreed-approach lookup (afsprakenkaart)', () => {
  const card = (fields: { regionId?: string; caseId?: string } = {}) =>
    subject('AgreedApproach', { regionId: REGION, caseId: 'case-1', ...fields });
  const police = (roles: readonly Role[], extra: Partial<PolicyContext> = {}) =>
    buildAbility(context({ agencyType: 'POLICE', roles }, extra));

  it('lets every police professional of the region look a card up, outside need-to-know', () => {
    const ability = police(['MEMBER']);
    expect(ability.can('lookup', card())).toBe(true);
    expect(ability.can('lookup', card({ caseId: 'case-not-mine' }))).toBe(true);
    expect(accessBasis(ability, 'lookup', card())).toBe('covenant');
    expect(police(['PROCESREGISSEUR']).can('lookup', card())).toBe(true);
    // The lookup shows the card only: it opens neither the case nor its plan.
    expect(ability.can('read', caseOf({ activeParticipantAgencyIds: [OTHER_AGENCY] }))).toBe(false);
    expect(ability.can('read', item('PLAN', { activeParticipantAgencyIds: [OTHER_AGENCY] }))).toBe(
      false,
    );
  });

  it('never crosses regions', () => {
    expect(police(['MEMBER']).can('lookup', card({ regionId: OTHER_REGION }))).toBe(false);
  });

  it.each(AGENCY_TYPES.filter((type) => type !== 'POLICE'))('is not for %s users', (agencyType) => {
    const ability = buildAbility(context({ agencyType, roles: ['MEMBER', 'PROCESREGISSEUR'] }));
    expect(ability.can('lookup', card())).toBe(false);
  });

  it.each([[['AGENCY_ADMIN']], [['FUNCTIONAL_ADMIN']], [['PRIVACY_OFFICER']], [[]]] as const)(
    'is not for police users with only %j',
    (roles) => {
      expect(police(roles).can('lookup', card())).toBe(false);
    },
  );

  it('is switched off when the covenant does not grant POLICE read on PLAN', () => {
    const tightened = (entry: CovenantEntry): CovenantEntry =>
      entry.category === 'PLAN' &&
      'agencyType' in entry.subject &&
      entry.subject.agencyType === 'POLICE'
        ? { ...entry, read: false, write: false }
        : entry;
    const ability = police(['MEMBER'], { covenant: DEFAULT_COVENANT.map(tightened) });
    expect(ability.can('lookup', card())).toBe(false);
    expect(police(['MEMBER'], { covenant: [] }).can('lookup', card())).toBe(false);
  });

  it('follows an agency-specific PLAN entry for that police agency', () => {
    const covenant: CovenantEntry[] = [
      ...DEFAULT_COVENANT,
      { subject: { agencyId: MY_AGENCY }, category: 'PLAN', read: false, write: false },
    ];
    expect(police(['MEMBER'], { covenant }).can('lookup', card())).toBe(false);
    const other = buildAbility(
      context({ agencyType: 'POLICE', roles: ['MEMBER'], agencyId: 'agency-3' }, { covenant }),
    );
    expect(other.can('lookup', card())).toBe(true);
  });

  it('is not granted by break-glass, consent or conflict of duties', () => {
    const ability = buildAbility(
      context(
        { agencyType: 'ZVH', roles: ['PROCESREGISSEUR'] },
        {
          breakGlass: [{ caseId: 'case-1', reason: 'acute danger, nobody reachable' }],
          consents: [
            { personId: 'person-1', category: 'PLAN', recipientAgencyId: MY_AGENCY, caseId: null },
          ],
          conflictDecisions: [{ caseId: 'case-1', category: 'PLAN', recipientAgencyId: MY_AGENCY }],
        },
      ),
    );
    expect(ability.can('lookup', card())).toBe(false);
  });
});
