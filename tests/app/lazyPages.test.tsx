import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { createFlowStore } from '../../src/flow/flowStore';
import { createI18n } from '../../src/i18n/i18n';

describe('the pages after the start page', () => {
  const texts = {
    da: { remember: /Husk mine svar/, heading: 'Hvem handler det om?', self: 'Mig selv' },
    en: { remember: /Remember my answers/, heading: 'Who is this about?', self: 'Myself' },
  } as const;

  it.each(['da', 'en'] as const)(
    'load on demand, with their texts, when nothing fetched them ahead (%s)',
    async (language) => {
      const text = texts[language];
      const consoleError = vi.spyOn(console, 'error');
      const i18n = await createI18n(language, { startPageOnly: true });
      const user = userEvent.setup();
      render(<App i18n={i18n} />);
      // The start page's own choice answers at once, before the journey has arrived.
      await user.click(screen.getByRole('checkbox', { name: text.remember }));
      expect(screen.getByRole('checkbox', { name: text.remember })).toBeChecked();
      await user.click(screen.getByRole('button', { name: 'Start' }));
      const heading = await screen.findByRole('heading', { level: 1, name: text.heading });
      expect(heading).toHaveFocus();
      expect(screen.getByRole('radio', { name: text.self })).toBeInTheDocument();
      // The start page and the frame found every text they show in the part bundled with them.
      const missing = consoleError.mock.calls.filter(([message]) =>
        String(message).startsWith('Missing translation'),
      );
      expect(missing).toEqual([]);
      consoleError.mockRestore();
    },
  );

  it('that cannot load (offline on a first visit) give way to the error page', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const i18n = await createI18n('da', { startPageOnly: true });
    const user = userEvent.setup();
    const flow = createFlowStore(() => Promise.reject(new Error('offline')));
    render(<App i18n={i18n} flow={flow} />);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await screen.findByRole('heading', { level: 1, name: 'Noget gik galt' });
    const missing = consoleError.mock.calls.filter(([message]) =>
      String(message).startsWith('Missing translation'),
    );
    expect(missing).toEqual([]);
    const hrefs = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['tel:112']));
    consoleError.mockRestore();
  });
});
