import { Module } from '@nestjs/common';
import { SharingModule } from '../sharing/sharing.module';
import { CasusregisseurService } from './casusregisseur.service';
import { ParticipantResolver } from './participant.resolver';
import { ParticipantService } from './participant.service';

@Module({
  imports: [SharingModule],
  providers: [ParticipantResolver, ParticipantService, CasusregisseurService],
})
export class ParticipantsModule {}
