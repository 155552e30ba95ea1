import { Module } from '@nestjs/common';
import { SharingModule } from '../sharing/sharing.module';
import { ConsentResolver } from './consent.resolver';
import { ConsentService } from './consent.service';

@Module({ imports: [SharingModule], providers: [ConsentResolver, ConsentService] })
export class ConsentsModule {}
