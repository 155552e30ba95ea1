import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CASE_ID, caseDetail, caseFound, noConsents } from '../../../test/caseFixtures';
import { renderApp } from '../../../test/renderApp';
import { me, meSignedIn } from '../../../test/sessionFixtures';
import { CASE_PLAN_QUERY } from '../../plans/graphql/casePlanQuery';
import { PLAN_VERSIONS_QUERY } from '../../plans/graphql/planHistoryQueries';
import { casePlan } from '../../plans/test/planFixtures';
import { CASE_CLOSURE_QUERY } from '../graphql/caseClosureQuery';
import { CASE_TIMELINE_QUERY } from '../graphql/caseTimelineQuery';
import { CLOSE_CASE_MUTATION } from '../graphql/closeCaseMutation';
import { REGION_SETTINGS_QUERY } from '../graphql/regionSettingsQuery';

const route = `/dossiers/${CASE_ID}`;
const regie = me({
  agencyName: 'Zorg- en Veiligheidshuis Demo-regio',
  agencyType: 'ZVH',
  roles: ['MEMBER', 'PROCESREGISSEUR'],
});
const zvh = { __typename: 'Agency' as const, id: 'agency-zvh', name: 'ZVH Demo-regio' };

const event = (id: string, kind: string, at: string, params: Record<string, string>) => ({
  __typename: 'CaseEvent' as const,
  id,
  kind,
  at,
  actorAgency: zvh,
  params: Object.entries(params).map(([key, value]) => ({
    __typename: 'NotificationParam' as const,
    key,
    value,
  })),
});

const timeline = (events: ReturnType<typeof event>[]): MockLink.MockedResponse => ({
  request: { query: CASE_TIMELINE_QUERY, variables: { caseId: CASE_ID } },
  result: { data: { caseTimeline: events } },
});

const EVENTS = [
  event('1', 'REFERRED', '2026-01-05T09:00:00.000Z', { agency: 'Wijkteam Demostad-Noord' }),
  event('2', 'TRIAGE_DECIDED', '2026-01-09T10:00:00.000Z', { decision: 'ACCEPTED' }),
  event('3', 'PARTICIPANT_ADDED', '2026-01-09T10:01:00.000Z', {
    agency: 'Politie basisteam Demostad',
    role: 'PARTNER',
  }),
  event('4', 'PLAN_ADOPTED', '2026-02-01T14:30:00.000Z', { version: '1' }),
];

const plan = (access: { canEdit: boolean; canAdopt: boolean; readOnly: boolean }) => ({
  request: { query: CASE_PLAN_QUERY, variables: { caseId: CASE_ID } },
  result: { data: { casePlan: casePlan({ caseId: CASE_ID, ...access }) } },
});

const closure = {
  __typename: 'CaseClosure' as const,
  caseId: CASE_ID,
  outcome: 'GOAL_ACHIEVED',
  reason: 'Doelen bereikt; wijkteam houdt contact.',
  closedAt: '2026-03-12T13:05:00.000Z',
  graceDays: 30,
  accessEndsAt: '2026-04-11T13:05:00.000Z',
  closedByAgency: zvh,
};

describe('CaseTimeline', () => {
  it('lists the steps newest first, each with time, agency and a Dutch sentence', async () => {
    renderApp({
      route: `${route}?sectie=tijdlijn`,
      mocks: [meSignedIn(me()), caseFound(caseDetail()), noConsents(), timeline(EVENTS)],
    });
    const section = await screen.findByRole('region', { name: 'Tijdlijn' });
    const items = await within(section).findAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.schakel-timeline__text')?.textContent)).toEqual(
      [
        'Plan van aanpak versie 1 vastgesteld.',
        'Politie basisteam Demostad neemt deel als ketenpartner.',
        'Triagebesluit: geaccepteerd.',
        'Aangemeld door Wijkteam Demostad-Noord.',
      ],
    );
    expect(items[0]).toHaveTextContent('door ZVH Demo-regio');
    expect(items[0]).toHaveTextContent('1 feb 2026 15:30');
  });

  it('words the supervision steps with the kind of condition only', async () => {
    renderApp({
      route: `${route}?sectie=tijdlijn`,
      mocks: [
        meSignedIn(me()),
        caseFound(caseDetail()),
        noConsents(),
        timeline([
          event('c1', 'CONDITION_RECORDED', '2026-02-01T10:00:00.000Z', {
            conditionKind: 'LOCATION_BAN',
          }),
          event('s1', 'VIOLATION_REPORTED', '2026-02-02T10:00:00.000Z', {
            conditionKind: 'LOCATION_BAN',
          }),
          event('s2', 'VIOLATION_REPORTED', '2026-02-03T10:00:00.000Z', {}),
          event('s1a', 'VIOLATION_ASSESSED', '2026-02-04T10:00:00.000Z', {}),
          event('c1e', 'CONDITION_ENDED', '2026-02-05T10:00:00.000Z', {
            conditionKind: 'LOCATION_BAN',
          }),
        ]),
      ],
    });
    const section = await screen.findByRole('region', { name: 'Tijdlijn' });
    const items = await within(section).findAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.schakel-timeline__text')?.textContent)).toEqual(
      [
        'Bijzondere voorwaarde beëindigd: locatieverbod.',
        'Melding van een mogelijke overtreding beoordeeld.',
        'Mogelijke overtreding van een voorwaarde gemeld.',
        'Mogelijke overtreding gemeld (locatieverbod).',
        'Bijzondere voorwaarde vastgelegd: locatieverbod.',
      ],
    );
  });

  it('says so when nothing was recorded yet', async () => {
    renderApp({
      route: `${route}?sectie=tijdlijn`,
      mocks: [meSignedIn(me()), caseFound(caseDetail()), noConsents(), timeline([])],
    });
    const section = await screen.findByRole('region', { name: 'Tijdlijn' });
    expect(await within(section).findByText('Er zijn nog geen stappen vastgelegd.')).toBeVisible();
  });
});

describe('closing a case', () => {
  it('is not offered to a partner, only to the procesregisseur', async () => {
    renderApp({
      route: `${route}?sectie=tijdlijn`,
      mocks: [meSignedIn(me()), caseFound(caseDetail()), noConsents(), timeline(EVENTS)],
    });
    await screen.findByRole('region', { name: 'Tijdlijn' });
    expect(screen.queryByRole('button', { name: 'Casus afsluiten' })).toBeNull();
  });

  it('checks the form, keeps the input on a refusal, and shows the result after closing', async () => {
    const input = {
      caseId: CASE_ID,
      outcome: 'GOAL_ACHIEVED',
      reason: 'Doelen bereikt; wijkteam houdt contact.',
      expectedStatus: 'ACTIVE',
    };
    const { user } = renderApp({
      route: `${route}?sectie=plan`,
      mocks: [
        meSignedIn(regie),
        caseFound(caseDetail()),
        noConsents(),
        timeline(EVENTS),
        {
          request: { query: REGION_SETTINGS_QUERY },
          result: {
            data: { regionSettings: { __typename: 'RegionSettings', closingGraceDays: 30 } },
          },
        },
        {
          request: { query: CLOSE_CASE_MUTATION, variables: { input } },
          result: { errors: [{ message: 'changed', extensions: { code: 'CONFLICT' } }] },
        },
        {
          request: { query: CLOSE_CASE_MUTATION, variables: { input } },
          result: { data: { closeCase: closure } },
        },
        plan({ canEdit: true, canAdopt: true, readOnly: false }),
        {
          request: { query: PLAN_VERSIONS_QUERY, variables: { caseId: CASE_ID } },
          result: { data: { planVersions: [] } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        caseFound(caseDetail({ status: 'CLOSED', readOnly: true })),
        plan({ canEdit: false, canAdopt: false, readOnly: true }),
        {
          request: { query: CASE_CLOSURE_QUERY, variables: { caseId: CASE_ID } },
          result: { data: { caseClosure: closure } },
          maxUsageCount: 2,
        },
        timeline([
          ...EVENTS,
          event('5', 'CASE_CLOSED', '2026-03-12T13:05:00.000Z', {
            outcome: 'GOAL_ACHIEVED',
            graceDays: '30',
          }),
        ]),
      ],
    });

    expect(await screen.findByRole('button', { name: 'Plan van aanpak opstellen' })).toBeVisible();
    // Closing lives in the Tijdlijn section of the case page.
    await user.click(screen.getByRole('link', { name: 'Tijdlijn' }));
    await user.click(await screen.findByRole('button', { name: 'Casus afsluiten' }));
    expect(await screen.findByText(/deelnemers nog 30 dagen leestoegang/)).toBeVisible();

    // Nothing filled in: both fields are named, focus goes to the first.
    await user.click(screen.getByRole('button', { name: 'Casus definitief afsluiten' }));
    const outcome = screen.getByRole('combobox', { name: 'Resultaat' });
    expect(outcome).toHaveFocus();
    expect(outcome).toHaveAccessibleDescription('Kies het resultaat van de casus.');
    expect(screen.getByRole('link', { name: 'Vul een toelichting in.' })).toBeVisible();

    await user.selectOptions(outcome, 'GOAL_ACHIEVED');
    const reason = screen.getByRole('textbox', { name: 'Toelichting' });
    await user.type(reason, 'te kort');
    await user.click(screen.getByRole('button', { name: 'Casus definitief afsluiten' }));
    expect(reason).toHaveFocus();
    expect(reason).toHaveAccessibleDescription(/minstens 10 tekens/);

    await user.clear(reason);
    await user.type(reason, input.reason);
    await user.click(screen.getByRole('button', { name: 'Casus definitief afsluiten' }));
    // A refusal keeps what was typed.
    expect(
      await screen.findByText(/Iemand anders heeft deze gegevens intussen gewijzigd/),
    ).toBeVisible();
    expect(reason).toHaveValue(input.reason);
    expect(outcome).toHaveValue('GOAL_ACHIEVED');

    await user.click(screen.getByRole('button', { name: 'Casus definitief afsluiten' }));
    const result = await screen.findByText('De casus is afgesloten.');
    await waitFor(() => expect(result.closest('[role="status"]')).toHaveFocus());
    const section = screen.getByRole('region', { name: 'Afgesloten' });
    expect(section).toHaveTextContent('ResultaatDoelen bereikt');
    expect(section).toHaveTextContent('Leestoegang deelnemers tot11 april 2026');
    expect(screen.queryByRole('button', { name: 'Casus afsluiten' })).toBeNull();
    // The timeline tells it, and the rest of the page turns read-only, without a reload.
    expect(
      await screen.findByText(
        'Casus afgesloten. Resultaat: Doelen bereikt. Deelnemers houden 30 dagen leestoegang.',
      ),
    ).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Plan' }));
    expect(
      await screen.findByText('De casus is afgesloten; het plan kan niet meer worden gewijzigd.'),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Plan van aanpak opstellen' })).toBeNull();
  });
});
