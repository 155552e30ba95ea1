import { rolesAgencyAdminGrants } from '@schakel/domain';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { FormProblemSummary } from '../../forms/components/FormProblemSummary';
import { useT } from '../../i18n/hooks/useT';
import { useInviteUserForm } from '../hooks/useInviteUserForm';

interface InviteUserFormProps {
  agencyType: string;
}

/** Invite a colleague: name, e-mail address and the roles this agency admin may grant. */
export function InviteUserForm({ agencyType }: InviteUserFormProps) {
  const t = useT();
  const form = useInviteUserForm();
  const { fieldId, controlId, messageFor } = form.problems;
  const grants = rolesAgencyAdminGrants(agencyType);
  const textField = (field: 'displayName' | 'email', label: string, autoComplete: string) => {
    const error = messageFor(field);
    const errorId = `${fieldId(field)}-error`;
    return (
      <FormField
        invalid={error !== null}
        label={<FormLabel htmlFor={fieldId(field)}>{label}</FormLabel>}
        errorMessage={error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
        input={
          <Textbox
            id={fieldId(field)}
            name={field}
            type={field === 'email' ? 'email' : 'text'}
            autoComplete={autoComplete}
            required
            invalid={error !== null}
            aria-describedby={error ? errorId : undefined}
            value={form.values[field]}
            onChange={(event) => form.set(field, event.target.value)}
          />
        }
      />
    );
  };
  const rolesError = messageFor('roles');
  return (
    <form className="schakel-flow" noValidate onSubmit={form.submit}>
      <FormProblemSummary title={t('users.invite.notSent')} form={form.problems} />
      {textField('displayName', t('users.invite.name'), 'off')}
      {textField('email', t('users.invite.email'), 'off')}
      <Fieldset id={fieldId('roles')} tabIndex={-1} invalid={rolesError !== null}>
        <FieldsetLegend>{t('users.invite.roles')}</FieldsetLegend>
        {rolesError && <Paragraph>{rolesError}</Paragraph>}
        {grants.map((role) => (
          <div key={role}>
            <Checkbox
              id={controlId(`role-${role}`)}
              checked={form.values.roles.includes(role)}
              onChange={(event) => form.toggleRole(role, event.target.checked)}
            />
            <FormLabel htmlFor={controlId(`role-${role}`)} type="checkbox">
              {t(`role.${role}`)}
            </FormLabel>
          </div>
        ))}
      </Fieldset>
      <div>
        <Button type="submit" appearance="primary-action-button" busy={form.pending}>
          {t('users.invite.submit')}
        </Button>
      </div>
      <div role="status">
        {form.outcome && (
          <Alert type="ok" role="none">
            <Paragraph>
              {t(
                form.outcome.mailed
                  ? form.outcome.sso
                    ? 'users.invite.ssoMailed'
                    : 'users.invite.mailed'
                  : 'users.invite.queued',
                {
                  email: form.outcome.email,
                },
              )}
            </Paragraph>
            {form.outcome.activationLink && (
              <Paragraph>
                {t('users.invite.linkShown')} <code>{form.outcome.activationLink}</code>
              </Paragraph>
            )}
          </Alert>
        )}
      </div>
    </form>
  );
}
