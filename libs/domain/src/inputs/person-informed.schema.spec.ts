import { parseWith } from './input-problem';
import { personInformedSchema } from './person-informed.schema';

const CASE = '8c0a4f4e-1f5e-4d1c-9b0a-2f6f1f0d3a11';
const AGENCY = '2b7d7c1e-6a43-4d5e-8f0b-3c9a0e1d2f33';
const schema = () => personInformedSchema(() => '2026-12-05');
const problems = (input: Record<string, unknown>) => {
  const result = parseWith(schema(), input);
  return result.ok ? [] : result.problems.map((p) => `${p.path} ${p.code}`);
};

describe('personInformedSchema', () => {
  it('takes "informed on a date by an agency" and drops a reason for not informing', () => {
    const result = parseWith(schema(), {
      caseId: CASE,
      informed: true,
      informedOn: '2026-12-01',
      informedByAgencyId: AGENCY,
      notInformedReason: 'DANGER',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        caseId: CASE,
        informed: true,
        informedOn: '2026-12-01',
        informedByAgencyId: AGENCY,
        notInformedReason: null,
        explanation: null,
        revision: null,
      },
    });
  });

  it('needs a date (not in the future) and an agency when informed', () => {
    expect(problems({ caseId: CASE, informed: true })).toEqual([
      'informedOn REQUIRED',
      'informedByAgencyId REQUIRED',
    ]);
    expect(
      problems({
        caseId: CASE,
        informed: true,
        informedOn: '2026-12-06',
        informedByAgencyId: AGENCY,
      }),
    ).toEqual(['informedOn FUTURE']);
    expect(
      problems({
        caseId: CASE,
        informed: true,
        informedOn: '31-12-2026',
        informedByAgencyId: AGENCY,
      }),
    ).toEqual(['informedOn DATE']);
  });

  it('needs a known reason when not informed, and an explanation for OTHER', () => {
    expect(problems({ caseId: CASE, informed: false })).toEqual(['notInformedReason REQUIRED']);
    expect(problems({ caseId: CASE, informed: false, notInformedReason: 'BORED' })).toEqual([
      'notInformedReason REQUIRED',
    ]);
    expect(problems({ caseId: CASE, informed: false, notInformedReason: 'OTHER' })).toEqual([
      'explanation REQUIRED',
    ]);
    expect(
      problems({
        caseId: CASE,
        informed: false,
        notInformedReason: 'OTHER',
        explanation: 'Verhuisd',
      }),
    ).toEqual([]);
  });
});
