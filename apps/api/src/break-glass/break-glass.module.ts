import { Module } from '@nestjs/common';
import { SharingModule } from '../sharing/sharing.module';
import { BreakGlassResolver } from './break-glass.resolver';
import { BreakGlassService } from './break-glass.service';

@Module({ imports: [SharingModule], providers: [BreakGlassResolver, BreakGlassService] })
export class BreakGlassModule {}
