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

/** The safety box raised by `flag`, or a failure naming the flag that is missing. */
function flagBox(main: HTMLElement, flag: string) {
  const box = main.querySelector<HTMLElement>(`[data-flag="${flag}"]`);
  if (!box) throw new Error(`no ${flag} box`);
  return box;
}

/** The section about alcohol against the recommendation. */
function alcoholSection(main: HTMLElement, language: 'da' | 'en' = 'da') {
  return within(main).getByRole('region', {
    name: language === 'da' ? 'Alkohol: anbefalingen' : 'Alcohol and the limits',
  });
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
    expect(names).toContain('Hvilke svar gav dette? – Hash eller anden cannabis');
    // One disclosure per substance holds each sign's answers under the sign's name.
    const why = [...main.querySelectorAll('details.why')].find((d) =>
      d.querySelector('summary')?.textContent?.endsWith('Hash eller anden cannabis'),
    );
    expect(why).toHaveTextContent(/Stærk trang/);
    expect(why).toHaveTextContent(/Skal bruge mere for at få samme virkning/);
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
      within(main).getByText(/Det er over anbefalingen om højst 10 om ugen\./),
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
        '2 tegn mere tæller ikke med, fordi du tager medicinen, som lægen har sagt.',
      ),
    ).toBeInTheDocument();
    expect(within(main).getByText(/almindelige, når man tager medicin/)).toBeInTheDocument();
    expect(main.querySelector('[data-flag="do-not-stop-abruptly"]')).not.toBeNull();
    expect(within(main).queryByText(/ingen tegn på, at dit forbrug/)).not.toBeInTheDocument();
  });
});

describe('the result page for questionnaire 2.0.0', () => {
  const adultDrinker = { 'age-group': '36-64', substances: ['alcohol'] };

  it.each([
    ['da', /omkring 9 genstande om ugen/, /inden for anbefalingen/, /12 genstande/],
    ['en', /about 9 drinks a week/, /within the recommendation/, /12 drinks/],
  ] as const)(
    '3 days of 3 genstande in %s: about 9 a week, within the recommendation',
    async (language, weekly, within10, twelve) => {
      const main = await atResult(
        {
          ...adultDrinker,
          'alcohol-days': 3,
          'alcohol-typical-day': 3,
          'alcohol-heavy-days': 'never',
        },
        language,
      );
      const alcohol = alcoholSection(main, language);
      expect(within(alcohol).getByText(weekly)).toBeInTheDocument();
      expect(within(alcohol).getByText(within10)).toBeInTheDocument();
      // 12 would be the old "several times a week" band's midpoint (4 days) times 3.
      expect(within(main).queryByText(twelve)).not.toBeInTheDocument();
    },
  );

  it('0 days: drinks less often than every week, and states no weekly figure', async () => {
    const main = await atResult({
      ...adultDrinker,
      'alcohol-days': 0,
      'alcohol-typical-day': 3,
      'alcohol-heavy-days': 'never',
    });
    const alcohol = alcoholSection(main);
    expect(within(alcohol).getByText(/sjældnere end hver uge/)).toBeInTheDocument();
    expect(within(alcohol).queryByText(/genstande? om ugen\.$/)).not.toBeInTheDocument();
    expect(within(alcohol).queryByText(/omkring/)).not.toBeInTheDocument();
    expect(within(alcohol).queryByText(/anbefalingen om højst 10 om ugen/)).not.toBeInTheDocument();
  });

  it('heavy days a few times a year, 2 on a typical day: names how often', async () => {
    const main = await atResult({
      ...adultDrinker,
      'alcohol-days': 1,
      'alcohol-typical-day': 2,
      'alcohol-heavy-days': 'few-times-a-year',
    });
    expect(main).toHaveAttribute('data-result-level', 'risky');
    expect(
      within(alcoholSection(main)).getByText(
        /5 genstande eller flere på én dag – et par dage om året\./,
      ),
    ).toBeInTheDocument();
  });

  it.each([
    ['da', /mere end 4 genstande på 5 eller flere dage om ugen/],
    ['en', /more than 4 drinks on 5 or more days a week/],
  ] as const)(
    '5 days of 5 in %s: do not stop abruptly, for the drinking alone',
    async (language, dailyHeavy) => {
      const main = await atResult(
        {
          ...adultDrinker,
          'alcohol-days': 5,
          'alcohol-typical-day': 5,
          'alcohol-heavy-days': 'most-days',
          withdrawal: 'no',
          'severe-withdrawal': 'no',
        },
        language,
      );
      const box = flagBox(main, 'do-not-stop-abruptly');
      expect(within(box).getByText(dailyHeavy)).toBeInTheDocument();
      expect(main.querySelector('[data-flag="urgent"]')).toBeNull();
    },
  );

  it('pregnant and drinking 1 a week: no alcohol is the advice, with the doctor or midwife', async () => {
    const main = await atResult({
      'age-group': '25-35',
      substances: ['alcohol'],
      'alcohol-days': 1,
      'alcohol-typical-day': 1,
      'alcohol-heavy-days': 'never',
      pregnancy: 'yes',
    });
    const alcohol = alcoholSection(main);
    expect(within(alcohol).getByText(/du er gravid eller prøver at blive det/)).toBeInTheDocument();
    expect(within(alcohol).getByText(/slet ikke drikker alkohol/)).toBeInTheDocument();
    expect(within(main).queryByText(/inden for anbefalingen/)).not.toBeInTheDocument();
    const card = within(main)
      .getByRole('heading', { name: 'Din egen læge eller jordemoder' })
      .closest('li');
    if (!card) throw new Error('the doctor-or-midwife card is not a list item');
    expect(card).toHaveTextContent(/henvise dig til Familieambulatoriet/);
  });

  it('needs it to function, alone, for cannabis: risky, shown apart from the 11 signs', async () => {
    const main = await atResult({
      'age-group': '25-35',
      substances: ['cannabis'],
      'needs-to-function': 'yes',
    });
    expect(main).toHaveAttribute('data-result-level', 'risky');
    const card = within(main).getByRole('heading', {
      level: 3,
      name: 'Hash eller anden cannabis',
    }).parentElement;
    if (!card) throw new Error('no card for cannabis');
    expect(within(card).getByText('0 af 11 tegn')).toBeInTheDocument();
    expect(
      within(card).getByText('Desuden et advarselstegn, som ikke er et af de 11 tegn:'),
    ).toBeInTheDocument();
    expect(
      within(card).getByText('Har brug for det for at få hverdagen til at hænge sammen', {
        selector: 'li',
      }),
    ).toBeInTheDocument();
  });

  it.each([
    ['da', /din sikkerhed kommer først/, /indebærer en risiko/],
    ['en', /your safety comes first/, /carries a risk/],
  ] as const)(
    'thoughts of self-harm alone in %s: the urgent box, and a headline about safety',
    async (language, safetyFirst, riskyUse) => {
      const main = await atResult(
        { 'age-group': '25-35', substances: ['cannabis'], 'self-harm': 'yes' },
        language,
      );
      expect(main).toHaveAttribute('data-result-level', 'risky');
      flagBox(main, 'urgent');
      // The level's own sentence, under the page heading, says why the level is raised.
      expect(within(main).getByText(safetyFirst)).toHaveClass('result-level');
      expect(within(main).queryByText(riskyUse)).not.toBeInTheDocument();
    },
  );

  it('GHB with withdrawal: do not stop abruptly, and the box names GHB', async () => {
    const main = await atResult({
      'age-group': '25-35',
      substances: ['ghb'],
      withdrawal: 'yes',
      'severe-withdrawal': 'no',
    });
    const box = flagBox(main, 'do-not-stop-abruptly');
    expect(within(box).getByText(/opioider eller GHB/)).toBeInTheDocument();
    // The answers behind the box, in its "why" disclosure, name GHB too.
    expect(within(box).getByText(/GHB/, { selector: 'details.why *' })).toBeInTheDocument();
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
