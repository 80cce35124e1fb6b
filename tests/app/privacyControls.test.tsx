import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { loadTexts } from '../../src/i18n/texts';
import { saveSnapshot, snapshotKey } from '../../src/privacy/answersSnapshot';
import { renderApp, startForSelf } from '../support/renderApp';
import { realQuestionnaire as questionnaire } from '../support/realQuestionnaire';

async function answerAge(user: ReturnType<typeof userEvent.setup>) {
  await startForSelf(user);
  await user.click(screen.getByRole('radio', { name: '25–35 år' }));
  await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
}

describe('privacy controls', () => {
  beforeEach(() => {
    sessionStorage.clear();
  });

  it('"Delete my answers" is one click, and leaves nothing behind', async () => {
    const { user } = await renderApp('da');
    expect(screen.queryByRole('button', { name: 'Slet mine svar' })).not.toBeInTheDocument();
    await answerAge(user);
    await user.click(screen.getByRole('button', { name: 'Slet mine svar' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/Er dit forbrug/);
    await startForSelf(user);
    expect(screen.getByRole('radio', { name: '25–35 år' })).not.toBeChecked();
  });

  it('keeps a snapshot in sessionStorage only while the person has opted in', async () => {
    const { user } = await renderApp('da');
    await user.click(screen.getByRole('checkbox', { name: /Husk mine svar/ }));
    await answerAge(user);
    const stored = JSON.parse(sessionStorage.getItem(snapshotKey(questionnaire)) ?? '{}');
    expect(stored.answers).toEqual({ audience: 'self', 'age-group': '25-35' });
    await user.click(screen.getByRole('button', { name: 'Slet mine svar' }));
    expect(sessionStorage.length).toBe(0);
  });

  it('stores nothing without the opt-in', async () => {
    const { user } = await renderApp('da');
    await answerAge(user);
    expect(sessionStorage.length).toBe(0);
  });

  it('says so when answers were restored, and carries on where they end', async () => {
    const { user } = await renderApp('da', {
      status: 'restored',
      answers: { audience: 'self', 'age-group': '25-35', substances: ['cannabis'] },
    });
    expect(screen.getByText(/Dine svar fra før er hentet/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Husk mine svar/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Hvor ofte har du brugt hash',
    );
  });

  it('does not say answers are back when the kept snapshot held none, but keeps the choice', async () => {
    await renderApp('da', { status: 'restored', answers: {} });
    expect(screen.queryByText(/Dine svar fra før er hentet/)).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Husk mine svar/ })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Start' })).toBeInTheDocument();
  });

  it.each([
    ['"Delete my answers"', 'button', 'Slet mine svar'],
    ['unticking "Remember my answers"', 'checkbox', /Husk mine svar/],
  ] as const)(
    'wipes answers kept for a reload with %s, before the journey has even loaded',
    async (_, role, name) => {
      const answers = { audience: 'self', 'age-group': '25-35' };
      saveSnapshot(sessionStorage, questionnaire, answers);
      const texts = await loadTexts('da');
      const user = userEvent.setup();
      // A journey that never arrives: only the start page's own choices can answer.
      const load = vi.fn(() => new Promise<never>(() => undefined));
      render(
        <App
          texts={texts}
          loader={{ load, loaded: () => undefined }}
          resume={{ status: 'restored', answers }}
        />,
      );
      // Answers kept for a reload start the journey at once: it is on its way, and stays so.
      expect(load).toHaveBeenCalled();
      expect(screen.getByRole('checkbox', { name: /Husk mine svar/ })).toBeChecked();
      await user.click(screen.getByRole(role, { name }));
      expect(sessionStorage.length).toBe(0);
      expect(screen.getByRole('checkbox', { name: /Husk mine svar/ })).not.toBeChecked();
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/Er dit forbrug/);
    },
  );

  it('says so when a saved snapshot could not be used', async () => {
    const texts = await loadTexts('en');
    render(<App texts={texts} resume={{ status: 'discarded' }} />);
    expect(screen.getByText(/could not use your saved answers/)).toBeInTheDocument();
  });

  it('opens the privacy page from any page and returns to the same place', async () => {
    const { user } = await renderApp('da');
    await answerAge(user);
    await user.click(screen.getByRole('button', { name: 'Sådan passer vi på dine svar' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sådan passer vi på dine svar' }),
    ).toHaveFocus();
    expect(screen.getByText(/sessionStorage/)).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Tilbage' })[0] as HTMLElement);
    expect(
      screen.getByRole('heading', { name: 'Hvad har du brugt inden for de seneste 12 måneder?' }),
    ).toBeInTheDocument();
  });

  it.each(['da', 'en'] as const)(
    'leads the privacy page with plain promises, and keeps technical terms in a disclosure (%s)',
    async (lng) => {
      const { user } = await renderApp(lng);
      await user.click(
        screen.getByRole('button', {
          name: lng === 'da' ? 'Sådan passer vi på dine svar' : 'How we look after your answers',
        }),
      );
      const main = screen.getByRole('main');
      const disclosure = main.querySelector('details');
      expect(disclosure).not.toBeNull();
      expect(disclosure?.open).toBe(false);
      expect(disclosure?.querySelector('summary')).toHaveTextContent(
        lng === 'da' ? 'For de teknisk interesserede' : 'For the technically minded',
      );
      const technical = /sessionStorage|Content-Security-Policy|service worker/i;
      const plain = [...main.querySelectorAll('p')].filter((p) => !disclosure?.contains(p));
      expect(plain.length).toBeGreaterThanOrEqual(5);
      for (const p of plain)
        expect(p.textContent).not.toMatch(/sessionStorage|Content-Security-Policy|service worker/i);
      expect(disclosure?.textContent).toMatch(technical);
      expect(plain[0]?.compareDocumentPosition(disclosure as Node)).toBe(
        Node.DOCUMENT_POSITION_FOLLOWING,
      );
    },
  );

  it('keeps a choice not yet sent through a visit to the privacy page', async () => {
    const { user } = await renderApp('da');
    await startForSelf(user);
    await user.click(screen.getByRole('radio', { name: '25–35 år' }));
    await user.click(screen.getByRole('button', { name: 'Sådan passer vi på dine svar' }));
    await screen.findByRole('heading', { level: 1, name: 'Sådan passer vi på dine svar' });
    await user.click(screen.getAllByRole('button', { name: 'Tilbage' })[0] as HTMLElement);
    expect(screen.getByRole('radio', { name: '25–35 år' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await user.click(screen.getByRole('checkbox', { name: 'Alkohol' }));
    await user.click(screen.getByRole('button', { name: 'Sådan passer vi på dine svar' }));
    await user.click(screen.getAllByRole('button', { name: 'Tilbage' })[0] as HTMLElement);
    expect(screen.getByRole('checkbox', { name: 'Alkohol' })).toBeChecked();
  });

  it('forgets a choice not sent when the person goes Back instead', async () => {
    const { user } = await renderApp('da');
    await answerAge(user);
    await user.click(screen.getByRole('checkbox', { name: 'Alkohol' }));
    await user.click(screen.getAllByRole('button', { name: 'Tilbage' })[0] as HTMLElement);
    expect(screen.getByRole('radio', { name: '25–35 år' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(screen.getByRole('checkbox', { name: 'Alkohol' })).not.toBeChecked();
  });
});
