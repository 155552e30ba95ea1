import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import { maskPerson, type PersonRow } from '../sharing/masking';
import { visibilityOf } from '../sharing/policy-sql';
import { PolicyService } from '../sharing/policy.service';
import { InputError } from '../common/input.error';
import { parseDutchDate } from '@schakel/domain';
import { bsnArg, textArg } from '../common/validate';
import type { SearchPersonsInput } from './dto/search-persons.input';
import type { PersonMatchModel } from './person.model';
import { personSearchQuery, type PersonSearch } from './person.queries';

interface PersonSearchRow extends PersonRow {
  nameVisible: boolean;
  dateOfBirthVisible: boolean;
  addressVisible: boolean;
  bsnVisible: boolean;
  caseIds: string[];
}

/** Exactly one way of searching; anything else is refused before any query. */
export function parsePersonSearch(input: SearchPersonsInput): PersonSearch {
  const bsn = input.bsn?.trim() ?? '';
  const hasName = Boolean(input.familyName?.trim() || input.dateOfBirth?.trim());
  if (bsn !== '') {
    if (hasName) {
      throw InputError.badInput('bsn', 'Search by BSN, or by family name and date of birth.');
    }
    return { by: 'bsn', bsn: bsnArg(bsn, 'bsn') };
  }
  const familyName = textArg(input.familyName ?? '', 'familyName', 1, 200);
  if (!input.dateOfBirth?.trim()) {
    throw InputError.badInput('dateOfBirth', 'A name search needs the date of birth as well.');
  }
  // As much of the date of birth as is known: "1987", "1987-11" or "1987-11-02".
  const born = parseDutchDate(input.dateOfBirth, { partial: true });
  if (!born.ok) {
    throw InputError.badInput(
      'dateOfBirth',
      'dateOfBirth must be a date as YYYY-MM-DD, YYYY-MM or YYYY.',
    );
  }
  return { by: 'name', familyName, dateOfBirth: born.value };
}

@Injectable()
export class PersonService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
  ) {}

  async search(user: Caller, input: SearchPersonsInput): Promise<PersonMatchModel[]> {
    const search = parsePersonSearch(input);
    const { ability } = await user.policy();
    const statement = personSearchQuery(ability, user.regionId, search, user.agencyId);
    if (!statement) return [];
    const rows = await this.db.query<PersonSearchRow[]>(statement.sql, statement.params);
    return rows.map((row) => ({
      person: maskPerson(row, visibilityOf(row), user),
      caseIds: row.caseIds,
    }));
  }
}
