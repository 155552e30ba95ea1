import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AGENCIES_QUERY } from '../../cases/graphql/agenciesQuery';
import { renderApp } from '../../../test/renderApp';
import { AGENCIES } from '../../../test/caseFixtures';
import { me, meSignedIn } from '../../../test/sessionFixtures';
import {
  CREATE_REFERRAL_MUTATION,
  REFERRAL_PERSON_LOOKUP_QUERY,
  REFERRAL_REASON_CATEGORIES_QUERY,
} from '../graphql/referralDocuments';

const member = me({ roles: ['MEMBER'], agencyType: 'MUNICIPALITY' });
const agencies = {
  request: { query: AGENCIES_QUERY },
  result: { data: { agencies: [AGENCIES.zvh, AGENCIES.politie, AGENCIES.ggz] } },
};
// What a municipality may write under the default covenant.
const categories = {
  request: { query: REFERRAL_REASON_CATEGORIES_QUERY },
  result: { data: { referralReasonCategories: ['IDENTITY', 'BSN', 'SOCIAL', 'SAFETY', 'PLAN'] } },
};
const nobodyFound = {
  request: {
    query: REFERRAL_PERSON_LOOKUP_QUERY,
    variables: {
      input: { familyName: 'van der Berg', givenNames: 'Jan', dateOfBirth: '1985-05-05' },
    },
  },
  result: { data: { referralPersonLookup: [] } },
};

async function toNewPerson(user: ReturnType<typeof renderApp>['user']) {
  await user.type(await screen.findByLabelText('Achternaam (met tussenvoegsel)'), 'van der Berg');
  await user.type(screen.getByLabelText('Voornamen'), 'Jan');
  await user.type(screen.getByLabelText('Geboortedatum'), '1985-05-05');
  await user.click(screen.getByRole('button', { name: 'Zoeken' }));
  expect(
    await screen.findByText(
      'Geen persoon gevonden in de casussen van uw organisatie. U kunt een nieuwe persoon aanmelden.',
    ),
  ).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Nieuwe persoon aanmelden' }));
}

describe('ReferralForm', () => {
  it('does not offer a volunteer organisation as partner, and says why', async () => {
    const withVolunteer = {
      request: { query: AGENCIES_QUERY },
      result: { data: { agencies: [AGENCIES.zvh, AGENCIES.politie, AGENCIES.exodus] } },
    };
    const { user } = renderApp({
      mocks: [meSignedIn(member), withVolunteer, nobodyFound],
      route: '/aanmelden',
    });
    await toNewPerson(user);
    expect(await screen.findByLabelText('Politie basisteam Demostad')).not.toBeChecked();
    expect(screen.queryByLabelText('Exodus Demo-regio')).toBeNull();
    expect(
      screen.getByText(
        /Een vrijwilligersorganisatie \(zoals een maatjesproject\) kunt u hier niet/,
      ),
    ).toBeVisible();
  });

  it('asks for a family name and date of birth before searching, in Dutch', async () => {
    const { user, requests } = renderApp({
      mocks: [meSignedIn(member), agencies, categories],
      route: '/aanmelden',
    });
    await user.click(await screen.findByRole('button', { name: 'Zoeken' }));
    expect(await screen.findByText('Er is niet gezocht.')).toBeVisible();
    expect(screen.getByLabelText('Achternaam (met tussenvoegsel)')).toHaveFocus();
    expect(screen.getAllByText('Vul achternaam (met tussenvoegsel) in.')).toHaveLength(2);
    expect(requests.some((r) => r.operationName === 'ReferralPersonLookup')).toBe(false);
  });

  it('checks the BSN with the 11-proof, a future birth date and the required fields', async () => {
    const { user, requests } = renderApp({
      mocks: [meSignedIn(member), agencies, categories, nobodyFound],
      route: '/aanmelden',
    });
    await toNewPerson(user);
    expect(
      await screen.findByRole('heading', { name: 'Stap 2 van 2: De aanmelding' }),
    ).toBeVisible();
    await user.type(screen.getByLabelText('BSN (optioneel)'), '123456789');
    await user.clear(screen.getByLabelText('Geboortedatum'));
    await user.type(screen.getByLabelText('Geboortedatum'), '2999-01-01');
    await user.click(screen.getByRole('button', { name: 'Aanmelding versturen' }));

    expect(await screen.findByText('De aanmelding is niet verstuurd.')).toBeVisible();
    expect(
      screen.getAllByText('Dit is geen geldig BSN: het voldoet niet aan de elfproef.'),
    ).toHaveLength(2);
    expect(screen.getAllByText('De geboortedatum kan niet in de toekomst liggen.')).toHaveLength(2);
    expect(screen.getAllByText('Vul reden van aanmelding in.')).toHaveLength(2);
    expect(screen.getAllByText('Kies of de persoon is geïnformeerd.')).toHaveLength(2);
    expect(screen.getByLabelText('Geboortedatum')).toHaveFocus();
    expect(requests.some((r) => r.operationName === 'CreateReferral')).toBe(false);

    await user.click(screen.getByLabelText('Nee'));
    await user.click(screen.getByRole('button', { name: 'Aanmelding versturen' }));
    expect(
      await screen.findAllByText('Vul waarom is de persoon niet geïnformeerd? in.'),
    ).toHaveLength(2);
  });

  it('keeps every input after a server error and names the field', async () => {
    // An agency id the browser's own check accepts (a UUID), so the refusal is the server's.
    const politie = { ...AGENCIES.politie, id: '7c9e6679-7425-40de-944b-e07fc1f90ae7' };
    const withPolitie = {
      request: { query: AGENCIES_QUERY },
      result: { data: { agencies: [AGENCIES.zvh, politie, AGENCIES.ggz] } },
    };
    const input = {
      person: {
        bsn: null,
        givenNames: 'Jan',
        familyName: 'van der Berg',
        dateOfBirth: '1985-05-05',
        street: null,
        houseNumber: null,
        postcode: null,
        city: null,
      },
      theme: 'CONFUSED_BEHAVIOUR',
      reason: 'Overlast en schulden, zorg loopt vast.',
      goal: 'Samen een aanpak maken.',
      reasonCategories: ['SOCIAL'],
      proposedAgencyIds: [politie.id],
      personInformed: true,
      notInformedReason: null,
    };
    const refused = {
      request: { query: CREATE_REFERRAL_MUTATION, variables: { input } },
      result: {
        errors: [
          {
            message: 'This agency is not one of your region.',
            extensions: { code: 'BAD_USER_INPUT', field: 'proposedAgencyIds' },
          },
        ],
      },
    };
    const { user, requests } = renderApp({
      mocks: [meSignedIn(member), withPolitie, categories, nobodyFound, refused],
      route: '/aanmelden',
    });
    await toNewPerson(user);
    await user.selectOptions(await screen.findByLabelText('Thema'), 'CONFUSED_BEHAVIOUR');
    await user.type(screen.getByLabelText('Reden van aanmelding'), input.reason);
    await user.type(screen.getByLabelText('Doel van de aanmelding'), input.goal);
    await user.click(screen.getByLabelText('Sociaal domein'));
    await user.click(screen.getByLabelText(AGENCIES.politie.name));
    await user.click(screen.getByLabelText('Ja'));
    await user.click(screen.getByRole('button', { name: 'Aanmelding versturen' }));

    expect(await screen.findByText('De aanmelding is niet verstuurd.')).toBeVisible();
    // The server's answer, not a check in the browser, names the field.
    expect(requests.filter((r) => r.operationName === 'CreateReferral')).toHaveLength(1);
    expect(screen.getAllByText('Controleer voorgestelde ketenpartners.').length).toBeGreaterThan(0);
    expect(screen.getByLabelText('Achternaam (met tussenvoegsel)')).toHaveValue('van der Berg');
    expect(screen.getByLabelText('Reden van aanmelding')).toHaveValue(input.reason);
    expect(screen.getByLabelText('Doel van de aanmelding')).toHaveValue(input.goal);
    expect(screen.getByLabelText(AGENCIES.politie.name)).toBeChecked();
    expect(screen.getByLabelText('Sociaal domein')).toBeChecked();
    expect(screen.getByLabelText('Ja')).toBeChecked();
  });

  it('lets the referrer choose who may read the reason, from what its agency may write', async () => {
    const { user, requests } = renderApp({
      mocks: [meSignedIn(member), agencies, categories, nobodyFound],
      route: '/aanmelden',
    });
    await toNewPerson(user);
    const group = await screen.findByRole('group', { name: 'Wie mag de reden en het doel lezen?' });
    const boxes = await within(group).findAllByRole('checkbox');
    expect(boxes.map((box) => box.closest('div')?.textContent)).toEqual([
      'Identiteit',
      'BSN',
      'Sociaal domein',
      'Veiligheid',
      'Plan van aanpak',
    ]);
    // Nothing is chosen for the referrer, and what it may not write (Zorg) is not offered.
    expect(boxes.every((box) => !(box as HTMLInputElement).checked)).toBe(true);
    expect(within(group).queryByLabelText('Zorg')).toBeNull();

    await user.type(screen.getByLabelText('Voornamen'), 'x');
    await user.click(screen.getByRole('button', { name: 'Aanmelding versturen' }));
    expect(
      await screen.findAllByText('Kies ten minste één categorie voor de reden en het doel.'),
    ).toHaveLength(2);
    expect(requests.some((r) => r.operationName === 'CreateReferral')).toBe(false);
  });

  it('names the categories field when the API refuses a category the agency may not write', async () => {
    const input = {
      person: {
        bsn: null,
        givenNames: 'Jan',
        familyName: 'van der Berg',
        dateOfBirth: '1985-05-05',
        street: null,
        houseNumber: null,
        postcode: null,
        city: null,
      },
      theme: 'CONFUSED_BEHAVIOUR',
      reason: 'Overlast en schulden, zorg loopt vast.',
      goal: 'Samen een aanpak maken.',
      reasonCategories: ['SOCIAL'],
      proposedAgencyIds: [],
      personInformed: true,
      notInformedReason: null,
    };
    const refused = {
      request: { query: CREATE_REFERRAL_MUTATION, variables: { input } },
      result: {
        errors: [
          {
            message: 'Your agency may not write information of category SOCIAL.',
            extensions: { code: 'FORBIDDEN', field: 'reasonCategories' },
          },
        ],
      },
    };
    const { user } = renderApp({
      mocks: [meSignedIn(member), agencies, categories, nobodyFound, refused],
      route: '/aanmelden',
    });
    await toNewPerson(user);
    await user.selectOptions(await screen.findByLabelText('Thema'), 'CONFUSED_BEHAVIOUR');
    await user.type(screen.getByLabelText('Reden van aanmelding'), input.reason);
    await user.type(screen.getByLabelText('Doel van de aanmelding'), input.goal);
    await user.click(await screen.findByLabelText('Sociaal domein'));
    await user.click(screen.getByLabelText('Ja'));
    await user.click(screen.getByRole('button', { name: 'Aanmelding versturen' }));

    expect(
      await screen.findAllByText('Uw organisatie mag niet elke gekozen categorie vastleggen.'),
    ).toHaveLength(2);
    expect(screen.getByLabelText('Identiteit')).toHaveFocus();
  });
});
