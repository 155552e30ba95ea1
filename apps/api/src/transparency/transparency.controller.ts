import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply as Response } from 'fastify';
import { Audited } from '../audit/audited.decorator';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { Authenticated } from '../auth/decorators/policy.decorator';
import { TransparencyService } from './transparency.service';

/**
 * The transparency letter to the person (ADR 0035) as a tagged PDF in Dutch or English. One
 * EXPORT event per download, naming the person; the file is built per request and never stored.
 */
@Controller('cases')
export class TransparencyController {
  constructor(private readonly transparency: TransparencyService) {}

  @Authenticated()
  @Audited('EXPORT')
  @Get(':id/transparency-letter.pdf')
  async letter(
    @CurrentCaller() user: Caller,
    @Param('id') id: string,
    @Query('lang') lang: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const pdf = await this.transparency.letter(user, id, lang);
    void res
      .status(200)
      .header('Content-Type', 'application/pdf')
      .header('Content-Disposition', `attachment; filename="${TransparencyService.fileName(lang)}"`)
      .header('Cache-Control', 'no-store')
      .send(Buffer.from(pdf));
  }
}
