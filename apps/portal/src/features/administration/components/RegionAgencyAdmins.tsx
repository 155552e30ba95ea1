import {
  Alert,
  Button,
  Heading,
  Paragraph,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import type { RegionAgencyFieldsFragment } from '../../../gql/graphql';
import { FormProblemSummary } from '../../forms/components/FormProblemSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import { useInviteAgencyAdminForm } from '../hooks/useInviteAgencyAdminForm';

interface RegionAgencyAdminsProps {
  agency: RegionAgencyFieldsFragment;
}

/** The agency's agency admins, and inviting one (the first, or another). */
export function RegionAgencyAdmins({ agency }: RegionAgencyAdminsProps) {
  const t = useT();
  const headingId = useId();
  const inviteHeadingId = useId();
  const form = useInviteAgencyAdminForm(agency.id);
  const { fieldId, messageFor } = form.problems;
  return (
    <section className="schakel-flow" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('regionAgencies.adminsHeading')}
      </Heading>
      <Paragraph>{t('regionAgencies.adminsIntro')}</Paragraph>
      {agency.agencyAdminAccounts.length === 0 ? (
        <Paragraph>{t('regionAgencies.adminsNone')}</Paragraph>
      ) : (
        <UnorderedList aria-labelledby={headingId}>
          {agency.agencyAdminAccounts.map((admin) => (
            <UnorderedListItem key={admin.email}>
              {t(admin.activated ? 'regionAgencies.adminActive' : 'regionAgencies.adminInvited', {
                name: admin.displayName,
                email: admin.email,
              })}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <section className="schakel-flow" aria-labelledby={inviteHeadingId}>
        <Heading level={3} id={inviteHeadingId}>
          {t('regionAgencies.invite.heading')}
        </Heading>
        <Paragraph>{t('regionAgencies.invite.intro')}</Paragraph>
        <form className="schakel-flow" noValidate onSubmit={form.submit}>
          <FormProblemSummary title={t('regionAgencies.invite.notSent')} form={form.problems} />
          <LabelledField
            id={fieldId('displayName')}
            label={t('regionAgencies.invite.name')}
            error={messageFor('displayName')}
          >
            {({ describedBy, invalid }) => (
              <Textbox
                id={fieldId('displayName')}
                autoComplete="off"
                required
                invalid={invalid}
                aria-describedby={describedBy}
                value={form.values.displayName}
                onChange={(event) => form.set('displayName', event.target.value)}
              />
            )}
          </LabelledField>
          <LabelledField
            id={fieldId('email')}
            label={t('regionAgencies.invite.email')}
            error={messageFor('email')}
          >
            {({ describedBy, invalid }) => (
              <Textbox
                id={fieldId('email')}
                type="email"
                autoComplete="off"
                required
                invalid={invalid}
                aria-describedby={describedBy}
                value={form.values.email}
                onChange={(event) => form.set('email', event.target.value)}
              />
            )}
          </LabelledField>
          <div>
            <Button type="submit" appearance="primary-action-button" busy={form.pending}>
              {t('regionAgencies.invite.submit')}
            </Button>
          </div>
          <div role="status">
            {form.outcome && (
              <Alert type="ok" role="none">
                <Paragraph>
                  {t(
                    form.outcome.mailed
                      ? 'regionAgencies.invite.mailed'
                      : 'regionAgencies.invite.queued',
                    { email: form.outcome.email },
                  )}
                </Paragraph>
                {form.outcome.activationLink && (
                  <Paragraph>
                    {t('regionAgencies.invite.linkShown')}{' '}
                    <code>{form.outcome.activationLink}</code>
                  </Paragraph>
                )}
              </Alert>
            )}
          </div>
        </form>
      </section>
    </section>
  );
}
