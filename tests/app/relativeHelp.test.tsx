import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/questionnaire/answers';
import { atResult } from '../support/renderApp';

/** Opens the app on the result of a relative's whole journey (as a restored snapshot would). */
async function relativeResult(given: Record<string, Answer>, language: 'da' | 'en' = 'da') {
  const { main } = await atResult(
    { audience: 'relative', relationship: 'partner', 'age-group': '36-64', ...given },
    language,
  );
  return main;
}

/** The card under a service's heading in the relative's own section. */
function ownCard(main: HTMLElement, section: string, name: string): HTMLElement {
  const own = within(main).getByRole('region', { name: section });
  const card = within(own).getByRole('heading', { name }).closest('li');
  expect(card, name).not.toBeNull();
  return card as HTMLElement;
}

describe("a relative's own help on the result", () => {
  it('offers Al-Anon with its number, and their own doctor, to a relative of someone who drinks', async () => {
    const main = await relativeResult({ substances: ['alcohol'] });
    const alAnon = ownCard(main, 'Om dig', 'Al-Anon');
    expect(within(alAnon).getByRole('link', { name: /Ring 70 20 90 93/ })).toHaveAttribute(
      'href',
      'tel:+4570209093',
    );
    expect(within(alAnon).getByRole('link', { name: /al-anon\.dk/ })).toHaveAttribute(
      'href',
      'https://al-anon.dk',
    );
    const doctor = ownCard(main, 'Om dig', 'Din egen læge');
    expect(doctor).toHaveTextContent(/hvordan du selv har det/);
  });

  it('tells a relative of someone who uses drugs that drug treatment supports them, without Al-Anon', async () => {
    const main = await relativeResult({ substances: ['cannabis'] }, 'en');
    const treatment = ownCard(main, 'About you', 'Municipal drug treatment');
    expect(treatment).toHaveTextContent(/should also support relatives/);
    expect(ownCard(main, 'About you', 'Your own doctor (GP)')).toBeInTheDocument();
    expect(within(main).queryByRole('heading', { name: 'Al-Anon' })).not.toBeInTheDocument();
  });
});
