import { SqlParams } from '../sharing/policy-sql';
import {
  birthDateMatchSql,
  DIACRITICS_FROM,
  DIACRITICS_TO,
  givenInitial,
  normaliseName,
  personMatchSql,
  plainName,
  typoTolerance,
} from './person-matching';

describe('normaliseName', () => {
  it.each([
    ['van der Berg', 'Berg, van der'],
    ['van der Berg', 'v.d. Berg'],
    ['van der Berg', 'V/d Berg'],
    ['van der Berg', 'Berg'],
    ['Van Den Berg', 'van den berg'],
    ['Müller', 'Muller'],
    ['Çelik', 'Celik'],
    ['Øvergaard', 'Overgaard'],
    ['Meijer', 'Meyer'],
    ['Meijer', 'Meier'],
    ['Reijnders', 'Reinders'],
    ['Reijnders', 'Rijnders'],
    ['Huijsmans', 'Huysmans'],
    ['Huijsmans', 'Huismans'],
    ['Bruĳn', 'Bruijn'],
    ['de Bruijn', 'Bruyn'],
    ['Janssen', 'Jansen'],
    ['Philips', 'Filips'],
    ['Thijssen', 'Tijsen'],
    ['Claassen', 'Klaasen'],
    ['Verhaegen', 'Verhagen'],
    ['Brandt', 'Brand'],
    ['Brandt', 'Brant'],
    ["'t Hart", 'Hart'],
    ['in ’t Veld', 'Veld'],
    ['El Amrani', 'Amrani'],
  ])('treats "%s" and "%s" as one name', (a, b) => {
    expect(normaliseName(a)).toBe(normaliseName(b));
  });

  it.each([
    ['de Vries', 'de Wit'],
    ['Bakker', 'Visser'],
    ['Smit', 'Smits'],
    ['Dekker', 'Decker-Jansen'],
  ])('keeps "%s" and "%s" apart', (a, b) => {
    expect(normaliseName(a)).not.toBe(normaliseName(b));
  });

  it('gives the plain key of a Dutch name', () => {
    expect(normaliseName('van der Berg')).toBe('berg');
    expect(normaliseName('Meijer')).toBe('myer');
    expect(normaliseName('Janssen')).toBe('jansen');
  });

  it('keeps the particles when asked, so a name written as one word matches', () => {
    expect(normaliseName('Vanderberg', true)).toBe(normaliseName('van der Berg', true));
    expect(normaliseName('Berg, van der', true)).toBe(normaliseName('Vanderberg', true));
    expect(normaliseName('Vanderberg')).not.toBe(normaliseName('van der Berg'));
  });

  it('keeps a name that consists of particles only', () => {
    expect(normaliseName('Van')).toBe('van');
    expect(normaliseName('De')).toBe('de');
  });

  it('puts the part after a comma first', () => {
    expect(plainName('Berg, van der')).toBe('van der berg');
    expect(plainName('  JANSEN-de Vries ')).toBe('jansen de vries');
  });

  it('has one plain letter for each letter with diacritics', () => {
    expect([...DIACRITICS_FROM]).toHaveLength([...DIACRITICS_TO].length);
  });
});

describe('givenInitial', () => {
  it.each([
    ['Jan', 'J.'],
    ['Johannes Petrus', 'J.P.'],
    ['Christiaan', 'Kristiaan'],
    ['Philip', 'Filip'],
    ['Émile', 'Emile'],
  ])('"%s" and "%s" share an initial', (a, b) => {
    expect(givenInitial(a)).toBe(givenInitial(b));
  });

  it('tells Jan from Piet', () => {
    expect(givenInitial('Jan')).not.toBe(givenInitial('Piet'));
  });
});

describe('typoTolerance', () => {
  it('allows more edits for longer names', () => {
    expect(typoTolerance('bos')).toBe(0);
    expect(typoTolerance('bakker')).toBe(1);
    expect(typoTolerance('hoogendoorn')).toBe(2);
  });
});

describe('personMatchSql', () => {
  it('matches the BSN exactly when given, padded to nine digits', () => {
    const params = new SqlParams(['region']);
    expect(personMatchSql('p', { bsn: '11222333', familyName: 'Berg' }, params)).toBe('p.bsn = $2');
    expect(params.values).toEqual(['region', '011222333']);
  });

  it('needs the family name and the date of birth otherwise', () => {
    const params = new SqlParams();
    expect(personMatchSql('p', { familyName: 'Berg' }, params)).toBe('FALSE');
    expect(personMatchSql('p', { dateOfBirth: '1990-01-01' }, params)).toBe('FALSE');
    expect(params.values).toEqual([]);
  });

  it('pins the date of birth and compares name keys, with the initial when given', () => {
    const params = new SqlParams();
    const sql = personMatchSql(
      'x',
      { familyName: 'v.d. Berg', givenNames: 'Jan', dateOfBirth: '1990-06-15' },
      params,
    );
    expect(sql).toContain('x.date_of_birth BETWEEN $2::date AND $3::date');
    expect(sql).toContain('person_name_key(x.family_name, false) = $1');
    expect(sql).toContain('person_given_initial(x.given_names) = $7');
    expect(params.values).toEqual([
      'berg',
      '1990-01-01',
      '1990-06-15',
      '1990-06-15',
      'vdberg',
      1,
      'j',
    ]);
  });

  it('compares a partly unknown date of birth on what is known', () => {
    const params = new SqlParams();
    const sql = birthDateMatchSql('p', '1987-11', params);
    // The whole year on the index (a person recorded as "1987" is stored as 1987-01-01) …
    expect(sql).toContain('p.date_of_birth BETWEEN $1::date AND $2::date');
    // … then the shorter of the two must be the start of the longer.
    expect(sql).toContain(
      'starts_with(person_birth_date(p.date_of_birth, p.date_of_birth_precision), $3::text)',
    );
    expect(sql).toContain('starts_with($3::text, person_birth_date(');
    expect(params.values).toEqual(['1987-01-01', '1987-11-30', '1987-11']);
  });
});
