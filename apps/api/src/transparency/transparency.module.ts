import { Module } from '@nestjs/common';
import { SharingModule } from '../sharing/sharing.module';
import { TransparencyController } from './transparency.controller';
import { TransparencyResolver } from './transparency.resolver';
import { TransparencyService } from './transparency.service';

@Module({
  imports: [SharingModule],
  controllers: [TransparencyController],
  providers: [TransparencyResolver, TransparencyService],
})
export class TransparencyModule {}
