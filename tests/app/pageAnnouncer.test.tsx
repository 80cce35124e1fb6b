import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
