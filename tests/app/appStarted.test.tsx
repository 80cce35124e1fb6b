import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { loadTexts } from '../../src/i18n/texts';
import { renderStartPage } from '../../src/prerender';

describe('taking over the page as served', () => {
  it('marks #root once the app has taken it over, which the served start page never is', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    root.id = 'root';
    root.innerHTML = (await renderStartPage('da')).markup;
    expect(root).not.toHaveAttribute('data-app-started');
    expect(root).not.toHaveAttribute('data-app-drawn');

    const texts = await loadTexts('da');
    const app = await act(async () => hydrateRoot(root, <App texts={texts} />));
    expect(root).toHaveAttribute('data-app-drawn');
    expect(root).toHaveAttribute('data-app-started');
    act(() => app.unmount());
    root.remove();
  });
});
