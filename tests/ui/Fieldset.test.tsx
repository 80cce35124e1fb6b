import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Fieldset } from '../../src/ui/Fieldset';
import { expectNoAxeViolations } from '../support/axe';
import { renderWithTexts } from '../support/renderWithTexts';

describe('Fieldset', () => {
  it('names the group by its legend and links the hint and the error', async () => {
    await renderWithTexts(
      <Fieldset id="q1" legend="Hvor ofte?" hint="Tænk på det seneste år" error="Vælg et svar">
        <input type="radio" id="q1-a" name="q1" aria-label="Aldrig" />
      </Fieldset>,
    );
    const group = screen.getByRole('group', { name: 'Hvor ofte?' });
    expect(group).toHaveAttribute('aria-describedby', 'q1-hint q1-error');
    expect(group).toHaveAccessibleDescription('Tænk på det seneste år Fejl: Vælg et svar');
    await expectNoAxeViolations();
  });

  it('puts other attributes on the fieldset, and is described by nothing without hint or error', async () => {
    await renderWithTexts(
      <Fieldset id="q2" legend="Hvornår?" data-item="q2" afterLegend={<p>Læs op</p>}>
        <input type="radio" id="q2-a" name="q2" aria-label="Morgen" />
      </Fieldset>,
    );
    const group = screen.getByRole('group', { name: 'Hvornår?' });
    expect(group).toHaveAttribute('data-item', 'q2');
    expect(group).not.toHaveAttribute('aria-describedby');
    expect(screen.getByText('Læs op').previousElementSibling?.tagName).toBe('LEGEND');
    await expectNoAxeViolations();
  });
});
