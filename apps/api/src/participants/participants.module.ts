import { Module } from '@nestjs/common';
import { SharingModule } from '../sharing/sharing.module';
import { ParticipantResolver } from './participant.resolver';
import { ParticipantService } from './participant.service';

@Module({ imports: [SharingModule], providers: [ParticipantResolver, ParticipantService] })
export class ParticipantsModule {}
