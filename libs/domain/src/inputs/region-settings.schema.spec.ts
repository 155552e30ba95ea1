import { parseWith } from './input-problem';
import { regionSettingsSchema } from './region-settings.schema';

const valid = {
  name: ' Zorg- en Veiligheidshuis Demostad ',
  contactEmail: 'Info@ZVH.example',
  contactPhone: '',
  accessReviewMonths: 6,
  covenantGraceDays: '30',
  closingGraceDays: 0,
  wgsContactEmail: ' Privacy@ZVH.example ',
  wgsContactPhone: '  ',
  wgsContactAddress: ' Postbus 1, 1234 AA Demostad ',
  volunteerGoalMin: '65',
  volunteerGoalMax: 65,
};

describe('regionSettingsSchema', () => {
  it('trims, lower-cases the address, turns empty into null and numbers from the form into numbers', () => {
    expect(parseWith(regionSettingsSchema(), valid)).toEqual({
      ok: true,
      value: {
        name: 'Zorg- en Veiligheidshuis Demostad',
        contactEmail: 'info@zvh.example',
        contactPhone: null,
        accessReviewMonths: 6,
        covenantGraceDays: 30,
        closingGraceDays: 0,
        wgsContactEmail: 'privacy@zvh.example',
        wgsContactPhone: null,
        wgsContactAddress: 'Postbus 1, 1234 AA Demostad',
        volunteerGoalMin: 65,
        volunteerGoalMax: 65,
      },
    });
  });

  it('names each field in trouble with its bounds', () => {
    const result = parseWith(regionSettingsSchema(), {
      name: 'Z',
      contactEmail: 'geen adres',
      contactPhone: '12',
      accessReviewMonths: 13,
      covenantGraceDays: 2.5,
      closingGraceDays: '',
      wgsContactEmail: 'privacy@',
      wgsContactPhone: 'x'.repeat(41),
      wgsContactAddress: 'x'.repeat(201),
      volunteerGoalMin: -1,
      volunteerGoalMax: 10_001,
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: 'name', code: 'TOO_SHORT', min: 2, max: 200 },
        { path: 'contactEmail', code: 'INVALID' },
        { path: 'contactPhone', code: 'TOO_SHORT', min: 3, max: 40 },
        { path: 'accessReviewMonths', code: 'INVALID', min: 1, max: 12 },
        { path: 'covenantGraceDays', code: 'INVALID', min: 0, max: 180 },
        { path: 'closingGraceDays', code: 'REQUIRED', min: 0, max: 180 },
        { path: 'wgsContactEmail', code: 'INVALID' },
        { path: 'wgsContactPhone', code: 'TOO_LONG', min: 3, max: 40 },
        { path: 'wgsContactAddress', code: 'TOO_LONG', min: 3, max: 200 },
        { path: 'volunteerGoalMin', code: 'INVALID', min: 0, max: 10_000 },
        { path: 'volunteerGoalMax', code: 'INVALID', min: 0, max: 10_000 },
      ],
    });
  });

  it('refuses a volunteer goal whose maximum lies below its minimum, on the maximum', () => {
    expect(
      parseWith(regionSettingsSchema(), { ...valid, volunteerGoalMin: 100, volunteerGoalMax: 99 }),
    ).toEqual({ ok: false, problems: [{ path: 'volunteerGoalMax', code: 'RANGE' }] });
  });
});
