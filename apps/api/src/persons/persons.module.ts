import { Module } from '@nestjs/common';
import { SharingModule } from '../sharing/sharing.module';
import { PersonResolver } from './person.resolver';
import { PersonService } from './person.service';

@Module({ imports: [SharingModule], providers: [PersonResolver, PersonService] })
export class PersonsModule {}
