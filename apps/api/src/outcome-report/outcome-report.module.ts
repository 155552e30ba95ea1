import { Module } from '@nestjs/common';
import { OutcomeReportResolver } from './outcome-report.resolver';
import { OutcomeReportService } from './outcome-report.service';

@Module({ providers: [OutcomeReportResolver, OutcomeReportService] })
export class OutcomeReportModule {}
