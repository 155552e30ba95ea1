import { AGENCY_TYPES, INFORMATION_CATEGORIES } from '@schakel/domain';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import {
  covenant,
  covenantAnswer,
  covenantChange,
  covenantEntry,
  decisionFails,
  decisionSucceeds,
  proposal,
  proposalsAnswer,
  proposeFails,
  proposeSucceeds,
  versionSummary,
} from '../../../test/covenantFixtures';
import { me, meSignedIn } from '../../../test/sessionFixtures';
import type { DecideCovenantProposalInput, UpdateCovenantInput } from '../../../gql/graphql';

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
    renderApp({
      mocks: [meSignedIn(admin), covenantAnswer(v1, [v1Summary]), proposalsAnswer([])],
      route: '/convenant',
    });

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
    expect(history).toHaveTextContent('Standaardconvenant van Schakel');
    expect(history).not.toHaveTextContent('Default covenant');
  });

  it('lets the privacy officer read it without offering to change it', async () => {
    renderApp({
      mocks: [meSignedIn(privacyOfficer), covenantAnswer(v1, [v1Summary]), proposalsAnswer([])],
      route: '/convenant',
    });
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: 'Convenant wijzigen' })).not.toBeInTheDocument();
    expect(await screen.findByText('Er zijn geen voorstellen.')).toBeVisible();
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

  it('proposes changed cells and a note, built on the version shown; nothing changes until approved', async () => {
    let sent: UpdateCovenantInput | null = null;
    const pending = proposal({
      id: 'p-1',
      note: 'Zorg: geen samenvatting',
      changes: [covenantChange('CARE', 'POLICE', { readSummary: true }, {})],
    });
    const { user } = renderApp({
      mocks: [
        meSignedIn(admin),
        covenantAnswer(v1, [v1Summary]),
        proposalsAnswer([]),
        proposeSucceeds((input) => {
          sent = input;
          return true;
        }, pending),
        proposalsAnswer([pending]),
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
    await user.click(screen.getByRole('button', { name: 'Wijziging voorstellen' }));
    const note = screen.getByLabelText('Toelichting bij deze wijziging');
    expect(note).toHaveFocus();
    expect(note).toHaveAccessibleDescription(
      'Vul een toelichting in. Wat is er veranderd en waarom? 3 tot 1000 tekens.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Het voorstel is niet ingediend.');
    expect(sent).toBeNull();

    await user.type(note, 'Zorg: geen samenvatting');
    await user.click(screen.getByRole('button', { name: 'Wijziging voorstellen' }));

    expect(
      await screen.findByText(
        'Uw voorstel is ingediend. Het geldt pas als een privacyfunctionaris het goedkeurt.',
      ),
    ).toBeVisible();
    // Still version 1 in force; the proposal waits for the privacy officer.
    expect(
      screen.getByRole('table', {
        name: 'Wat elke soort organisatie mag, per categorie (versie 1)',
      }),
    ).toBeVisible();
    const proposals = screen.getByRole('region', { name: 'Voorstellen tot wijziging' });
    const card = await within(proposals).findByRole('article', { name: /Voorstel voor versie 2/ });
    expect(card).toHaveTextContent('Wacht op goedkeuring');
    expect(card).toHaveTextContent('Zorg, Politie: Alleen samenvatting → Geen toegang');
    expect(card).toHaveTextContent('Raakt gevoelige gegevens: Politie.');
    expect(card).toHaveTextContent(
      'Dit voorstel geldt pas als een privacyfunctionaris het goedkeurt.',
    );
    expect(within(card).queryByRole('button', { name: 'Goedkeuren' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Convenant wijzigen' })).toHaveFocus();

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

  it('warns before proposing a change that touches CARE, BSN, POLICE or JUSTICE data', async () => {
    const { user } = renderApp({
      mocks: [meSignedIn(admin), covenantAnswer(v1, [v1Summary]), proposalsAnswer([])],
      route: '/convenant',
    });
    await user.click(await screen.findByRole('button', { name: 'Convenant wijzigen' }));
    const submit = screen.getByRole('button', { name: 'Wijziging voorstellen' });

    // A change of the plan row is not sensitive: no warning.
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Woningcorporatie, Plan van aanpak' }),
      'Lezen',
    );
    expect(screen.queryByText(/Let op/)).not.toBeInTheDocument();
    expect(submit).not.toHaveAccessibleDescription();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Zorg, Politie' }), 'Geen');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Zorg- en Veiligheidshuis, BSN' }),
      'Geen',
    );
    const warning = screen.getByText('Let op: deze wijziging raakt gevoelige gegevens');
    expect(warning).toBeVisible();
    // Announced when it appears, and read out with the button that proposes the change.
    expect(warning.closest('[role="status"]')).not.toBeNull();
    expect(submit).toHaveAccessibleDescription(
      expect.stringContaining('De wijziging gaat over BSN, Politie.'),
    );
  });

  it('offers no choice above the legal ceiling, and explains the API’s refusal in words', async () => {
    const { user } = renderApp({
      mocks: [
        meSignedIn(admin),
        covenantAnswer(v1, [v1Summary]),
        proposalsAnswer([]),
        // Gemeente × Zorg: entry 5 of the complete list (rows by agency type, then category).
        proposeFails('COVENANT_ABOVE_CEILING', 'entries[5]'),
      ],
      route: '/convenant',
    });
    await user.click(await screen.findByRole('button', { name: 'Convenant wijzigen' }));
    const care = screen.getByRole('combobox', { name: 'Gemeente, Zorg' });
    expect(
      within(care).getByRole('option', { name: 'Lezen (niet toegestaan door de wet)' }),
    ).toBeDisabled();
    expect(
      within(care).getByRole('option', { name: 'Lezen + schrijven (niet toegestaan door de wet)' }),
    ).toBeDisabled();
    expect(within(care).getByRole('option', { name: 'Geen' })).toBeEnabled();
    const police = screen.getByRole('combobox', { name: 'Woningcorporatie, Politie' });
    expect(within(police).getByRole('option', { name: 'Samenvatting' })).toBeEnabled();
    expect(
      within(police).getByRole('option', { name: 'Lezen (niet toegestaan door de wet)' }),
    ).toBeDisabled();

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Woningcorporatie, Plan van aanpak' }),
      'Lezen',
    );
    await user.type(screen.getByLabelText('Toelichting bij deze wijziging'), 'Plan alleen lezen');
    await user.click(screen.getByRole('button', { name: 'Wijziging voorstellen' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Dit gaat verder dan de wet toestaat: Zorg mag niet gedeeld worden met Gemeente (medisch beroepsgeheim, WGBO).',
      ),
    );
  });

  it('refuses to propose without changes', async () => {
    const { user } = renderApp({
      mocks: [meSignedIn(admin), covenantAnswer(v1, [v1Summary]), proposalsAnswer([])],
      route: '/convenant',
    });
    await user.click(await screen.findByRole('button', { name: 'Convenant wijzigen' }));
    await user.type(screen.getByLabelText('Toelichting bij deze wijziging'), 'Niets gewijzigd');
    await user.click(screen.getByRole('button', { name: 'Wijziging voorstellen' }));

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Wijzig minstens één cel voordat u een wijziging voorstelt.',
    );
  });

  it('explains a conflict with someone else’s change and offers the latest version, keeping the edit', async () => {
    const { user } = renderApp({
      mocks: [
        meSignedIn(admin),
        covenantAnswer(v1, [v1Summary]),
        proposalsAnswer([]),
        proposeFails('CONFLICT', 'baseVersion'),
      ],
      route: '/convenant',
    });
    await user.click(await screen.findByRole('button', { name: 'Convenant wijzigen' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Woningcorporatie, Plan van aanpak' }),
      'Lezen',
    );
    await user.type(screen.getByLabelText('Toelichting bij deze wijziging'), 'Woning leest');
    await user.click(screen.getByRole('button', { name: 'Wijziging voorstellen' }));

    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Iemand anders heeft het convenant intussen gewijzigd. Laad de nieuwste versie en breng uw wijziging opnieuw aan.',
      ),
    );
    expect(screen.getByRole('button', { name: 'Nieuwste versie laden' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Woningcorporatie, Plan van aanpak' })).toHaveValue(
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
        proposalsAnswer([]),
      ],
      route: '/convenant?versie=1',
    });

    expect(
      await screen.findByText('U bekijkt versie 1. Dit is niet de versie die nu geldt.'),
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
  it('lets a privacy officer approve a proposal of someone else; it is in force from then on', async () => {
    let sent: DecideCovenantProposalInput | null = null;
    const change = covenantChange('HOUSING', 'IDENTITY', { read: true, write: true }, {});
    const pending = proposal({ id: 'p-1', canDecide: true, changes: [change] });
    const approved = {
      ...pending,
      status: 'APPROVED' as const,
      canDecide: false,
      resultingVersion: 2,
      decidedBy: 'Femke van Dijk',
      decidedAt: '2026-01-06T09:00:00.000Z',
      decisionReason: 'Past binnen de wet',
    };
    const v2 = covenant(2, entries);
    const { user } = renderApp({
      mocks: [
        meSignedIn(privacyOfficer),
        covenantAnswer(v1, [v1Summary]),
        proposalsAnswer([pending]),
        decisionSucceeds(
          'APPROVE',
          (input) => {
            sent = input;
            return true;
          },
          approved,
        ),
        proposalsAnswer([approved]),
        covenantAnswer(v2, [
          versionSummary(2, 'Kees Vermeulen', 'Wijziging 2', 'Femke van Dijk'),
          v1Summary,
        ]),
      ],
      route: '/convenant',
    });
    const card = await screen.findByRole('article', { name: /Voorstel voor versie 2/ });
    expect(card).toHaveTextContent(
      'Voorgesteld door Kees Vermeulen op 6 jan 2026 09:00, op basis van versie 1.',
    );
    expect(card).toHaveTextContent(
      'Woningcorporatie, Identiteit: Lezen en schrijven → Geen toegang',
    );
    await user.type(
      within(card).getByLabelText('Toelichting bij uw besluit'),
      'Past binnen de wet',
    );
    await user.click(within(card).getByRole('button', { name: 'Goedkeuren' }));

    expect(
      await screen.findByText('Het voorstel is goedgekeurd. Versie 2 geldt nu.'),
    ).toBeVisible();
    expect(sent).toEqual({ proposalId: 'p-1', reason: 'Past binnen de wet' });
    await waitFor(() =>
      expect(
        screen.getByRole('table', {
          name: 'Wat elke soort organisatie mag, per categorie (versie 2)',
        }),
      ).toBeVisible(),
    );
    const history = screen.getByRole('region', { name: 'Versies' });
    expect(history).toHaveTextContent('goedgekeurd door Femke van Dijk');
    const decided = screen.getByRole('article', { name: /Voorstel voor versie 2/ });
    expect(decided).toHaveTextContent('Goedgekeurd door Femke van Dijk');
    expect(decided).toHaveTextContent('Reden: Past binnen de wet');
  });

  it('lets a privacy officer reject only with a reason', async () => {
    let sent: DecideCovenantProposalInput | null = null;
    const pending = proposal({ id: 'p-2', canDecide: true });
    const rejected = {
      ...pending,
      status: 'REJECTED' as const,
      canDecide: false,
      decidedBy: 'Femke van Dijk',
      decidedAt: '2026-01-06T09:00:00.000Z',
      decisionReason: 'Geen grondslag',
    };
    const { user } = renderApp({
      mocks: [
        meSignedIn(privacyOfficer),
        covenantAnswer(v1, [v1Summary]),
        proposalsAnswer([pending]),
        decisionSucceeds(
          'REJECT',
          (input) => {
            sent = input;
            return true;
          },
          rejected,
        ),
        proposalsAnswer([rejected]),
        covenantAnswer(v1, [v1Summary]),
      ],
      route: '/convenant',
    });
    const card = await screen.findByRole('article', { name: /Voorstel voor versie 2/ });
    await user.click(within(card).getByRole('button', { name: 'Afwijzen' }));
    const reason = within(card).getByLabelText('Toelichting bij uw besluit');
    expect(reason).toHaveFocus();
    expect(reason).toHaveAccessibleDescription(
      'Geef een reden voor de afwijzing. Verplicht bij afwijzen; 3 tot 1000 tekens.',
    );
    expect(sent).toBeNull();

    await user.type(reason, 'Geen grondslag');
    await user.click(within(card).getByRole('button', { name: 'Afwijzen' }));
    expect(await screen.findByText('Het voorstel is afgewezen.')).toBeVisible();
    expect(sent).toEqual({ proposalId: 'p-2', reason: 'Geen grondslag' });
    expect(await screen.findByText(/Afgewezen door Femke van Dijk/)).toBeVisible();
  });

  it('tells a privacy officer who proposed the change that someone else decides', async () => {
    renderApp({
      mocks: [
        meSignedIn(me({ roles: ['FUNCTIONAL_ADMIN', 'PRIVACY_OFFICER'] })),
        covenantAnswer(v1, [v1Summary]),
        proposalsAnswer([proposal({ id: 'p-3', canDecide: false })]),
      ],
      route: '/convenant',
    });
    const card = await screen.findByRole('article', { name: /Voorstel voor versie 2/ });
    expect(card).toHaveTextContent(
      'U hebt dit voorstel zelf ingediend. Een andere privacyfunctionaris moet erover beslissen.',
    );
    expect(within(card).queryByRole('button', { name: 'Goedkeuren' })).not.toBeInTheDocument();
  });

  it('explains an own-proposal refusal by the API', async () => {
    const { user } = renderApp({
      mocks: [
        meSignedIn(privacyOfficer),
        covenantAnswer(v1, [v1Summary]),
        proposalsAnswer([proposal({ id: 'p-4', canDecide: true })]),
        decisionFails('APPROVE', 'COVENANT_OWN_PROPOSAL', 'proposalId'),
      ],
      route: '/convenant',
    });
    const card = await screen.findByRole('article', { name: /Voorstel voor versie 2/ });
    await user.click(within(card).getByRole('button', { name: 'Goedkeuren' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent(
      'U kunt niet zelf beslissen over een wijziging die u zelf hebt voorgesteld.',
    );
  });
});
