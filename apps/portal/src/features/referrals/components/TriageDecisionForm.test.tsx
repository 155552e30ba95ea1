import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { TriageReferralFieldsFragment } from '../../../gql/graphql';
import { AGENCIES, CASE_ID, shown } from '../../../test/caseFixtures';
import { renderSignedIn } from '../../../test/renderSignedIn';
import { me } from '../../../test/sessionFixtures';
import { DECIDE_REFERRAL_MUTATION } from '../graphql/referralDocuments';
import { TriageDecisionForm } from './TriageDecisionForm';

const regisseur = me({ roles: ['PROCESREGISSEUR'], agencyType: 'ZVH' });

// The referrer proposed the police and — from before the consent rule — a volunteer organisation.
const referral: TriageReferralFieldsFragment = {
  __typename: 'Referral',
  caseId: CASE_ID,
  reference: 'ZVH-2026-003',
  theme: 'EX_DETAINEE',
  status: 'REFERRED',
  referredAt: '2026-11-20T09:00:00.000Z',
  waitingDays: 3,
  referringAgency: AGENCIES.reclassering,
  referredByName: 'Rob Reclassering',
  person: {
    __typename: 'Person',
    id: 'person-1',
    givenNames: shown('Ahmed'),
    familyName: shown('Bakker'),
    dateOfBirth: shown('1990-01-01'),
  },
  reason: 'Komt vrij zonder woning en zonder netwerk.',
  goal: 'Een sluitende nazorg.',
  reasonAccess: 'FULL',
  reasonCategories: ['SOCIAL'],
  proposedAgencies: [AGENCIES.politie, AGENCIES.exodus],
  personInformed: true,
  notInformedReason: null,
  possibleMatches: null,
  areaTeams: null,
  bsnConflict: null,
  matchDecision: null,
  canDecide: true,
};

const agencies = [
  AGENCIES.zvh,
  AGENCIES.politie,
  AGENCIES.wijkteam,
  AGENCIES.reclassering,
  AGENCIES.exodus,
];

const CRITERIA = {
  multiDomain: true,
  chainsCooperate: true,
  impactOnSurroundings: true,
  seriousLocalSafety: false,
};
const REASON = 'Meerdere leefgebieden; justitie en zorg moeten samenwerken.';

async function acceptWithReason(user: ReturnType<typeof renderSignedIn>['user']) {
  await user.click(await screen.findByLabelText('Accepteren voor casusoverleg'));
  for (const label of [
    'Problemen op meer dan één leefgebied die leiden tot criminaliteit, overlast of verloedering',
    'De straf- en zorgketen (dwang en drang) moeten samenwerken',
    'Impact op gezin of sociale omgeving',
  ]) {
    await user.click(screen.getByLabelText(label));
  }
  await user.type(screen.getByLabelText('Reden van het besluit'), REASON);
}

describe('TriageDecisionForm and a volunteer organisation', () => {
  it('never preselects it, even when proposed, and says that consent is needed', async () => {
    const { user } = renderSignedIn(
      <TriageDecisionForm referral={referral} agencies={agencies} onDecided={vi.fn()} />,
      [],
      { session: regisseur },
    );
    await acceptWithReason(user);
    expect(screen.getByLabelText('Politie basisteam Demostad')).toBeChecked();
    const volunteer = screen.getByLabelText('Exodus Demo-regio');
    expect(volunteer).not.toBeChecked();
    expect(volunteer).toHaveAccessibleDescription(
      'Alleen met vastgelegde toestemming van de persoon voor deze vrijwilligersorganisatie. Leg die eerst vast bij de casus; zonder toestemming wordt de organisatie niet toegevoegd.',
    );
    // Not a casusregisseur either.
    const lead = screen.getByLabelText('Casusregisseur');
    await user.click(volunteer);
    expect(within(lead).queryByRole('option', { name: 'Exodus Demo-regio' })).toBeNull();
  });

  it('shows the API’s refusal without consent in Dutch', async () => {
    const refused = {
      request: {
        query: DECIDE_REFERRAL_MUTATION,
        variables: {
          input: {
            caseId: CASE_ID,
            decision: 'ACCEPTED',
            reason: REASON,
            criteria: CRITERIA,
            partnerAgencyIds: [AGENCIES.politie.id, AGENCIES.exodus.id],
            casusregisseurAgencyId: null,
            personMatch: null,
            matchedPersonId: null,
          },
        },
      },
      result: {
        errors: [
          {
            message: 'A volunteer organisation takes part only after consent.',
            extensions: { code: 'CONSENT_REQUIRED', field: 'partnerAgencyIds' },
          },
        ],
      },
    };
    const onDecided = vi.fn();
    const { user } = renderSignedIn(
      <TriageDecisionForm referral={referral} agencies={agencies} onDecided={onDecided} />,
      [refused],
      { session: regisseur },
    );
    await acceptWithReason(user);
    await user.click(screen.getByLabelText('Exodus Demo-regio'));
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));
    expect(
      await screen.findByText(
        /Een vrijwilligersorganisatie neemt alleen deel na vastgelegde toestemming van de persoon/,
      ),
    ).toBeVisible();
    expect(onDecided).not.toHaveBeenCalled();
  });
});

describe('TriageDecisionForm and the partners of the wijk (ADR 0036)', () => {
  const inNoord: TriageReferralFieldsFragment = {
    ...referral,
    proposedAgencies: [],
    areaTeams: [
      {
        __typename: 'AreaTeam',
        id: 'team-1',
        name: 'Wijkteam Noord',
        agency: AGENCIES.wijkteam,
        areas: [{ __typename: 'AreaRef', id: 'area-1', name: 'Noord' }],
      },
      {
        __typename: 'AreaTeam',
        id: 'team-2',
        name: 'Reclassering team Noord',
        agency: AGENCIES.reclassering,
        areas: [{ __typename: 'AreaRef', id: 'area-1', name: 'Noord' }],
      },
    ],
  };

  it('proposes them without ticking anything, and ticks the other partners with one click', async () => {
    const { user } = renderSignedIn(
      <TriageDecisionForm referral={inNoord} agencies={agencies} onDecided={vi.fn()} />,
      [],
      { session: regisseur },
    );
    await acceptWithReason(user);
    expect(screen.getByText('Partners in wijk Noord: 2 gebiedsteams.')).toBeVisible();
    expect(screen.getByText('Wijkteam Noord (Wijkteam Demostad-Noord)')).toBeVisible();
    expect(screen.getByLabelText('Wijkteam Demostad-Noord')).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Partners van wijk Noord overnemen' }));
    expect(screen.getByLabelText('Wijkteam Demostad-Noord')).toBeChecked();
    // The referrer (probation) already takes part: it is no choice here, and not ticked twice.
    expect(screen.getByLabelText('Politie basisteam Demostad')).not.toBeChecked();
    expect(
      screen.getByText(
        'De partners van wijk Noord zijn aangevinkt. Controleer ze voordat u verdergaat.',
      ),
    ).toBeVisible();
  });
});
