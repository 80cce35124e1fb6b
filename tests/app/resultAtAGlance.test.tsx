import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { atResult } from '../support/renderApp';

const adult = { audience: 'self', 'age-group': '36-64', pregnancy: 'no' };

describe('the top of the result', () => {
  it('reads out the step on the scale and offers Alkolinjen to tap for drinking above 10', async () => {
    const { main } = await atResult({
      ...adult,
      substances: ['alcohol'],
      'alcohol-days': 4,
      'alcohol-typical-day': 3,
      'alcohol-heavy-days': 'never',
    });
    expect(within(main).getByText('Trin 2 af 5: Forbrug med risiko')).toBeInTheDocument();
    expect(
      within(main).getByText(
        '12 genstande på en typisk uge – anbefalingen er højst 10. En genstand er cirka en almindelig øl.',
      ),
    ).toBeInTheDocument();
    const next = within(main).getByRole('region', { name: 'Dit næste skridt' });
    expect(
      // The number's spaces do not break (no-break spaces), so it reads as one number.
      within(next).getByRole('link', { name: 'Ring til Alkolinjen: 80\u00a0200\u00a0500' }),
    ).toHaveAttribute('href', 'tel:+4580200500');
  });

  it('offers the municipal treatment through Tilbudsportalen for cannabis with signs', async () => {
    const { main } = await atResult({
      ...adult,
      substances: ['cannabis'],
      craving: 'yes',
      tolerance: 'yes',
    });
    expect(within(main).getByText('Trin 3 af 5: Nogle tegn')).toBeInTheDocument();
    expect(within(main).getByText(/^Hash.*: 2 af 11 mulige tegn\.$/)).toBeInTheDocument();
    const next = within(main).getByRole('region', { name: 'Dit næste skridt' });
    expect(within(next).getByRole('link', { name: /Gå til tilbudsportalen\.dk/ })).toHaveAttribute(
      'href',
      'https://tilbudsportalen.dk',
    );
  });

  it('puts 112 first in the urgent box, and Giftlinjen only after an overdose', async () => {
    const { main: selfHarm } = await atResult({
      ...adult,
      substances: ['cannabis'],
      'self-harm': 'yes',
    });
    const box = selfHarm.querySelector<HTMLElement>('[data-flag="urgent"]');
    if (!box) throw new Error('no urgent box');
    const links = within(box)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(links.slice(0, 2)).toEqual(['tel:112', 'tel:+4570201201']);
    expect(links).not.toContain('tel:+4582121212');
    // The box holds the next step: no second "next step" below says it again.
    expect(within(selfHarm).queryByRole('region', { name: 'Dit næste skridt' })).toBeNull();
  });

  it('adds Giftlinjen to the urgent box when an overdose raised it', async () => {
    const { main } = await atResult({
      ...adult,
      substances: ['cannabis'],
      overdose: 'past-4-weeks',
    });
    const box = main.querySelector<HTMLElement>('[data-flag="urgent"]');
    if (!box) throw new Error('no urgent box');
    expect(within(box).getByRole('link', { name: /Giftlinjen/ })).toHaveAttribute(
      'href',
      'tel:+4582121212',
    );
  });

  it('gently names the own doctor, with how to reach them, when there are no signs', async () => {
    const { main } = await atResult({ ...adult, substances: ['cannabis'] });
    expect(within(main).getByText('Trin 1 af 5: Ingen tegn')).toBeInTheDocument();
    const next = within(main).getByRole('region', { name: 'Dit næste skridt' });
    expect(within(next).getByText(/Kommer du i tvivl en dag/)).toBeInTheDocument();
    expect(within(next).getByText(/ved at ringe til klinikken/)).toBeInTheDocument();
  });
});
