import {
  renderMail,
  type MailLanguage,
  type MailTemplate,
  type MailTemplateParams,
  type NotificationMailKind,
} from './mail-templates';

const LINK = 'https://schakel.example/pad?token=abc';

/** Every template with the values it can get, including the counts where Dutch and English bend. */
function samples(): { template: MailTemplate; params: MailTemplateParams[MailTemplate] }[] {
  const kinds: (NotificationMailKind | undefined)[] = [
    undefined,
    'case-invitation',
    'action-assigned',
    'action-overdue',
    'meeting-invitation',
    'referral-decided',
  ];
  return [
    { template: 'password-reset', params: { link: LINK, expiresMinutes: 30 } },
    { template: 'invitation', params: { link: LINK, expiresHours: 72 } },
    { template: 'invitation-sso', params: { link: LINK } },
    ...[1, 2, 17].map((count) => ({
      template: 'access-review' as const,
      params: { link: LINK, count },
    })),
    ...kinds.map((kind) => ({ template: 'notification' as const, params: { link: LINK, kind } })),
    ...[1, 2, 17].map((count) => ({ template: 'digest' as const, params: { link: LINK, count } })),
  ];
}

const LANGUAGES: MailLanguage[] = ['nl', 'en'];

/** The informal Dutch forms: the portal and its e-mails address a professional as "u". */
const INFORMAL = /\b(je|jij|jou|jouw|jullie)\b/i;

describe('the e-mails Schakel sends', () => {
  it.each(samples().flatMap((sample) => LANGUAGES.map((lang) => ({ ...sample, lang }))))(
    '$template ($lang, $params) is complete text with the link, in one form of address',
    ({ template, params, lang }) => {
      const mail = renderMail(template, params, lang);
      for (const text of [mail.subject, mail.text, mail.html]) {
        expect(text).not.toMatch(/undefined|null|NaN|\{\w*\}|\[object/);
      }
      expect(mail.subject.length).toBeGreaterThan(5);
      expect(mail.text).toContain(LINK);
      if (lang === 'nl') {
        expect(`${mail.subject}\n${mail.text}`).not.toMatch(INFORMAL);
        expect(mail.text).toMatch(/\b(u|uw)\b/);
        // No English sentence slipped into the Dutch mail.
        expect(mail.text).not.toMatch(/\b(the|your|you|please)\b/i);
      } else {
        expect(mail.text).not.toMatch(/\b(de|het|uw|een)\b/);
      }
    },
  );

  it.each(LANGUAGES)(
    'bends the counts in %s: one account, one message; never "1 accounts"',
    (lang) => {
      for (const template of ['access-review', 'digest'] as const) {
        const one = renderMail(template, { link: LINK, count: 1 }, lang);
        expect(`${one.subject} ${one.text}`).not.toMatch(
          /\b1 (accounts|meldingen|berichten|messages|notifications)\b/,
        );
      }
    },
  );

  it('carries no client or case data: the same mail for any case (only link and numbers vary)', () => {
    const a = renderMail('notification', { link: LINK, kind: 'action-assigned' }, 'nl');
    const b = renderMail('notification', { link: LINK, kind: 'action-assigned' }, 'nl');
    expect(a).toEqual(b);
    expect(a.text).not.toMatch(/ZVH-\d{4}-\d+/);
  });
});
