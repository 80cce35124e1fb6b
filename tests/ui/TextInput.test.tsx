import { screen } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { TextInput } from '../../src/ui/TextInput';
import { expectNoAxeViolations } from '../support/axe';
import { renderWithTexts } from '../support/renderWithTexts';

function NameForm({ onSubmit }: { onSubmit: (name: string) => void }) {
  const { register, handleSubmit, formState } = useForm<{ name: string }>();
  return (
    <form noValidate onSubmit={handleSubmit(({ name }) => onSubmit(name))}>
      <TextInput
        id="name"
        label="Fornavn"
        hint="Kun fornavnet"
        error={formState.errors.name && 'Skriv dit fornavn'}
        width={20}
        autoComplete="given-name"
        {...register('name', { required: true })}
      />
      <button type="submit">Send</button>
    </form>
  );
}

describe('TextInput', () => {
  it('takes what is typed into a react-hook-form field', async () => {
    const sent: string[] = [];
    const { user } = await renderWithTexts(<NameForm onSubmit={(name) => sent.push(name)} />);
    const input = screen.getByRole('textbox', { name: 'Fornavn' });
    expect(input).toHaveAccessibleDescription('Kun fornavnet');
    expect(input).toHaveAttribute('autocomplete', 'given-name');
    expect(input).toHaveAttribute('spellcheck', 'false');
    await user.type(input, 'Kim');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(sent).toEqual(['Kim']);
    await expectNoAxeViolations();
  });

  it('shows the error under the hint and links it', async () => {
    const { user } = await renderWithTexts(<NameForm onSubmit={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    const input = screen.getByRole('textbox', { name: 'Fornavn' });
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription('Kun fornavnet Fejl: Skriv dit fornavn');
    await expectNoAxeViolations();
  });

  it('keeps typing out of the form history unless told otherwise', async () => {
    await renderWithTexts(<TextInput id="n" label="Antal" width={3} inputMode="numeric" />);
    const input = screen.getByRole('textbox', { name: 'Antal' });
    expect(input).toHaveAttribute('autocomplete', 'off');
    expect(input).toHaveClass('input', 'input--width-3');
    expect(input).toHaveAttribute('inputmode', 'numeric');
  });
});
