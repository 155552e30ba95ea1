import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import type { FastifyReply as Response } from 'fastify';
import { Audited } from '../audit/audited.decorator';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { RequireRoles } from '../auth/decorators/policy.decorator';
import { RequireStepUp } from '../auth/mfa/step-up.decorator';
import { DataSubjectExportService } from './data-subject-export.service';

/**
 * The access export of an ACCESS request (inzage, AVG art. 15) as JSON and as a Dutch PDF. One
 * EXPORT audit event per download, naming the person. Passthrough responses, so the audit
 * interceptor writes that event before the file goes out.
 */
@Controller('data-subject-requests')
export class DataSubjectExportController {
  constructor(private readonly exports: DataSubjectExportService) {}

  @RequireRoles('PRIVACY_OFFICER')
  @RequireStepUp()
  @Audited('EXPORT')
  @Get(':id/export.json')
  async json(
    @CurrentCaller() user: Caller,
    @Param('id') id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const json = Buffer.from(await this.exports.json(user, id), 'utf8');
    void res.header('Cache-Control', 'no-store');
    return new StreamableFile(json, {
      type: 'application/json; charset=utf-8',
      disposition: 'attachment; filename="inzage-gegevens.json"',
      length: json.length,
    });
  }

  @RequireRoles('PRIVACY_OFFICER')
  @RequireStepUp()
  @Audited('EXPORT')
  @Get(':id/export.pdf')
  async pdf(
    @CurrentCaller() user: Caller,
    @Param('id') id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const pdf = Buffer.from(await this.exports.pdf(user, id));
    void res.header('Cache-Control', 'no-store');
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: 'attachment; filename="inzage-gegevens.pdf"',
      length: pdf.length,
    });
  }
}
