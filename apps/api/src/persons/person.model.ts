import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  AccessEnum,
  InformationCategoryEnum,
  type Access,
  type InformationCategory,
} from '../sharing/sharing.enums';

@ObjectType('ProtectedString', {
  description:
    'A personal value under the covenant. access WITHHELD: shown as "afgeschermd", value is null. ' +
    'access FULL with a null value: nothing is recorded.',
})
export class ProtectedStringModel {
  @Field(() => AccessEnum) access!: Access;
  @Field(() => InformationCategoryEnum) category!: InformationCategory;
  @Field(() => String, { nullable: true }) value!: string | null;
}

@ObjectType('Address')
export class AddressModel {
  @Field(() => String, { nullable: true }) street!: string | null;
  @Field(() => String, { nullable: true }) houseNumber!: string | null;
  @Field(() => String, { nullable: true }) postcode!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true, description: 'The neighbourhood (wijk).' })
  wijk!: string | null;
}

@ObjectType('ProtectedAddress', {
  description: 'An address under the covenant (see ProtectedString).',
})
export class ProtectedAddressModel {
  @Field(() => AccessEnum) access!: Access;
  @Field(() => InformationCategoryEnum) category!: InformationCategory;
  @Field(() => AddressModel, { nullable: true }) value!: AddressModel | null;
}

@ObjectType('Person', {
  description:
    'The person a case is about. Name, date of birth and address are category IDENTITY, the ' +
    'BSN is category BSN; each is masked by the covenant.',
})
export class PersonModel {
  @Field(() => ID) id!: string;
  @Field(() => ProtectedStringModel) givenNames!: ProtectedStringModel;
  @Field(() => ProtectedStringModel) familyName!: ProtectedStringModel;
  @Field(() => ProtectedStringModel, {
    description: 'YYYY-MM-DD, or as much as is known (as the BRP records it): YYYY-MM, YYYY.',
  })
  dateOfBirth!: ProtectedStringModel;
  @Field(() => ProtectedAddressModel) address!: ProtectedAddressModel;
  @Field(() => ProtectedStringModel) bsn!: ProtectedStringModel;
}

@ObjectType('PersonMatch', {
  description: 'A search hit: the person and the cases the caller may open.',
})
export class PersonMatchModel {
  @Field(() => PersonModel) person!: PersonModel;
  @Field(() => [ID]) caseIds!: string[];
}
