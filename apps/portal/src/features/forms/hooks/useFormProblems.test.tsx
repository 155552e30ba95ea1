import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FormProblemSummary } from '../components/FormProblemSummary';
import { problemsOnFields, useFormProblems, type FieldProblems } from './useFormProblems';

const FIELDS = ['name', 'bsn'] as const;
type Field = (typeof FIELDS)[number];

/** A form with two fields whose button shows the problems it is given. */
function Probe({ found, failure }: { found: FieldProblems<Field>; failure?: string }) {
  const form = useFormProblems<Field, string>(FIELDS, (field, code) => `${field}: ${code}`);
  return (
    <>
      <FormProblemSummary title="Niet opgeslagen." form={form} />
      {FIELDS.map((field) => (
        <div key={field}>
          <label htmlFor={form.fieldId(field)}>{field}</label>
          <input id={form.fieldId(field)} aria-invalid={Boolean(form.problems[field])} />
          {form.messageFor(field) && <p>{form.messageFor(field)}</p>}
        </div>
      ))}
      <button type="button" onClick={() => form.show(found, failure)}>
        Opslaan
      </button>
    </>
  );
}

describe('useFormProblems', () => {
  it('moves the focus to the first field in trouble, in the order of the form', async () => {
    const user = userEvent.setup();
    render(<Probe found={{ bsn: 'BSN', name: 'REQUIRED' }} />);
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(screen.getByLabelText('name')).toHaveFocus();
    // Each problem shows at its field and as a link in the summary.
    expect(screen.getAllByText('name: REQUIRED')).toHaveLength(2);
    expect(screen.getAllByText('bsn: BSN')).toHaveLength(2);
    await user.click(screen.getByRole('link', { name: 'bsn: BSN' }));
    expect(screen.getByLabelText('bsn')).toHaveFocus();
  });

  it('shows a problem the API names by its input path at the form field', async () => {
    const user = userEvent.setup();
    const fromApi = problemsOnFields<Field, string>(
      [{ path: 'person.bsn', code: 'INVALID' }],
      (path) => (path === 'person.bsn' ? 'bsn' : null),
    );
    render(<Probe found={fromApi} />);
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(screen.getByLabelText('bsn')).toHaveFocus();
    expect(screen.getByLabelText('bsn')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByText('bsn: INVALID')).toHaveLength(2);
    expect(screen.getByLabelText('name')).toHaveAttribute('aria-invalid', 'false');
  });

  it('focuses the summary when the problem is not about one field', async () => {
    const user = userEvent.setup();
    render(<Probe found={{}} failure="Geen verbinding." />);
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(screen.getByText('Geen verbinding.')).toBeVisible();
    expect(screen.getByText('Niet opgeslagen.').closest('[tabindex="-1"]')).toHaveFocus();
  });
});
