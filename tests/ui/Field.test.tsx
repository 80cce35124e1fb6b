import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Field } from '../../src/ui/Field';
import { describedBy } from '../../src/ui/fieldIds';
import { expectNoAxeViolations } from '../support/axe';
import { renderWithTexts } from '../support/renderWithTexts';

describe('Field', () => {
  it('labels its control and links the hint', async () => {
    await renderWithTexts(
      <Field id="code" label="Kode" hint="Står under QR-koden">
        {(control) => <input {...control} type="text" />}
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'Kode' });
    expect(input).toHaveAccessibleDescription('Står under QR-koden');
    expect(input).toHaveAttribute('aria-invalid', 'false');
    await expectNoAxeViolations();
  });

  it('links its error after the hint and marks the control invalid', async () => {
    await renderWithTexts(
      <Field id="code" label="Kode" hint="Står under QR-koden" error="Koden er for kort">
        {(control) => <input {...control} type="text" />}
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'Kode' });
    expect(input).toHaveAttribute('aria-describedby', 'code-hint code-error');
    expect(input).toHaveAccessibleDescription('Står under QR-koden Fejl: Koden er for kort');
    expect(input).toBeInvalid();
    await expectNoAxeViolations();
  });

  it('is described by nothing when it has neither hint nor error', async () => {
    await renderWithTexts(
      <Field id="count" label="Antal" invalid>
        {(control) => <input {...control} type="text" />}
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'Antal' });
    expect(input).not.toHaveAttribute('aria-describedby');
    // The error shown elsewhere (on the question's fieldset) still marks it.
    expect(input).toBeInvalid();
  });
});

describe('describedBy', () => {
  it('lists the ids given, or none', () => {
    expect(describedBy('a-hint', false, undefined, 'a-error')).toBe('a-hint a-error');
    expect(describedBy(false, undefined)).toBeUndefined();
  });
});
