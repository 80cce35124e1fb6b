import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeAnswers } from '../support/completeAnswers';
import { renderApp, startForSelf } from '../support/renderApp';

function liveRegion(): HTMLElement {
  const region = document.querySelector<HTMLElement>('[data-page-announcer]');
  if (!region) throw new Error('no page announcer');
  return region;
}

describe('the live region', () => {
  it('names each new page politely: its place, never its question, and its errors', async () => {
    const { user } = await renderApp('da');
    expect(liveRegion()).toHaveAttribute('aria-live', 'polite');
    await startForSelf(user);
    expect(liveRegion()).toHaveTextContent(/^Spørgsmål 2 af cirka \d+$/);
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(liveRegion()).toHaveTextContent(/^Fejl: Spørgsmål 2 af cirka \d+$/);
    await user.click(screen.getByRole('radio', { name: '25–35 år' }));
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(liveRegion()).toHaveTextContent(/^Spørgsmål 3 af cirka \d+$/);
    expect(liveRegion()).not.toHaveTextContent(/brugt/);
  });
});

describe('the urgent notice', () => {
  it('is said once, when it first appears above a page whose heading takes focus', async () => {
    const answers = completeAnswers({
      audience: 'self',
      'age-group': '25-35',
      substances: ['cannabis'],
      'self-harm': 'yes',
    });
    const { user } = await renderApp('da', { status: 'restored', answers });
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Tjek dine svar' })).toHaveFocus();
    expect(liveRegion()).toHaveTextContent(
      /^Brug for hjælp nu\? .+ Numrene står øverst på siden\.$/,
    );
    // The next page names only its place again: the notice is still there, but not said twice.
    await user.click(screen.getAllByRole('button', { name: /^Ret/ })[0] as HTMLElement);
    await screen.findByRole('heading', { level: 1, name: 'Hvem handler det om?' });
    expect(liveRegion()).toHaveTextContent(/^Spørgsmål 1 af cirka \d+$/);
    expect(screen.getByRole('heading', { level: 2, name: 'Brug for hjælp nu?' })).toBeVisible();
  });
});
