import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { serviceHref } from '../../../src/referral/nextStep';
import { serviceIds, services } from '../../../src/referral/services';
import { NextStepList } from '../../../src/screens/result/ResultAtAGlance';
import { renderWithTexts } from '../../support/renderWithTexts';

const called = serviceIds.filter((id) => services[id].phone !== undefined);

describe('a next step to call', () => {
  it('shows Livslinien’s written help under its number', async () => {
    await renderWithTexts(
      <NextStepList
        actions={[{ service: 'livslinien', reason: 'talk-now', href: serviceHref('livslinien') }]}
        withReasons={false}
      />,
    );
    expect(screen.getByRole('link', { name: /Gå til skrivdet\.dk/ })).toHaveAttribute(
      'href',
      'https://skrivdet.dk',
    );
  });

  it.each(called)(
    'for %s shows the web address its record has, under the number, and no other',
    async (id) => {
      const { unmount } = await renderWithTexts(
        <NextStepList
          actions={[{ service: id, reason: 'talk-now', href: serviceHref(id) }]}
          withReasons={false}
        />,
      );
      const web = services[id].url;
      expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
        `tel:${services[id].phone?.tel}`,
        ...(web ? [web.href] : []),
      ]);
      unmount();
    },
  );
});
