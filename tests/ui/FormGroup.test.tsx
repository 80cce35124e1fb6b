import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FormGroup } from '../../src/ui/FormGroup';

describe('FormGroup', () => {
  it('is marked while one of its fields has an error, and only then', () => {
    const { rerender } = render(
      <FormGroup invalid={false} className="person-name">
        <p>felt</p>
      </FormGroup>,
    );
    const group = screen.getByText('felt').parentElement;
    expect(group).toHaveClass('form-group', 'person-name');
    expect(group).not.toHaveClass('form-group--error');
    rerender(
      <FormGroup invalid className="person-name">
        <p>felt</p>
      </FormGroup>,
    );
    expect(group).toHaveClass('form-group', 'form-group--error', 'person-name');
  });
});
