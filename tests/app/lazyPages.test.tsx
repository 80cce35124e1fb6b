import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { journeyLoader, type JourneyLoader } from '../../src/app/appFlow';
import { loadTexts } from '../../src/i18n/texts';
import daUi from '../../src/i18n/locales/da/ui.json';

/** Every "Missing translation" the app logged while `body` ran. */
async function missingTexts(body: () => Promise<void>): Promise<unknown[][]> {
  const consoleError = vi.spyOn(console, 'error');
  try {
    await body();
    return consoleError.mock.calls.filter(([message]) =>
      String(message).startsWith('Missing translation'),
    );
  } finally {
    consoleError.mockRestore();
  }
}

describe('the pages after the start page', () => {
  it('load on demand, with their Danish texts, when nothing fetched them ahead', async () => {
    const missing = await missingTexts(async () => {
      // Danish as the app first loads it: only the start page's texts.
      const texts = await loadTexts('da');
      const user = userEvent.setup();
      render(<App texts={texts} />);
      // The start page's own choice answers at once, before the journey has arrived.
      await user.click(screen.getByRole('checkbox', { name: daUi.start.resume.label }));
      expect(screen.getByRole('checkbox', { name: daUi.start.resume.label })).toBeChecked();
      await user.click(screen.getByRole('button', { name: daUi.start.button }));
      const heading = await screen.findByRole('heading', {
        level: 1,
        name: 'Hvem handler det om?',
      });
      expect(heading).toHaveFocus();
      expect(screen.getByRole('radio', { name: 'Mig selv' })).toBeInTheDocument();
    });
    // The start page and the frame found every text they show in the part bundled with them.
    expect(missing).toEqual([]);
  });

  it('that cannot be fetched leave the start page working, say so, and are tried again', async () => {
    const missing = await missingTexts(async () => {
      const texts = await loadTexts('da');
      const user = userEvent.setup();
      const real = journeyLoader();
      const load = vi
        .fn<JourneyLoader['load']>()
        .mockRejectedValueOnce(new Error('offline'))
        .mockImplementation(real.load);
      render(<App texts={texts} loader={{ load, loaded: real.loaded }} />);
      await user.click(screen.getByRole('button', { name: daUi.start.button }));
      expect(await screen.findByRole('alert')).toHaveTextContent(daUi.start.loadFailed);
      // Still the start page, with the way out and the urgent numbers.
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(daUi.start.title);
      expect(screen.getByRole('link', { name: daUi.quickExit.button })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');
      await user.click(screen.getByRole('button', { name: daUi.start.button }));
      await screen.findByRole('heading', { level: 1, name: 'Hvem handler det om?' });
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });
    expect(missing).toEqual([]);
  });

  it('say, while they are fetched, that Start has been heard', async () => {
    const texts = await loadTexts('da');
    const user = userEvent.setup();
    const real = journeyLoader();
    let arrive: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    render(
      <App
        texts={texts}
        loader={{
          load: (language) => arrived.then(() => real.load(language)),
          loaded: real.loaded,
        }}
      />,
    );
    const status = screen.getAllByRole('status').find((s) => s.closest('main'));
    expect(status).toHaveTextContent(/^$/);
    await user.click(screen.getByRole('button', { name: daUi.start.button }));
    expect(status).toHaveTextContent(daUi.start.loading);
    arrive();
    await screen.findByRole('heading', { level: 1, name: 'Hvem handler det om?' });
  });
});
