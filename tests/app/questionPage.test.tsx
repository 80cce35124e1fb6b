import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, startForSelf } from '../support/renderApp';

async function startJourney(language: 'da' | 'en' = 'da') {
  const app = await renderApp(language);
  await startForSelf(app.user);
  return app;
}

describe('a question page', () => {
  it('puts the question in the legend as the heading, and moves focus to it', async () => {
    await startJourney();
    const heading = screen.getByRole('heading', { level: 1, name: 'Hvor gammel er du?' });
    expect(heading).toHaveFocus();
    const group = screen.getByRole('group', { name: 'Hvor gammel er du?' });
    expect(group).toHaveAttribute('data-item', 'age-group');
    expect(within(group).getByRole('radio', { name: '18–24 år' })).toHaveAttribute(
      'value',
      '18-24',
    );
    expect(
      screen.getByText(/Spørgsmål 2 af cirka \d+/, { selector: '.progress' }),
    ).toBeInTheDocument();
  });

  it('shows an error summary that takes focus and links to the field when nothing is chosen', async () => {
    const { user } = await startJourney();
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('heading', { name: 'Der er et problem' })).toBeInTheDocument();
    expect(document.title).toMatch(/^Fejl: Spørgsmål 2 af cirka \d+ – Rusmiddeltjek$/);
    await user.click(within(summary).getByRole('link', { name: 'Vælg et svar' }));
    expect(screen.getByRole('radio', { name: 'Under 15 år' })).toHaveFocus();
  });

  it('clears the error once an answer is given and moves on', async () => {
    const { user } = await startJourney();
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await user.click(screen.getByRole('radio', { name: '25–35 år' }));
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(
      screen.getByRole('heading', { name: 'Hvad har du brugt inden for de seneste 12 måneder?' }),
    ).toHaveFocus();
    expect(document.title).not.toMatch(/^Fejl/);
  });

  it('lets "None of these" exclude the other choices, and the other way round', async () => {
    const { user } = await startJourney();
    await user.click(screen.getByRole('radio', { name: '25–35 år' }));
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    const alcohol = screen.getByRole('checkbox', { name: 'Alkohol' });
    const none = screen.getByRole('checkbox', { name: 'Ingen af disse' });
    await user.click(alcohol);
    await user.click(none);
    expect(none).toBeChecked();
    expect(alcohol).not.toBeChecked();
    await user.click(alcohol);
    expect(alcohol).toBeChecked();
    expect(none).not.toBeChecked();
  });

  it('asks for a whole number within range for drinks on a typical day', async () => {
    const { user } = await startJourney();
    await user.click(screen.getByRole('radio', { name: '25–35 år' }));
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await user.click(screen.getByRole('checkbox', { name: 'Alkohol' }));
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    const days = screen.getByRole('textbox', { name: 'dage' });
    await user.type(days, '8');
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(within(await screen.findByRole('alert')).getByRole('link')).toHaveTextContent(
      'Skriv et tal fra 0 til 7',
    );
    await user.clear(days);
    await user.type(days, '2');
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    const input = screen.getByRole('textbox', { name: 'genstande' });
    await user.type(input, 'to');
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(within(await screen.findByRole('alert')).getByRole('link')).toHaveTextContent(
      'Skriv et helt tal, fx 3',
    );
    await user.clear(input);
    await user.type(input, '0');
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(within(await screen.findByRole('alert')).getByRole('link')).toHaveTextContent(
      'Skriv et tal fra 1 til 60',
    );
    await user.clear(input);
    await user.type(input, '4');
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(
      screen.getByRole('heading', {
        name: 'Hvor tit bliver det til 5 genstande (cirka 5 almindelige øl) eller flere på én dag?',
      }),
    ).toBeInTheDocument();
  });

  it('names the chosen substances in the sign questions', async () => {
    const { user } = await startJourney('en');
    await user.click(screen.getByRole('radio', { name: '25–35' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('checkbox', { name: 'Cannabis' }));
    await user.click(screen.getByRole('checkbox', { name: 'Stimulants' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    for (let i = 0; i < 2; i++) {
      await user.click(screen.getByRole('radio', { name: 'Fewer than 1 day a month' }));
      await user.click(screen.getByRole('button', { name: 'Continue' }));
    }
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      screen.getByRole('heading', {
        name: 'Have you used cannabis or stimulants in larger amounts or for longer than you meant to?',
      }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const which = screen.getByRole('group', { name: 'Which substances did this apply to?' });
    expect(
      within(which)
        .getAllByRole('checkbox')
        .map((c) => c.getAttribute('value')),
    ).toEqual(['cannabis', 'stimulants']);
  });
});
