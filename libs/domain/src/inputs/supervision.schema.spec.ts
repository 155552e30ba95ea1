import { parseWith } from './input-problem';
import {
  assessViolationSchema,
  supervisionConditionSchema,
  violationSignalSchema,
} from './supervision.schema';

const problems = (schema: Parameters<typeof parseWith>[0], input: unknown) => {
  const result = parseWith(schema, input);
  return result.ok ? [] : result.problems.map(({ path, code }) => `${path}:${code}`);
};

const ban = {
  caseId: '00000000-0000-4000-8000-000000000001',
  kind: 'LOCATION_BAN',
  subject: 'Stationsgebied Demostad',
  legalSourceKind: 'SENTENCE',
  legalSourceDate: '2026-11-03',
  parketNumber: '05/246810-26',
  startsOn: '2026-11-10',
  endsOn: '2027-06-01',
  status: 'ACTIVE',
};

describe('supervision condition input', () => {
  it('takes a location ban with its area, legal source and period', () => {
    expect(problems(supervisionConditionSchema(), ban)).toEqual([]);
  });

  it('needs the area of a location ban and how often for a reporting duty', () => {
    expect(problems(supervisionConditionSchema(), { ...ban, subject: ' ' })).toEqual([
      'subject:REQUIRED',
    ]);
    expect(
      problems(supervisionConditionSchema(), {
        ...ban,
        kind: 'REPORTING_DUTY',
        subject: 'Kantoor',
      }),
    ).toEqual(['frequency:REQUIRED']);
    // An alcohol ban needs no subject.
    expect(
      problems(supervisionConditionSchema(), { ...ban, kind: 'ALCOHOL_BAN', subject: null }),
    ).toEqual([]);
  });

  it('refuses a period that ends before it starts, or starts before its legal source', () => {
    expect(problems(supervisionConditionSchema(), { ...ban, endsOn: '2026-11-01' })).toEqual([
      'endsOn:INVALID',
    ]);
    expect(problems(supervisionConditionSchema(), { ...ban, startsOn: '2026-11-01' })).toEqual([
      'startsOn:INVALID',
    ]);
    expect(problems(supervisionConditionSchema(), { ...ban, endsOn: '2027-02-30' })).toEqual([
      'endsOn:DATE',
    ]);
  });

  it('takes a parket number as the OM writes it, nothing else', () => {
    expect(
      problems(supervisionConditionSchema(), { ...ban, parketNumber: '05/246810-26' }),
    ).toEqual([]);
    expect(problems(supervisionConditionSchema(), { ...ban, parketNumber: 'onbekend' })).toEqual([
      'parketNumber:INVALID',
    ]);
  });
});

describe('violation signal input', () => {
  const now = () => Date.parse('2026-12-05T12:00:00Z');
  const signal = {
    conditionId: '00000000-0000-4000-8000-000000000002',
    what: 'Gezien bij de ingang van het station.',
    occurredAt: '2026-12-05T11:30:00.000Z',
    location: 'Stationsplein',
    seenBy: 'Agent',
  };

  it('takes a report about a condition, at a moment in the past', () => {
    expect(problems(violationSignalSchema(now), signal)).toEqual([]);
  });

  it('refuses a moment in the future, a malformed one, and a report about nothing', () => {
    expect(
      problems(violationSignalSchema(now), { ...signal, occurredAt: '2026-12-06T11:30:00Z' }),
    ).toEqual(['occurredAt:FUTURE']);
    expect(problems(violationSignalSchema(now), { ...signal, occurredAt: 'gisteren' })).toEqual([
      'occurredAt:DATE',
    ]);
    expect(problems(violationSignalSchema(now), { ...signal, conditionId: null })).toEqual([
      'conditionId:REQUIRED',
    ]);
  });

  it('needs an assessment text and a known follow-up', () => {
    const assessment = {
      signalId: '00000000-0000-4000-8000-000000000003',
      revision: 1,
      assessment: 'Gesprek gevoerd en gewaarschuwd.',
      followUp: 'WARNING',
    };
    expect(problems(assessViolationSchema(), assessment)).toEqual([]);
    expect(problems(assessViolationSchema(), { ...assessment, followUp: 'ARREST' })).toEqual([
      'followUp:INVALID',
    ]);
  });
});
