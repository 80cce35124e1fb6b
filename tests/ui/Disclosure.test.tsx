import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Disclosure } from '../../src/ui/Disclosure';
import { expectNoAxeViolations } from '../support/axe';
import { renderWithTexts } from '../support/renderWithTexts';

function Helper() {
  const [open, setOpen] = useState(false);
  return (
    <Disclosure label="Regn genstande ud" open={open} onToggle={setOpen} className="helper">
      <p>Læg dine drinks sammen</p>
    </Disclosure>
  );
}

describe('Disclosure', () => {
  it('opens and closes its panel, saying which', async () => {
    const { user } = await renderWithTexts(<Helper />);
    const toggle = screen.getByRole('button', { name: 'Regn genstande ud' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).not.toHaveAttribute('aria-controls');
    expect(screen.queryByText('Læg dine drinks sammen')).not.toBeInTheDocument();
    await expectNoAxeViolations();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByText('Læg dine drinks sammen').parentElement;
    expect(toggle).toHaveAttribute('aria-controls', panel?.id);
    expect(panel).toHaveClass('helper__panel');
    await expectNoAxeViolations();

    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Læg dine drinks sammen')).not.toBeInTheDocument();
  });
});
