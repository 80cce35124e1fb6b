import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { ErrorPage, freshStartAddress } from '../../src/app/ErrorPage';
import { TextsProvider } from '../../src/i18n/useTexts';
import { frameTexts } from '../support/renderWithTexts';

function BrokenScreen(): never {
  throw new Error('a screen failed');
}

describe('a render error', () => {
  it('shows the urgent numbers and a way to start again, never a blank page', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <TextsProvider value={await frameTexts('da')}>
        <ErrorBoundary fallback={<ErrorPage />}>
          <BrokenScreen />
        </ErrorBoundary>
      </TextsProvider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Noget gik galt' })).toBeInTheDocument();
    const hrefs = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(
      expect.arrayContaining(['tel:112', 'tel:+4570201201', 'tel:+4582121212']),
    );
    expect(screen.getByRole('link', { name: 'Start forfra' })).toBeInTheDocument();
    consoleError.mockRestore();
  });
});

describe('a fresh start from the error page', () => {
  it('names the language only when it is not the one the app starts in', () => {
    expect(freshStartAddress('/tjek/', 'da')).toBe('/tjek/');
    expect(freshStartAddress('/tjek/', 'en')).toBe('/tjek/?lng=en');
    expect(freshStartAddress('/tjek/', 'xx"><script>')).toBe('/tjek/');
  });
});
