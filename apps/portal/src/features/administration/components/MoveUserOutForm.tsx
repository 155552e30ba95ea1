import {
  Alert,
  Button,
  ButtonGroup,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useT } from '../../i18n/hooks/useT';
import { useMoveUserOutForm } from '../hooks/useMoveUserOutForm';

interface MoveUserOutFormProps {
  user: { id: string; displayName: string };
  /** Active, activated colleagues of the same agency who could take over. */
  colleagues: readonly { id: string; displayName: string; email: string }[];
}

/** The person leaves: choose who takes over, confirm, and see what was handed over. */
export function MoveUserOutForm({ user, colleagues }: MoveUserOutFormProps) {
  const t = useT();
  const form = useMoveUserOutForm(user.id, colleagues);
  const name = user.displayName;
  const selectId = `move-out-${user.id}`;
  const errorId = `${selectId}-error`;
  const problem =
    form.problem === 'REQUIRED'
      ? t('moveOut.successorRequired')
      : form.problem === 'NOT_A_COLLEAGUE'
        ? t('moveOut.successorInvalid')
        : form.problem === 'NEEDS_CHAIR'
          ? t('moveOut.needsChair', { name })
          : null;

  if (form.result) {
    const r = form.result;
    return (
      <div role="status">
        <Alert type="ok" role="none">
          <Paragraph>{t('moveOut.done', { name, successor: r.successor })}</Paragraph>
          <UnorderedList>
            <UnorderedListItem>{t('moveOut.cases', { count: r.cases })}</UnorderedListItem>
            <UnorderedListItem>{t('moveOut.actions', { count: r.actions })}</UnorderedListItem>
            <UnorderedListItem>{t('moveOut.meetings', { count: r.meetings })}</UnorderedListItem>
          </UnorderedList>
          {r.adoptedActions > 0 && (
            <Paragraph>{t('moveOut.adopted', { name, count: r.adoptedActions })}</Paragraph>
          )}
        </Alert>
      </div>
    );
  }
  if (colleagues.length === 0) return <Paragraph>{t('moveOut.noColleague')}</Paragraph>;
  return (
    <form className="schakel-flow" noValidate onSubmit={form.submit}>
      <Paragraph>{t('moveOut.intro', { name })}</Paragraph>
      <FormField
        invalid={problem !== null}
        label={<FormLabel htmlFor={selectId}>{t('moveOut.successor')}</FormLabel>}
        errorMessage={
          problem && <FormFieldErrorMessage id={errorId}>{problem}</FormFieldErrorMessage>
        }
        input={
          <Select
            id={selectId}
            invalid={problem !== null}
            aria-describedby={problem ? errorId : undefined}
            value={form.successorId}
            onChange={(event) => form.choose(event.target.value)}
          >
            <SelectOption value="">{t('moveOut.choose')}</SelectOption>
            {colleagues.map((c) => (
              <SelectOption key={c.id} value={c.id}>
                {`${c.displayName} (${c.email})`}
              </SelectOption>
            ))}
          </Select>
        }
      />
      {form.confirming && form.successor ? (
        <Alert type="warning" role="none">
          <Paragraph>
            {t('moveOut.confirm', { name, successor: form.successor.displayName })}
          </Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" busy={form.pending} onClick={form.confirm}>
              {t('moveOut.confirmButton')}
            </Button>
            <Button appearance="secondary-action-button" onClick={form.cancel}>
              {t('moveOut.cancel')}
            </Button>
          </ButtonGroup>
        </Alert>
      ) : (
        <div>
          <Button type="submit" appearance="secondary-action-button">
            {t('moveOut.submit', { name })}
          </Button>
        </div>
      )}
      <div role="status">
        {form.failure && (
          <Alert type="error" role="none">
            <Paragraph>
              {t('moveOut.notDone', { name })} {form.failure}
            </Paragraph>
          </Alert>
        )}
      </div>
    </form>
  );
}
