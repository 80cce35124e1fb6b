import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorMessage } from '../../src/ui/ErrorMessage';
import { expectNoAxeViolations } from '../support/axe';
import { renderWithTexts } from '../support/renderWithTexts';

describe('ErrorMessage', () => {
  it('says "Fejl:" to a screen reader before what to do', async () => {
    await renderWithTexts(<ErrorMessage id="age-error">Skriv din alder</ErrorMessage>);
    const message = screen.getByText('Skriv din alder');
    expect(message).toHaveAttribute('id', 'age-error');
    expect(message).toHaveTextContent(/^Fejl: Skriv din alder$/);
    expect(screen.getByText('Fejl:')).toHaveClass('visually-hidden');
    await expectNoAxeViolations();
  });

  it('speaks the language of the page', async () => {
    await renderWithTexts(<ErrorMessage id="age-error">Enter your age</ErrorMessage>, 'en');
    expect(screen.getByText('Enter your age')).toHaveTextContent(/^Error: Enter your age$/);
  });
});
