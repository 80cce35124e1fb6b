import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import daUi from '../../src/i18n/locales/da/ui.json';
import { renderApp, startForSelf } from '../support/renderApp';

/** Oneself, 36–64, alcohol on 2 days with 2 drinks, "no" (or the first choice) to the rest. */
async function reachReview(user: UserEvent) {
  const next = () => user.click(screen.getByRole('button', { name: 'Fortsæt' }));
  await startForSelf(user);
  await user.click(screen.getByRole('radio', { name: '36–64 år' }));
  await next();
  await user.click(screen.getByRole('checkbox', { name: /^Alkohol/ }));
  await next();
  for (let i = 0; i < 40 && document.querySelector('fieldset[data-item]'); i++) {
    const page = document.querySelector<HTMLElement>('fieldset[data-item]');
    if (!page) throw new Error('no question page');
    const textbox = within(page).queryByRole('textbox');
    if (textbox) await user.type(textbox, '2');
    else {
      const radios = within(page).getAllByRole('radio');
      const choice = radios.find((r) => r.getAttribute('value') === 'no') ?? radios[0];
      if (!choice) throw new Error('a page without a choice');
      await user.click(choice);
    }
    await next();
  }
  expect(screen.getByRole('heading', { level: 1, name: daUi.review.title })).toBeInTheDocument();
}

describe('the review page', () => {
  it(
    'groups the answers under a heading for each topic, in topic order',
    { timeout: 60_000 },
    async () => {
      const { user } = await renderApp('da');
      await reachReview(user);
      const headings = within(screen.getByRole('main'))
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent);
      const { groups } = daUi.review;
      expect(headings).toEqual([
        groups.about,
        groups.use,
        groups.amount,
        groups.signs,
        groups.safety,
      ]);
      const about = screen.getByRole('region', { name: groups.about });
      expect(within(about).getByText('Hvem handler det om?')).toBeInTheDocument();
      expect(within(about).getByText('36–64 år')).toBeInTheDocument();
      const safety = screen.getByRole('region', { name: groups.safety });
      expect(within(safety).queryByText('Hvem handler det om?')).toBeNull();
    },
  );

  it(
    'offers "Se resultatet" above the answers as well as below, and both lead there',
    { timeout: 60_000 },
    async () => {
      const { user } = await renderApp('da');
      await reachReview(user);
      const buttons = screen.getAllByRole('button', { name: /^Se resultatet/ });
      expect(buttons).toHaveLength(2);
      const [top, bottom] = buttons;
      expect(top).toHaveAccessibleName(`${daUi.review.confirm} ${daUi.review.confirmTopHidden}`);
      expect(bottom).toHaveAccessibleName(daUi.review.confirm);
      const firstGroup = screen.getByRole('region', { name: daUi.review.groups.about });
      expect(top?.compareDocumentPosition(firstGroup) ?? 0).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
      await user.click(top as HTMLElement);
      await screen.findByRole('heading', { level: 1, name: 'Dit resultat' });
    },
  );
});
