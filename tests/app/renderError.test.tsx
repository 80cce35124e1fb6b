import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answerSafetyPagesNo, renderApp, startForSelf } from '../support/renderApp';

// A screen of the real app that fails to render, as a bug in it would.
vi.mock('../../src/screens/ReviewScreen', () => ({
  ReviewScreen: () => {
    throw new Error('the review could not render');
  },
}));

/** Answers up to the review, which fails: the error page. Opts in to keeping answers first. */
async function reachErrorPage() {
  const app = await renderApp('en');
  await app.user.click(
    screen.getByRole('checkbox', { name: 'Remember my answers if the page is reloaded' }),
  );
  await startForSelf(app.user);
  await app.user.click(screen.getByRole('radio', { name: '36–64' }));
  await app.user.click(screen.getByRole('button', { name: 'Continue' }));
  await app.user.click(screen.getByRole('checkbox', { name: 'None of these' }));
  await app.user.click(screen.getByRole('button', { name: 'Continue' }));
  await answerSafetyPagesNo(app.user);
  expect(
    screen.getByRole('heading', { level: 1, name: 'Something went wrong' }),
  ).toBeInTheDocument();
  expect(sessionStorage.length, 'answers kept for a reload').toBe(1);
  return app;
}

// Each test answers its way to the review first: slow on a busy machine, whatever the app does.
describe('a screen that throws while the app is in use', { timeout: 30_000 }, () => {
  beforeEach(() => {
    sessionStorage.clear();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    return () => vi.restoreAllMocks();
  });

  it('gives way to the error page with the urgent numbers and a way to start again', async () => {
    await reachErrorPage();
    const hrefs = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['tel:112', 'tel:+4570201201']));
    expect(screen.getByRole('link', { name: 'Start again' })).toBeInTheDocument();
  });

  it.each([
    ['the button', undefined],
    ['Escape twice', '{Escape}{Escape}'],
    ['Shift three times', '{Shift}{Shift}{Shift}'],
  ])('keeps quick exit: %s leaves and wipes the answers kept for a reload', async (_, keys) => {
    const { user } = await reachErrorPage();
    const button = screen.getByRole('link', { name: 'Leave this page' });
    if (keys) await user.keyboard(keys);
    else await user.click(button);
    expect(screen.getByText('Leaving this page.')).toBeInTheDocument();
    expect(sessionStorage.length).toBe(0);
  });

  it('starts again in the same language with a fresh journey, not the kept answers', async () => {
    const { user } = await reachErrorPage();
    const restart = screen.getByRole('link', { name: 'Start again' });
    expect(restart).toHaveAttribute('href', `${window.location.pathname}?lng=en`);
    await user.click(restart);
    expect(sessionStorage.length, 'nothing left to restore after the reload').toBe(0);
  });
});
