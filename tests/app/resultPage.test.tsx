import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/questionnaire/answers';
import { completeAnswers } from '../support/completeAnswers';
import { renderApp } from '../support/renderApp';

const texts = {
  da: {
    continue: 'Fortsæt',
    review: 'Tjek dine svar',
    see: 'Se resultatet',
    result: 'Dit resultat',
  },
  en: {
    continue: 'Continue',
    review: 'Check your answers',
    see: 'See the result',
    result: 'Your result',
  },
} as const;

/**
 * A whole journey's answers, and a check that each given answer is kept: an answer to a page
 * the questionnaire no longer asks would otherwise be dropped without a word.
 */
function journeyWith(given: Record<string, Answer>) {
  const answers = completeAnswers(given);
  for (const [id, answer] of Object.entries(given)) {
    expect(answers[id], `the answer to ${id} is kept`).toEqual(answer);
  }
  return answers;
}

/** Opens the app with a whole journey's answers (as a restored snapshot would) at the review. */
async function atReview(given: Record<string, Answer>, language: 'da' | 'en' = 'da') {
  const { user } = await renderApp(language, { status: 'restored', answers: journeyWith(given) });
  await user.click(screen.getByRole('button', { name: texts[language].continue }));
  expect(
    screen.getByRole('heading', { level: 1, name: texts[language].review }),
  ).toBeInTheDocument();
  return user;
}

async function atResult(given: Record<string, Answer>, language: 'da' | 'en' = 'da') {
  const user = await atReview(given, language);
  await user.click(screen.getByRole('button', { name: texts[language].see }));
  await screen.findByRole('heading', { level: 1, name: texts[language].result });
  return screen.getByRole('main');
}

describe('the result page says what the answers show', () => {
  it('under 18: no drinking is "within" the recommendation', async () => {
    const main = await atResult({
      'age-group': '15-17',
      substances: ['alcohol'],
      'alcohol-days': 0,
      'alcohol-typical-day': 1,
      'alcohol-heavy-days': 'never',
    });
    expect(main).toHaveAttribute('data-result-level', 'risky');
    expect(
      within(main).getByText(/anbefaler, at du slet ikke drikker alkohol/),
    ).toBeInTheDocument();
    expect(within(main).queryByText(/inden for anbefalingen/)).not.toBeInTheDocument();
    // The adult limits are not shown to someone under 18.
    expect(within(main).queryByText(/højst 10 genstande om ugen/)).not.toBeInTheDocument();
    expect(within(main).getByText(/Du er under 18\. Det er godt/)).toBeInTheDocument();
    expect(within(main).getByRole('heading', { name: 'netstof.dk' })).toBeInTheDocument();
  });

  it('names each "Which answers led to this?" by what it explains, for screen readers', async () => {
    const main = await atResult({
      'age-group': '36-64',
      substances: ['alcohol', 'cannabis'],
      craving: 'yes',
      'craving.which': ['alcohol', 'cannabis'],
      tolerance: 'yes',
      'tolerance.which': ['cannabis'],
      'self-harm': 'yes',
    });
    const names = [...main.querySelectorAll('details > summary')].map((s) => s.textContent);
    expect(names.length).toBeGreaterThanOrEqual(4);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('Hvilke svar gav dette? – Hash eller anden cannabis: Stærk trang');
  });

  it('above the recommendation with no signs: risky, and drinking is shown beside the signs', async () => {
    const main = await atResult({
      'age-group': '36-64',
      substances: ['alcohol'],
      'alcohol-days': 4,
      'alcohol-typical-day': 4,
      'alcohol-heavy-days': 'never',
    });
    expect(main).toHaveAttribute('data-result-level', 'risky');
    expect(within(main).getByText(/omkring 16 genstande om ugen/)).toBeInTheDocument();
    expect(
      within(main).getByText('Det er over anbefalingen om højst 10 om ugen.'),
    ).toBeInTheDocument();
  });

  it('medicine as prescribed: signs not counted are explained, never "no signs"', async () => {
    const main = await atResult({
      'age-group': '65-plus',
      substances: ['sedatives'],
      'prescribed.sedatives': 'as-prescribed',
      tolerance: 'yes',
      withdrawal: 'yes',
    });
    expect(main).toHaveAttribute('data-result-level', 'risky');
    expect(
      within(main).getByText(
        '2 tegn mere tæller ikke med, fordi du tager medicinen, som lægen har ordineret.',
      ),
    ).toBeInTheDocument();
    expect(within(main).getByText(/almindelige, når man tager medicin/)).toBeInTheDocument();
    expect(main.querySelector('[data-flag="do-not-stop-abruptly"]')).not.toBeNull();
    expect(within(main).queryByText(/ingen tegn på, at dit forbrug/)).not.toBeInTheDocument();
  });
});

describe('an urgent answer', () => {
  it('brings the urgent numbers onto the next page, before the result', async () => {
    await atReview({ 'age-group': '25-35', substances: ['cannabis'], 'self-harm': 'yes' });
    const notice = screen.getByRole('region', { name: 'Brug for hjælp nu?' });
    const hrefs = within(notice)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['tel:112', 'tel:+4570201201', 'tel:+4582121212']);
  });

  it('is not shown when no answer needs help now', async () => {
    await atReview({ 'age-group': '25-35', substances: ['cannabis'] });
    expect(screen.queryByRole('region', { name: 'Brug for hjælp nu?' })).not.toBeInTheDocument();
  });
});
