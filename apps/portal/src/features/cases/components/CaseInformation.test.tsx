import type { InformationCategory } from '@schakel/domain';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  AGENCIES,
  CASE_ID,
  caseDetail,
  item,
  olderItemsAnswer,
  olderItemsFail,
} from '../../../test/caseFixtures';
import { renderSignedIn } from '../../../test/renderSignedIn';
import { me } from '../../../test/sessionFixtures';
import { CaseInformation } from './CaseInformation';

const police = me({ agencyName: 'Politie basisteam Demostad', agencyType: 'POLICE' });

const policeItem = (n: number) =>
  item({ category: 'POLICE', id: `police-${n}`, text: `Melding ${n}` });
const counts = (category: InformationCategory, count: number) => [
  { __typename: 'InformationItemCount' as const, category, count },
];

/** Three of the five police items came with the case; two older ones exist. */
const truncated = caseDetail({
  informationItems: [1, 2, 3].map(policeItem),
  informationItemCounts: counts('POLICE', 5),
});
const olderPage = { caseId: CASE_ID, category: 'POLICE' as const, after: 'cursor-police-3' };

const section = () => screen.getByRole('region', { name: 'Politie' });
/** Waits until the signed-in page shows the category. */
const sectionShown = () => screen.findByRole('region', { name: 'Politie' });

describe('older information in a category', () => {
  it('says that older items exist and loads them with the keyboard, announcing the count', async () => {
    const { user } = renderSignedIn(
      <CaseInformation caseData={truncated} />,
      [olderItemsAnswer({ ...olderPage, first: 500 }, [4, 5].map(policeItem))],
      { session: police },
    );
    const button = await within(await sectionShown()).findByRole('button', {
      name: 'Oudere informatie tonen',
    });
    expect(button).toHaveAccessibleDescription(
      '3 van de 5 items in deze categorie worden getoond, de nieuwste eerst. Er is oudere informatie.',
    );
    expect(within(section()).getAllByRole('listitem')).toHaveLength(3);

    button.focus();
    await user.keyboard('{Enter}');

    await waitFor(() =>
      expect(within(section()).getByRole('status')).toHaveTextContent(
        '2 oudere items geladen. Nu 5 van de 5 getoond.',
      ),
    );
    const status = within(section()).getByRole('status');
    expect(status.closest('[aria-live="polite"]')).not.toBeNull();
    expect(
      within(section())
        .getAllByRole('listitem')
        .map((li) => li.textContent?.match(/Melding \d/)?.[0]),
    ).toEqual(['Melding 1', 'Melding 2', 'Melding 3', 'Melding 4', 'Melding 5']);
    // Everything is shown: the button is gone and focus stays on what was announced.
    expect(within(section()).queryByRole('button')).toBeNull();
    expect(status).toHaveFocus();
  });

  it('keeps the button after a page that is not the last, continuing after the newest page', async () => {
    const many = caseDetail({
      informationItems: [1, 2, 3].map(policeItem),
      informationItemCounts: counts('POLICE', 1200),
    });
    const page = Array.from({ length: 500 }, (_, i) => policeItem(i + 4));
    const { user } = renderSignedIn(
      <CaseInformation caseData={many} />,
      [
        olderItemsAnswer({ ...olderPage, first: 500 }, page),
        olderItemsAnswer({ ...olderPage, after: 'cursor-police-503', first: 500 }, [
          policeItem(504),
        ]),
      ],
      { session: police },
    );
    await user.click(
      await within(await sectionShown()).findByRole('button', { name: 'Oudere informatie tonen' }),
    );
    await waitFor(() =>
      expect(within(section()).getByRole('status')).toHaveTextContent(
        '500 oudere items geladen. Nu 503 van de 1200 getoond.',
      ),
    );
    await user.click(within(section()).getByRole('button', { name: 'Oudere informatie tonen' }));
    await waitFor(() =>
      expect(within(section()).getByRole('status')).toHaveTextContent(
        '1 ouder item geladen. Nu 504 van de 1200 getoond.',
      ),
    );
    // The last page came back short: nothing older exists, whatever the count said.
    expect(within(section()).queryByRole('button')).toBeNull();
  });

  it('says so when the older items could not be loaded, and lets the user try again', async () => {
    const { user } = renderSignedIn(
      <CaseInformation caseData={truncated} />,
      [olderItemsFail('FORBIDDEN')],
      { session: police },
    );
    await user.click(
      await within(await sectionShown()).findByRole('button', { name: 'Oudere informatie tonen' }),
    );
    await waitFor(() =>
      expect(within(section()).getByRole('status')).toHaveTextContent(
        'Oudere informatie kon niet worden geladen. U hebt geen toegang tot deze gegevens of deze handeling.',
      ),
    );
    expect(
      within(section()).getByRole('button', { name: 'Oudere informatie tonen' }),
    ).toBeVisible();
  });

  it('in a "view as" preview, only says that older items exist (they would load as the caller)', async () => {
    renderSignedIn(<CaseInformation caseData={{ ...truncated, viewedAs: AGENCIES.ggz }} />, [], {
      session: police,
    });
    expect(
      await within(await sectionShown()).findByText(
        '3 van de 5 items in deze categorie worden getoond, de nieuwste eerst. Oudere informatie is in deze weergave niet te laden.',
      ),
    ).toBeVisible();
    expect(within(section()).queryByRole('button')).toBeNull();
  });

  it('shows no notice when every item is there', async () => {
    renderSignedIn(<CaseInformation caseData={caseDetail()} />, [], { session: police });
    expect(await within(await sectionShown()).findAllByRole('listitem')).toHaveLength(1);
    expect(within(section()).queryByRole('button')).toBeNull();
    expect(section()).not.toHaveTextContent('oudere informatie');
  });
});
