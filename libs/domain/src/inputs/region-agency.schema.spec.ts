import { parseWith } from './input-problem';
import { regionAgencySchema } from './region-agency.schema';

describe('regionAgencySchema', () => {
  it('trims, lower-cases the contact address and turns empty contacts into null', () => {
    expect(
      parseWith(regionAgencySchema(), {
        name: '  Politie Noord ',
        type: 'POLICE',
        contactName: ' ',
        contactEmail: 'Servicedesk@Politie.example',
        contactPhone: '',
      }),
    ).toEqual({
      ok: true,
      value: {
        name: 'Politie Noord',
        type: 'POLICE',
        contactName: null,
        contactEmail: 'servicedesk@politie.example',
        contactPhone: null,
      },
    });
  });

  it('names each field in trouble with its problem', () => {
    const result = parseWith(regionAgencySchema(), {
      name: 'P',
      type: 'BAKERY',
      contactEmail: 'geen adres',
      contactPhone: '12',
    });
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.code])).toEqual([
      ['name', 'TOO_SHORT'],
      ['type', 'INVALID'],
      ['contactEmail', 'INVALID'],
      ['contactPhone', 'TOO_SHORT'],
    ]);
  });
});
