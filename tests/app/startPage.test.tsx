import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import daUi from '../../src/i18n/locales/da/ui.json';
import enUi from '../../src/i18n/locales/en/ui.json';
import { renderApp } from '../support/renderApp';

describe('the start page', () => {
  it('puts Start before the choice to remember answers, so a phone shows it first', async () => {
    await renderApp('da');
    const start = screen.getByRole('button', { name: daUi.start.button });
    const remember = screen.getByRole('checkbox', { name: daUi.start.resume.label });
    expect(start.compareDocumentPosition(remember) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it.each([
    ['da', daUi],
    ['en', enUi],
  ] as const)('tells relatives and professionals where they come in (%s)', async (lng, ui) => {
    await renderApp(lng);
    const others = screen.getByRole('region', { name: ui.start.others.title });
    expect(within(others).getByText(ui.start.others.relative)).toBeInTheDocument();
    expect(within(others).getByText(ui.start.others.clinician)).toBeInTheDocument();
  });

  it('names the quick-exit keys as keyboard shortcuts, after the button everyone has', async () => {
    await renderApp('da');
    const exit = screen.getByText(/Shift tre gange/);
    expect(exit).toHaveTextContent(
      /^Du kan altid forlade siden hurtigt med knappen »Forlad siden«/,
    );
    expect(exit).toHaveTextContent('Har du et tastatur');
  });

  it.each([
    ['da', /^For fagfolk/],
    ['en', /^For professionals/],
  ] as const)(
    'names the import for professionals in plain words, not FHIR (%s)',
    async (lng, name) => {
      await renderApp(lng);
      const button = screen.getByRole('button', { name });
      expect(button.textContent).not.toMatch(/FHIR/);
    },
  );

  it('says how long the check takes', async () => {
    await renderApp('da');
    expect(screen.getByText(/omkring 10 minutter/)).toBeInTheDocument();
  });
});
