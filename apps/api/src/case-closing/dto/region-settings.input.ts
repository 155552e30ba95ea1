import { Field, InputType, Int } from '@nestjs/graphql';

@InputType()
export class UpdateRegionSettingsInput {
  @Field(() => Int, {
    description: 'Days participants keep reading a closed case (0–180; 0 ends access at once).',
  })
  closingGraceDays!: number;
}
