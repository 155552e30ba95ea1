import type { AppAbility } from '@schakel/sharing-policy';
import {
  PERSON_ADDRESS,
  PERSON_BSN,
  PERSON_DATE_OF_BIRTH,
  PERSON_NAME,
  policyFilter,
  referrerBeforeTriageSql,
  type PersonField,
  type SqlParams,
} from '../sharing/policy-sql';
import type { SearchTerms } from './search-terms';

/** `value` as a LIKE pattern that matches it literally. */
function literal(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Hyphens and apostrophes split words ("Jansen-Bakker", "'t Hart"), as spaces do. */
function words(value: string): string {
  return value.replace(/[-']/g, ' ').trim();
}

/**
 * The condition a search adds to the case list's statement (case `c`, its person `p`), on top of
 * the list's own policy filter. A person's field is matched only where the caller may read that
 * field of that case (the same policy SQL that masks it), so a search never finds a case through a
 * value the caller would see withheld: a BSN searched by someone who may not see it finds nothing.
 * A referrer awaiting triage is matched on what it entered itself, as it sees the person.
 */
export function caseSearchCondition(
  ability: AppAbility,
  terms: SearchTerms,
  viewerAgencyId: string,
  params: SqlParams,
): string {
  const readable = (field: PersonField) =>
    `(${policyFilter(ability, 'read', { subject: 'CaseSubject', caseAlias: 'c', ...field }, params)})`;
  const ownEntry = referrerBeforeTriageSql(ability, 'c', viewerAgencyId, params);
  const column = (own: string, entered: string) =>
    `(CASE WHEN ${ownEntry} THEN (SELECT rs.entered_person->>'${entered}' FROM referral rs ` +
    `WHERE rs.case_id = c.id) ELSE ${own} END)`;
  // ' ' + the words of a text, lower case, so '% jan%' finds a word that starts with "jan".
  const wordsOf = (text: string) => `(' ' || lower(translate(COALESCE(${text}, ''), '-''', '  ')))`;

  const conditions: string[] = [];
  if (terms.bsn) {
    conditions.push(
      `(${readable(PERSON_BSN)} AND ${column('p.bsn', 'bsn')} = ${params.add(terms.bsn)})`,
    );
  }
  if (terms.dateOfBirth) {
    conditions.push(
      `(${readable(PERSON_DATE_OF_BIRTH)} AND ` +
        `${column(`to_char(p.date_of_birth, 'YYYY-MM-DD')`, 'dateOfBirth')} = ${params.add(terms.dateOfBirth)})`,
    );
  }
  if (terms.words.length) {
    const name = wordsOf(
      `${column('p.given_names', 'givenNames')} || ' ' || ${column('p.family_name', 'familyName')}`,
    );
    const wijk = wordsOf(column('p.wijk', 'wijk'));
    const nameReadable = readable(PERSON_NAME);
    const wijkReadable = readable(PERSON_ADDRESS);
    for (const word of terms.words) {
      const asWords = words(word);
      const prefix = params.add(`% ${literal(asWords)}%`);
      const anywhere = params.add(`%${literal(word)}%`);
      conditions.push(
        `((${nameReadable} AND ${name} LIKE ${prefix}) ` +
          `OR (${wijkReadable} AND ${wijk} LIKE ${prefix}) ` +
          `OR lower(c.reference) LIKE ${anywhere})`,
      );
    }
  }
  return conditions.length ? `(${conditions.join('\n   AND ')})` : 'FALSE';
}
