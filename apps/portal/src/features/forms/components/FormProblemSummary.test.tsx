import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FormProblemSummary } from './FormProblemSummary';

const form = (saved: boolean) => ({
  summaryId: 'summary',
  summary: [],
  failure: 'Opgeslagen, maar het resultaat kon niet worden getoond. Laad de pagina opnieuw.',
  attempts: 1,
  focus: () => undefined,
  saved,
});

describe('FormProblemSummary', () => {
  it('does not say "not sent" when the change was saved and only its result is missing', () => {
    render(<FormProblemSummary title="De aanmelding is niet verstuurd." form={form(true)} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Opgeslagen, maar het resultaat kon niet worden getoond.',
    );
    expect(screen.queryByText('De aanmelding is niet verstuurd.')).toBeNull();
  });

  it('names what did not happen for a real failure', () => {
    render(<FormProblemSummary title="De aanmelding is niet verstuurd." form={form(false)} />);
    expect(screen.getByText('De aanmelding is niet verstuurd.')).toBeVisible();
  });
});
