import { Injectable } from '@nestjs/common';

/**
 * Sends an activation link to the invited person. The seam for the mail service of issue 15 item
 * 5 (MailService.enqueue, template "activation"): until it is wired, nothing is mailed and the
 * invitation says so.
 */
@Injectable()
export class InvitationMail {
  send(_to: string, _link: string): Promise<boolean> {
    return Promise.resolve(false);
  }
}
