import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../database/queryable';
import { runStatement as run } from '../database/run-statement';
import type { MailAttachment } from '../mail/mail.service';
import { MailService } from '../mail/mail.service';
import type { MailLanguage, NotificationMailKind } from '../mail/mail-templates';
import { buildCalendar } from '../meetings/meeting-ics';
import {
  MAIL_NOTIFICATION_KINDS,
  type MailMode,
  type MailNotificationKind,
  type MailPreferenceModel,
} from './notification-mail.kinds';
import {
  invitationSlotQuery,
  mailPreferencesQuery,
  markMailStateQuery,
  pendingDigestQuery,
  pendingImmediateQuery,
  upsertMailPreferenceQuery,
  setMailLanguageQuery,
} from './notification-mail.queries';

const TEMPLATE_KIND: Record<MailNotificationKind, NotificationMailKind> = {
  CASE_INVITED: 'case-invitation',
  ACTION_ASSIGNED: 'action-assigned',
  ACTION_OVERDUE: 'action-overdue',
  MEETING_INVITED: 'meeting-invitation',
  REFERRAL_DECIDED: 'referral-decided',
  VIOLATION_REPORTED: 'violation-reported',
};

/** How many notifications one dispatcher run looks at (the rest: the next run, a minute on). */
const BATCH = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Pending {
  id: string;
  kind: string;
  caseId: string | null;
  data: Record<string, unknown>;
  email: string;
  language: MailLanguage;
  mode: MailMode;
}

/**
 * E-mail about in-app notifications (issue 15 item 6). Each user chooses per kind: none (the
 * default), immediately, or a daily digest. The dispatcher looks at each new notification once:
 * an e-mail now ("Er staat iets voor u klaar in Schakel", the kind in general words, a link —
 * never the case, the client or the notification's labels), later in the digest, or none. A
 * meeting invitation gets its .ics: the time and place only.
 */
@Injectable()
export class NotificationMailService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailService,
  ) {}

  async preferences(userId: string): Promise<MailPreferenceModel[]> {
    const rows = (await run(this.db, mailPreferencesQuery(userId))) as MailPreferenceModel[];
    return MAIL_NOTIFICATION_KINDS.map((kind) => ({
      kind,
      mode: rows.find((r) => r.kind === kind)?.mode ?? 'NONE',
    }));
  }

  async setPreference(
    userId: string,
    kind: MailNotificationKind,
    mode: MailMode,
  ): Promise<MailPreferenceModel> {
    await run(this.db, upsertMailPreferenceQuery(userId, kind, mode));
    return { kind, mode };
  }

  /** The language of the user's e-mails from now on (set by the portal's language switch). */
  async setMailLanguage(userId: string, language: MailLanguage): Promise<MailLanguage> {
    await run(this.db, setMailLanguageQuery(userId, language));
    return language;
  }

  /** One run of the dispatcher; returns how many e-mails it queued. */
  async dispatch(): Promise<number> {
    return this.db.transaction(async (m) => {
      const pending = (await run(m, pendingImmediateQuery(BATCH))) as Pending[];
      const sent: string[] = [];
      const skipped: string[] = [];
      for (const n of pending) {
        const kind = n.kind as MailNotificationKind;
        if (n.mode !== 'IMMEDIATELY' || !(kind in TEMPLATE_KIND)) {
          skipped.push(n.id);
          continue;
        }
        const attachments = kind === 'MEETING_INVITED' ? await this.invitationIcs(m, n) : undefined;
        // In this transaction: marked sent exactly when its mail is queued.
        await this.mail.enqueue(
          {
            to: n.email,
            language: n.language,
            template: 'notification',
            params: { link: this.mail.link('/meldingen'), kind: TEMPLATE_KIND[kind] },
            ...(attachments ? { attachments } : {}),
          },
          m,
        );
        sent.push(n.id);
      }
      if (sent.length) await run(m, markMailStateQuery(sent, 'SENT'));
      if (skipped.length) await run(m, markMailStateQuery(skipped, 'SKIPPED'));
      return sent.length;
    });
  }

  /** The daily digest: one e-mail per user with notifications waiting for it; returns how many. */
  async digest(): Promise<number> {
    return this.db.transaction(async (m) => {
      const rows = (await run(m, pendingDigestQuery())) as {
        id: string;
        userId: string;
        email: string;
        language: MailLanguage;
      }[];
      const perUser = new Map<string, { email: string; language: MailLanguage; ids: string[] }>();
      for (const r of rows) {
        const entry = perUser.get(r.userId) ?? { email: r.email, language: r.language, ids: [] };
        entry.ids.push(r.id);
        perUser.set(r.userId, entry);
      }
      for (const { email, language, ids } of perUser.values()) {
        await this.mail.enqueue(
          {
            to: email,
            language,
            template: 'digest',
            params: { link: this.mail.link('/meldingen'), count: ids.length },
          },
          m,
        );
        await run(m, markMailStateQuery(ids, 'DIGESTED'));
      }
      return perUser.size;
    });
  }

  private async invitationIcs(m: Queryable, n: Pending): Promise<MailAttachment[] | undefined> {
    const meetingId = typeof n.data['meetingId'] === 'string' ? n.data['meetingId'] : null;
    if (!meetingId || !UUID.test(meetingId) || !n.caseId) return undefined;
    const [slot] = (await run(m, invitationSlotQuery(meetingId, n.caseId))) as {
      id: string;
      startsAt: Date;
      endsAt: Date;
      location: string | null;
      onlineUrl: string | null;
    }[];
    if (!slot) return undefined;
    const content = buildCalendar([
      {
        uid: `meeting-item-${slot.id}@schakel`,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        summary: 'Casusoverleg ZVH',
        location: slot.location,
        url: this.mail.link(`/overleggen/${meetingId}`),
      },
    ]);
    return [{ filename: 'casusoverleg.ics', contentType: 'text/calendar', content }];
  }
}
