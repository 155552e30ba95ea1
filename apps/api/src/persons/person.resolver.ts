import { Audited } from '../audit/audited.decorator';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { Authenticated } from '../auth/decorators/policy.decorator';
import { SearchPersonsInput } from './dto/search-persons.input';
import { PersonMatchModel } from './person.model';
import { PersonService } from './person.service';

@Resolver(() => PersonMatchModel)
export class PersonResolver {
  constructor(private readonly persons: PersonService) {}

  @Authenticated()
  @Audited('SEARCH')
  @Query(() => [PersonMatchModel], {
    description:
      'Finds persons in cases the caller takes part in: by BSN (needs BSN access) or by family ' +
      'name and date of birth (needs identity access).',
  })
  searchPersons(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => SearchPersonsInput }) input: SearchPersonsInput,
  ): Promise<PersonMatchModel[]> {
    return this.persons.search(user, input);
  }
}
