import { dateSpan } from '@schakel/domain';
import { NOTHING, type SqlParams } from '../sharing/policy-sql';

/**
 * Tolerant person matching: is this entered person perhaps someone the region already knows?
 *
 * The family name is reduced to a key (see `normaliseName`); PostgreSQL computes the same key with
 * `person_name_key(text, boolean)` and `person_given_initial(text)` from the migration
 * `1764000000100-referrals` (the integration test `referrals.int-spec.ts` checks that both agree).
 * Small typos are caught with `levenshtein` (fuzzystrmatch) on the keys; the date of birth must
 * agree on what both sides know (see `birthDateMatchSql`), which keeps the candidate set tiny and
 * false hits rare.
 */
export interface PersonQuery {
  bsn?: string | null;
  familyName?: string | null;
  givenNames?: string | null;
  /** Canonical, possibly partial: "1987-11-02", "1987-11" or "1987". */
  dateOfBirth?: string | null;
}

/**
 * Letters with diacritics and their plain twins; the SQL function uses these exact strings.
 * Keep both in step: the parity test compares the TypeScript and SQL keys.
 */
export const DIACRITICS_FROM =
  'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŸŠšŽžČčĆćŁłŃńŚśŹźŻżĞğŞşİı';
export const DIACRITICS_TO =
  'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyyYSsZzCcCcLlNnSsZzZzGgSsIi';

/** Written-out letters: ligatures and the Dutch ij as one character. */
const LIGATURES: readonly (readonly [string, string])[] = [
  ['ß', 'ss'],
  ['Æ', 'ae'],
  ['æ', 'ae'],
  ['Œ', 'oe'],
  ['œ', 'oe'],
  ['Ĳ', 'ij'],
  ['ĳ', 'ij'],
];

/**
 * Tussenvoegsels and their abbreviations ("v.d.", "v/d", "'t", "'s"), ignored wherever they stand:
 * "van der Berg", "Berg, van der", "Berg v.d." and "V.d. Berg" are all "berg".
 */
export const NAME_PARTICLES = [
  'van', 'der', 'den', 'de', 'het', 't', 'te', 'ten', 'ter', 'in', 'op', 'aan', 'bij', 'uit',
  'voor', 'vd', 'vdr', 'v', 'd', 's', 'la', 'le', 'l', 'du', 'des', 'von', 'vom', 'zu', 'zum',
  'di', 'da', 'dos', 'del', 'della', 'el', 'al',
] as const; // prettier-ignore

const PARTICLES = new Set<string>(NAME_PARTICLES);

/** Lower case, no diacritics, "Berg, van der" → "van der berg", only a–z and single spaces. */
export function plainName(name: string): string {
  let s = name;
  for (const [from, to] of LIGATURES) s = s.split(from).join(to);
  const from = [...DIACRITICS_FROM];
  const to = [...DIACRITICS_TO];
  s = [...s].map((ch) => (from.includes(ch) ? to[from.indexOf(ch)]! : ch)).join('');
  s = s.toLowerCase();
  const comma = s.indexOf(',');
  if (comma >= 0) s = `${s.slice(comma + 1)} ${s.slice(0, comma)}`;
  return s.replace(/[^a-z]+/g, ' ').trim();
}

/**
 * Spelling variants that sound alike in Dutch names: ij/y/ei/ey, uy/ui, ph/f, th/t, c/k/q, x/ks,
 * ou/au, ae/aa, final d/dt/t, and double letters.
 */
export function foldSpelling(letters: string): string {
  let s = letters;
  for (const [from, to] of [
    ['ij', 'y'],
    ['uy', 'ui'],
    ['ei', 'y'],
    ['ey', 'y'],
    ['ph', 'f'],
    ['th', 't'],
    ['ck', 'k'],
    ['qu', 'kw'],
    ['q', 'k'],
    ['x', 'ks'],
    ['c', 'k'],
    ['ou', 'au'],
    ['ae', 'a'],
  ] as const) {
    s = s.split(from).join(to);
  }
  return s
    .replace(/dt$/, 't')
    .replace(/d$/, 't')
    .replace(/(.)\1+/g, '$1');
}

/**
 * The matching key of a family name: lower case, no diacritics, no tussenvoegsels, spelling
 * variants folded. "Müller" = "Muller", "van der Berg" = "Berg, van der" = "v.d. Berg",
 * "Meijer" = "Meyer" = "Meier", "Janssen" = "Jansen". With `keepParticles` the tussenvoegsels stay
 * (joined), so "Vanderberg" written as one word matches "van der Berg" too. A name of particles
 * only ("Van") keeps them.
 */
export function normaliseName(name: string, keepParticles = false): string {
  const tokens = plainName(name).split(' ').filter(Boolean);
  const core = keepParticles ? tokens : tokens.filter((token) => !PARTICLES.has(token));
  return foldSpelling((core.length > 0 ? core : tokens).join(''));
}

/** The first initial of the given names, folded like the family name ("Christiaan" = "K."). */
export function givenInitial(givenNames: string): string {
  const first = plainName(givenNames).split(' ')[0] ?? '';
  return foldSpelling(first).slice(0, 1);
}

/** How many edits two keys of this length may differ by and still be "possibly the same". */
export function typoTolerance(key: string): number {
  if (key.length <= 3) return 0;
  if (key.length <= 6) return 1;
  return 2;
}

/**
 * WHERE fragment (person alias `p`-style) matching: the BSN exactly when given; otherwise the
 * date of birth (agreeing on what is known) AND a tolerant family-name match (+ the given-name initial when given).
 * Returns `FALSE` when the query holds too little to match on. Needs the SQL functions of
 * migration 1764000000100-referrals.
 */
export function personMatchSql(alias: string, query: PersonQuery, params: SqlParams): string {
  const bsn = query.bsn?.trim();
  if (bsn) return `${alias}.bsn = ${params.add(bsn.padStart(9, '0'))}`;
  const familyName = query.familyName?.trim();
  const dateOfBirth = query.dateOfBirth?.trim();
  if (!familyName || !dateOfBirth) return NOTHING;
  const key = normaliseName(familyName);
  const fullKey = normaliseName(familyName, true);
  if (key === '') return NOTHING;
  const keyParam = params.add(key);
  const parts = [
    birthDateMatchSql(alias, dateOfBirth, params),
    `(person_name_key(${alias}.family_name, false) = ${keyParam}` +
      ` OR person_name_key(${alias}.family_name, true) = ${params.add(fullKey)}` +
      ` OR levenshtein(person_name_key(${alias}.family_name, false), ${keyParam})` +
      ` <= ${params.add(typoTolerance(key))}::int)`,
  ];
  const initial = query.givenNames ? givenInitial(query.givenNames) : '';
  if (initial !== '') {
    parts.push(`person_given_initial(${alias}.given_names) = ${params.add(initial)}`);
  }
  return `(${parts.join(' AND ')})`;
}

/**
 * The person's date of birth agrees with `dateOfBirth` on what both know: a person recorded with
 * only "1987" matches "1987-11-02", and a search for "1987-11" finds "1987-11-02" and "1987".
 * The stored date is the first day of what is known, so the range on the birth index comes first.
 */
export function birthDateMatchSql(alias: string, dateOfBirth: string, params: SqlParams): string {
  const from = params.add(`${dateOfBirth.slice(0, 4)}-01-01`);
  const to = params.add(dateSpan(dateOfBirth).last);
  const query = params.add(dateOfBirth);
  const stored = `person_birth_date(${alias}.date_of_birth, ${alias}.date_of_birth_precision)`;
  return (
    `(${alias}.date_of_birth BETWEEN ${from}::date AND ${to}::date` +
    ` AND (starts_with(${stored}, ${query}::text) OR starts_with(${query}::text, ${stored})))`
  );
}

/** The canonical date of birth of person alias `alias`, as every read path selects it. */
export function birthDateSql(alias: string): string {
  return `person_birth_date(${alias}.date_of_birth, ${alias}.date_of_birth_precision)`;
}
