import { screen, within } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { Choices, type ChoiceOption } from '../../src/ui/Choices';
import { Fieldset } from '../../src/ui/Fieldset';
import { expectNoAxeViolations } from '../support/axe';
import { renderWithTexts } from '../support/renderWithTexts';

const options: ChoiceOption[] = [
  { value: 'alcohol', label: 'Alkohol', hint: 'Øl, vin og spiritus' },
  { value: 'cannabis', label: 'Hash' },
  { value: 'none', label: 'Ingen af dem', apart: true },
];

function Substances({
  type,
  onSubmit,
}: {
  type: 'radio' | 'checkbox';
  onSubmit: (answer: unknown) => void;
}) {
  const { register, handleSubmit } = useForm<{ answer: string[] | string }>();
  return (
    <form noValidate onSubmit={handleSubmit(({ answer }) => onSubmit(answer))}>
      <Fieldset id="q" legend="Hvad har du brugt?">
        <Choices
          type={type}
          idPrefix="q"
          options={options}
          or="eller"
          input={() => register('answer')}
        />
      </Fieldset>
      <button type="submit">Fortsæt</button>
    </form>
  );
}

describe('Choices', () => {
  it('gives each checkbox its code as value and its hint as description', async () => {
    const sent: unknown[] = [];
    const { user } = await renderWithTexts(
      <Substances type="checkbox" onSubmit={(a) => sent.push(a)} />,
    );
    const group = screen.getByRole('group', { name: 'Hvad har du brugt?' });
    const alcohol = within(group).getByRole('checkbox', { name: 'Alkohol' });
    expect(alcohol).toHaveAttribute('id', 'q-alcohol');
    expect(alcohol).toHaveAccessibleDescription('Øl, vin og spiritus');
    expect(within(group).getByRole('checkbox', { name: 'Hash' })).toHaveAttribute(
      'value',
      'cannabis',
    );
    await user.click(alcohol);
    await user.click(screen.getByRole('checkbox', { name: 'Hash' }));
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(sent).toEqual([['alcohol', 'cannabis']]);
    await expectNoAxeViolations();
  });

  it('sets an option apart with "or"', async () => {
    await renderWithTexts(<Substances type="radio" onSubmit={() => undefined} />);
    const none = screen.getByRole('radio', { name: 'Ingen af dem' });
    expect(none.closest('.choice')?.previousElementSibling).toHaveTextContent('eller');
    expect(screen.getAllByText('eller')).toHaveLength(1);
  });

  it('lets one radio button be chosen', async () => {
    const sent: unknown[] = [];
    const { user } = await renderWithTexts(
      <Substances type="radio" onSubmit={(a) => sent.push(a)} />,
    );
    await user.click(screen.getByRole('radio', { name: 'Alkohol' }));
    await user.click(screen.getByRole('radio', { name: 'Hash' }));
    expect(screen.getByRole('radio', { name: 'Alkohol' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(sent).toEqual(['cannabis']);
    await expectNoAxeViolations();
  });
});
