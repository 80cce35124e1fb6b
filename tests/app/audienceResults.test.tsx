import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { signIds } from '../support/signIds';
import { atResult } from '../support/renderApp';

describe('the result for a relative', () => {
  const relative = {
    audience: 'relative',
    relationship: 'partner',
    'age-group': '36-64',
    substances: ['alcohol'],
    craving: 'yes',
    tolerance: 'dont-know',
    withdrawal: 'dont-know',
    'relative-worry': 'yes',
    'relative-unsafe': 'yes',
    'children-at-home': 'yes',
  };

  it('counts the signs they could not judge, apart from the rest', async () => {
    const { main } = await atResult(relative);
    expect(main).toHaveAttribute('data-result-level', 'risky');
    expect(within(main).getByText(/»Ved ikke« til 2 af tegnene/)).toBeInTheDocument();
  });

  it('with "don\'t know" to every sign, says no known signs, never that there are none', async () => {
    const unknown = Object.fromEntries(signIds.map((id) => [id, 'dont-know']));
    const { main } = await atResult({ ...relative, substances: ['cannabis'], ...unknown });
    expect(main).toHaveAttribute('data-result-level', 'none');
    expect(within(main).getByText(/ingen tegn, du kender til, på at personen/)).toBeInTheDocument();
    expect(within(main).queryByText(/viser ingen tegn på/)).not.toBeInTheDocument();
    const card = within(main).getByRole('heading', {
      level: 3,
      name: 'Hash eller anden cannabis',
    }).parentElement;
    expect(card).toHaveTextContent(/Ingen tegn, du kender til – du svarede »Ved ikke« til 11 tegn/);
  });

  it('has a section about them, with 112 when they feel unsafe and help for their own sake', async () => {
    const { main } = await atResult(relative);
    const own = within(main).getByRole('region', { name: 'Om dig' });
    expect(within(own).getByText(/føler dig utryg/)).toBeInTheDocument();
    expect(within(own).getByRole('link', { name: /Ring 112/ })).toHaveAttribute('href', 'tel:112');
    expect(within(own).getByText(/bor børn sammen med personen/)).toBeInTheDocument();
    expect(within(own).getByRole('heading', { name: 'Alkolinjen' })).toBeInTheDocument();
    expect(within(own).getByRole('heading', { name: 'TUBA' })).toBeInTheDocument();
    expect(within(own).getByRole('heading', { name: 'Sådan kan du tage det op' })).toBeVisible();
    // No hand-over code or export: those are for the person themselves and for clinicians.
    expect(
      within(main).queryByRole('button', { name: /FHIR|Lav en kode/ }),
    ).not.toBeInTheDocument();
  });
});

describe('the result for a clinician', () => {
  it('shows the intake summary and offers the FHIR exports', async () => {
    const { main } = await atResult(
      {
        audience: 'clinician',
        'age-group': '25-35',
        substances: ['cannabis', 'stimulants'],
        craving: 'yes',
        'craving.which': ['cannabis'],
        'time-spent': 'dont-know',
      },
      'en',
    );
    const summary = within(main).getByRole('region', { name: 'Intake summary' });
    const table = within(summary).getByRole('table');
    const timeSpent = within(table).getByRole('row', { name: /^3\./ });
    expect(
      within(timeSpent)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Precedence in life', 'Unknown', 'Unknown']);
    expect(within(summary).getByText('rusmiddeltjek 2.0.0')).toBeInTheDocument();
    expect(within(main).getAllByRole('button', { name: /FHIR/ })).toHaveLength(2);
    expect(within(main).getByRole('button', { name: 'Print the summary' })).toBeInTheDocument();
    expect(within(main).queryByRole('region', { name: 'About you' })).not.toBeInTheDocument();
  });

  it('puts an urgent flag first in the summary, marked as urgent, before the table', async () => {
    const { main } = await atResult({
      audience: 'clinician',
      'age-group': '25-35',
      substances: ['cannabis'],
      'self-harm': 'yes',
    });
    const summary = within(main).getByRole('region', { name: 'Sammenfatning til indskrivning' });
    const safety = within(summary).getByRole('heading', { level: 3, name: 'Sikkerhed' });
    const table = within(summary).getByRole('table');
    expect(safety.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(safety.closest('.panel--urgent')).toHaveTextContent(/Akut/);
  });
});

describe('the result for the person themselves', () => {
  it('shows a hand-over code and its QR code only when asked', async () => {
    const { main, user } = await atResult({
      audience: 'self',
      'age-group': '25-35',
      substances: ['cannabis'],
    });
    expect(main.querySelector('[data-handover-code]')).toBeNull();
    await user.click(within(main).getByRole('button', { name: 'Lav en kode til en behandler' }));
    const code = await within(main).findByText(/^RT1-[0-9A-Z-]+$/);
    expect(code).toHaveAttribute('data-handover-code');
    // In place of the button pressed: focus is on the code, not lost to the page.
    expect(code.closest('p')).toHaveFocus();
    expect(within(main).getByRole('img', { name: /QR-kode/ })).toBeInTheDocument();
    expect(
      within(main).queryByRole('region', { name: 'Sammenfatning til indskrivning' }),
    ).toBeNull();
  });
});
