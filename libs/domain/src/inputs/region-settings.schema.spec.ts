import { parseWith } from './input-problem';
import { regionSettingsSchema } from './region-settings.schema';

const valid = {
  name: ' Zorg- en Veiligheidshuis Demostad ',
  contactEmail: 'Info@ZVH.example',
  contactPhone: '',
  accessReviewMonths: 6,
  covenantGraceDays: '30',
  closingGraceDays: 0,
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
      ],
    });
  });
});
