import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import daUi from '../../src/i18n/locales/da/ui.json';
import { ErrorSummary } from '../../src/ui/ErrorSummary';
import { TextInput } from '../../src/ui/TextInput';
import { expectNoAxeViolations } from '../support/axe';
import { renderWithTexts } from '../support/renderWithTexts';

function Page({ attempt, error }: { attempt: number; error?: string }) {
  return (
    <main>
      <ErrorSummary errors={error ? [{ fieldId: 'age', message: error }] : []} attempt={attempt} />
      <TextInput id="age" label="Alder" width={3} error={error} />
    </main>
  );
}

describe('ErrorSummary', () => {
  it('is not there while nothing is wrong', async () => {
    await renderWithTexts(<Page attempt={0} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('takes focus, and its link takes focus to the field', async () => {
    const { user } = await renderWithTexts(<Page attempt={1} error="Skriv din alder" />);
    const summary = screen.getByRole('alert', { name: daUi.errors.summaryTitle });
    expect(summary).toHaveFocus();
    await user.click(screen.getByRole('link', { name: 'Skriv din alder' }));
    expect(screen.getByRole('textbox', { name: 'Alder' })).toHaveFocus();
    await expectNoAxeViolations();
  });

  it('takes focus again when the same error comes back on the next try', async () => {
    const { rerender } = await renderWithTexts(<Page attempt={1} error="Skriv din alder" />);
    screen.getByRole('textbox', { name: 'Alder' }).focus();
    rerender(<Page attempt={2} error="Skriv din alder" />);
    expect(screen.getByRole('alert')).toHaveFocus();
  });
});
