import { Audited } from '../audit/audited.decorator';
import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply as Response } from 'fastify';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { Authenticated } from '../auth/decorators/policy.decorator';
import { RequireStepUp } from '../auth/mfa/step-up.decorator';
import { MeetingExportService } from './meeting-export.service';

/**
 * Files for one meeting, as the caller may see it: a calendar with their own items and, after
 * the meeting, the minutes of the items their agency is entitled to. Session cookie via the
 * global AccessGuard (GET: no CSRF token needed, nothing changes).
 */
@Controller('meetings')
export class MeetingExportController {
  constructor(private readonly exports: MeetingExportService) {}

  @Authenticated()
  @RequireStepUp()
  @Audited('EXPORT')
  @Get(':id/calendar.ics')
  async calendar(
    @CurrentCaller() user: Caller,
    @Param('id') id: string,
    @Res() res: Response,
  ): Promise<void> {
    const ics = await this.exports.calendar(user, id);
    void res
      .status(200)
      .header('Content-Type', 'text/calendar; charset=utf-8')
      .header('Content-Disposition', 'attachment; filename="casusoverleg.ics"')
      .header('Cache-Control', 'no-store')
      .send(ics);
  }

  @Authenticated()
  @RequireStepUp()
  @Audited('EXPORT')
  @Get(':id/minutes.pdf')
  async minutes(
    @CurrentCaller() user: Caller,
    @Param('id') id: string,
    @Res() res: Response,
  ): Promise<void> {
    const pdf = await this.exports.minutesPdf(user, id);
    void res
      .status(200)
      .header('Content-Type', 'application/pdf')
      .header('Content-Disposition', 'attachment; filename="verslag-casusoverleg.pdf"')
      .header('Cache-Control', 'no-store')
      .send(Buffer.from(pdf));
  }
}
