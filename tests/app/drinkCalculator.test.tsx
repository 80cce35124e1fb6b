import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, startForSelf } from '../support/renderApp';

/** From the start page to "how many genstande on a typical day?", as the person themselves. */
async function reachTypicalDay(language: 'da' | 'en' = 'da') {
  const app = await renderApp(language);
  const { user } = app;
  const da = language === 'da';
  await startForSelf(user);
  const next = () => user.click(screen.getByRole('button', { name: da ? 'Fortsæt' : 'Continue' }));
  await user.click(screen.getByRole('radio', { name: da ? '25–35 år' : '25–35' }));
  await next();
  await user.click(screen.getByRole('checkbox', { name: da ? 'Alkohol' : 'Alcohol' }));
  await next();
  // Two drinking days a week; the calculator is for drinks, so it is not offered for days.
  await user.type(screen.getByRole('textbox', { name: da ? 'dage' : 'days' }), '2');
  expect(screen.queryByRole('button', { name: /genstande/ })).not.toBeInTheDocument();
  await next();
  return { ...app, next };
}

const heavyDaysHeading =
  'Hvor tit bliver det til 5 genstande (cirka 5 almindelige øl) eller flere på én dag?';

function total() {
  return screen.getByText(/^I alt:/);
}

describe('the drink calculator on the typical-day page', () => {
  it('adds drinks, takes a changed strength, and puts the rounded sum in the field', async () => {
    const { user, next } = await reachTypicalDay();
    const field = screen.getByRole('textbox', { name: 'genstande' });
    const toggle = screen.getByRole('button', { name: 'Hjælp til at regne genstande ud' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('combobox', { name: 'Drik' })).not.toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const kind = screen.getByRole('combobox', { name: 'Drik' });
    const count = screen.getByRole('textbox', { name: 'Antal' });
    const strength = screen.getByRole('textbox', { name: 'Alkohol i %' });
    expect(kind).toHaveDisplayValue('Øl, flaske');
    expect(screen.getByRole('textbox', { name: 'Mængde i cl' })).toHaveValue('33');
    expect(strength).toHaveValue('4,6');
    expect(total()).toHaveTextContent('I alt: 0,0 genstande');

    // Three beers at 4.6 %: 3 × 0.998 genstande.
    await user.clear(count);
    await user.type(count, '3');
    await user.click(screen.getByRole('button', { name: 'Læg til' }));
    expect(total()).toHaveTextContent('I alt: 3,0 genstande');
    expect(total()).toHaveAttribute('aria-live', 'polite');

    // A glass of wine at 14 % rather than the typical 12 %: 12 × 14 × 0.789 / 120 = 1.1.
    await user.selectOptions(kind, 'Vin, glas');
    expect(screen.getByRole('textbox', { name: 'Mængde i cl' })).toHaveValue('12');
    await user.clear(count);
    await user.type(count, '1');
    await user.clear(strength);
    await user.type(strength, '14');
    await user.click(screen.getByRole('button', { name: 'Læg til' }));
    const added = screen.getByRole('list', { name: 'Drikke lagt til' });
    expect(
      within(added)
        .getAllByRole('listitem')
        .map((item) => item.firstChild?.textContent),
    ).toEqual([
      '3 × Øl, flaske, 33 cl, 4,6 % = 3,0 genstande',
      '1 × Vin, glas, 12 cl, 14 % = 1,1 genstande',
    ]);
    expect(total()).toHaveTextContent('I alt: 4,1 genstande');

    await user.click(screen.getByRole('button', { name: 'Brug 4 genstande som svar' }));
    expect(field).toHaveValue('4');
    expect(field).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    // The field stays the person's: what they confirm there is the answer.
    await user.clear(field);
    await user.type(field, '5');
    await next();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(heavyDaysHeading);
    await user.click(screen.getByRole('button', { name: /Tilbage/ }));
    expect(screen.getByRole('textbox', { name: 'genstande' })).toHaveValue('5');
  });

  it('commits the number it put in the field when the person continues', async () => {
    const { user, next } = await reachTypicalDay();
    await user.click(screen.getByRole('button', { name: 'Hjælp til at regne genstande ud' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Drik' }), 'Vin, hel flaske');
    await user.click(screen.getByRole('button', { name: 'Læg til' }));
    expect(total()).toHaveTextContent('I alt: 5,9 genstande');
    await user.click(screen.getByRole('button', { name: 'Brug 6 genstande som svar' }));
    // Folded away once used, it keeps the drinks for another look.
    await user.click(screen.getByRole('button', { name: 'Hjælp til at regne genstande ud' }));
    expect(total()).toHaveTextContent('I alt: 5,9 genstande');
    await next();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(heavyDaysHeading);
    await user.click(screen.getByRole('button', { name: /Tilbage/ }));
    expect(screen.getByRole('textbox', { name: 'genstande' })).toHaveValue('6');
  });

  it('works by keyboard alone, and Enter in its fields adds a drink instead of continuing', async () => {
    const { user } = await reachTypicalDay();
    const heading = screen.getByRole('heading', { level: 1 });
    const field = screen.getByRole('textbox', { name: 'genstande' });
    // "Læs op" comes first, beside the question; then the field.
    await user.tab();
    expect(screen.getByRole('button', { name: 'Læs op' })).toHaveFocus();
    await user.tab();
    expect(field).toHaveFocus();
    await user.tab();
    const toggle = screen.getByRole('button', { name: 'Hjælp til at regne genstande ud' });
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Drik' })).toHaveFocus();
    await user.tab();
    const count = screen.getByRole('textbox', { name: 'Antal' });
    expect(count).toHaveFocus();
    await user.keyboard('{Backspace}2{Enter}');
    expect(heading).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(total()).toHaveTextContent('I alt: 2,0 genstande');

    // Past the strength, Add, the drink's Remove button and on to "use".
    const use = screen.getByRole('button', { name: 'Brug 2 genstande som svar' });
    for (let i = 0; i < 10 && document.activeElement !== use; i += 1) await user.tab();
    expect(use).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(field).toHaveValue('2');
    expect(field).toHaveFocus();

    await user.tab();
    expect(toggle).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Fortsæt' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(heavyDaysHeading);
  });

  it('says which of its fields holds no usable number, and leaves the question’s errors alone', async () => {
    const { user } = await reachTypicalDay();
    await user.click(screen.getByRole('button', { name: 'Hjælp til at regne genstande ud' }));
    const volume = screen.getByRole('textbox', { name: 'Mængde i cl' });
    await user.clear(volume);
    await user.click(screen.getByRole('button', { name: 'Læg til' }));
    expect(volume).toHaveFocus();
    expect(volume).toHaveAttribute('aria-invalid', 'true');
    expect(volume).toHaveAccessibleDescription(/^Fejl: ?Skriv et tal over 0 og højst 500, fx 33$/);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(total()).toHaveTextContent('I alt: 0,0 genstande');

    await user.type(volume, '50');
    await user.click(screen.getByRole('button', { name: 'Læg til' }));
    expect(volume).toHaveAttribute('aria-invalid', 'false');
    expect(total()).toHaveTextContent('I alt: 1,5 genstande');
  });

  it('clears the question’s error once it puts a number in the field', async () => {
    const { user, next } = await reachTypicalDay();
    await next();
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link')).toHaveTextContent('Skriv et helt tal, fx 3');
    await user.click(screen.getByRole('button', { name: 'Hjælp til at regne genstande ud' }));
    await user.click(screen.getByRole('button', { name: 'Læg til' }));
    await user.click(screen.getByRole('button', { name: 'Brug 1 genstand som svar' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'genstande' })).toHaveValue('1');
  });

  it('never puts more than the question allows, and says so', async () => {
    const { user } = await reachTypicalDay();
    await user.click(screen.getByRole('button', { name: 'Hjælp til at regne genstande ud' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Drik' }), 'Vin, hel flaske');
    const count = screen.getByRole('textbox', { name: 'Antal' });
    await user.clear(count);
    await user.type(count, '11');
    await user.click(screen.getByRole('button', { name: 'Læg til' }));
    expect(total()).toHaveTextContent('I alt: 65,1 genstande');
    const use = screen.getByRole('button', { name: 'Brug 60 genstande som svar' });
    expect(use).toHaveAccessibleDescription('Svaret kan højst være 60.');
  });

  it('removes a drink and moves focus to the next one', async () => {
    const { user } = await reachTypicalDay();
    await user.click(screen.getByRole('button', { name: 'Hjælp til at regne genstande ud' }));
    const add = screen.getByRole('button', { name: 'Læg til' });
    await user.click(add);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Drik' }),
      'Spiritus, lille glas',
    );
    await user.click(add);
    expect(total()).toHaveTextContent('I alt: 2,1 genstande');
    await user.click(screen.getByRole('button', { name: 'Fjern 1 × Øl, flaske' }));
    expect(total()).toHaveTextContent('I alt: 1,1 genstande');
    expect(screen.getByRole('button', { name: 'Fjern 1 × Spiritus, lille glas' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Fjern 1 × Spiritus, lille glas' }));
    expect(screen.queryByRole('list', { name: 'Drikke lagt til' })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Drik' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: /^Brug/ })).not.toBeInTheDocument();
  });

  it('speaks English with a decimal point, and reads a decimal comma too', async () => {
    const { user } = await reachTypicalDay('en');
    await user.click(screen.getByRole('button', { name: 'Help me work out genstande' }));
    const strength = screen.getByRole('textbox', { name: 'Alcohol in %' });
    expect(strength).toHaveValue('4.6');
    await user.clear(strength);
    await user.type(strength, '5,5');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByText(/^In all:/)).toHaveTextContent('In all: 1.2 genstande');
    await user.click(screen.getByRole('button', { name: 'Use 1 genstand as the answer' }));
    expect(screen.getByRole('textbox', { name: 'drinks' })).toHaveValue('1');
  });
});
