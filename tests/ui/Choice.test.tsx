import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Choice } from '../../src/ui/Choice';
import { expectNoAxeViolations } from '../support/axe';
import { renderWithTexts } from '../support/renderWithTexts';

function Consent({ error }: { error?: string }) {
  const [checked, setChecked] = useState(false);
  return (
    <Choice
      id="consent"
      type="checkbox"
      label="Jeg giver samtykke"
      hint="Du kan trække det tilbage"
      error={error}
      checked={checked}
      onChange={(event) => setChecked(event.target.checked)}
    />
  );
}

describe('Choice', () => {
  it('is a labelled checkbox described by its hint', async () => {
    const { user } = await renderWithTexts(<Consent />);
    const box = screen.getByRole('checkbox', { name: 'Jeg giver samtykke' });
    expect(box).toHaveAccessibleDescription('Du kan trække det tilbage');
    expect(box).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByText('Jeg giver samtykke'));
    expect(box).toBeChecked();
    await expectNoAxeViolations();
  });

  it('shows its own error above it and links it after the hint', async () => {
    await renderWithTexts(<Consent error="Sæt kryds for at sende" />);
    const box = screen.getByRole('checkbox', { name: 'Jeg giver samtykke' });
    expect(box).toBeInvalid();
    expect(box).toHaveAttribute('aria-describedby', 'consent-hint consent-error');
    expect(box).toHaveAccessibleDescription(
      'Du kan trække det tilbage Fejl: Sæt kryds for at sende',
    );
    await expectNoAxeViolations();
  });

  it('is a radio button with no description when it has no hint', async () => {
    await renderWithTexts(
      <Choice id="time-morning" type="radio" name="time" label="Formiddag" className="early" />,
    );
    const radio = screen.getByRole('radio', { name: 'Formiddag' });
    expect(radio).not.toHaveAttribute('aria-describedby');
    expect(radio).toHaveClass('choice__input');
    expect(radio.parentElement).toHaveClass('choice', 'early');
  });
});
