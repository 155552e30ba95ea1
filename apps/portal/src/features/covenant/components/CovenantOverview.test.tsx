import { AGENCY_TYPES, INFORMATION_CATEGORIES } from '@schakel/domain';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import {
  covenant,
  covenantAnswer,
  covenantEntry,
  updateCovenantFails,
  updateCovenantSucceeds,
  versionSummary,
} from '../../../test/caseFixtures';
import { me, meSignedIn } from '../../../test/sessionFixtures';
import type { UpdateCovenantInput } from '../../../gql/graphql';

const admin = me({ displayName: 'Kees Vermeulen', roles: ['FUNCTIONAL_ADMIN'] });
const privacyOfficer = me({ roles: ['PRIVACY_OFFICER'] });

const entries = [
  covenantEntry('POLICE', 'POLICE', { read: true, write: true }),
  covenantEntry('CARE', 'POLICE', { readSummary: true }),
  covenantEntry('CARE', 'CARE', { read: true, write: true }),
  covenantEntry('ZVH', 'BSN', { read: true }),
];
const v1 = covenant(1, entries);
const v1Summary = versionSummary(1, null, 'Default covenant (domain brief §4)');

/** The cell of one agency type (row) and category (column), by their visible names. */
function cell(table: HTMLElement, row: string, column: string): HTMLElement {
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent);
  const index = headers.indexOf(column);
  const found = within(table)
    .getAllByRole('row')
    .find((r) => r.firstElementChild?.textContent === row);
  const target = found?.children[index];
  if (!(target instanceof HTMLElement)) throw new Error(`no cell ${row} × ${column}`);
  return target;
}

describe('CovenantOverview', () => {
  it('shows the covenant as a matrix whose cells say in words what each agency type may do', async () => {
    renderApp({ mocks: [meSignedIn(admin), covenantAnswer(v1, [v1Summary])], route: '/convenant' });

    const table = await screen.findByRole('table', {
      name: 'Wat elke soort organisatie mag, per categorie (versie 1)',
    });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + AGENCY_TYPES.length);
    expect(within(table).getAllByRole('columnheader')).toHaveLength(
      1 + INFORMATION_CATEGORIES.length,
    );
    expect(cell(table, 'Politie', 'Politie')).toHaveTextContent(/^lezen schrijven$/);
    expect(cell(table, 'Zorg', 'Politie')).toHaveTextContent(/^samenvatting$/);
    expect(cell(table, 'Zorg- en Veiligheidshuis', 'BSN')).toHaveTextContent(/^lezen$/);
    // No access is a dash for the eye and words for a screen reader, not an empty cell.
    const none = cell(table, 'Vrijwilligersorganisatie', 'Zorg');
    expect(none).toHaveTextContent('Geen toegang');
    expect(within(none).getByText('—')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByRole('region', { name: /versie 1/ })).toHaveAttribute('tabindex', '0');

    expect(
      screen.getByText(
        'Versie 1, vastgesteld op 5 januari 2026 door Schakel (standaardconvenant).',
      ),
    ).toBeVisible();
    const history = screen.getByRole('region', { name: 'Versies' });
    expect(history).toHaveTextContent('Versie 1geldt nu');
    expect(history).toHaveTextContent('Default covenant (domain brief §4)');
  });

  it('lets the privacy officer read it without offering to change it', async () => {
    renderApp({
      mocks: [meSignedIn(privacyOfficer), covenantAnswer(v1, [v1Summary])],
      route: '/convenant',
    });
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: 'Convenant wijzigen' })).not.toBeInTheDocument();
  });

  it('is not for other roles', async () => {
    const { requests } = renderApp({
      mocks: [meSignedIn(me({ roles: ['MEMBER', 'PROCESREGISSEUR'] }))],
      route: '/convenant',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
    // Only the session (and the header's unread count): never the covenant.
    expect(
      requests.map((r) => r.operationName).filter((name) => name !== 'UnreadNotifications'),
    ).toEqual(['Me']);
  });

  it('saves changed cells and a note as a new version, built on the version shown', async () => {
    const v2 = covenant(2, [
      ...entries.filter((e) => !(e.agencyType === 'CARE' && e.category === 'POLICE')),
    ]);
    let sent: UpdateCovenantInput | null = null;
    const { user } = renderApp({
      mocks: [
        meSignedIn(admin),
        covenantAnswer(v1, [v1Summary]),
        updateCovenantSucceeds((input) => {
          sent = input;
          return true;
        }, v2),
        covenantAnswer(v2, [
          versionSummary(2, 'Kees Vermeulen', 'Zorg: geen samenvatting'),
          v1Summary,
        ]),
      ],
      route: '/convenant',
    });
    await user.click(await screen.findByRole('button', { name: 'Convenant wijzigen' }));

    const choice = screen.getByRole('combobox', { name: 'Zorg, Politie' });
    expect(choice).toHaveValue('SUMMARY');
    await user.selectOptions(choice, 'Geen');
    expect(screen.getByText('1 cel gewijzigd.')).toBeVisible();
    expect(choice).toHaveAccessibleDescription('(gewijzigd)');

    // The note is required.
    await user.click(screen.getByRole('button', { name: 'Opslaan als nieuwe versie' }));
    const note = screen.getByLabelText('Toelichting bij deze wijziging');
    expect(note).toHaveFocus();
    expect(note).toHaveAccessibleDescription(
      'Vul een toelichting in. Wat is er veranderd en waarom? 3 tot 1000 tekens.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Het convenant is niet opgeslagen.');
    expect(sent).toBeNull();

    await user.type(note, 'Zorg: geen samenvatting');
    await user.click(screen.getByRole('button', { name: 'Opslaan als nieuwe versie' }));

    expect(await screen.findByText('Versie 2 is opgeslagen en geldt nu.')).toBeVisible();
    await waitFor(() =>
      expect(
        screen.getByRole('table', {
          name: 'Wat elke soort organisatie mag, per categorie (versie 2)',
        }),
      ).toBeVisible(),
    );
    expect(screen.getByRole('button', { name: 'Convenant wijzigen' })).toHaveFocus();
    expect(sent).not.toBeNull();
    const input = sent as unknown as UpdateCovenantInput;
    expect(input.baseVersion).toBe(1);
    expect(input.note).toBe('Zorg: geen samenvatting');
    expect(input.entries).toHaveLength(AGENCY_TYPES.length * INFORMATION_CATEGORIES.length);
    expect(input.entries).toContainEqual({
      agencyType: 'CARE',
      category: 'POLICE',
      read: false,
      readSummary: false,
      write: false,
    });
    expect(input.entries).toContainEqual({
      agencyType: 'POLICE',
      category: 'POLICE',
      read: true,
      readSummary: false,
      write: true,
    });
  });

  it('refuses to save a version without changes', async () => {
    const { user } = renderApp({
      mocks: [meSignedIn(admin), covenantAnswer(v1, [v1Summary])],
      route: '/convenant',
    });
    await user.click(await screen.findByRole('button', { name: 'Convenant wijzigen' }));
    await user.type(screen.getByLabelText('Toelichting bij deze wijziging'), 'Niets gewijzigd');
    await user.click(screen.getByRole('button', { name: 'Opslaan als nieuwe versie' }));

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Wijzig minstens één cel voordat je een nieuwe versie opslaat.',
    );
  });

  it('explains a conflict with someone else’s save and offers the latest version, keeping the edit', async () => {
    const { user } = renderApp({
      mocks: [
        meSignedIn(admin),
        covenantAnswer(v1, [v1Summary]),
        updateCovenantFails('CONFLICT', 'baseVersion'),
      ],
      route: '/convenant',
    });
    await user.click(await screen.findByRole('button', { name: 'Convenant wijzigen' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Woningcorporatie, Sociaal domein' }),
      'Lezen',
    );
    await user.type(screen.getByLabelText('Toelichting bij deze wijziging'), 'Woning leest');
    await user.click(screen.getByRole('button', { name: 'Opslaan als nieuwe versie' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Iemand anders heeft het convenant intussen gewijzigd. Laad de nieuwste versie en breng je wijziging opnieuw aan.',
    );
    expect(screen.getByRole('button', { name: 'Nieuwste versie laden' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Woningcorporatie, Sociaal domein' })).toHaveValue(
      'READ',
    );
    expect(screen.getByLabelText('Toelichting bij deze wijziging')).toHaveValue('Woning leest');
  });

  it('shows an earlier version read-only, with the way back to the one in force', async () => {
    const old = { ...v1, current: false };
    renderApp({
      mocks: [
        meSignedIn(admin),
        covenantAnswer(old, [versionSummary(2, 'Kees Vermeulen', 'Wijziging'), v1Summary], {
          version: 1,
        }),
      ],
      route: '/convenant?versie=1',
    });

    expect(
      await screen.findByText('Je bekijkt versie 1. Dit is niet de versie die nu geldt.'),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Naar de versie die nu geldt' })).toHaveAttribute(
      'href',
      '/convenant',
    );
    expect(screen.queryByRole('button', { name: 'Convenant wijzigen' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bekijk versie 2' })).toHaveAttribute(
      'href',
      '/convenant',
    );
  });
});
