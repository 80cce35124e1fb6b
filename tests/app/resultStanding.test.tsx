import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { atResult } from '../support/renderApp';

const adultDrinker = {
  'age-group': '36-64',
  substances: ['alcohol'],
  'alcohol-days': 4,
  'alcohol-typical-day': 4,
  'alcohol-heavy-days': 'never',
};

describe('where the week stands', () => {
  it('draws 16 a week against the 10, with the numbers in its label', async () => {
    const { main } = await atResult(adultDrinker);
    // The comparisons are folded under their title, which stays in view.
    expect(within(main).getByText('Hvor ligger du?', { selector: 'summary' })).toBeVisible();
    expect(
      within(main).getByRole('img', {
        name: 'Genstande om ugen. Din uge: 16. Anbefaling: højst 10.',
      }),
    ).toBeInTheDocument();
    expect(
      within(main).getByText('Om ugen drikker 16 af 100 voksne i Danmark mere end 10 genstande.'),
    ).toBeInTheDocument();
    expect(within(main).getByText(/9 af 100 voksne drikker 5 genstande/)).toBeInTheDocument();
    // Under 65 the figures for 65–74-year-olds are left out.
    expect(within(main).queryByText(/65–74/)).not.toBeInTheDocument();
  });

  it('from 65, gives the 65–74 figures for men and women together', async () => {
    const { main } = await atResult({ ...adultDrinker, 'age-group': '65-plus' });
    expect(
      within(main).getByText(
        'Om ugen drikker 33 af 100 mænd og 14 af 100 kvinder på 65–74 år mere end 10 genstande.',
      ),
    ).toBeInTheDocument();
  });

  it('with no drinking every week, draws no week but still compares', async () => {
    const { main } = await atResult({ ...adultDrinker, 'alcohol-days': 0 });
    expect(within(main).queryByRole('img', { name: /Genstande om ugen/ })).not.toBeInTheDocument();
    expect(within(main).getByText(/16 af 100 voksne/)).toBeInTheDocument();
  });

  it("under 18, shows neither the adults' chart nor their figures", async () => {
    const { main } = await atResult({ ...adultDrinker, 'age-group': '15-17' });
    expect(
      within(main).queryByRole('heading', { name: 'Hvor ligger du?' }),
    ).not.toBeInTheDocument();
    expect(within(main).queryByRole('img', { name: /Genstande om ugen/ })).not.toBeInTheDocument();
    expect(within(main).queryByText(/af 100 voksne/)).not.toBeInTheDocument();
  });

  it('speaks of the person by name for a relative, and in English', async () => {
    const { main } = await atResult(
      { ...adultDrinker, audience: 'relative', relationship: 'partner' },
      'en',
    );
    expect(
      within(main).getByRole('img', {
        name: 'Drinks a week. The week for the person: 16. Recommendation: at most 10.',
      }),
    ).toBeInTheDocument();
    expect(
      within(main).getByText('In a week, 16 in 100 adults in Denmark drink more than 10 drinks.'),
    ).toBeInTheDocument();
  });
});

describe('where the signs stand', () => {
  const fourSigns = {
    ...adultDrinker,
    craving: 'yes',
    tolerance: 'yes',
    withdrawal: 'yes',
    'time-spent': 'yes',
  };

  it('puts 4 of 11 on the scale of bands, in words too', async () => {
    const { main } = await atResult(fourSigns);
    expect(within(main).getByText('4 af 11 tegn')).toBeInTheDocument();
    expect(
      within(main).getByRole('img', { name: '4 af 11 tegn: tydelige tegn.' }),
    ).toBeInTheDocument();
    // Each band's range and word sit under its bars: "4–5 tydelige" is marked as where it lies.
    const here = main.querySelector('.signs-chart__band--here');
    expect(here).toHaveTextContent('4–5tydelige');
    expect([...main.querySelectorAll('.signs-chart__word')].map((w) => w.textContent)).toEqual([
      'få',
      'nogle',
      'tydelige',
      'mange',
    ]);
  });

  it('says one sign is below the band of 2, never "no signs", in English', async () => {
    const { main } = await atResult({ ...adultDrinker, craving: 'yes' }, 'en');
    expect(
      within(main).getByRole('img', { name: '1 of 11 signs: fewer than 2 signs.' }),
    ).toBeInTheDocument();
  });

  it('draws no scale where no sign was found', async () => {
    const { main } = await atResult(adultDrinker);
    // The signs section's own scale; the glance at the top has a scale of its own.
    const signs = within(main).getByRole('region', { name: 'Tegn i dine svar' });
    expect(within(signs).getByText('Ingen tegn')).toBeInTheDocument();
    expect(within(signs).queryByRole('img', { name: /af 11 tegn/ })).not.toBeInTheDocument();
  });
});
