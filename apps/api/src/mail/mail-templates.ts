/**
 * The e-mails Schakel sends. A template takes only links and numbers: an e-mail never carries
 * personal data of clients or case content (issue 15 item 5) — at most "Er staat iets voor u
 * klaar in Schakel" with a link. Dutch, or English when the recipient chose English.
 */
export interface MailTemplateParams {
  'password-reset': { link: string; expiresMinutes: number };
  /** A's invitation: an account to activate (the activation page sets the password). */
  invitation: { link: string; expiresHours: number };
  /**
   * An invitation into an agency whose e-mail domain signs in at its own provider (SSO): no
   * activation link, no password — the link is Schakel's login page.
   */
  'invitation-sso': { link: string };
  /** The weekly reminder to an agency admin: how many accounts wait for the access review. */
  'access-review': { link: string; count: number };
  /** Something new for the recipient; `kind` names the kind, never the case or the client. */
  notification: { link: string; kind?: NotificationMailKind };
  /** The daily digest: how many, and a link. */
  digest: { link: string; count: number };
}

export type MailTemplate = keyof MailTemplateParams;
export type MailLanguage = 'nl' | 'en';
export type NotificationMailKind =
  | 'case-invitation'
  | 'action-assigned'
  | 'action-overdue'
  | 'meeting-invitation'
  | 'referral-decided'
  | 'violation-reported';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const KIND_LINES: Record<NotificationMailKind, Record<MailLanguage, string>> = {
  'case-invitation': {
    nl: 'U bent toegevoegd aan een casus.',
    en: 'You have been added to a case.',
  },
  'action-assigned': {
    nl: 'Er is een actie aan u toegewezen.',
    en: 'An action has been assigned to you.',
  },
  'action-overdue': {
    nl: 'Een actie van u is over de datum.',
    en: 'An action of yours is overdue.',
  },
  'meeting-invitation': {
    nl: 'U bent uitgenodigd voor een overleg. De uitnodiging voor uw agenda zit in de bijlage.',
    en: 'You have been invited to a meeting. The calendar invitation is attached.',
  },
  'referral-decided': {
    nl: 'Er is een besluit genomen over een aanmelding.',
    en: 'A decision has been taken on a referral.',
  },
  'violation-reported': {
    nl: 'Er is een mogelijke overtreding van een bijzondere voorwaarde gemeld.',
    en: 'A possible violation of a supervision condition has been reported.',
  },
};

const FOOTER: Record<MailLanguage, string> = {
  nl: 'Dit bericht is automatisch verstuurd door Schakel. Beantwoorden is niet mogelijk.',
  en: 'This message was sent automatically by Schakel. Replies are not read.',
};

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Paragraphs of plain text; a paragraph that is exactly the link becomes an anchor in HTML. */
function compose(
  subject: string,
  paragraphs: string[],
  link: string,
  lang: MailLanguage,
): RenderedMail {
  const all = [...paragraphs, FOOTER[lang]];
  const html = [
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5">',
    ...all.map((p) =>
      p === link
        ? `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`
        : `<p>${escapeHtml(p)}</p>`,
    ),
    '</body></html>',
  ].join('\n');
  return { subject, text: all.join('\n\n') + '\n', html };
}

export function renderMail<T extends MailTemplate>(
  template: T,
  params: MailTemplateParams[T],
  lang: MailLanguage = 'nl',
): RenderedMail {
  const en = lang === 'en';
  switch (template) {
    case 'password-reset': {
      const p = params as MailTemplateParams['password-reset'];
      return compose(
        en ? 'Reset your Schakel password' : 'Wachtwoord opnieuw instellen in Schakel',
        en
          ? [
              'Someone (probably you) asked to reset the password of your Schakel account. ' +
                `This link sets a new one; it works once and for ${p.expiresMinutes} minutes:`,
              p.link,
              'Did you not ask for this? Then ignore this message: your password stays as it is.',
            ]
          : [
              'Er is gevraagd het wachtwoord van uw Schakel-account opnieuw in te stellen ' +
                `(waarschijnlijk door uzelf). Met deze link kiest u een nieuw wachtwoord; hij werkt één keer en ${p.expiresMinutes} minuten lang:`,
              p.link,
              'Heeft u dit niet gevraagd? Dan kunt u dit bericht negeren: uw wachtwoord blijft ongewijzigd.',
            ],
        p.link,
        lang,
      );
    }
    case 'invitation': {
      const p = params as MailTemplateParams['invitation'];
      return compose(
        en ? 'Your Schakel account is ready' : 'Uw account in Schakel staat klaar',
        en
          ? [
              'An account in Schakel has been made for you. Activate it and choose a password ' +
                `with this link; it works once and for ${p.expiresHours} hours:`,
              p.link,
            ]
          : [
              'Er is een account in Schakel voor u aangemaakt. Activeer het en kies een wachtwoord ' +
                `met deze link; hij werkt één keer en ${p.expiresHours} uur lang:`,
              p.link,
            ],
        p.link,
        lang,
      );
    }
    case 'invitation-sso': {
      const p = params;
      return compose(
        en ? 'Your Schakel account is ready' : 'Uw account in Schakel staat klaar',
        en
          ? [
              'An account in Schakel has been made for you. You do not need a separate password: ' +
                'sign in via your organisation, with the account you use at work. Enter your ' +
                'work e-mail address on the login page:',
              p.link,
            ]
          : [
              'Er is een account in Schakel voor u aangemaakt. U heeft geen apart wachtwoord ' +
                'nodig: log in via uw organisatie, met het account dat u op uw werk gebruikt. ' +
                'Vul op de inlogpagina uw werk-e-mailadres in:',
              p.link,
            ],
        p.link,
        lang,
      );
    }
    case 'access-review': {
      const p = params as MailTemplateParams['access-review'];
      const subject = en
        ? `${p.count} ${p.count === 1 ? 'account awaits' : 'accounts await'} review in Schakel`
        : `${p.count} ${p.count === 1 ? 'account wacht' : 'accounts wachten'} op beoordeling in Schakel`;
      return compose(
        subject,
        en
          ? [
              `${p.count} ${p.count === 1 ? 'account of your organisation is' : 'accounts of your organisation are'} ` +
                'due for the periodic access review: does each person still need access to Schakel?',
              'Sign in to confirm or disable the accounts:',
              p.link,
              'You receive this as an agency admin, at most once a week while accounts are due.',
            ]
          : [
              `${p.count} ${p.count === 1 ? 'account van uw organisatie wacht' : 'accounts van uw organisatie wachten'} ` +
                'op de periodieke toegangscontrole: heeft ieder nog toegang tot Schakel nodig?',
              'Log in om de accounts te bevestigen of uit te schakelen:',
              p.link,
              'U ontvangt dit als beheerder van uw organisatie, hooguit eens per week zolang er accounts wachten.',
            ],
        p.link,
        lang,
      );
    }
    case 'notification': {
      const p = params as MailTemplateParams['notification'];
      const subject = en
        ? 'Something is waiting for you in Schakel'
        : 'Er staat iets voor u klaar in Schakel';
      return compose(
        subject,
        [
          ...(p.kind ? [KIND_LINES[p.kind][lang]] : [subject + '.']),
          en ? 'Sign in to see it:' : 'Log in om het te bekijken:',
          p.link,
          en
            ? 'You receive this because of your e-mail settings on your account page in Schakel.'
            : 'U ontvangt dit bericht door uw e-mailinstellingen op de pagina Mijn account in Schakel.',
        ],
        p.link,
        lang,
      );
    }
    case 'digest': {
      const p = params as MailTemplateParams['digest'];
      const subject = en
        ? `${p.count} new ${p.count === 1 ? 'item' : 'items'} for you in Schakel`
        : `Er ${p.count === 1 ? 'staat 1 nieuw bericht' : `staan ${p.count} nieuwe berichten`} voor u klaar in Schakel`;
      return compose(
        subject,
        [
          subject + '.',
          en ? 'Sign in to see them:' : 'Log in om ze te bekijken:',
          p.link,
          en
            ? 'You receive this daily summary because of your e-mail settings on your account page in Schakel.'
            : 'U ontvangt dit dagelijkse overzicht door uw e-mailinstellingen op de pagina Mijn account in Schakel.',
        ],
        p.link,
        lang,
      );
    }
    default:
      throw new Error(`unknown mail template ${String(template)}`);
  }
}
