import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import { runStatement } from '../database/run-statement';
import { MailService } from '../mail/mail.service';
import type { MailLanguage } from '../mail/mail-templates';
import {
  accessReviewSummaryQuery,
  claimDueAgenciesQuery,
  reminderRecipientsQuery,
} from './access-review.queries';
import type { AccessReviewSummaryModel } from './managed-user.model';

/** Where the reminder leads: the agency admin's accounts page. */
export const ACCESS_REVIEW_PATH = '/beheer/gebruikers';

export interface ReminderRun {
  /** Agencies whose admins were e-mailed in this run. */
  agencies: number;
  /** E-mails queued (one per agency admin). */
  mails: number;
}

/**
 * The periodic access review (issue 15 item 2: "still needs access?" per account, every
 * access_review_months of the region). Confirming is AgencyUsersService.confirmAccess (audited
 * with the change); here the counts and the weekly reminder — counts and a link only, no names.
 */
@Injectable()
export class AccessReviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailService,
  ) {}

  async summary(caller: Caller, now = new Date()): Promise<AccessReviewSummaryModel> {
    const [row] = (await runStatement(
      this.db,
      accessReviewSummaryQuery(caller.agencyId, now),
    )) as AccessReviewSummaryModel[];
    return row ?? { dueCount: 0, reviewMonths: 0 };
  }

  /**
   * One run of the daily reminder with the clock `now`: every agency with accounts due whose
   * admins were not reminded in the last seven days gets one e-mail per active agency admin, in
   * the recipient's language. The agency is marked reminded and the mails are queued in one
   * transaction: both or neither.
   */
  async remind(now: Date): Promise<ReminderRun> {
    return this.db.transaction(async (tx) => {
      // An UPDATE … RETURNING answers [rows, affected count].
      const [due] = (await runStatement(tx, claimDueAgenciesQuery(now))) as [
        { agencyId: string; dueCount: number }[],
        number,
      ];
      const link = this.mail.link(ACCESS_REVIEW_PATH);
      let mails = 0;
      for (const agency of due) {
        const recipients = (await runStatement(tx, reminderRecipientsQuery(agency.agencyId))) as {
          email: string;
          language: MailLanguage | null;
        }[];
        for (const recipient of recipients) {
          await this.mail.enqueue(
            {
              to: recipient.email,
              template: 'access-review',
              params: { link, count: agency.dueCount },
              language: recipient.language ?? 'nl',
            },
            tx,
          );
          mails += 1;
        }
      }
      return { agencies: due.length, mails };
    });
  }
}
