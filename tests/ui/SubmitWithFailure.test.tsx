import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SubmitWithFailure } from '../../src/ui/SubmitWithFailure';
import { expectNoAxeViolations } from '../support/axe';
import { renderWithTexts } from '../support/renderWithTexts';

const form = (ui: React.ReactNode) => <form aria-label="Ring mig op">{ui}</form>;

describe('SubmitWithFailure', () => {
  it('has an empty alert region before anything fails', async () => {
    await renderWithTexts(form(<SubmitWithFailure label="Send" failure={undefined} />));
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    const button = screen.getByRole('button', { name: 'Send' });
    expect(button).toHaveAttribute('type', 'submit');
    expect(button).not.toHaveAttribute('aria-disabled');
    await expectNoAxeViolations();
  });

  it('shows the failure in the alert, and a new one for the next attempt', async () => {
    const { rerender } = await renderWithTexts(
      form(
        <SubmitWithFailure
          label="Prøv igen"
          failure={{ key: 1, content: <p>Ingen forbindelse</p> }}
        />,
      ),
    );
    const first = screen.getByText('Ingen forbindelse').parentElement;
    expect(screen.getByRole('alert')).toHaveTextContent('Ingen forbindelse');
    rerender(
      form(
        <SubmitWithFailure
          label="Prøv igen"
          failure={{ key: 2, content: <p>Ingen forbindelse</p> }}
        />,
      ),
    );
    // The same words, but a new element: a screen reader announces it again.
    expect(screen.getByText('Ingen forbindelse').parentElement).not.toBe(first);
    await expectNoAxeViolations();
  });

  it('stays focusable while busy, and says it is not available', async () => {
    await renderWithTexts(form(<SubmitWithFailure label="Send" busy failure={undefined} />));
    const button = screen.getByRole('button', { name: 'Send' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toBeEnabled();
  });
});
