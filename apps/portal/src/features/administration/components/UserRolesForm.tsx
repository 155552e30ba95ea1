import type { Role } from '@schakel/domain';
import {
  Alert,
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Paragraph,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import { useT } from '../../i18n/hooks/useT';
import { useUserRolesForm } from '../hooks/useUserRolesForm';

interface UserRolesFormProps {
  user: { id: string; displayName: string; roles: readonly Role[] };
  agencyType: string;
  /** The signed-in admin's own account: the own admin role cannot be taken away here. */
  own: boolean;
}

/** A colleague's roles, within what this agency admin may grant; saved after a confirmation. */
export function UserRolesForm({ user, agencyType, own }: UserRolesFormProps) {
  const t = useT();
  const form = useUserRolesForm(user, agencyType, own);
  const problemId = useId();
  const names = (roles: readonly Role[]) => roles.map((role) => t(`role.${role}`)).join(', ');
  const problem =
    form.problem === 'REQUIRED'
      ? t('roles.required')
      : form.problem === 'UNCHANGED'
        ? t('roles.unchanged')
        : null;
  return (
    <form className="schakel-flow" noValidate onSubmit={form.submit}>
      <Fieldset invalid={problem !== null} aria-describedby={problem ? problemId : undefined}>
        <FieldsetLegend>{t('roles.legend', { name: user.displayName })}</FieldsetLegend>
        {problem && (
          <Paragraph id={problemId} className="schakel-field-problem">
            {problem}
          </Paragraph>
        )}
        {form.grants.map((role) => {
          const id = `roles-${user.id}-${role}`;
          return (
            <div key={role}>
              <Checkbox
                id={id}
                checked={form.chosen.includes(role)}
                disabled={form.locked(role)}
                onChange={(event) => form.toggle(role, event.target.checked)}
              />
              <FormLabel htmlFor={id} type="checkbox">
                {t(`role.${role}`)}
              </FormLabel>
            </div>
          );
        })}
        {own && form.grants.includes('AGENCY_ADMIN') && (
          <Paragraph>{t('roles.ownAdmin')}</Paragraph>
        )}
        {form.kept.length > 0 && (
          <Paragraph>{t('roles.kept', { roles: names(form.kept) })}</Paragraph>
        )}
      </Fieldset>
      {form.confirming ? (
        <Alert type="warning" role="none">
          <Paragraph>
            {t('roles.confirm', {
              name: user.displayName,
              roles: names([...form.chosen, ...form.kept]),
            })}
          </Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" busy={form.pending} onClick={form.confirm}>
              {t('roles.confirmButton')}
            </Button>
            <Button appearance="secondary-action-button" onClick={form.cancel}>
              {t('roles.cancel')}
            </Button>
          </ButtonGroup>
        </Alert>
      ) : (
        <div>
          <Button type="submit" appearance="secondary-action-button">
            {t('roles.submit')}
          </Button>
        </div>
      )}
      <div role="status">
        {form.saved && (
          <Alert type="ok" role="none">
            <Paragraph>
              {t('roles.saved', { name: user.displayName, roles: names(form.saved) })}
            </Paragraph>
          </Alert>
        )}
        {form.failure && (
          <Alert type="error" role="none">
            <Paragraph>
              {t('roles.notSaved')} {form.failure}
            </Paragraph>
          </Alert>
        )}
      </div>
    </form>
  );
}
