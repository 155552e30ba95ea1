import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AUDIT_ANOMALIES_QUERY } from '../graphql/privacyOfficeDocuments';
import { renderPrivacy } from '../test/renderPrivacy';
import { defaultPeriod } from '../utils/signalPeriod';
import { AuditSignals } from './AuditSignals';

const user = (id: string, name: string) => ({
  __typename: 'AuditUser' as const,
  id,
  name,
  email: `${id}@demo.example`,
});
const agency = { __typename: 'AuditAgency' as const, id: 'agency-2', name: 'Politie Noord' };

describe('AuditSignals', () => {
  it('lists both kinds of signal with a link to the trail of that user and day', async () => {
    const period = defaultPeriod();
    const { user: typist } = renderPrivacy(
      <AuditSignals />,
      [
        {
          request: { query: AUDIT_ANOMALIES_QUERY, variables: period },
          result: {
            data: {
              auditAnomalies: {
                __typename: 'AuditAnomalies',
                from: period.from,
                to: period.to,
                outsideParticipation: [
                  {
                    __typename: 'OutsideParticipationFlag',
                    day: '2026-03-11',
                    user: user('u-1', 'Jeroen Wijkagent'),
                    agency,
                    personId: 'person-3',
                    personName: 'Kevin Voorbeeld',
                    eventCount: 1,
                    actions: ['LOOKUP'],
                    operations: ['Query.agreedApproachLookup'],
                    purposes: ['Controle op straat'],
                    accessBases: ['covenant'],
                    lookupOnly: true,
                    firstAt: '2026-03-11T09:00:00.000Z',
                    lastAt: '2026-03-11T09:00:00.000Z',
                  },
                ],
                outsideParticipationTruncated: false,
                volume: [
                  {
                    __typename: 'VolumeFlag',
                    day: '2026-03-10',
                    user: user('u-2', 'Drukke Collega'),
                    agency: null,
                    eventCount: 121,
                    medianDaily: 40,
                    roles: ['MEMBER', 'PROCESREGISSEUR'],
                    roleMedianDaily: 35.5,
                    roleDays: 61,
                    threshold: 120,
                  },
                ],
                volumeMinimum: 100,
                volumeFactor: 3,
                volumeBaselineDays: 30,
              },
            },
          },
        },
      ],
      '/privacy/signalen',
    );
    const lookup = await screen.findByRole('heading', {
      name: 'Jeroen Wijkagent (Politie Noord) — 1× op 11 maart 2026',
    });
    const card = within(lookup.closest('li')!);
    expect(card.getByText('Opzoeking buiten deelname')).toBeVisible();
    expect(card.getByText('Controle op straat')).toBeVisible();
    expect(
      card.getByRole('link', { name: 'Open de audittrail van Jeroen Wijkagent op 11 maart 2026' }),
    ).toHaveAttribute(
      'href',
      '/privacy/audittrail?persoon=person-3&gebruiker=u-1&van=2026-03-11&tot=2026-03-11',
    );
    expect(
      screen.getByText(
        /meer gebeurtenissen had dan 100, én meer dan 3 keer wat gewoon is voor die medewerker \(mediaan van de 30 dagen ervoor\), én meer dan 3 keer wat gewoon is voor medewerkers met dezelfde rol/,
      ),
    ).toBeVisible();
    expect(
      screen.getByText(
        /^Rol: Professional, Procesregisseur\. Gewoon voor deze medewerker: 40 per dag\. Gewoon voor deze rol: 35,5 per werkdag/,
      ),
    ).toBeVisible();
    expect(screen.getByText('Kevin Voorbeeld')).toBeVisible();

    // A period longer than 31 days is refused before anything is asked.
    const from = screen.getByLabelText('Van');
    await typist.clear(from);
    await typist.type(from, '2026-01-01');
    const to = screen.getByLabelText('Tot en met');
    await typist.clear(to);
    await typist.type(to, '2026-03-01');
    await typist.click(screen.getByRole('button', { name: 'Signalen tonen' }));
    expect(await screen.findByText('De signalen zijn niet getoond.')).toBeVisible();
    expect(screen.getByLabelText('Tot en met')).toHaveAccessibleDescription(
      /De periode is maximaal 31 dagen\./,
    );
  });
});
