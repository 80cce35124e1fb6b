import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { answerSafetyPagesNo, renderApp, startForSelf } from '../support/renderApp';

// A screen of the real app that fails to render, as a bug in it would.
vi.mock('../../src/screens/ReviewScreen', () => ({
  ReviewScreen: () => {
    throw new Error('the review could not render');
  },
}));

describe('a screen that throws while the app is in use', () => {
  it('gives way to the error page with the urgent numbers and a way to start again', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = await renderApp('en');
    await startForSelf(user);
    await user.click(screen.getByRole('radio', { name: '36–64' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('checkbox', { name: 'None of these' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await answerSafetyPagesNo(user);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeInTheDocument();
    const hrefs = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['tel:112', 'tel:+4570201201']));
    expect(screen.getByRole('link', { name: 'Start again' })).toBeInTheDocument();
    consoleError.mockRestore();
  });
});
