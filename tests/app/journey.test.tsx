import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { answerSafetyPagesNo, renderApp, startForSelf } from '../support/renderApp';

const continueName = /^(Fortsæt|Continue)$/;

/**
 * Answers each page as it comes: every checkbox, "yes" where offered, else the first radio, 7
 * drinking days and 8 drinks.
 */
async function answerEverything(user: UserEvent, visited: string[]) {
  for (let i = 0; i < 80; i++) {
    const group = document.querySelector('fieldset[data-item]');
    if (!group) return;
    visited.push(group.getAttribute('data-item') ?? '');
    const checkboxes = within(group as HTMLElement).queryAllByRole('checkbox');
    const radios = within(group as HTMLElement).queryAllByRole('radio');
    const textbox = within(group as HTMLElement).queryByRole('textbox');
    if (checkboxes.length > 0) {
      for (const box of checkboxes) {
        if (box.getAttribute('value') !== 'none') await user.click(box);
      }
    } else if (textbox) {
      await user.type(textbox, group.getAttribute('data-item') === 'alcohol-days' ? '7' : '8');
    } else {
      const choice = radios.find((r) => r.getAttribute('value') === 'yes') ?? radios[0];
      if (!choice) throw new Error('a question page without a choice');
      await user.click(choice);
    }
    await user.click(screen.getByRole('button', { name: continueName }));
  }
}

describe.each(['da', 'en'] as const)('a whole journey in %s', (language) => {
  let consoleError: MockInstance;
  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error');
  });
  afterEach(() => {
    consoleError.mockRestore();
  });

  // The longest unit test: every page of a journey rendered and answered in jsdom. With two unit runs
  // going on at once on a loaded two-core machine it took over 60 s, so it has 4 minutes.
  it(
    'shows every page with every text present and ends on a result with help',
    { timeout: 240_000 },
    async () => {
      const { user } = await renderApp(language);
      await startForSelf(user);
      const visited: string[] = [];
      await answerEverything(user, visited);
      // Every substance, every sign yes: every page of the questionnaire is shown once.
      expect(visited).toContain('alcohol-days');
      expect(visited).toContain('frequency.ghb');
      expect(visited).toContain('prescribed.sedatives');
      expect(visited).toContain('pregnancy');
      expect(visited).toContain('needs-to-function.which');
      expect(visited).toContain('withdrawal.which');
      expect(visited).toContain('sharing-equipment');
      expect(new Set(visited).size).toBe(visited.length);

      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        language === 'da' ? 'Tjek dine svar' : 'Check your answers',
      );
      await user.click(
        screen.getByRole('button', {
          name: language === 'da' ? 'Se resultatet' : 'See the result',
        }),
      );
      await screen.findByRole('heading', {
        level: 1,
        name: language === 'da' ? 'Dit resultat' : 'Your result',
      });
      const main = screen.getByRole('main');
      expect(main).toHaveAttribute('data-result-level', 'severe');
      const flags = [...main.querySelectorAll('[data-flag]')].map((e) =>
        e.getAttribute('data-flag'),
      );
      expect(flags).toEqual(['urgent', 'harm-reduction', 'do-not-stop-abruptly']);
      const emergency = within(main)
        .getAllByRole('link')
        .find((a) => a.getAttribute('href') === 'tel:112');
      expect(emergency).toBeDefined();
      // Why this result: the urgent box names the answers that raised it.
      const urgent = main.querySelector<HTMLElement>('[data-flag="urgent"]');
      if (!urgent) throw new Error('no urgent box');
      expect(
        within(urgent).getByText(
          language === 'da'
            ? 'Du svarede »Ja« til: Har du på det seneste haft tanker om at skade dig selv eller tage dit liv?'
            : 'You answered “Yes” to: Have you recently had thoughts of harming yourself or ending your life?',
        ),
      ).toBeInTheDocument();
      const missing = consoleError.mock.calls.filter((call) => String(call[0]).includes('Missing'));
      expect(missing).toEqual([]);
    },
  );
});

describe('check your answers', () => {
  it('changes an answer and returns to the review', async () => {
    const { user } = await renderApp('en');
    await startForSelf(user);
    await user.click(screen.getByRole('radio', { name: '36–64' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('checkbox', { name: 'None of these' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await answerSafetyPagesNo(user);
    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toHaveFocus();
    await user.click(
      screen.getByRole('button', { name: /Change the answer to: How old are you\?/ }),
    );
    expect(screen.getByRole('radio', { name: '36–64' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: '65 or older' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      screen.getByRole('heading', { level: 1, name: 'Check your answers' }),
    ).toBeInTheDocument();
    expect(screen.getByText('65 or older')).toBeInTheDocument();
  });

  it('leads from "None of these" to a result that says so, with help', async () => {
    const { user } = await renderApp('da');
    await startForSelf(user);
    await user.click(screen.getByRole('radio', { name: '36–64 år' }));
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await user.click(screen.getByRole('checkbox', { name: 'Ingen af disse' }));
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await answerSafetyPagesNo(user);
    await user.click(screen.getByRole('button', { name: 'Se resultatet' }));
    await screen.findByRole('heading', { level: 1, name: 'Dit resultat' });
    const main = screen.getByRole('main');
    expect(main).toHaveAttribute('data-result-level', 'none');
    expect(main.querySelectorAll('[data-flag]')).toHaveLength(0);
    expect(within(main).getByText(/ikke har brugt nogen af de rusmidler/)).toBeInTheDocument();
    // The help is the next step: one's own doctor, with how to reach them.
    const next = within(main).getByRole('region', { name: 'Dit næste skridt' });
    expect(within(next).getByText('Egen læge')).toBeInTheDocument();
  });
});

describe('the language switch', () => {
  it('keeps every answer and sets the page language', async () => {
    const { user } = await renderApp('da');
    await startForSelf(user);
    await user.click(screen.getByRole('radio', { name: '18–24 år' }));
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await user.click(screen.getByRole('checkbox', { name: 'Alkohol' }));
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('checkbox', { name: 'Alcohol' })).toBeChecked();
    expect(document.documentElement.lang).toBe('en');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('radio', { name: '18–24' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Dansk' }));
    expect(await screen.findByRole('radio', { name: '18–24 år' })).toBeChecked();
    expect(document.documentElement.lang).toBe('da');
  });

  it('changes the frame and the page in one go, never showing the two languages at once', async () => {
    const { user } = await renderApp('da');
    await startForSelf(user);
    // What the frame (quick exit) and the page (its heading) say, each time the page changes.
    const seen: string[] = [];
    const record = () => {
      const exit = document.querySelector('.quick-exit')?.textContent ?? '';
      seen.push(`${exit} | ${document.querySelector('h1')?.textContent ?? ''}`);
    };
    const observer = new MutationObserver(record);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    try {
      await user.click(screen.getByRole('button', { name: 'English' }));
      await screen.findByRole('heading', { level: 1, name: /^How old are you/ });
      await user.click(screen.getByRole('button', { name: 'Dansk' }));
      await screen.findByRole('heading', { level: 1, name: /^Hvor gammel er du/ });
    } finally {
      observer.disconnect();
    }
    const frameInEnglish = (entry: string) => entry.startsWith('Leave this page');
    const pageInEnglish = (entry: string) => entry.includes('How old');
    expect(seen.filter((entry) => frameInEnglish(entry) !== pageInEnglish(entry))).toEqual([]);
    expect(seen.some(pageInEnglish)).toBe(true);
  });
});
